// Is this a Vietnamese administrative document at all? Two fatal refusals, checked cheaply:
// not Vietnamese (too few of the most common Vietnamese syllables; counted on the folded text,
// so a text stripped of its diacritics still counts as Vietnamese), or Vietnamese but with none
// of the marks of an administrative document (number line, date line, type heading, signature,
// national motto, a letter's "V/v" or "Kính gửi:", a recipients' list ending "Lưu: VT", an
// appendix's caption "(Kèm theo Kế hoạch số …)"). Every type passes (plans, công văn,
// decisions, statutes …); telling them apart is left to the header (document.type).
import { log } from '../output/diagnostics.js';
import type { StageContext } from '../output/stage.js';
import { foldVietnamese } from '../normalizers/fold.js';
import { docTypeAtStart } from './shared/doctypes.js';
import { annexAlone } from './header/annex-alone.js';
import { findMotto } from './header/header-zone.js';
import { cellsOf, isUpperCase } from './shared/layout.js';
import { readPlanNumber } from './shared/number.js';

// Frequent Vietnamese syllables (folded) that are not also common English words.
const VIETNAMESE_SYLLABLES = new Set(
  (
    'cua va cac thuc hien ngay thang nam cong tac thi dua khen thuong chuc nhan dan trong nhung duoc voi theo cho tai ' +
    've mot co la khong nguoi da se dang nay tren phat trien quan ly nha nuoc xa hoi kinh te viec phong trao dong uy ' +
    'ban chu tich ke hoach so quyet dinh chi thi nghi luat dieu khoan can cu hanh noi dung muc dich yeu cau tang cuong ' +
    'trien khai kiem tra danh gia bao cao don vi quan can bo vien dia phuong nhiem vu giai doan hang thuong xuyen ' +
    'tinh thanh pho huyen xa dai bieu nhu sau dam chat luong hieu qua tap ca nhan tien tien dien hinh gop phan ' +
    'lanh dao chinh quyen trach doi moi nang tiep tuc day manh bien phap nghiem ve viec huong dan thuoc hoac neu thi ' +
    'nhat cung nhieu bang sau truoc khi tu den ra vao lai con minh chung toi ho cung giua'
  ).split(/\s+/),
);

const SHARE_SAMPLE = 20000;

// Every document is classified: the scan below reads the words as numbers (letters a–z in base
// 27, exact for words this short) instead of building a string per word and hashing it.
const LONGEST_SYLLABLE = Math.max(...[...VIETNAMESE_SYLLABLES].map((w) => w.length));
const wordCode = (word: string): number => [...word].reduce((code, ch) => code * 27 + (ch.charCodeAt(0) - 0x60), 0);
const SYLLABLE_CODES = new Set([...VIETNAMESE_SYLLABLES].map(wordCode));

/**
 * Share of word tokens (runs of a–z in the folded text) that are frequent Vietnamese syllables
 * (0..1), on up to 20,000 characters.
 */
export function vietnameseShare(text: string, folded = foldVietnamese(text)): number {
  const end = Math.min(folded.length, SHARE_SAMPLE);
  let words = 0;
  let frequent = 0;
  let code = 0;
  let length = 0;
  for (let i = 0; i <= end; i++) {
    const unit = i < end ? folded.charCodeAt(i) : 0;
    if (unit >= 0x61 && unit <= 0x7a) {
      if (length <= LONGEST_SYLLABLE) code = code * 27 + (unit - 0x60);
      length++;
    } else if (length > 0) {
      words++;
      if (length <= LONGEST_SYLLABLE && SYLLABLE_CODES.has(code)) frequent++;
      code = 0;
      length = 0;
    }
  }
  return words ? frequent / words : 0;
}

/** How far into the text the marks are looked for: a site's metadata box and banner may come first. */
const MARKS_REACH = 20000;

/** The marks of an administrative document, any one of which is enough; `ocrOrigin`: an OCR engine wrote the text. */
export function administrativeMarks(
  text: string,
  folded = foldVietnamese(text),
  ocrOrigin = false,
): { number: boolean; date: boolean; type: boolean; signature: boolean; motto: boolean; letter: boolean; recipients: boolean; annex: boolean } {
  const head = text.slice(0, MARKS_REACH);
  const foldedHead = folded.slice(0, MARKS_REACH);
  let number = false;
  // "Số: 12/KH-UBND", "Số 432-TB/VPTW", "SỐ 12/QĐ-UBND": the number line, colon or not, when a number follows.
  for (const m of foldedHead.matchAll(/(?<![a-z])s[o6]\s*[:;.]?\s*/g)) {
    const read = readPlanNumber(head.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
    if (read && (m[0].includes(':') || /^S/.test(head.slice(m.index!)))) {
      number = true;
      break;
    }
  }
  const date = /(?:,|\n|^)\s*(?:\p{L}+\s+){0,5}ngay\s*\S{0,6}\s*th[a-z]{0,2}ng\s*\S{0,6}\s*n[a-z]?m\s*\d{4}/u.test(foldedHead);
  const type = cellsOf(head).some((c) => {
    const t = docTypeAtStart(c.folded);
    return t !== null && isUpperCase(c.text.slice(0, t.length)) && c.text.trim().length <= t.length + 2;
  });
  const signature = /(^|\n|\t)\s*(tm|kt|tl|tuq)\.\s*\S/.test(folded) || /(^|\n|\t)\s*chu tich\s*(\n|$)/.test(folded);
  const motto = findMotto(head, foldedHead, 0, ocrOrigin) !== null;
  // A letter's marks: its subject line and its addressees ("V/v …", "Kính gửi: …").
  const letter = /(?<![a-z])v\/v\s|(?:^|\n)\s*kinh gui\s*:/.test(foldedHead);
  // The foot of a last page: "Nơi nhận:" and its list closed by the office's own copy ("Lưu: VT"),
  // which a page of a document given alone (its first page missing) still shows.
  const recipients = /(?:^|\n)[^\S\n]*noi nhan\s*:/.test(folded) && /(?:^|\n)[^\S\n]*[-–+•~]?\s*luu\s*[:.]?\s*vt\b/.test(folded);
  // An appendix filed alone: its caption names the document it belongs to (annex-alone.ts), or,
  // lower down a layer whose heading OCR garbled, a line opens with one ("(Ban hành kèm theo
  // Quyết định số …", "Kèm theo Kế hoạch số …").
  const annex =
    annexAlone(text, folded) !== null ||
    [...foldedHead.matchAll(/(?:^|\n)[^\S\n]*\(?\s*(?:ban hanh\s+)?kem theo\s+/g)].some((m) => docTypeAtStart(foldedHead.slice(m.index! + m[0].length, m.index! + m[0].length + 40)) !== null);
  return { number, date, type, signature, motto, letter, recipients, annex };
}

export function classifyDocument(text: string, ctx: StageContext, folded = foldVietnamese(text), ocrOrigin = false): boolean {
  const share = vietnameseShare(text, folded);
  // Ordinary Vietnamese prose scores 0.3–0.6; English scores near 0.
  if (share < 0.12) {
    ctx.message(log.notVietnamese());
    return false;
  }
  const marks = administrativeMarks(text, folded, ocrOrigin);
  if (!Object.values(marks).some(Boolean)) {
    ctx.message(log.notAPlan());
    return false;
  }
  return true;
}
