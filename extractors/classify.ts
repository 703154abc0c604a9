// Is this a Vietnamese administrative document at all? Two fatal refusals, checked cheaply:
// not Vietnamese (too few of the most common Vietnamese syllables; counted on the folded text,
// so a text stripped of its diacritics still counts as Vietnamese), or Vietnamese but with none
// of the marks of an administrative document (number line, date line, type heading, signature).
// A statute passes (it is an administrative document); telling plans from other types is left
// to the header (document.type).
import { log } from '../pipeline/diagnostics.js';
import type { StageContext } from '../pipeline/types.js';
import { foldVietnamese } from '../normalizers/fold.js';
import { docTypeAtStart } from './doctypes.js';
import { cellsOf, isUpperCase } from './layout.js';
import { readPlanNumber } from './number.js';

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
export function vietnameseShare(text: string): number {
  const folded = foldVietnamese(text);
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

/** The marks of an administrative document, any one of which is enough. */
export function administrativeMarks(text: string): { number: boolean; date: boolean; type: boolean; signature: boolean } {
  const head = text.slice(0, 6000);
  const folded = foldVietnamese(text);
  const foldedHead = folded.slice(0, 6000);
  let number = false;
  for (const m of foldedHead.matchAll(/(?<![a-z])s[o6]\s*[:;]\s*/g)) {
    if (readPlanNumber(head.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) {
      number = true;
      break;
    }
  }
  const date = /,\s*ngay\s*\S{0,6}\s*th[a-z]{0,2}ng\s*\S{0,6}\s*n[a-z]?m\s*\d{4}/.test(foldedHead);
  const type = cellsOf(head).some((c) => {
    const t = docTypeAtStart(c.folded);
    return t !== null && isUpperCase(c.text.slice(0, t.length)) && c.text.trim().length <= t.length + 2;
  });
  const signature = /(^|\n|\t)\s*(tm|kt|tl|tuq)\.\s*\S/.test(folded) || /(^|\n|\t)\s*chu tich\s*(\n|$)/.test(folded);
  return { number, date, type, signature };
}

export function classifyDocument(text: string, ctx: StageContext): boolean {
  const share = vietnameseShare(text);
  // Ordinary Vietnamese prose scores 0.3–0.6; English scores near 0.
  if (share < 0.12) {
    ctx.message(log.notVietnamese());
    return false;
  }
  const marks = administrativeMarks(text);
  if (!marks.number && !marks.date && !marks.type && !marks.signature) {
    ctx.message(log.notAPlan());
    return false;
  }
  return true;
}
