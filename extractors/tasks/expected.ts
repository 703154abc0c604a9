// Whether a document clearly holds a task list, for the record that came out with none: a
// task-table header (tab or pipe cells), label lines of a prose list ("Đơn vị chủ trì: …",
// "Thời gian thực hiện: …"), or a sentence sending the reader to an appended task list
// ("Chi tiết danh mục nhiệm vụ tại Phụ lục kèm theo") that the text does not carry. A
// "Nhiệm vụ, giải pháp" heading alone is no such sign: nearly every plan has one.
import { foldVietnamese } from '../../normalizers/fold.js';
import { headerRoles } from './columns.js';
import { hasPipeTaskHeader } from './pipe-table.js';
import { lineLabel } from './prose-labels.js';
import type { SourceLine } from './tsv-table.js';

const APPENDIX_POINTER = /(?:chi tiet|danh muc|bang)[^.\n]{0,60}nhiem vu[^.\n]{0,60}phu luc/;

/** What shows the document has a task list (for the diagnostic), or null. */
export function taskListExpected(text: string, lines: readonly SourceLine[]): string | null {
  if (lines.some((l) => l.text.includes('\t') && headerRoles(l.text.split('\t')))) return 'a task table header';
  if (text.includes('|') && hasPipeTaskHeader(lines)) return 'a task table header';
  // Unit labels ("Đơn vị chủ trì: …", "Đơn vị phối hợp: …"): "Thời gian thực hiện" alone is as
  // often the period of a plan or of one of its activities.
  let unitLabels = 0;
  for (const line of lines) {
    const label = lineLabel(line.text.trim());
    if (label?.value && ((label.role === 'lead' && label.strong) || label.role === 'support')) unitLabels++;
  }
  if (unitLabels >= 2) return 'task labels (lead and supporting units)';
  if (APPENDIX_POINTER.test(foldVietnamese(text))) return 'a pointer to an appended task list';
  return null;
}
