// The header's number line as the engine read it, where the diacritic restorer re-lettered its
// codes: it knows words, not codes ("56:*fiil}1TCT-DNNCN" restored to "56:*ưu}CỨ-DNNCN",
// "S:6/QD-N}1No-TCKT" to "S:6/QĐ-N}luơ-TCKT"). Read only in an OCR layer (the caller's concern),
// only on a line that opens with a number label near the top, and the engine's symbol taken only
// where the restored text gave none, gave its head alone ("QĐ-N") or re-lettered a code into a word
// of its length ("QĐ-TẠI" for the engine's "QD-TTg"), and only when the document
// vouches for its first part: a type's code (QĐ) or the issuer's own initials (TCT, Tổng cục Thuế).
// Its serial is never taken from the engine alone: a handwritten one must not be made up.
import type { DocumentInfo } from '../../output/schema.js';
import { docTypeByCode } from '../shared/doctypes.js';
import { readNumberLine } from '../header/header-zone.js';
import type { EngineReading } from './ocr-signer-name.js';
import { issuerCode } from '../header/symbol-evidence.js';
import { NUMBER_LABEL_AS_FIGURES_SOURCE } from '../../normalizers/number-label.js';

/** How far into the text the header's number line is looked for. */
const HEADER_REACH = 1500;
/** How much of a line is read for its number (the label, the scraps, the symbol, the place and date). */
const LINE_REACH = 160;
// "Số:", "S:", "s6:", "Số'", and the label read as figures ("56:", "86:"), opening the line.
const LABEL = new RegExp(String.raw`^[ \t*|]*(?:S[\p{L}'’]{0,2}[ \t]*[:;.„,]|s[\p{L}'’]{1,2}[ \t]*:|${NUMBER_LABEL_AS_FIGURES_SOURCE}[ \t]*:)[ \t]*`, 'u');
/** An H read as a bracket or bar and a stroke inside a code ("N}1No" for NHNo): no code spells a bracket. */
const STROKE_PAIR_H = /(?<=\p{Lu})[}\]|][1lI|](?=\p{L})/gu;
/** A part of a code: a capital first, two capitals at least ("TTg", "NHNo", "CTrTT"). */
const CODE_PART = /^\p{Lu}[\p{L}\d&]*$/u;

const letters = (s: string) => s.replace(/[^\p{L}\d]/gu, '');

/** The document with its number read from the engine's letters of its number line; as it stands when they give nothing better. */
export function withNumberAsEngineRead(document: DocumentInfo, text: string, reading: EngineReading): DocumentInfo {
  const reach = Math.min(text.length, HEADER_REACH);
  for (let start = 0; start < reach; ) {
    const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    // A number line is short: a line run on for pages (a dump on one line) is read at its head only.
    const found = numberOfLine(text, start, Math.min(lineEnd, start + LINE_REACH), reading, document);
    if (found) return found;
    start = lineEnd + 1;
  }
  return document;
}

function numberOfLine(text: string, start: number, end: number, reading: EngineReading, document: DocumentInfo): DocumentInfo | null {
  const restored = text.slice(start, end);
  if (!LABEL.test(restored)) return null;
  const read = reading(start, end);
  // Only the letters the restorer changed are worth a second reading.
  if (letters(read) === letters(restored)) return null;
  const label = LABEL.exec(read);
  if (!label) return null;
  const number = readNumberLine(read.slice(label[0].length).replace(STROKE_PAIR_H, 'H'), true)?.value;
  if (!number || number.party) return null;
  const parts = number.symbol.split('-');
  if (parts.length < 2 || !parts.every((p) => CODE_PART.test(p) && (p.match(/\p{Lu}/gu) ?? []).length >= 2)) return null;
  const own = document.issuer.name ? issuerCode(document.issuer.name) : null;
  if (!docTypeByCode(parts[0]!)?.code && parts[0] !== own) return null;
  const current = document.symbol;
  if (current && (current === number.symbol || (!number.symbol.startsWith(current) && !isRelettered(current, number.symbol)))) return null;
  const lead = /^[ \t*|]*/.exec(restored)![0].length;
  // The engine's serial is trusted only where the restored text read the same one: a figure glued to a
  // misread label ("S:6/QD-…") is as likely the hand's scrawl or the label's ố as a printed serial.
  const serial = document.serial !== null && document.serial === number.serial ? number.serial : null;
  return {
    ...document,
    number: serial === null ? null : number.number,
    serial,
    symbol: number.symbol,
    typeCode: document.typeCode ?? number.typeCode,
    spans: { ...document.spans, number: { start: start + lead, end } },
  };
}

/**
 * Whether the restored symbol is the engine's with a code re-lettered into a word: the same parts,
 * the first (the type's code the document vouches for) the same, each other part as long as the
 * engine's ("QĐ-TAI" from the restorer's "TẠI" for "QĐ-TTg").
 */
function isRelettered(restored: string, engine: string): boolean {
  const [mine, theirs] = [restored.split('-'), engine.split('-')];
  return mine.length === theirs.length && mine[0] === theirs[0] && mine.every((p, i) => p.length === theirs[i]!.length);
}
