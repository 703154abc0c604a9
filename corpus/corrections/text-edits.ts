// Corrections of restoration changes written into the text. A reviewer who accepts, rejects or
// edits text.changes[i].replacement says what that token of text.normalized should read: the
// corrected record's text is rewritten there, from the end backwards, and every span of the
// record (document.spans, references, movements, tasks, sections, blocks, signer, diagnostics,
// the changes themselves, word boxes) is moved by the difference in length, so that each still
// covers the words it covered. The machine record is never touched.
import type { PlanRecord, TextChange, WordBox } from '../../output/schema.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits a corrected changes list asks of the machine text: each row that came from machine
 * change `origin` and now reads another replacement, where the machine text still holds the
 * machine's replacement at that change's span (else the text is left as it is).
 */
export function changeEdits(
  machineText: string,
  machineChanges: readonly TextChange[],
  rows: readonly unknown[],
  origins: ReadonlyArray<number | string>,
): TextEdit[] {
  const edits: TextEdit[] = [];
  rows.forEach((row, position) => {
    const origin = origins[position];
    if (typeof origin !== 'number') return;
    const before = machineChanges[origin];
    const replacement = (row as Partial<TextChange> | null)?.replacement;
    if (!before || typeof replacement !== 'string' || replacement === before.replacement) return;
    const { start, end } = before.span;
    if (machineText.slice(start, end) !== before.replacement) return;
    edits.push({ start, end, text: replacement });
  });
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  // Overlapping edits cannot both hold: the first one stays.
  const apart: TextEdit[] = [];
  for (const e of edits) if (apart.length === 0 || e.start >= apart[apart.length - 1]!.end) apart.push(e);
  return apart;
}

/** `text` with the edits (sorted, apart) made, from the end backwards. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i]!;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

/**
 * Where an offset of the text before the edits stands after them. An offset inside an edited
 * token goes to the start of its new text (a span's start) or to its end (a span's end).
 */
export function offsetMapper(edits: readonly TextEdit[]): (offset: number, side: 'start' | 'end') => number {
  // Shift before each edit (the sum of the length differences of the edits before it).
  const shifts: number[] = [];
  let shift = 0;
  for (const e of edits) {
    shifts.push(shift);
    shift += e.text.length - (e.end - e.start);
  }
  return (offset, side) => {
    // The last edit starting before the offset (or at it, for an end).
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = edits[mid]!;
      if (side === 'start' ? e.start < offset : e.start < offset || (e.start === offset && e.end === offset)) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    if (k < 0) return offset;
    const e = edits[k]!;
    const before = shifts[k]!;
    if (offset >= e.end) return offset + before + e.text.length - (e.end - e.start);
    // Inside the edited token.
    return side === 'start' ? e.start + before : e.start + before + e.text.length;
  };
}

const isSpan = (value: unknown): value is { start: number; end: number } => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { start?: unknown }).start === 'number' && typeof (value as { end?: unknown }).end === 'number';
};

/** Every span of a record moved in place (the record is the corrected copy). */
function moveSpans(value: unknown, move: (offset: number, side: 'start' | 'end') => number): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) moveSpans(item, move);
    return;
  }
  // A task row read from an appendix filed alone has its span in that source's text, not this one.
  if (typeof (value as { sourceId?: unknown }).sourceId === 'string') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'wordBoxes' || key === 'review' || key === 'plan') continue;
    if (isSpan(child)) {
      const start = move(child.start, 'start');
      (value as Record<string, unknown>)[key] = { start, end: Math.max(start, move(child.end, 'end')) };
    } else moveSpans(child, move);
  }
}

/** The corrected record's text rewritten by `edits` and its spans moved with it; false when there was nothing to do. */
export function rewriteText(record: PlanRecord, edits: readonly TextEdit[]): boolean {
  if (edits.length === 0) return false;
  const move = offsetMapper(edits);
  record.text.normalized = applyEdits(record.text.normalized, edits);
  moveSpans(record, move);
  if (record.text.wordBoxes) {
    record.text.wordBoxes = record.text.wordBoxes.map((page) => ({
      ...page,
      words: page.words.map(([s, e, ...box]): WordBox => {
        const start = move(s, 'start');
        return [start, Math.max(start, move(e, 'end')), ...box];
      }),
    }));
  }
  return true;
}
