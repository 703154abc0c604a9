// Prose task lists as OCR text layers give them: a stamp down the margin leaves a letter or two
// per line between the text's lines, and the engine garbles some "a) Đơn vị chủ trì:" /
// "b) Đơn vị phối hợp:" labels while printing others legibly.
import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../output/schema.js';
import { extractTasks, linesWithOffsets } from '../../../extractors/tasks/index.js';
import { isMarginDebris, readableOcrProse, withTailsSetAbove } from '../../../extractors/tasks/ocr-prose.js';
import { testContext } from '../context.js';

const DOC = { date: '2024-03-01', title: null } as DocumentInfo;

function tasksOf(text: string) {
  return extractTasks(text, testContext(), { tables: [], document: DOC, sections: [] });
}

const ACTIONS = [
  'Tăng cường công tác tuyên truyền về chuyển đổi số trong cơ quan nhà nước',
  'Rà soát, hoàn thiện quy chế phối hợp giữa các sở, ngành',
  'Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác văn thư',
  'Kiểm tra việc thực hiện quy định về công khai ngân sách',
  'Xây dựng cơ sở dữ liệu dùng chung của tỉnh',
  'Đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính',
];
const LEADS = ['Sở Nội vụ', 'Sở Tài chính', 'Văn phòng UBND tỉnh', 'Sở Tư pháp', 'Sở Khoa học và Công nghệ', 'Sở Thông tin và Truyền thông'];

/** Garbled forms of the two labels, as engines without Vietnamese and the restorer leave them. */
const GARBLED_LEAD = ['Đơn vị cần ta:', "Dan 'vị chu tn:", 'Đến v chịu ăn:', 'Còn vị căn tin:'];
const GARBLED_SUPPORT = ['Đơn vị phụ cấp:', 'Dẫn v phố hẹp:', "Đơn 'vị phi hcp:", 'Còn v phM hẹp:', 'bàn và phối hợp:'];
/** Margin debris, as it comes out after restoration. */
const DEBRIS = ['án', 'h-', ':2', '0/', '1 h-', 'ăn như', '-n', `${' '.repeat(40)}14`];

/** A list of `n` tasks; task i has its labels garbled when `garbled(i)`, debris between lines when `debris`. */
function ocrList(n: number, garbled: (i: number) => boolean, debris: boolean): string {
  const out: string[] = ['Phụ lục', 'NHIỆM VỤ TRỌNG TÂM NĂM 2024', ''];
  for (let i = 0; i < n; i++) {
    const scrap = () => (debris ? ['', `${' '.repeat(30 + i)}${DEBRIS[i % DEBRIS.length]}`, ''] : []);
    out.push(`   ${i + 1}. ${ACTIONS[i % ACTIONS.length]}. Các đơn vị báo cáo kết quả định kỳ hằng quý.`);
    out.push(...scrap());
    out.push(`   a) ${garbled(i) ? GARBLED_LEAD[i % GARBLED_LEAD.length] : 'Đơn vị chủ trì:'} ${LEADS[i % LEADS.length]}.`);
    out.push(...scrap());
    out.push(`   b) ${garbled(i) ? GARBLED_SUPPORT[i % GARBLED_SUPPORT.length] : 'Đơn vị phối hợp:'} các sở, ban, ngành liên quan.`);
    out.push('');
  }
  return out.join('\n');
}

describe('isMarginDebris', () => {
  it.each(['h', 'an', ':2', '0/', '1 h-', '9/', `${' '.repeat(30)}23`])('%j is debris', (line) => {
    expect(isMarginDebris(line)).toBe(true);
  });
  it.each(['16.', 'a)', 'II.', '2', 'Sở Nội vụ', '|', '**1.', '-------', '- Như trên;'])('%j is not', (line) => {
    expect(isMarginDebris(line)).toBe(false);
  });
});

describe('prose task lists of an OCR text layer', () => {
  it.each([
    ['every other task garbled, with debris', 6, (i: number) => i % 2 === 1, true],
    ['one task in three garbled, with debris', 6, (i: number) => i % 3 === 0, true],
    ['garbled labels, no debris', 5, (i: number) => i >= 3, false],
    ['legible labels, debris only', 6, () => false, true],
  ])('%s: every task read with its lead', (_what, n, garbled, debris) => {
    const got = tasksOf(ocrList(n, garbled, debris));
    expect(got.map((t) => t.index)).toEqual(Array.from({ length: n }, (_, i) => String(i + 1)));
    got.forEach((t, i) => {
      // The first sentence is the task; the report sentence after it explains it.
      expect(t.content).toBe(ACTIONS[i % ACTIONS.length]);
      expect(t.lead).toEqual([LEADS[i % LEADS.length]]);
      expect(t.support).toEqual(['các sở, ban, ngành liên quan']);
    });
  });

  it('reads no garbled label where the list prints too few legible ones to learn from', () => {
    const text = ocrList(4, (i) => i > 0, false);
    const got = tasksOf(text);
    expect(got.filter((t) => t.lead.length).length).toBeLessThan(4);
  });

  it('does not take a support-shaped garble for a lead label', () => {
    // "a)" lines are lead labels in this list; an "a)" garble whose word says "phối hợp" is not one.
    const lines = linesWithOffsets(ocrList(4, () => false, false) + '\n   5. Tổ chức hội nghị sơ kết.\n   a) Đơn vị phố hẹp: Sở Nội vụ.\n');
    const read = readableOcrProse(lines);
    expect(read.at(-2)!.text).toBe('   a) Đơn vị phố hẹp: Sở Nội vụ.');
  });

  it('does not take "a) Sở và ngành:" (a line of its own) for a garbled "Đơn vị chủ trì:"', () => {
    const lines = linesWithOffsets(ocrList(4, () => false, false) + '\n   5. Tổng hợp.\n   a) Sở và ngành: báo cáo trước 15/12.\n');
    const read = readableOcrProse(lines);
    expect(read.at(-2)!.text).toBe('   a) Sở và ngành: báo cáo trước 15/12.');
  });

  it('leaves a clean text line for line, and a rewritten line where it ended', () => {
    const clean = linesWithOffsets(ocrList(4, () => false, false));
    expect(readableOcrProse(clean)).toEqual(clean);
    const garbled = linesWithOffsets(ocrList(4, (i) => i === 3, false));
    const read = readableOcrProse(garbled);
    const changed = read.filter((l, i) => l.text !== garbled[i]!.text);
    expect(changed.map((l) => l.text.trim())).toEqual(['a) Đơn vị chủ trì: Sở Tư pháp.', 'b) Đơn vị phối hợp: các sở, ban, ngành liên quan.']);
    for (const l of changed) {
      const from = garbled.find((g) => g.start === l.start)!;
      expect(l.end).toBe(from.start! + from.text.length);
    }
  });
});

describe('typed text has no margin debris', () => {
  // A typed prose list whose values wrap onto short lines ("Quý I", "Các sở"): five or more of
  // them would count as a stamp's debris in an OCR layer; in a typed document they are text.
  const text = ACTIONS.slice(0, 5)
    .map((action, i) => `${i + 1}. ${action}\n- Đơn vị chủ trì: ${LEADS[i]}\n- Thời gian thực hiện:\nQuý I`)
    .join('\n');
  it('keeps every short line of a typed document', () => {
    const typed = extractTasks(text, testContext(), { tables: [], document: DOC, sections: [], typed: true });
    expect(typed.map((t) => t.deadline?.text ?? null)).toEqual(['Quý I', 'Quý I', 'Quý I', 'Quý I', 'Quý I']);
  });
});

describe('a label value the margin cut: its tail stranded before the next letter', () => {
  /** A list whose task `cut` has its lead value wrapped onto a line of its own, `tail`, with margin debris around. */
  function listWithTail(lead: string, tail: string[], n = 5, cut = 1): string {
    const out: string[] = ['Phụ lục', ''];
    for (let i = 0; i < n; i++) {
      out.push(`   ${i + 1}. ${ACTIONS[i % ACTIONS.length]}.`, '', `${' '.repeat(40)}${DEBRIS[i % DEBRIS.length]}`, '');
      if (i === cut) out.push(`   a) Đơn vị chủ trì: ${lead}`, '', ...tail, '');
      else out.push(`   a) Đơn vị chủ trì: ${LEADS[i % LEADS.length]}.`, '', `${' '.repeat(44)}${DEBRIS[(i + 3) % DEBRIS.length]}`, '');
      out.push('   b) Đơn vị phối hợp: Sở Tư pháp.', '');
    }
    return out.join('\n');
  }

  it.each([
    // [a) line, stranded lines, the lead units read]
    ['Sở Nội vụ, Sở Tài chính; các', ['         -n sở, ngành liên quan. như hà'], ['Sở Nội vụ', 'Sở Tài chính', 'các sở, ngành liên quan']],
    ['Sở Nội vụ và h', ['   -n Sở Tài chính.', '        nhà Và UBND'], ['Sở Nội vụ', 'Sở Tài chính']],
    ['Sở Nội vụ, UBND TP.', ['   Đà Nẵng.'], ['Sở Nội vụ', 'UBND TP. Đà Nẵng']],
  ])('%j / %j', (lead, tail, units) => {
    const tasks = tasksOf(listWithTail(lead, tail));
    expect(tasks).toHaveLength(5);
    expect(tasks[1]!.lead).toEqual(units);
    expect(tasks[1]!.support).toEqual(['Sở Tư pháp']);
  });

  it('a finished value keeps the next line out of it', () => {
    const tasks = tasksOf(listWithTail('Sở Nội vụ.', ['   Sở Tài chính tổng hợp.']));
    expect(tasks[1]!.lead).toEqual(['Sở Nội vụ']);
  });

  it('a text without margin debris is read line for line', () => {
    const clean = listWithTail('Sở Nội vụ, Sở Tài chính; các', ['   sở, ngành liên quan.']).replace(/^ {40,}\S+$/gm, '');
    expect(readableOcrProse(linesWithOffsets(clean)).map((l) => l.text)).toEqual(linesWithOffsets(clean).map((l) => l.text));
  });
});

describe('a label value\'s tail a skewed page set on the line above its label', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, start: i * 100 }));

  it.each([
    // [the line above, the label line, the label line read]
    ['                         Và Đại học Đà Nẵng.', '   a) Đơn vị chủ trì: Sở GDĐT, UBND các quận, huyện 3 02', '   a) Đơn vị chủ trì: Sở GDĐT, UBND các quận, huyện Và Đại học Đà Nẵng.'],
    ['                 họ và Đại học Đà Nẵng.', '   a) Đơn vị chủ trì: Sở GDĐT, UBND các quận,huyện 2', '   a) Đơn vị chủ trì: Sở GDĐT, UBND các quận,huyện và Đại học Đà Nẵng.'],
  ])('%j above %j', (above, label, read) => {
    const out = withTailsSetAbove(lines([above, '', label]));
    expect(out[2]!.text).toBe(read);
    expect(out[0]!.text).toBe('');
  });

  it.each([
    // a finished value keeps the line above out of it
    ['       Và Đại học Đà Nẵng.', '   a) Đơn vị chủ trì: Sở GDĐT.'],
    // a line that does not open with "và" is the text's own
    ['   Phối hợp với Đại học Đà Nẵng.', '   a) Đơn vị chủ trì: Sở GDĐT'],
    // no label below
    ['       và các trường đại học.', '   2. Tăng cường công tác tuyên truyền'],
  ])('%j above %j stays', (above, label) => {
    const input = lines([above, label]);
    expect(withTailsSetAbove(input).map((l) => l.text)).toEqual(input.map((l) => l.text));
  });
});
