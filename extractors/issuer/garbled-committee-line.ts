// A people's committee's block an engine garbled past its place ("UY BAN MAN DAN / TiNH TAY 1'4/NH"):
// the head still reads as ỦY BAN NHÂN DÂN within a couple of letters, and the line under it still
// opens with its unit word ("TÌNH" for TỈNH) where the name after it is lost. The date line names
// where the committee sits ("Tây Ninh, ngày …"): when that place is a unit of the word's kind, the
// committee is that unit's. For OCR'd text only (header.ts), and only for a block read without a place.
import { parseIssuer, type ParsedIssuer } from './issuer.js';
import type { AdminUnit } from '../shared/localities.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import { letters } from '../shared/ocr-body-names.js';

const COMMITTEE = letters('Ủy ban nhân dân');
/** A garbled head may differ from the committee's by this many letters (2 of its 12). */
const MAX_HEAD_EDITS = 2;

/** Unit words a committee's second line opens with, their letters, and the kind of unit they name. */
const UNIT_WORDS: ReadonlyArray<{ key: string; written: string; kind: AdminUnit['kind'] }> = [
  { key: 'tinh', written: 'tỉnh', kind: 'province' },
  { key: 'huyen', written: 'huyện', kind: 'district' },
  { key: 'quan', written: 'quận', kind: 'district' },
];

/**
 * The committee with its place, when `read` is a committee head read without a place, `nextLine`
 * (the block's line under it) opens with a unit word one letter off at most, and `place` (the date
 * line's) is a unit of that word's kind; null otherwise.
 */
export function committeeOfPlace(read: ParsedIssuer, nextLine: string, place: string, near: readonly AdminUnit[] = []): ParsedIssuer | null {
  if (read.locality || editDistance(letters(read.name), COMMITTEE, MAX_HEAD_EDITS) > MAX_HEAD_EDITS) return null;
  const head = letters(nextLine.trim().split(/\s+/)[0] ?? '');
  const word = UNIT_WORDS.find((u) => editDistance(head, u.key, 1) <= 1 && head.length >= u.key.length - 1);
  if (!word) return null;
  const parsed = parseIssuer(`Ủy ban nhân dân ${word.written} ${place}`, undefined, near);
  return parsed?.locality && parsed.unit?.kind === word.kind ? parsed : null;
}
