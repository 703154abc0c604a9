// Laws cited by name in an OCR layer whose words the engine garbled past what the citation reader
// takes, read against the list of laws a plan cites (ocr-law-titles.ts):
// - "Luật sửa lại, Òa sung m/t số điều của Luật Tổ chiếc Chính phủ và Luật Tự chủ:c chính quyền
//   địa phương ngày 22 tháng 11 năm 2019": the amending formula garbled (its words "sửa", "đổi",
//   "bổ", "sung", "một", "số", "điều", "của" only partly read) and each amended law's name within a
//   quarter of its letters of one listed law: the amending law, its title written back in full;
// - "Luật TỔ chức chính quyn địa phú.ăng ngày 19 tháng 6 năm 2015": a name broken by a stray mark
//   that is, up to its date, a listed law's name.
// - "Luật X} l! vi phạm hành chính 2012 (được sửa đổi …)" (the restorer dropping "X} l!"): a name
//   within a quarter of its letters of one listed law, pinned by the year closing its clause.
// Only a name pinned by its date ("ngày" and a figure right after it) or its year is read so: a garbled
// name with nothing after it pins no document, and is better left unread than guessed.
import { nearestLawName } from './ocr-law-titles.js';

/** The amending formula as printed: what a garbled head is written back as. */
const AMENDING_HEAD = 'Luật sửa đổi, bổ sung một số điều của ';
const AMENDING_WORDS = new Set(['sua', 'doi', 'bo', 'sung', 'mot', 'so', 'dieu', 'cua']);
/** The word "Luật" as an engine reads it inside a name: "luat", "ludt", "luot" folded. */
const LAW_WORD = /(?<![a-z])lu[a-z]t(?![a-z])/g;
/** The law's date right after its name. */
const DAY_WORD = /(?<![a-z])ngay\s*\d/;
/** "và" as read between two laws' names ("vex", "vả"): a short word of v. */
const JOINT = /\s*[,;]?\s*(?<!\p{L})v\p{L}{0,2}\s*$/u;
/** How far a garbled name may run, in characters, before its date. */
const WINDOW = 260;
const SHORT_WINDOW = 90;

export interface LooseLaw {
  title: string;
  /** Offset of the name's end (its date follows). */
  end: number;
  amending?: true;
}

/** Where the date pinning the name starts, in `folded` after `from`; -1 when no date is near or another clause comes first. */
function dateAhead(folded: string, from: number, window: number): number {
  const slice = folded.slice(from, from + window);
  const day = DAY_WORD.exec(slice);
  if (!day) return -1;
  // A name never runs over a clause's end or into another "Căn cứ".
  if (/[;]|\n\s*\n|can cu/.test(slice.slice(0, day.index))) return -1;
  return from + day.index;
}

/** The end of `text` before `to` without the spaces and punctuation before it. */
function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /[\s,.;:]/.test(text.charAt(end - 1))) end--;
  return end;
}

/**
 * "Luật <garbled formula> Luật A và Luật B ngày …" at `at` (the type word `typeLength` long): the
 * amending law of A and B, each a listed law; null when the formula, a name or the date is not there.
 */
export function looseAmendingLaw(text: string, folded: string, at: number, typeLength: number): LooseLaw | null {
  const from = at + typeLength;
  const dateAt = dateAhead(folded, from, WINDOW);
  if (dateAt < 0) return null;
  const span = folded.slice(from, dateAt);
  const laws = [...span.matchAll(LAW_WORD)].map((m) => m.index!);
  if (!laws.length) return null;
  const head: string[] = span.slice(0, laws[0]).match(/[a-z]+/g) ?? [];
  if (head.length < 3 || head.length > 9 || !head.includes('sung') || head.filter((w) => AMENDING_WORDS.has(w)).length < 3) return null;
  const names: string[] = [];
  for (let i = 0; i < laws.length; i++) {
    const start = from + laws[i]! + 4;
    const stop = i + 1 < laws.length ? from + laws[i + 1]! : dateAt;
    const read = text.slice(start, stop);
    // Between two names the "và" is part of no name.
    const name = i + 1 < laws.length ? (nearestLawName(read.replace(JOINT, '')) ?? nearestLawName(read)) : nearestLawName(read);
    if (!name) return null;
    names.push(`Luật ${name}`);
  }
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} và ${names.at(-1)}` : names[0]!;
  return { title: AMENDING_HEAD + listed, end: trimmedEnd(text, from, dateAt), amending: true };
}

/** "Luật <a listed law's name, garbled> ngày …" at `at`: that law; null when the name is no listed one's or no date follows. */
export function looseKnownLaw(text: string, folded: string, at: number, typeLength: number): LooseLaw | null {
  const from = at + typeLength;
  const dateAt = dateAhead(folded, from, SHORT_WINDOW);
  if (dateAt < 0) return lawPinnedByYear(text, folded, from);
  const words: string[] = folded.slice(from, dateAt).match(/[a-z]+/g) ?? [];
  if (!words.length || words.length > 10) return null;
  const name = nearestLawName(text.slice(from, dateAt));
  return name ? { title: `Luật ${name}`, end: trimmedEnd(text, from, dateAt) } : null;
}

/** "<name> 2012" closing its clause (a bracket, a semicolon, a comma, the line's end): the law's year right after its name. */
// "năm" before the year is no word of the name ("Luật Ban hành văn bản quy phạm pháp luật năm 2025").
const NAME_THEN_YEAR = /^\s+((?:[a-z]+,?\s+){1,10}?)(?:nam\s+)?((?:19|20)\d\d)(?!\d)(?=\s*(?:[(;,.]|\n|$))/;

/** "Luật <a listed law's name, garbled or cut> 2012 (…": that law, its name up to the year; null otherwise. */
function lawPinnedByYear(text: string, folded: string, from: number): LooseLaw | null {
  const m = NAME_THEN_YEAR.exec(folded.slice(from, from + SHORT_WINDOW));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]!);
  const read = text.slice(start, start + m[1]!.length);
  const name = nearestLawName(read);
  // The year stays after the name, where the citation reader takes a law's year (as "Luật Giá 2023").
  return name ? { title: `Luật ${name}`, end: trimmedEnd(text, from, start + m[1]!.length) } : null;
}
