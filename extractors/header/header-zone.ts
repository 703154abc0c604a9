// The header zone as real copies deliver it. The two-column header table (issuer | motto, number
// | place and date) arrives flattened: cells separated by a lone "|" (web pages crawled to
// markdown), by tabs (vbpl.vn), by line breaks (Word exports), or all on one line (OCR dumps,
// copies from PDF viewers), with words broken across lines inside a cell ("ỦY BAN NHÂN\nDÂN",
// "TỈNH SƠN\nLA"). Legal-document websites put their own metadata box ("Số hiệu: … Loại văn bản:
// … Nơi ban hành: …") before the document. This module cuts the zone into segments, each one
// logical cell on one line (line breaks inside a cell become spaces), and says what each is:
// the national motto, the number line, the place-and-date line, the "V/v" subject line, a rule
// ("-----"), or other text (issuer lines, the type heading, …).
import { foldVietnamese } from '../../normalizers/fold.js';
import { readLostSlashNumber, readSpacedCapsNumber, readSpacedSmallNumber, readPlanNumber, type NumberMatch } from '../shared/number.js';
import { readGarbledSerialNumber, symbolSixes } from './garbled-serial.js';
import { implausibleSymbol, scrapLedSymbol, symbolAfterScrawl, symbolGluedToScrawl } from './scrawled-serial.js';
import { GARBLED_DATE_LINES } from './garbled-date-line.js';
import { GARBLED_SUBJECT_LABEL } from './ocr-subject-label.js';
import { placeStartBefore } from './subject-before-place.js';
import { docTypeByName } from '../shared/doctypes.js';
import { findUnits } from '../shared/localities.js';
import { DATE_FIGURE, YEAR_FOOTNOTE } from '../shared/dates.js';
import { MASS_HEADING, isHeadingCase } from '../issuer/mass-heading.js';
import { NUMBER_LABEL_AS_FIGURES_SOURCE } from '../../normalizers/number-label.js';

export type SegmentKind = 'motto' | 'number' | 'date' | 'subject' | 'rule' | 'text';

export interface Segment {
  /** The cell on one line: markup dropped, line breaks as spaces. */
  text: string;
  folded: string;
  kind: SegmentKind;
  /** Offsets in the original text of the first character and after the last. */
  start: number;
  end: number;
  /** Original offset of each character of `text`. */
  at: number[];
  /** Indices in `text` where an original line break was (a word may continue there, or a new line of the block start). */
  breaks: number[];
}

/** How far into the text the header (and a metadata box before it) is looked for. */
export const ZONE_SCAN = 20000;

// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (state) or "ĐẢNG CỘNG SẢN VIỆT NAM" (Party), tolerant of
// line breaks and markup between the words.
const GAP = '[\\s*_]*';
// An engine without Vietnamese reads the Ộ of "CỘNG" as Q or 0 ("CQNG", "C0NG"), and a layer may glue
// the motto to the issuer cell's last word ("TĨNHC0NG HÒA"): no word boundary is asked before it.
const STATE_MOTTO = new RegExp(['c[o0q]ng', 'hoa', 'xa', 'hoi', 'chu', 'nghia', 'viet', 'nam'].join(`${GAP}`).replace(/ /g, ''), 'g');
const PARTY_MOTTO = new RegExp(['dang', 'cong', 'san', 'viet', 'nam'].join(GAP), 'g');
// OCR writes the motto's dashes as other marks too ("Độc lập ? Tự do ? Hạnh phúc").
// An OCR layer may garble any word of it beyond what the restorer puts right ("Độc lập - Tự do -
// Áp phích"): after "Độc lập - Tự do -", two short words are the rest of the motto.
// Spaces, markup and dashes between the motto's words are one run: two adjacent runs that both take
// spaces would backtrack quadratically over a long run of spaces.
const MOTTO_SEPARATOR = '[\\s*_\\-–—―−~?]*';
// Or its middle word garbled between two that are read ("Độc lập - Tự đe - Hạnh phúc"), or the
// first of the middle pair ("Độc lập - Tơ do - Hạnh phúc", the restorer's reading of "Tçr do").
const MOTTO_LINE = new RegExp(
  `doc${GAP}lap${MOTTO_SEPARATOR}(?:tu${GAP}(?:do(?:${MOTTO_SEPARATOR}hanh${GAP}phuc|[\\s*_]*[-–—―−~?]${MOTTO_SEPARATOR}\\S{1,5}\\s+\\S{1,6}(?!\\S))|[a-z]{1,3}${MOTTO_SEPARATOR}hanh${GAP}phuc)|t[a-z]{0,2}${GAP}do${MOTTO_SEPARATOR}hanh${GAP}phuc)`,
  'g',
);
// The state motto as a garbled OCR layer prints it ("CỘNG HÒA XÃ HỘ! CHỦ NGHĨA VIVT NAM"): eight
// words in capitals, "CỘNG", "X…", "NGH…" and "N…" where they belong and the others of a motto's length.
// "VIỆT" may come apart in two ("VII ,T NAM"): one short scrap may stand before "NAM". "CỘNG" may
// lose one letter of its frame ("LONG HÒA X,A HỘT …", "CQNC HOA XA …"): the seven words after it
// hold. That reading opens on "long", "song", "đồng" …, so it is asked only where an OCR engine
// wrote the text (`ocrOrigin`); typed text keeps the motto opened by "cộng".
// "NAM" may be cut to its N by the layer's right margin ("… CHỦ NGHIA VIET N").
const MOTTO_OCR_TAIL = String.raw`\s+\S{1,5}\s+x\S{0,2}\s+\S{1,4}\s+\S{1,5}\s+ngh\S{1,3}\s+\S{1,5}(?:\s+\S{1,2})?\s+n\S{0,3}(?!\S)`;
const STATE_MOTTO_OCR = new RegExp(String.raw`(?<![a-z])c[o0q]ng` + MOTTO_OCR_TAIL, 'g');
const STATE_MOTTO_LOST_FRAME = new RegExp(String.raw`(?<![a-z])(?:c[o0q]n\S|[a-z][o0q]ng)` + MOTTO_OCR_TAIL, 'g');
// The motto's second line as a layer without Vietnamese garbles it past MOTTO_LINE ("Dịch típ - Tự. do
// - lạnh phục", "Độc lập - Tế do - Hành phút", "Độc lập - Tự}'do - Hạnh plnic"): two words, a dash,
// "T… d…" (a mark or two may stand for the space), a dash, a word and "p…" (its h may be read as
// "l", "li"), ending its line. That shape, right of an issuer's second line, closes the issuer's cell there.
const MOTTO_LINE_OCR = /(?<![^ \t])\S{2,5}[ \t]+\S{2,5}[ \t]*[-–—][ \t]*t\S{0,3}?[ \t]*d\S{1,2}[ \t]*[-–—][ \t]*\S{2,5}[ \t]+p\S{2,4}(?=[ \t]*(?:\n|$))/g;
// Or garbled past that, its opening words and their dash read and the rest of its line not ("Độc lập -
// LH tên Đai Đảm?", the seal over "Tự do - Hạnh phúc", a Tesseract layer read as plain text): no
// issuer's name holds "Độc lập -", so its line ends the issuer's cell there too. Only capitalised as
// the motto prints it, and short of its line's end: "độc lập - tự chủ" in a sentence runs on.
const MOTTO_OPENING = /(?<![a-z])doc[ \t]*lap[ \t]*[-–—][^\n]{0,24}(?=[ \t]*(?:\n|$))/g;

/** The garbled state motto at `at`, only in capitals: running text names the state in small letters. */
function isCapitalMotto(text: string, at: number, end: number): boolean {
  const letters = text.slice(at, end).replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.replace(/\P{Lu}/gu, '').length >= 0.75 * letters.length;
}

/** Where the national (or Party) motto starts, within the scanned prefix; -1 when none. `ocrOrigin`: an OCR engine wrote the text. */
export function findMotto(text: string, folded: string, from = 0, ocrOrigin = false): { start: number; end: number } | null {
  const limit = Math.min(folded.length, from + ZONE_SCAN);
  const head = folded.slice(0, limit);
  STATE_MOTTO.lastIndex = from;
  let state = STATE_MOTTO.exec(head);
  if (!state) {
    const garbled = ocrOrigin ? STATE_MOTTO_LOST_FRAME : STATE_MOTTO_OCR;
    garbled.lastIndex = from;
    state = garbled.exec(head);
    while (state && !isCapitalMotto(text, state.index, state.index + state[0].length)) state = garbled.exec(head);
  }
  PARTY_MOTTO.lastIndex = from;
  let party = PARTY_MOTTO.exec(head);
  // The Party's name in running text is not a motto: the motto is printed in capitals.
  while (party && !/^\P{Ll}*$/u.test(text.slice(party.index, party.index + party[0].length))) {
    party = PARTY_MOTTO.exec(head);
  }
  const found = [state, party].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

// --- the metadata box of legal-document websites -------------------------------------------------

const META_LABELS: Record<string, keyof SiteMetadata | null> = {
  'so hieu': 'number',
  'loai van ban': 'type',
  'noi ban hanh': 'issuer',
  'co quan ban hanh': 'issuer',
  'nguoi ky': 'signer',
  'ngay ban hanh': 'date',
  'ngay hieu luc': null,
  'ngay cong bao': null,
  'so cong bao': null,
  'tinh trang': null,
  'linh vuc': null,
};
const META_LABEL = new RegExp(`(?<![a-z])(${Object.keys(META_LABELS).join('|')})\\s*:`, 'g');

export interface SiteMetadata {
  number?: string;
  type?: string;
  issuer?: string;
  signer?: string;
  date?: string;
  /** Offset right after the box. */
  end: number;
}

/**
 * The site's metadata box: three labels or more, each close to the one before, read before
 * `before` (the motto, when there is one). Values are the first non-empty text after the label.
 */
export function readSiteMetadata(text: string, folded: string, before: number): SiteMetadata | null {
  const limit = Math.min(before, ZONE_SCAN, folded.length);
  META_LABEL.lastIndex = 0;
  let box: SiteMetadata | null = null;
  let labels = 0;
  let lastEnd = -1;
  const values: Partial<Record<keyof SiteMetadata, string>> = {};
  for (let m = META_LABEL.exec(folded); m && m.index < limit; m = META_LABEL.exec(folded)) {
    if (lastEnd >= 0 && m.index - lastEnd > 400) {
      // The site prints its box once, at the top; labels further down (a second page tab, a
      // related-documents list) are the site's chrome, never a better box.
      if (box) break;
      labels = 0; // a new cluster: the earlier labels were something else
      for (const k of Object.keys(values)) delete values[k as keyof SiteMetadata];
    }
    const value = valueAfter(text, m.index + m[0].length);
    const key = META_LABELS[m[1]!];
    if (key && value.text && !values[key]) values[key] = value.text;
    labels++;
    lastEnd = value.end;
    if (labels >= 3) box = { ...values, end: value.end } as SiteMetadata;
  }
  return box;
}

/** The first non-empty piece of text after a label (skipping "|" cell marks), up to its line end. */
function valueAfter(text: string, from: number): { text: string; end: number } {
  const skip = /^[\s|*#]*/.exec(text.slice(from, from + 200))![0].length;
  const start = from + skip;
  let end = text.indexOf('\n', start);
  if (end < 0 || end - start > 200) end = Math.min(text.length, start + 200);
  const raw = text.slice(start, end).replace(/[|*#]/g, ' ').replace(/\s+/g, ' ').trim();
  return { text: raw, end };
}

// --- digital-signature boxes ---------------------------------------------------------------------

// E-signed copies print the signer's box ("Ký bởi: … Cơ quan: … Thời gian ký: …") and the
// publishing centre's (its name, an e-mail address, a stamp "05.02.2025 15:35:18 +07:00") over
// the header; OCR writes them as blocks of their own at the top of the page. Their bodies and
// dates are not the issuer's nor the document's.
const BOX_LABEL = /^[\s*|#]*(ky boi|ky so boi|nguoi ky|ngay ky|thoi gian ky|co quan|email|e-mail)\s*:/;
const BOX_MARKS = [/@/, /\.gov\.vn\b/, /(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)/, /\+0?7:?00\b/];
/** Lines a box block may have: the signer's box is 3–6, the centre's 3–5. */
const BOX_LINES = 8;
/** A value of a label alone on its line (the box's time wrapped: "11/05/2021 11:26:39"). */
const BOX_VALUE = /^[\s*|]*[\d./: +-]+$/;

function boxMarks(line: string): number {
  return (BOX_LABEL.test(line) ? 1 : 0) + BOX_MARKS.filter((re) => re.test(line)).length;
}

/**
 * Offset right after the digital-signature boxes opening the text (0 when it opens with none):
 * leading blocks (lines up to a blank line) of at most BOX_LINES lines with two box marks or more
 * (labels, an e-mail address, a signing time), then a leading run of two box label lines or more
 * (a box not set apart by a blank line), each followed by its wrapped value lines. Read only
 * before `before` (the motto).
 */
export function signatureBoxEnd(folded: string, before: number): number {
  const limit = Math.min(before, folded.length, ZONE_SCAN);
  // Searched within the zone only: each block is scanned once, the whole stays linear.
  const zone = folded.slice(0, limit);
  const blank = /\n[ \t]*\n/g;
  let end = 0;
  for (;;) {
    const start = end + (/^\s*/.exec(zone.slice(end, end + 400))?.[0].length ?? 0);
    blank.lastIndex = start;
    const blockEnd = blank.exec(zone)?.index ?? -1;
    const lines = zone.slice(start, blockEnd < 0 ? Math.min(limit, start + 2000) : blockEnd).split('\n');
    if (blockEnd >= 0 && lines.length <= BOX_LINES && lines.reduce((n, l) => n + boxMarks(l), 0) >= 2) {
      end = blockEnd;
      continue;
    }
    return labelRunEnd(folded, start, lines) ?? end;
  }
}

/** After two label lines or more opening the block at `start` (with their wrapped values); null when fewer. */
function labelRunEnd(folded: string, start: number, lines: readonly string[]): number | null {
  let labels = 0;
  let at = start;
  let end = start;
  for (const line of lines) {
    if (BOX_LABEL.test(line)) labels++;
    else if (!(labels && BOX_VALUE.test(line))) break;
    at += line.length + 1;
    end = at - 1;
  }
  return labels >= 2 ? Math.min(end, folded.length) : null;
}

// --- segments ------------------------------------------------------------------------------------

// Cell edges: "|", tabs, rules, and the wide gaps of columns laid out with spaces (PDF text).
// OCR reads a printed rule as dashes of any kind ("TR—————").
const HARD_BREAK = /[|\t\f]|[-_=*.…—–]{3,}|\*\s\*| {4,}/g;
// A PDF converter's mark for a character its font did not map ("(cid:9)", a tab between the block's
// columns: "LIEN DOAN LAO BONG(cid:9) DOc lap - …"), as written or as the restorer re-lettered it
// ("(có:9)"): no text has it, it parts the cells as the tab it stands for.
const CONVERTER_MARK = /\(c[a-z]{0,2}:\d{1,3}\)/g;
// "Số: 12/KH-UBND", "Số 432-TB/VPTW", "S6: 03 /KH-HDTDKT" (OCR).
// After a colon, a short garble before the slash is a handwritten serial OCR could not read ("só:Zƒƒ /QĐ-UBND").
// Or a garble glued to the symbol or a space before it ("Só:#...` KH-TCTLNTW-C04"): readNumberLine judges it.
// OCR may read the label's colon as a low double quote ("Só„2/1/J6/TB-ĐHĐL") or a comma ("Số, ...Ã /QĐ-UBND"): it stands for the colon.
// Or as a mark glued to the label and to the handwriting after it ("Số@Ø4_ /BTC-CV"): a short garble before the slash.
const NUMBER_START = /(?<![a-z])s[o6]\s*(?:[:;.„,¿]?\s*(?=[0-9.…_/ ]|$)|[:„]\s*(?=[^\s/]{1,6}\s*\/)|[:„]\s*(?=[^\s/]{1,6}\s?[a-zđ]{2,}[a-zđ\d]*[-–\/][a-zđ])|(?=[^a-z0-9\s/][^\s/]{0,5} ?\/ ?[a-zđ]{2,}))/g;
// A label a layer without Vietnamese garbled past "S6" ("St': 5kq /QD-UBND", restored "Số': …"): an
// S, one or two marks or letters and a colon opening its line, a scrap and a symbol after it.
// Its indent is matched from the line's start (never looked behind for: a long run of spaces would cost its square).
// Or the label read as figures, its S as 8 (an engine without Vietnamese: 5, 3) and its ố as 6
// ("86:5619 SYT-NVY", "36:4312 /TCT-KK"): only with a colon opening its line and a number of the
// official shape after it (figures, then capital parts joined by "-"), or a handwritten serial's
// scrap, a slash and such a symbol ("86: A8J84 /BTC-TCDN"). The garbled S-label's serial may be
// blank, its slash right after the colon, the handwriting and a one-part symbol after it closing the
// line ("Sá:/...Ở...VH"): the number's cell still, never a line of the issuer's name above it.
// Or the scrap glued to the symbol, its slash read as a stroke ("56:*fiil}1TCT-DNNCN"): readNumberLine judges it.
// The label with its ố lost ("S:A/UBND-VP", the handwritten serial read as a letter): only before a
// scrap, a slash and a symbol of two parts at least.
/** A scrap of up to six marks, a slash and a symbol of two parts at least (folded text): "A/UBND-VP", "5kq /QĐ-UBND". */
const SCRAP_SLASH_SYMBOL = String.raw`[^\s/]{1,6}[ \t]{0,3}\/[ \t]{0,3}[a-zđ]{2,}[-–][a-zđ]`;
/**
 * The label with its ố lost, at a folded line's start ("s:A/UBND-VP"): numberFromSegment reads it too.
 * A lone 6 or o between its colon and the slash ("S:6/QĐ-NHNo-TCKT") is the ố itself or a
 * handwritten serial's scrap, never a printed serial: it is taken into the label, the serial left blank.
 */
export const LABEL_LOST_MARK = new RegExp(String.raw`^s[ \t]*:[ \t]*(?:[6o](?=[ \t]{0,3}\/[ \t]{0,3}[a-zđ]{2,}[-–][a-zđ])|(?=${SCRAP_SLASH_SYMBOL}))`);
/**
 * The label glued to a handwritten serial's scrap with no colon between ("Sóz226Ö /CT-TTHT"): "Số"
 * (folded "so"), then a scrap holding a figure or a mark (no word is spelt so), a slash and a symbol
 * of two parts at least. At a folded line's start; numberFromSegment reads it too (OCR text only).
 */
export const LABEL_GLUED_TO_SCRAP = new RegExp(String.raw`^s[o6](?=(?=[^\s/]{0,5}[^a-z\s/])${SCRAP_SLASH_SYMBOL})`);
const GARBLED_NUMBER_START = new RegExp(
  String.raw`(?<=^|\n)[ \t]*(` +
    String.raw`s[ \t]*:[ \t]*(?=${SCRAP_SLASH_SYMBOL})` +
    String.raw`|s[a-z'’]{1,2}[ \t]*:[ \t]*(?=${SCRAP_SLASH_SYMBOL}|\/[^\n]{0,12}?[a-zđ]{2,}[ \t]*(?:\n|$))` +
    String.raw`|${LABEL_GLUED_TO_SCRAP.source.slice(1)}` +
    String.raw`|${NUMBER_LABEL_AS_FIGURES_SOURCE}[ \t]*:[ \t]*(?=\d{1,5}(?:[ \t]*\/[ \t]*|[ \t]?)[a-zđ]{2,10}[-–][a-zđ]|\d{1,5}[ \t]*\/[ \t]*[a-zđ]{2,10}(?=[ \t]|$)|${SCRAP_SLASH_SYMBOL}|[^\s/]{1,8}[a-zđ]{2,}[-–][a-zđ])` +
    ')',
  'g',
);
// The third form is a draft's date line left blank to the year ("Lâm Đồng, ngày   tháng   năm"),
// which ends its line: it still closes the header's date cell, so the heading below opens its own.
const DATE_LINE = new RegExp(
  `ngay\\s*${DATE_FIGURE}\\s*th[a-z]{0,2}ng\\s*${DATE_FIGURE}\\s*n[a-z]?m\\s*[0-9oilj]{4}${YEAR_FOOTNOTE}(?!\\d)|ngay\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}(?!\\d)|ngay[ .…_]*thang[ .…_]*(?:\\d{1,2}[ .…_]*)?nam(?=[ .…_]*(?:\\n|$))`,
  'g',
);
// "V/ v": an engine may read a space inside the label.
const SUBJECT = /(?<![a-z])(v\/ ?v|ve viec)\s*[:.]?/g;

/** A type of document named before its cited number, folded ("… theo QĐ số 22/2013/QĐ-TTg"). */
const CITED_TYPE_BEFORE = /(?<![a-zđ])(?:quyet dinh|q[dđ]|thong tu|tt|nghi dinh|n[dđ]|nghi quyet|nq|chi thi|cong van|van ban|ke hoach|thong bao|huong dan|to trinh|bao cao|luat|chuong trinh(?: hanh dong)?)\s+$/;

/**
 * A "số" in small letters after a document's type, in a công văn's subject ("V/v triển khai thực
 * hiện Thông tư" / "số 116/2018/TT-BTC"), is a cited document's number, never the header's number
 * label: the subject goes on past it. The label may follow its type too: "Luật số: 56/2020/QH14" (a
 * colon, or the type opening its line), an appendix's caption "(Kèm theo Kế hoạch số 45/KH-UBND …)".
 * The subject's label may be one an engine garbled ("V/w Trả lời công văn số 0012/CV-2020 …",
 * ocr-subject-label.ts). Elsewhere the cut stands: a decision's trích yếu citing "Nghị định số 151/2013/NĐ-CP" is read by
 * lines (findTitle), and other readers count on the cut there.
 */
function citedNumberAt(text: string, folded: string, at: number): boolean {
  if (text.charAt(at) !== 's' || /^s[o6]\s*:/.test(folded.slice(at, at + 6))) return false;
  const ownLine = folded.lastIndexOf('\n', at - 1) + 1;
  const fromLineAbove = ownLine > 0 ? folded.lastIndexOf('\n', ownLine - 2) + 1 : 0;
  const opening = folded.slice(fromLineAbove, at);
  if (!/(?<![a-z])(?:v\/ ?v|ve viec)\b/.test(opening) && !new RegExp(GARBLED_SUBJECT_LABEL.source, 'mu').test(opening)) return false;
  const before = folded.slice(Math.max(0, at - 30), at);
  const type = CITED_TYPE_BEFORE.exec(before);
  if (!type) return false;
  const typeAt = at - before.length + type.index;
  const lineStart = folded.lastIndexOf('\n', typeAt - 1) + 1;
  const lineBefore = folded.slice(lineStart, typeAt);
  if (/kem theo\s*$/.test(lineBefore)) return false;
  // The type opening its line is a label's ("LUẬT số …") unless written as a cited type is, in
  // small letters after its capital: the subject wrapped there ("V/v tổ chức thực hiện" / "Nghị định số 180/2026/NĐ-CP").
  return !/^[\s*|#(]*$/.test(lineBefore) || /\p{Ll}/u.test(text.slice(typeAt, at));
}
// Words in capitals between words in small letters (or figures before them), on one line. What
// stands before them is checked by hand (afterSmallWord): a lookbehind over a run of spaces costs
// the run's length at every position of it.
const INLINE_HEADING = /\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,3}(?=[ \t]+\p{Ll})/gu;
// How far past the zone's end an inline heading's match may run (four words and the space to the next).
const INLINE_HEADING_REACH = 160;

// A date in figures alone right after a number, no "ngày" before it: a list's date column.
const LISTED_DATE_AFTER = /^[ \t]+\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?![\d/])/;
// A draft's mark on a line of its own ("DỰ THẢO", "Dự thảo lần 2", "(DỰ THẢO)"), over the issuer
// block or the heading: it belongs to neither, so it is cut out like a rule.
const DRAFT_MARK = /(?<=^|\n)[ \t*_]*\(?[ \t]*du thao(?:[ \t]+(?:lan[ \t]+)?\d{1,2})?[ \t]*\)?[ \t*_]*(?=\n|$)/g;

/** The label at `labelAt` opens its line and ends in a colon (its match ends at `after`). */
function unreadNumberLine(folded: string, labelAt: number, after: number): boolean {
  const lineStart = folded.lastIndexOf('\n', labelAt - 1) + 1;
  return /^[ \t]*$/.test(folded.slice(lineStart, labelAt)) && /:\s*$/.test(folded.slice(labelAt, after));
}

/**
 * The number after "Số:", also when its serial is unreadable (a handwritten serial read by OCR as
 * "4#"): then the symbol is kept and the serial left blank, as for a serial left blank in print.
 * The label vouches for a number, so a slash OCR lost ("Số: 6191BVT-TCKT") is tolerated here.
 */
export function readNumberLine(raw: string, ocrOrigin = false): (NumberMatch & { illegible?: string }) | null {
  const text = symbolSixes(ocrOrigin ? unmarkedCodes(raw) : raw);
  const found = ocrOrigin ? withoutGluedPlace(numberAtLineStart(text, true), text) : numberAtLineStart(text, false);
  const read = ocrOrigin ? withSpeckedSerialBlank(found) : found;
  if (!read || read.value.party) return read;
  const tail = spelledUnitTail(text, read.length) || commaJoinedCodes(text, read.length);
  if (!tail) return read;
  const symbol = read.value.symbol + tail;
  const number = read.value.serial === null ? null : `${read.value.serial}/${symbol}`;
  return { ...read, value: { ...read.value, symbol, number }, length: read.length + tail.length };
}

// A part of capitals after the symbol's hyphen or slash that carries marks: codes carry none but
// Đ, so they are the restorer's lettering of a code it took for a word ("BHXH- THU" restored to
// "THỨ", then read as "TH"). Its marks are dropped, one character for one, so lengths stay.
const MARKED_CODE = /(?<=[-–/][ \t]?)[A-ZĐ]*[^\P{Lu}A-ZĐ][\p{Lu}]*/gu;

function unmarkedCodes(text: string): string {
  return text.replace(MARKED_CODE, (code) => (code.length >= 2 ? code.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : code));
}

/**
 * A serial an engine read with a speck inside it ("66.2/QD-BTC"): no serial is printed with a
 * point between its figures, so it is a handwritten one, its strokes and a speck of ink read as
 * figures and a point. Left blank and reported (OCR text only), never kept as a guess.
 */
function withSpeckedSerialBlank<T extends NumberMatch & { illegible?: string }>(read: T | null): T | null {
  const serial = read?.value.serial;
  if (!read || !serial || !/^\d+[.,]\d+$/.test(serial)) return read;
  return { ...read, value: { ...read.value, serial: null, number: null }, illegible: serial };
}

// The first word of the place a layer glued to the symbol when it ran the two header cells together
// ("TB-STTTTHa Tinh, ngày"): a capital and small letters closing a run of capitals.
const GLUED_PLACE_HEAD = /(?<=\p{Lu}{2})\p{Lu}\p{Ll}{1,3}$/u;
const PLACE_REST = /^[ \t]+(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,3})[ \t]*,/u;

/**
 * The number without the head of the place glued to its symbol: only when that head and the words
 * after it up to the comma name a unit the list knows ("Ha Tinh"), so "NHNo" stays whole. Only in
 * text an OCR engine wrote (a layer ran the two header cells together): typed text keeps its symbol.
 */
export function withoutGluedPlace<T extends NumberMatch>(read: T | null, text: string): T | null {
  if (!read?.value.symbol) return read;
  const head = GLUED_PLACE_HEAD.exec(read.value.symbol);
  const rest = head ? PLACE_REST.exec(text.slice(read.length)) : null;
  if (!head || !rest || !findUnits(`${head[0]} ${rest[1]}`).length) return read;
  const symbol = read.value.symbol.slice(0, -head[0].length);
  const number = read.value.serial === null ? (read.value.number?.endsWith(head[0]) ? read.value.number.slice(0, -head[0].length) : read.value.number) : `${read.value.serial}/${symbol}`;
  return { ...read, value: { ...read.value, symbol, number }, length: read.length - head[0].length };
}

function numberAtLineStart(text: string, ocrOrigin: boolean): (NumberMatch & { illegible?: string }) | null {
  const read = firstNumberReading(text, ocrOrigin);
  // A scrap of a handwritten serial read as the symbol ("'/gỗ/NQ-CP" → "g"): the printed one is
  // further on. Only where an engine read the handwriting: typed text keeps what it printed.
  if (!ocrOrigin) return read;
  // Scraps read before the slash that no number reading takes ("Z#_/CVL-QLLĐ"): the symbol after them.
  if (!read) return symbolAfterScrawl(text) ?? figureLedNumber(text) ?? symbolGluedToScrawl(text) ?? spacedCapsBeforePlace(text);
  return implausibleSymbol(read.value.symbol) || scrapLedSymbol(text.slice(0, read.length)) ? (symbolAfterScrawl(text) ?? read) : read;
}

// A serial, its slash, and a symbol whose first capital was read as a figure ("5495 /3HXIH-HCTH").
const FIGURE_LED = /^(\s*\d{1,5}\s*\/\s*)(\d)(?=\p{Lu}{2,7}[-–]\p{Lu})/u;

/**
 * The number with its symbol read figure and all ("3HXIH-HCTH"): no symbol opens with a figure, so
 * only the issuer's own code may put it right, which the header does (symbol-evidence.ts,
 * figureLedSymbol) or drops it. The figure is read as a capital while parsing, then put back.
 */
function figureLedNumber(text: string): NumberMatch | null {
  const m = FIGURE_LED.exec(text);
  if (!m) return null;
  const read = readPlanNumber(`${m[1]}X${text.slice(m[0].length)}`);
  if (!read || read.value.party || read.value.serial === null || !read.value.symbol.startsWith('X')) return null;
  const symbol = m[2]! + read.value.symbol.slice(1);
  return { ...read, value: { ...read.value, symbol, number: `${read.value.serial}/${symbol}`, typeCode: null } };
}

// The place of the date line after the number ("Hà Nội ngày …"), not "ngày" itself: a citation's
// number runs straight on to its date ("Số 02 CD UBND ngày 24 02 2022").
// The cell may end there too: the header's date line, cut off as a cell of its own.
const PLACE_AFTER = /^(?:[ \t]+(?!ng[aà]y\b)\p{Lu}\p{Ll}|[ \t]*$)/u;

/**
 * A dump that dropped every slash and hyphen ("so 275TB DHDL Hà Nội ngày tháng năm" for 275/TB-ĐHĐL):
 * a serial, a type's code and the issuer's code in capitals, then the place of the date line.
 * OCR text only (numberAtLineStart's OCR branch).
 */
export function spacedCapsBeforePlace(text: string): NumberMatch | null {
  const read = readSpacedCapsNumber(text);
  return read && PLACE_AFTER.test(text.slice(read.length)) ? read : null;
}

function firstNumberReading(text: string, ocrOrigin: boolean): (NumberMatch & { illegible?: string }) | null {
  const read = readPlanNumber(text) ?? readLostSlashNumber(text) ?? readSpacedSmallNumber(text);
  if (read) return read;
  // The slash lost between the serial and the symbol ("01NQ-HĐQLQ", "6191BVT-TCKT").
  const glued = /^(\d{1,5})(?=\p{Lu}{1,10}[-–]\p{Lu})/u.exec(text);
  if (glued) {
    const rest = readPlanNumber(`${glued[1]}/${text.slice(glued[0].length)}`);
    if (rest && rest.value.serial !== null) return { value: rest.value, length: rest.length - 1 };
  }
  // Strokes of the handwriting read between the slash and the symbol ("/ ?'KH-VP", "/#?'KH-VP").
  const afterSlash = /^([^\s/]{0,4}\s*\/)\s*[^\p{L}\d\s/]{1,3}\s*(?=\p{Lu})/u.exec(text);
  if (afterSlash && !/^\d+\s*\/$/.test(afterSlash[1]!)) {
    const rest = readPlanNumber(`/${text.slice(afterSlash[0].length)}`);
    if (rest && rest.value.serial === null) return { value: rest.value, length: afterSlash[0].length + rest.length - 1 };
  }
  // Figures between two slashes before the symbol ("/40/TB-HQTB"): a printed serial never opens
  // with a slash, so they are a handwritten serial's strokes read as slashes around figures; the
  // serial is left blank. Not four figures: "/2020/NĐ-CP" is a blank serial with its year.
  const slashLed = /^\s*\/\d{1,3}(?=\/\s*\p{Lu})/u.exec(text);
  const afterSlashLed = slashLed ? symbolAfterScraps(text, slashLed[0]) : null;
  if (afterSlashLed) return afterSlashLed;
  // A short garble right before the slash ("Zƒƒ /QĐ-UBND"), or scraps with slashes among them.
  const short = /^\s*[^\s/]{1,6}\s*(?=\/)/.exec(text);
  const garbled = short !== null && !/^\d+$/.test(short[0].trim());
  const afterShort = garbled ? symbolAfterScraps(text, short[0]) : null;
  if (afterShort) return afterShort;
  const scraps = slashedScraps(text);
  if (scraps) return symbolAfterScraps(text, scraps[0]);
  return garbled ? null : readGarbledSerialNumber(text, ocrOrigin);
}

/** The printed symbol after a handwritten serial's scraps, the serial blank and the scraps reported. */
function symbolAfterScraps(text: string, scraps: string): (NumberMatch & { illegible: string }) | null {
  const rest = readPlanNumber(text.slice(scraps.length));
  return rest && rest.value.serial === null ? { value: rest.value, length: scraps.length + rest.length, illegible: scraps.trim() } : null;
}

/**
 * A handwritten serial OCR read as scraps with slashes among them ("2/1/J6" for 2116, its
 * upright strokes read as slashes), before the slash that opens the printed symbol. Only scraps
 * with a letter or a mark in them: figures and slashes alone may be a printed number.
 */
function slashedScraps(text: string): RegExpExecArray | null {
  const m = /^\s*[^\s/]{1,3}(?:\/[^\s/]{1,3}){1,3}\s*(?=\/\s*\p{Lu})/u.exec(text);
  return m && /[^\d/\s]/.test(m[0]) ? m : null;
}

/**
 * The issuing office spelt in words closing a symbol on the number line ("/TB-QL Đào tạo"): after
 * a part of capitals, one word in title case and at most two in small letters, the line ending
 * there. A place ("Hà Nội": every word capitalised) or a salutation is no part of it.
 */
function spelledUnitTail(text: string, at: number): string {
  if (!/\p{Lu}{2,}$/u.test(text.slice(0, at))) return '';
  const m = /^ \p{Lu}\p{Ll}+(?: \p{Ll}+){1,2}(?=\s*$)/u.exec(text.slice(at));
  if (!m || /^ (?:kinh|ve|v\/v)\b/i.test(foldVietnamese(m[0]))) return '';
  return m[0];
}

/**
 * Codes a comma joins to the symbol's last part with no space ("/CTPH-LĐLĐ-SVH,TT,DL": the Sở Văn
 * hóa, Thể thao và Du lịch of a joint programme, its "VH, TT & DL" printed in the symbol): part of
 * the symbol, up to the space after them. A comma and a space after it end the symbol.
 */
function commaJoinedCodes(text: string, at: number): string {
  if (!/\p{Lu}{2,}$/u.test(text.slice(0, at))) return '';
  return /^(?:,\p{Lu}{2,5}(?:&\p{Lu}{1,4})?)+(?=[ \t]|$)/u.exec(text.slice(at))?.[0] ?? '';
}

/**
 * Whether a small letter or a figure stands before `at` on its line, with a space or tab right
 * before `at` and only spaces, tabs and stops (",.;:") between. One walk back over that gap, which
 * belongs to this position alone: linear over the text.
 */
function afterSmallWord(text: string, at: number): boolean {
  let k = at - 1;
  if (k < 0 || (text[k] !== ' ' && text[k] !== '\t')) return false;
  while (k > 0 && /[ \t,.;:]/.test(text[k - 1]!)) k--;
  return k > 0 && /[\p{Ll}\d]/u.test(text[k - 1]!);
}

interface Cut {
  at: number;
  kind?: SegmentKind;
  end?: number;
}

export interface SegmentOptions {
  /** Type headings alone on their lines (or in capitals amid small letters) are segments of their own. */
  typeLines?: boolean;
  /** An OCR engine wrote the text: its garbled motto line and number label cut cells too. */
  ocrOrigin?: boolean;
}

/**
 * Segments of text[from, to). Cells are cut at "|", tabs, rules and around the motto, the
 * number, the place-and-date line and "V/v"; inside a cell, line breaks are soft (spaces).
 */
export function segmentsOf(text: string, folded: string, from: number, to: number, { typeLines = false, ocrOrigin = false }: SegmentOptions = {}): Segment[] {
  const cuts: Cut[] = [];
  const scan = (re: RegExp, each: (m: RegExpExecArray) => void) => {
    re.lastIndex = from;
    for (let m = re.exec(folded); m && m.index < to; m = re.exec(folded)) {
      each(m);
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  scan(HARD_BREAK, (m) => cuts.push({ at: m.index, kind: 'rule', end: m.index + m[0].length }));
  scan(DRAFT_MARK, (m) => cuts.push({ at: m.index, kind: 'rule', end: m.index + m[0].length }));
  scan(CONVERTER_MARK, (m) => cuts.push({ at: m.index, kind: 'rule', end: m.index + m[0].length }));
  scan(STATE_MOTTO, (m) => cuts.push({ at: m.index, kind: 'motto', end: m.index + m[0].length }));
  scan(ocrOrigin ? STATE_MOTTO_LOST_FRAME : STATE_MOTTO_OCR, (m) => {
    const known = cuts.some((c) => c.kind === 'motto' && c.at === m.index);
    if (!known && isCapitalMotto(text, m.index, m.index + m[0].length)) cuts.push({ at: m.index, kind: 'motto', end: m.index + m[0].length });
  });
  scan(PARTY_MOTTO, (m) => {
    if (/^\P{Ll}*$/u.test(text.slice(m.index, m.index + m[0].length))) cuts.push({ at: m.index, kind: 'motto', end: m.index + m[0].length });
  });
  // "ĐOÀN TNCS HỒ CHÍ MINH" where the motto stands: a cell of its own, like the motto (mass-heading.ts).
  scan(MASS_HEADING, (m) => {
    if (isHeadingCase(text, m.index, m.index + m[0].length)) cuts.push({ at: m.index, kind: 'motto', end: m.index + m[0].length });
  });
  scan(MOTTO_LINE, (m) => cuts.push({ at: m.index, kind: 'motto', end: m.index + m[0].length }));
  if (ocrOrigin) scan(MOTTO_LINE_OCR, (m) => {
    if (!cuts.some((c) => c.kind === 'motto' && c.at <= m.index && (c.end ?? c.at) > m.index)) cuts.push({ at: m.index, kind: 'motto', end: m.index + m[0].length });
  });
  scan(MOTTO_OPENING, (m) => {
    if (/^\p{Lu}/u.test(text[m.index]!) && !cuts.some((c) => c.kind === 'motto' && c.at <= m.index && (c.end ?? c.at) > m.index)) cuts.push({ at: m.index, kind: 'motto', end: m.index + m[0].length });
  });
  for (const re of ocrOrigin ? [NUMBER_START, GARBLED_NUMBER_START] : [NUMBER_START]) scan(re, (m) => {
    if (re === NUMBER_START && citedNumberAt(text, folded, m.index)) return;
    // The garbled label's match opens with its line's indent: the label starts after it.
    const labelAt = m.index + (re === GARBLED_NUMBER_START ? m[0].length - m[1]!.length : 0);
    if (re === GARBLED_NUMBER_START && cuts.some((c) => c.kind === 'number' && c.at <= labelAt && (c.end ?? c.at) > labelAt)) return;
    const at = m.index + m[0].length;
    const lineEnd = folded.indexOf('\n', at);
    const read = readNumberLine(text.slice(at, Math.min(lineEnd < 0 ? text.length : lineEnd, at + 80)).replace(/\t.*$/, ''), ocrOrigin);
    // "4 Thông Số 91/2009/TT-BTC 12/5/2009 Ban hành …": a number with a bare date beside it is a
    // row of a list of documents (its date column), never the header's number line.
    if (read && !LISTED_DATE_AFTER.test(folded.slice(at + read.length, at + read.length + 16))) cuts.push({ at: labelAt, kind: 'number', end: at + read.length });
    // A label with its colon opening its line, the rest garbled past reading ("Số: 447T1B-ĐHTĐ", a
    // handwritten serial and the slash read into the symbol): still the number's cell, never a line
    // of the issuer's name above it. Nothing is read from it; no end is set, so a place and date the
    // engine ran onto the same line still open their own cell.
    else if (!read && unreadNumberLine(folded, labelAt, at)) cuts.push({ at: labelAt, kind: 'text' });
  });
  scan(SUBJECT, (m) => {
    const lineStart = folded.lastIndexOf('\n', m.index - 1) + 1;
    // A number cell on the same line ends where the next cell opens ("Số 2449-CV/ĐU về việc …", a copy that joined the
    // lines); only the header's own number line, which opens its line: a number cited in a sentence ("… có Tờ trình số
    // 310/HHDN-K4 về việc xin phép …") is the body's, and its "về việc" no subject.
    const ownNumber = (c: Cut) => c.kind === 'number' && c.at >= lineStart && /^[\s*|]*$/.test(folded.slice(lineStart, c.at));
    const cellStart = cuts.reduce((x, c) => (ownNumber(c) && c.end !== undefined && c.end > x && c.end <= m.index ? c.end : x), Math.max(lineStart, from));
    // "V/v" opens the subject line; "về việc" only when it opens a line or cell.
    if (m[1]!.startsWith('v/') || /^[\s*|]*$/.test(folded.slice(cellStart, m.index))) cuts.push({ at: m.index, kind: 'subject' });
  });
  // The label an engine garbled ("Vv …", "VIv …", "V/w …"; ocr-subject-label.ts) opens the subject too, at a line's opening.
  if (ocrOrigin) scan(GARBLED_SUBJECT_LABEL, (m) => {
    const at = m.index + m[0].indexOf('v');
    if (!cuts.some((c) => c.kind === 'subject' && c.at >= m.index && c.at <= at + 4)) cuts.push({ at, kind: 'subject' });
  });
  // A place-and-date line garbled past DATE_LINE is still a cell of its own: a type heading under it opens the next.
  scan(GARBLED_DATE_LINES, (m) => {
    if (new RegExp(DATE_LINE.source).test(m[0])) return;
    const lead = /^[ \t*|]*/.exec(m[0])![0].length;
    cuts.push({ at: m.index + lead, kind: 'text', end: m.index + m[0].length });
  });
  // A type heading alone on its line in capitals ("NGHỊ ĐỊNH") is a cell of its own, wherever an
  // OCR dump set it: it must open its segment to be read as the heading. Asked for only when
  // nothing else gave the type (a web page's "THÔNG BÁO" widget is no heading of a công văn).
  if (typeLines) scan(/^[ \t]*(\S[^\n]{1,40}?)[ \t]*$/gm, (m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const line = text.slice(m.index + lead, m.index + lead + m[1]!.length);
    if (line === line.toLocaleUpperCase('vi') && docTypeByName(m[1]!)) cuts.push({ at: m.index + lead, kind: 'text', end: m.index + lead + m[1]!.length });
  });
  // A dump that runs the header into one line in small letters keeps the heading in capitals
  // ("… năm 2025 QUYẾT ĐỊNH về việc …"): it opens a cell there too, unless it cites ("QUYẾT ĐỊNH số 240").
  if (typeLines) {
    // Only the zone is searched (and the reach of a match begun in it), never the rest of the document.
    const zone = text.slice(from, Math.min(text.length, to + INLINE_HEADING_REACH));
    const heading = new RegExp(INLINE_HEADING.source, INLINE_HEADING.flags);
    for (let m = heading.exec(zone); m && from + m.index < to; m = heading.exec(zone)) {
      const at = from + m.index;
      if (!afterSmallWord(text, at)) {
        // No capital word inside this one can be preceded by a space: go on after it.
        heading.lastIndex = m.index + /^\p{Lu}+/u.exec(m[0])![0].length;
        continue;
      }
      const end = at + m[0].length;
      if (docTypeByName(m[0]) && !/^[ \t]+(?:s[o6]|nay|cua|ngay)(?![a-z])/.test(folded.slice(end, end + 8))) cuts.push({ at, kind: 'text', end });
    }
  }
  const dates: Cut[] = [];
  scan(DATE_LINE, (m) => {
    if (citedDateInSubject(folded, m.index, cuts)) return;
    // The place stands before "ngày" on its line, after whatever cell was cut before it there.
    let start = Math.max(folded.lastIndexOf('\n', m.index - 1) + 1, from);
    for (const c of cuts) if (c.end !== undefined && c.end <= m.index && c.end > start) start = c.end;
    start = placeLineAbove(folded, start, cuts, from);
    // A subject opened on this line before the date: the two cells were run together, the date's opens at its place.
    const subject = cuts.find((c) => c.kind === 'subject' && c.at >= start && c.at < m.index);
    if (subject) start = placeStartBefore(text, m.index, subject.at + 4);
    dates.push({ at: start, kind: 'date', end: m.index + m[0].length });
  });
  clipNumbersAtMotto(cuts);
  const all = withSubjectIndentsSoft([...cuts, ...dates].sort((a, b) => a.at - b.at), folded);

  const segments: Segment[] = [];
  let pos = from;
  let pendingKind: SegmentKind = 'text';
  const flush = (end: number, kind: SegmentKind) => {
    if (end <= pos) return;
    const seg = makeSegment(text, pos, end, kind);
    if (seg) segments.push(seg);
  };
  for (const cut of all) {
    if (cut.at < pos) continue;
    flush(cut.at, pendingKind);
    pos = cut.at;
    pendingKind = 'text';
    if (cut.kind === 'subject') {
      pendingKind = 'subject';
      continue;
    }
    if (cut.end === undefined) continue;
    const end = Math.min(cut.end, to);
    if (cut.kind !== 'rule') flush(end, cut.kind!);
    pos = end;
  }
  flush(to, pendingKind);
  return segments;
}

// How far a công văn's subject may run from its "V/v" to a date it cites: a few short lines.
const SUBJECT_WRAP = 300;
// A cited document's number right before a date (folded): "… Quyết định số 1074/qđ-bxd " before "ngày 29/6/2026",
// its symbol wrapped at a hyphen ("số 0001/tb-" / "2016 ngày …", or the two joined by a space), or the mark of a letter sent without one: "… phúc
// đáp công văn không số " before "ngày 27/11/2014". Or a word that makes the date a span's bound: "… BHYT, BHTN
// từ ngày 01/01/2015" ("tir": ư read as "ir", the two glued), "đến ngày", "trước ngày"; a date line follows its place.
const CITED_NUMBER_BEFORE = /(?:\bs[o6]\s*\d+[\w.-]*\/[\w\/.-]*(?:-[ \t]*\n?[ \t]*[\w\/.-]*)?[a-z\d]\s*,?|\bkhong so\s*,?|(?<![a-z])(?:tu|tir|den|truoc))\s*$/;

/**
 * The date at `at` is a cited document's, inside a công văn's subject: the "V/v" is the last cell
 * opened before it, a few lines up at most ("V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD
 * ngày 29/6/2026 của Bộ …"), and the cited number (or "không số", a letter sent without one, or a
 * span's word: "từ ngày 01/01/2015") stands right before the date. The header's date line never
 * follows a number so.
 */
function citedDateInSubject(folded: string, at: number, cuts: readonly Cut[]): boolean {
  let last: Cut | null = null;
  for (const c of cuts) if (c.at < at && (!last || c.at > last.at)) last = c;
  if (!last || last.kind !== 'subject' || at - last.at > SUBJECT_WRAP) return false;
  return CITED_NUMBER_BEFORE.test(folded.slice(Math.max(last.at, at - 60), at));
}

/**
 * "V/v kiểm tra … của Công ty TNHH" / "           Đại Đồng Tiến": `pdftotext -layout` centres a công
 * văn's subject in its cell, so a line of it may open with a wide indent. That indent is no gap
 * between two cells when the subject is the cell it is in (the last cut before it, the line above
 * not blank) and its line is one cell (no other wide gap on it) that opens no salutation ("Kính gửi").
 */
function withSubjectIndentsSoft(cuts: readonly Cut[], folded: string): Cut[] {
  const out: Cut[] = [];
  for (const cut of cuts) {
    const prev = out[out.length - 1];
    const indent = cut.kind === 'rule' && cut.end !== undefined && folded[cut.at - 1] === '\n' && /^ +$/.test(folded.slice(cut.at, cut.end));
    if (indent && prev?.kind === 'subject' && folded[cut.at - 2] !== '\n') {
      const lineEnd = folded.indexOf('\n', cut.end!);
      const line = folded.slice(cut.end!, lineEnd < 0 ? folded.length : lineEnd);
      if (line && !/ {4,}|\t/.test(line) && !/^kinh gui\b/.test(line)) continue;
    }
    out.push(cut);
  }
  return out;
}

/**
 * A number line read on into the motto's cell glued after it ("Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ
 * MINH", a copy that lost the cell break): the number's cell ends where the motto's begins.
 */
function clipNumbersAtMotto(cuts: Cut[]): void {
  for (const c of cuts) {
    if (c.kind !== 'number' || c.end === undefined) continue;
    for (const m of cuts) if (m.kind === 'motto' && m.at > c.at && m.at < c.end!) c.end = m.at;
  }
}

/**
 * A place broken over two lines ("Thành phố Hồ\nChí Minh, ngày …"): the short line right above
 * the date line (no blank line between, nothing cut in it, no digits or colon) belongs to it.
 */
function placeLineAbove(folded: string, start: number, cuts: readonly Cut[], from: number): number {
  if (start === 0 || folded[start - 1] !== '\n') return start;
  const above = folded.lastIndexOf('\n', start - 2) + 1;
  if (above < from) return start;
  const line = folded.slice(above, start - 1).replace(/[*|#]/g, ' ').trim();
  if (!line || line.split(/\s+/).length > 5 || /[\d:;]/.test(line)) return start;
  // Nor a line another cell holds ("ĐOÀN\nTNCS HỒ CHÍ MINH" over "Thọ Xuân, ngày …").
  if (cuts.some((c) => (c.at >= above && c.at < start) || (c.end !== undefined && c.at < above && c.end > above))) return start;
  if (/^(uy ban|ubnd|hoi dong|ban|so|bo|phong|van phong)\b/.test(line)) return start;
  // "NGHỊ ĐỊNH" alone above a line with a date: the type heading, which opens a segment of its own.
  if (docTypeByName(line)) return start;
  return above;
}

/** A cell of the original text as one clean line, with the offset of each kept character. */
function makeSegment(text: string, start: number, end: number, kind: SegmentKind): Segment | null {
  let out = '';
  const at: number[] = [];
  const breaks: number[] = [];
  let pendingSpace = false;
  let pendingBreak = false;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      pendingSpace = true;
      pendingBreak = true;
      continue;
    }
    if (/\s/.test(ch) || ch === '*' || ch === '#' || ch === '|' || (ch === '_' && kind !== 'number')) {
      pendingSpace = true;
      continue;
    }
    if (out && pendingSpace) {
      if (pendingBreak) breaks.push(out.length + 1);
      out += ' ';
      at.push(i - 1);
    }
    pendingSpace = false;
    pendingBreak = false;
    out += ch;
    at.push(i);
  }
  if (!out || !/[\p{L}\p{N}]/u.test(out)) return null;
  return { text: out, folded: foldVietnamese(out), kind, start: at[0]!, end: at.at(-1)! + 1, at, breaks };
}

/** The original span of text[i, j) of a segment. */
export function spanOf(segment: Segment, i: number, j: number): { start: number; end: number } {
  return { start: segment.at[i]!, end: segment.at[Math.max(i, j - 1)]! + 1 };
}

/** The signer's name as the site's metadata box gives it, when there is a box. */
export function siteSigner(text: string, folded = foldVietnamese(text)): string | null {
  const motto = findMotto(text, folded);
  const name = readSiteMetadata(text, folded, motto?.start ?? Math.min(text.length, ZONE_SCAN))?.signer ?? null;
  // "Đã ký", "Đang cập nhật" and the like are not names.
  return name && /^\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*){1,4}$/u.test(name) ? name : null;
}

// Where a legal-document website's own text begins after the document: its notices ("Văn bản
// này chưa cập nhật nội dung Tiếng Anh"), its lists of related documents, its comparison help.
const SITE_FOOTER = /^[#\s*]*(van ban nay chua cap nhat noi dung|van ban lien quan\s*$|noi dung sua doi, huong dan\s*$|file duoc dinh kem theo van ban|ban chua dang nhap)/m;

/** Offset where the site's footer starts (the page title line above it included); text length when none. */
export function siteFooterStart(text: string, folded: string): number {
  const m = SITE_FOOTER.exec(folded);
  if (!m) return text.length;
  let start = m.index;
  // The page title repeated just above: "Công văn 5095/SGDĐT-… do Sở … ban hành".
  for (let k = 0; k < 2; k++) {
    const above = folded.lastIndexOf('\n', start - 2) + 1;
    if (start > 0 && /\bban hanh\s*$/.test(folded.slice(above, start - 1))) start = above;
  }
  return start;
}
