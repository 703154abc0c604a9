// Rows of a plan's lists followed across reprocessing: a correction made on a task row names it
// by its printed index and a fingerprint of its first words (folded: case and diacritics do not
// count, so a better diacritic restoration does not lose the row), never by its position alone.
import { foldedWords, wordsFingerprint } from '../plans/signature.js';
import type { RowKey } from './types.js';

/** Words of a row's content that make its fingerprint. */
export const FINGERPRINT_WORDS = 8;

/** What names a row of each list: its printed index (tasks only) and the text its fingerprint is made from. */
function rowText(list: string, row: unknown): { index: string | null; text: string } {
  const item = (row ?? {}) as Record<string, unknown>;
  switch (list) {
    case 'tasks':
      return { index: typeof item.index === 'string' ? item.index : null, text: String(item.content ?? '') };
    case 'text.changes':
      // The token as read names the row too: a change whose replacement the machine now writes
      // otherwise is still found by it (findRow), and its correction becomes a conflict.
      return { index: typeof item.original === 'string' ? item.original : null, text: `${String(item.original ?? '')} ${String(item.replacement ?? '')}` };
    case 'movements':
      return { index: null, text: String(item.name ?? '') };
    case 'references':
      return { index: null, text: `${String(item.type ?? '')} ${String(item.number ?? item.title ?? '')}` };
    case 'sections':
      return { index: typeof item.number === 'string' ? item.number : null, text: String(item.heading ?? '') };
    default:
      return { index: null, text: typeof row === 'string' ? row : JSON.stringify(row) };
  }
}

export function rowKey(list: string, row: unknown, position: number): RowKey {
  const { index, text } = rowText(list, row);
  return { position, index, fingerprint: wordsFingerprint(foldedWords(text).slice(0, FINGERPRINT_WORDS)) };
}

/**
 * Where the row a key names stands in `rows` now: a row with the same fingerprint, the one with
 * the same printed index first, then the one nearest the old position. -1 when none has it.
 */
export function findRow(list: string, rows: readonly unknown[], key: RowKey): number {
  return rowFinder(list, rows)(key);
}

/**
 * findRow for many keys over the same rows: the rows' keys are computed once and grouped by
 * fingerprint and by index, so finding a row costs the rows that share its fingerprint, not
 * the whole list (a plan with thousands of reviewed restoration changes reads in linear time).
 */
export function rowFinder(list: string, rows: readonly unknown[]): (key: RowKey) => number {
  const byFingerprint = new Map<string, RowKey[]>();
  const byIndex = new Map<string, RowKey[]>();
  rows.forEach((row, position) => {
    const candidate = rowKey(list, row, position);
    byFingerprint.set(candidate.fingerprint, [...(byFingerprint.get(candidate.fingerprint) ?? []), candidate]);
    if (list === 'text.changes' && candidate.index !== null) byIndex.set(candidate.index, [...(byIndex.get(candidate.index) ?? []), candidate]);
  });
  return (key) => {
    let best = -1;
    let bestScore = Infinity;
    for (const candidate of byFingerprint.get(key.fingerprint) ?? []) {
      const score = (candidate.index === key.index ? 0 : 1_000_000) + Math.abs(candidate.position - key.position);
      if (score < bestScore) {
        bestScore = score;
        best = candidate.position;
      }
    }
    if (best >= 0 || key.index === null) return best;
    // A restoration change whose replacement changed: the same token as read, nearest where it stood.
    let sameToken = -1;
    let sameTokenScore = Infinity;
    for (const candidate of byIndex.get(key.index) ?? []) {
      const drift = Math.abs(candidate.position - key.position);
      if (drift <= MAX_CHANGE_DRIFT && drift < sameTokenScore) {
        sameTokenScore = drift;
        sameToken = candidate.position;
      }
    }
    return sameToken;
  };
}

/** How far (in rows) a restoration change may have moved and still be found by its token alone. */
export const MAX_CHANGE_DRIFT = 20;
