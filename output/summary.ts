// A readable summary of one record for the terminal (`kehoach extract` without --json).
import type { PlanRecord } from './schema.js';

export function formatSummary(record: PlanRecord): string {
  const d = record.document;
  const lines = [
    `${d.type ?? 'Văn bản'} ${d.number ?? (d.symbol ? `(số trống)/${d.symbol}` : '(không số)')}`,
    `  Cơ quan ban hành: ${d.issuer.name ?? '—'}${d.issuer.level ? ` [${d.issuer.level}]` : ''}`,
    ...(d.issuer.parent ? [`  Cơ quan chủ quản: ${d.issuer.parent}`] : []),
    `  Địa danh, ngày:   ${d.place ?? '—'}, ${d.date ?? '—'}`,
    `  Trích yếu:        ${d.title ?? '—'}`,
    `  Người ký:         ${[record.signer.authority, record.signer.title, record.signer.name].filter(Boolean).join(' ') || '—'}`,
    `  Văn bản dẫn chiếu (${record.references.length}):`,
    ...record.references.map(
      (r) => `    - [${r.relation}] ${r.type ?? ''} ${r.number ?? '(số trống)'}${r.date ? ` ngày ${r.date}` : ''}${r.issuer ? ` của ${r.issuer}` : ''}`,
    ),
    `  Phong trào, chủ đề (${record.movements.length}):`,
    ...record.movements.map((m) => `    - [${m.kind}] ${m.name}`),
    `  Nhiệm vụ: ${record.tasks.length}`,
    `  Nơi nhận: ${record.recipients.length}`,
    `  Văn bản gốc: ${record.source.format}${record.source.ocr ? ' (OCR)' : ''}${record.text.diacriticsRestored ? ', dấu đã khôi phục' : ''}`,
    `  Trạng thái: ${record.pipeline.status}, ${record.diagnostics.length} chẩn đoán`,
  ];
  return `${lines.join('\n')}\n`;
}
