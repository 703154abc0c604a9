// Corrections of restoration changes (text.changes[i].replacement) rewrite the corrected record's
// text, and every span moves with it; the machine record is untouched. They survive
// reprocessing like any row correction: re-applied where the machine still makes that change,
// a conflict where it now writes another replacement, not applied where the token is no longer
// changed at all.
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../corpus/corrections/apply.js';
import { prepareCorrection } from '../../corpus/corrections/prepare.js';
import { applyEdits, offsetMapper } from '../../corpus/corrections/text-edits.js';
import type { Correction } from '../../corpus/corrections/types.js';
import { wordBoxesForSpan } from '../../corpus/word-boxes.js';
import { PlanRecord, type TextChange, type WordBox } from '../../output/schema.js';
import { buildPlan } from '../corpus/records.js';

const TASKS = [
  { index: '1', content: 'Tổ chức hội nghị thường xuyên của quận' },
  { index: '2', content: 'Kiểm tra công tác thi đua tại các phường' },
  { index: '3', content: 'Sơ kết phong trào và khen thưởng' },
];

/** The restoration changes of `tokens` (the n-th occurrence of each replacement in the text). */
function changesOf(text: string, tokens: Array<{ replacement: string; original: string; nth?: number }>): TextChange[] {
  return tokens
    .map((t) => {
      let at = -1;
      for (let k = 0; k <= (t.nth ?? 0); k++) at = text.indexOf(t.replacement, at + 1);
      if (at < 0) throw new Error(`no ${t.replacement} in the text`);
      return { span: { start: at, end: at + t.replacement.length }, original: t.original, replacement: t.replacement, kind: 'ocr' as const, confidence: 0.6 };
    })
    .sort((a, b) => a.span.start - b.span.start);
}

/** A machine record whose text restoration changed `tokens`, with a box for every word. */
function machine(tokens = [{ replacement: 'thường', original: 'thtrông' }, { replacement: 'phường', original: 'phuờng' }]): PlanRecord {
  const record = buildPlan({ name: 'plan', number: '04/KH-UBND', title: 'Kế hoạch thi đua năm 2023', date: '2023-02-03', tasks: TASKS, movements: [{ name: 'Người tốt, việc tốt' }] });
  const text = record.text.normalized;
  record.text.changes = changesOf(text, tokens);
  const words: WordBox[] = [...text.matchAll(/\S+/g)].map((m, i) => [m.index, m.index + m[0].length, i * 10, 0, i * 10 + 8, 10]);
  record.text.wordBoxes = [{ page: 1, width: 5000, height: 100, upscale: 1, deskew: 0, imageWidth: 5000, imageHeight: 100, words }];
  return PlanRecord.parse(record);
}

function correct(record: PlanRecord, path: string, value: string, existing: Correction[] = []): Correction {
  return prepareCorrection('plan', record, existing, { path, value, author: 'tester', at: new Date('2024-01-01T00:00:00Z') }).correction;
}

/** Every span of the record still covers what it named (tasks, movements, the changes). */
function expectSpansHold(record: PlanRecord): void {
  const text = record.text.normalized;
  for (const t of record.tasks) expect(text.slice(t.span!.start, t.span!.end)).toBe(t.content);
  for (const m of record.movements) expect(text.slice(m.span.start, m.span.end)).toBe(m.name);
  for (const c of record.text.changes ?? []) expect(text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  for (const [s, e] of record.text.wordBoxes?.[0]?.words ?? []) expect(text.slice(s, e)).toMatch(/^\S(.*\S)?$/s);
}

describe('a corrected restoration change rewrites the text', () => {
  it.each([
    ['rejected (the token as read, shorter)', 'thtrông'],
    ['edited (a longer word)', 'thường trực'],
    ['edited (one letter)', 'thương'],
  ])('%s: the token reads the new value, later spans move, earlier ones stay', (_name, value) => {
    const record = machine();
    const before = structuredClone(record);
    const c = correct(record, 'text.changes[0].replacement', value);
    const { record: shown, review } = applyCorrections(record, [c]);
    const change = shown.text.changes![0]!;
    expect(shown.text.normalized.slice(change.span.start, change.span.end)).toBe(value);
    expect(shown.text.normalized).toBe(record.text.normalized.replace('thường', value));
    // Task 1 holds the token: its span now covers the corrected words.
    expect(shown.text.normalized.slice(shown.tasks[0]!.span!.start, shown.tasks[0]!.span!.end)).toBe(TASKS[0]!.content.replace('thường', value));
    expect(shown.tasks[0]!.span!.start).toBe(record.tasks[0]!.span!.start);
    // Later ones cover the same words as before.
    const delta = value.length - 'thường'.length;
    expect(shown.tasks[2]!.span).toEqual({ start: record.tasks[2]!.span!.start + delta, end: record.tasks[2]!.span!.end + delta });
    expectSpansHold({ ...shown, tasks: shown.tasks.slice(1) });
    expect(review.provenance).toMatchObject({ 'text.changes[0].replacement': 'human', 'text.normalized': 'human' });
    expect(record).toEqual(before);
    expect(PlanRecord.safeParse(shown).success).toBe(true);
  });

  it("leaves the spans of an appendix's rows alone: they are in that source's text", () => {
    const record = machine();
    // Offsets past the edit: a span of this text there would move.
    const appendixRow = { ...record.tasks[2]!, sourceId: 'appendix' };
    const merged = PlanRecord.parse({ ...record, tasks: [...record.tasks, appendixRow] });
    const { record: shown } = applyCorrections(merged, [correct(merged, 'text.changes[0].replacement', 'thường trực')]);
    expect(shown.tasks[3]!.span).toEqual(record.tasks[2]!.span);
    expect(shown.tasks[2]!.span!.start).toBe(record.tasks[2]!.span!.start + ' trực'.length);
  });

  it('accepted (the machine replacement): the text stays as the machine wrote it', () => {
    const record = machine();
    const c = correct(record, 'text.changes[0].replacement', 'thường');
    const { record: shown, review } = applyCorrections(record, [c]);
    expect(shown.text.normalized).toBe(record.text.normalized);
    expect(review.provenance['text.normalized']).toBeUndefined();
  });

  it('several corrections are written from the end backwards, every span still holding', () => {
    const record = machine();
    const first = correct(record, 'text.changes[0].replacement', 'thtrông');
    const second = correct(record, 'text.changes[1].replacement', 'phường xã', [first]);
    const { record: shown } = applyCorrections(record, [first, second]);
    expect(shown.text.normalized).toBe(record.text.normalized.replace('thường', 'thtrông').replace('phường', 'phường xã'));
    expect(shown.tasks[2]!.span!.start).toBe(record.tasks[2]!.span!.start + 1 + 3);
    const text = shown.text.normalized;
    expect(text.slice(shown.tasks[2]!.span!.start, shown.tasks[2]!.span!.end)).toBe(TASKS[2]!.content);
    for (const m of shown.movements) expect(text.slice(m.span.start, m.span.end)).toBe(m.name);
    for (const c of shown.text.changes!) expect(text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  });

  it('moves the word boxes: a value found after the edit still has its own words\' boxes', () => {
    const record = machine();
    const c = correct(record, 'text.changes[0].replacement', 'thường trực ban');
    const { record: shown } = applyCorrections(record, [c]);
    const boxes = (r: PlanRecord) => wordBoxesForSpan(r, r.tasks[2]!.span!)[0]!.boxes;
    expect(boxes(shown)).toEqual(boxes(record));
    // The edited token keeps its box, now over the words it became.
    const change = shown.text.changes![0]!;
    expect(wordBoxesForSpan(shown, change.span)[0]!.boxes).toEqual(wordBoxesForSpan(record, record.text.changes![0]!.span)[0]!.boxes);
  });

  it('leaves the text alone where the machine text does not hold the change it lists', () => {
    const record = machine();
    record.text.changes![0]!.span = { start: 0, end: 6 };
    const c = correct(record, 'text.changes[0].replacement', 'thtrông');
    expect(applyCorrections(record, [c]).record.text.normalized).toBe(record.text.normalized);
  });
});

describe('restoration-change corrections survive reprocessing', () => {
  it('re-applied where the machine still makes the change, though it moved in the list', () => {
    const c = correct(machine(), 'text.changes[1].replacement', 'phuờng');
    // A new pipeline finds one more change, earlier in the text: the row moved.
    const again = machine([{ replacement: 'Tổ', original: 'To' }, { replacement: 'thường', original: 'thtrông' }, { replacement: 'phường', original: 'phuờng' }]);
    const { record, review } = applyCorrections(again, [c]);
    expect(review.conflicts).toEqual([]);
    expect(record.text.changes![2]!.replacement).toBe('phuờng');
    expect(record.text.normalized).toBe(again.text.normalized.replace('phường', 'phuờng'));
    expect(review.provenance).toMatchObject({ 'text.changes[2].replacement': 'human' });
  });

  it.each([
    ['diacritics only', 'thương'],
    ['another word', 'trông'],
  ])('a conflict, still applied, where the machine now writes another replacement (%s)', (_name, now) => {
    const c = correct(machine(), 'text.changes[0].replacement', 'thường trực');
    const again = machine([{ replacement: 'thường', original: 'thtrông' }, { replacement: 'phường', original: 'phuờng' }]);
    // The new pipeline restores the token otherwise.
    const at = again.text.changes![0]!.span;
    const text = again.text.normalized;
    const shifted = now.length - (at.end - at.start);
    const reread = machineWith(text.slice(0, at.start) + now + text.slice(at.end), at.start, now, shifted, again);
    const { record, review } = applyCorrections(reread, [c]);
    expect(review.conflicts).toEqual([
      expect.objectContaining({ path: 'text.changes[].replacement', reason: 'machine-changed', machineNow: now, machineThen: 'thường', value: 'thường trực' }),
    ]);
    expect(review.corrections[0]!.status).toBe('conflict');
    expect(record.text.normalized).toBe(reread.text.normalized.replace(now, 'thường trực'));
  });

  it('not applied, and a conflict, where the token is no longer changed', () => {
    const c = correct(machine(), 'text.changes[0].replacement', 'thường trực');
    const again = machine([{ replacement: 'phường', original: 'phuờng' }]);
    const { record, review } = applyCorrections(again, [c]);
    expect(review.conflicts[0]).toMatchObject({ reason: 'row-missing' });
    expect(review.corrections[0]!.status).toBe('not-applied');
    expect(record.text.normalized).toBe(again.text.normalized);
  });
});

/** `record` re-read with its text now `text`, change 0 now `replacement` (spans after it moved by `shift`). */
function machineWith(text: string, at: number, replacement: string, shift: number, record: PlanRecord): PlanRecord {
  const move = (s: { start: number; end: number }) => (s.start > at ? { start: s.start + shift, end: s.end + shift } : s.end > at ? { start: s.start, end: s.end + shift } : s);
  const out = structuredClone(record);
  out.text.normalized = text;
  out.tasks = out.tasks.map((t) => ({ ...t, span: move(t.span!) }));
  out.movements = out.movements.map((m) => ({ ...m, span: move(m.span) }));
  out.text.changes = out.text.changes!.map((c, i) => (i === 0 ? { ...c, replacement, span: { start: at, end: at + replacement.length } } : { ...c, span: move(c.span) }));
  delete out.text.wordBoxes;
  return out;
}

describe('offsetMapper', () => {
  const text = 'ab cde fg';
  const edits = [{ start: 3, end: 6, text: 'XY' }, { start: 7, end: 9, text: 'HIJK' }];
  it('applyEdits writes from the end backwards', () => expect(applyEdits(text, edits)).toBe('ab XY HIJK'));
  it.each([
    [0, 'start', 0],
    [3, 'start', 3],
    [3, 'end', 3],
    [4, 'start', 3],
    [4, 'end', 5],
    [6, 'end', 5],
    [7, 'start', 6],
    [9, 'end', 10],
    [8, 'start', 6],
  ] as const)('offset %i as a %s → %i', (offset, side, expected) => {
    expect(offsetMapper(edits)(offset, side)).toBe(expected);
  });
});

describe('changeEdits', () => {
  it('keeps the first of edits that overlap, and the ones after them', async () => {
    const { changeEdits } = await import('../../corpus/corrections/text-edits.js');
    const text = 'aa bb cc dd';
    const change = (start: number, end: number): TextChange => ({ span: { start, end }, original: 'x', replacement: text.slice(start, end), kind: 'ocr', confidence: 0.5 });
    const machineChanges = [change(0, 5), change(3, 8), change(6, 8), change(9, 11)];
    const rows = machineChanges.map((c) => ({ ...c, replacement: c.replacement.toUpperCase() }));
    const edits = changeEdits(text, machineChanges, rows, [0, 1, 2, 3]);
    expect(edits.map((e) => [e.start, e.end])).toEqual([[0, 5], [6, 8], [9, 11]]);
    expect(applyEdits(text, edits)).toBe('AA BB CC DD');
  });
});
