// A cited symbol's issuer code misread or misprinted, read back from the body the sentence names
// as the citation's author: "đề nghị của Bệnh viện Nhi Trung ương tại công văn số 3418/BVNNTW"
// (a letter read twice) and "… số 3572/BVNWT-TCKT" (two letters swapped) are BVNTW, the initials
// of "Bệnh viện Nhi Trung ương". The code is put back only when it is one edit off those initials
// and no shorter than them: an issuer's code may drop words of its name ("UBND" for "Ủy ban nhân
// dân tỉnh …"), so a code shorter than the initials is as printed; so is a code of a document
// type and one that already is the initials. Codes under four letters are never read back.
import { foldVietnamese } from '../../normalizers/fold.js';
import { docTypeByCode } from './doctypes.js';
import type { PlanNumber } from './number.js';
import { HEAD_OFFICE } from './offices.js';
import { MINISTRY_NAMES, letters, ministryEnding } from './ocr-body-names.js';

/** "… của <body> tại [công văn|tờ trình|văn bản] " right before the citation: the body, in folded letters. */
// Greedy: "vận tải" folds to "tai" as "tại" does, so the last "tai" before the citation is the
// preposition ("của Sở Giao thông vận tải tại Tờ trình số …"); a marked text must spell it "tại".
const AUTHOR_BEFORE = /(?<![a-z])cua\s+((?:[a-z]+\s+){2,8})tai\s+(?:[a-z]+\s+){0,2}$/;

/** How far back the author is looked for: the words of one clause. */
const REACH = 120;

/** Codes this short are too near too many others to be read back. */
const MIN_INITIALS = 4;

/** Words an issuer's code skips ("Sở Giáo dục và Đào tạo" is SGDĐT). */
const SKIPPED = new Set(['va']);

/**
 * The code of a body's name as symbols print it: the first letter of each word (Đ kept), "và"
 * skipped, "Trung ương" as TW; null when a word is not a plain word.
 */
export function bodyInitials(name: string): string | null {
  const words = name.trim().split(/\s+/);
  let code = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const folded = foldVietnamese(word);
    if (!/^[a-z]+$/.test(folded)) return null;
    if (SKIPPED.has(folded)) continue;
    if (folded === 'trung' && foldVietnamese(words[i + 1] ?? '') === 'uong') {
      code += 'TW';
      i++;
      continue;
    }
    code += word.charAt(0).toLocaleUpperCase('vi');
  }
  return code;
}

/** Edits between two short codes, a swap of neighbours counting as one (optimal string alignment). */
export function codeDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * `number` with its issuer code read back from the author named right before the citation
 * (`text` and `folded` the document, `start` where the citation begins); as read otherwise.
 */
export function withNamedAuthorCode(number: PlanNumber, text: string, folded: string, start: number): PlanNumber {
  if (number.party) return number;
  const from = Math.max(0, start - REACH);
  const m = AUTHOR_BEFORE.exec(folded.slice(from, start));
  if (!m) return number;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const preposition = text.slice(at + m[1]!.length, at + m[1]!.length + 3).normalize('NFC').toLowerCase();
  if (/[^\x00-\x7f]/.test(preposition) && preposition !== 'tại') return number;
  return withInitialsCode(number, bodyInitials(text.slice(at, at + m[1]!.length)));
}

/**
 * `number` with its issuer code read back from the body the citation names as its author right
 * after it ("Quyết định số 703/QĐ-BTNMTT ngày 04/4/2017 của Bộ Tài nguyên và Môi trường": BTNMT);
 * `issuer` is that phrase as printed. The same rule as before the citation; OCR text only (the
 * caller sees to that), where a letter read twice or a stroke read as a letter is the engine's.
 */
export function withAuthorAfterCode(number: PlanNumber, issuer: string): PlanNumber {
  if (number.party) return number;
  // "của Chủ tịch Hội đồng Học viện", "của Bộ trưởng Bộ Y tế": the office holder signs for the body.
  const office = OFFICE_BEFORE_BODY.exec(foldVietnamese(issuer));
  return withInitialsCode(number, bodyInitials(office ? issuer.slice(office[0].length) : issuer));
}

/** A ministry's code: the initials of its name, its dashes skipped ("Bộ Lao động - Thương binh và Xã hội" is BLĐTBXH). */
function ministryCode(name: string): string | null {
  return bodyInitials(name.replace(/\s[-–]\s/g, ' '));
}

/** Every ministry's code, folded: a code read as one of them is that ministry's, whatever the sentence names. */
const MINISTRY_CODES = new Set(MINISTRY_NAMES.map((name) => foldVietnamese(ministryCode(name) ?? '')));

/**
 * `number` with a ministry's code read back from the ministry the citation names right after it
 * ("Thông tư số 57/2024/TT-BW … của Bộ trưởng Bộ Y tế": BYT; "78/2021/TT-BT … của Bộ Tài chính":
 * BTC). A ministry's code is its name's initials, never shortened, so unlike another body's it is
 * read back though short: the part after the document type only, when it opens with the B of
 * "Bộ", is no ministry's code itself, no document type's, and at most two edits and one letter in
 * length off the initials. A part already the initials leaves the number as read (a joint
 * circular: "TTLT-BTC-BYT"). OCR text only (the caller sees to that): a scan's misreading.
 */
export function withMinistryAfterCode(number: PlanNumber, issuer: string): PlanNumber {
  if (number.party) return number;
  const ministry = ministryEnding(issuer);
  // The phrase must be the ministry, its minister's office before it at most ("Bộ trưởng Bộ Y tế",
  // an office garbled to "86 trưởng"): a board or a union of a ministry ("Ban Quản lý dự án Bộ Y
  // tế", "Ban Thường vụ Đoàn Bộ Công an") has a code of its own, two edits off every ministry's.
  const before = ministry ? letters(issuer).slice(0, -letters(ministry).length) : '';
  if (!ministry || !/^(?:[a-z]{0,4}truong)?$/.test(before)) return number;
  const initials = ministryCode(ministry);
  if (!initials) return number;
  const key = foldVietnamese(initials);
  const parts = number.symbol.split('-');
  if (parts.length !== 2 || !docTypeByCode(parts[0]!)) return number;
  const read = foldVietnamese(parts[1]!);
  if (!/^B/.test(parts[1]!) || read === key || MINISTRY_CODES.has(read) || docTypeByCode(parts[1]!)) return number;
  if (Math.abs(read.length - key.length) > 1 || codeDistance(read, key) > 2) return number;
  const symbol = `${parts[0]}-${initials}`;
  return { ...number, symbol, number: number.serial === null ? null : `${number.serial}/${symbol}` };
}

/** An office named before its body, folded ("chu tich ", "pho giam doc "): the body's initials are the code's. */
const OFFICE_BEFORE_BODY = new RegExp(String.raw`^${HEAD_OFFICE}\s+`, 'i');

/** `number` with the one part one edit off `initials` (and no shorter) made those initials; as read otherwise. */
function withInitialsCode(number: PlanNumber, initials: string | null): PlanNumber {
  if (!initials || initials.length < MIN_INITIALS) return number;
  const key = foldVietnamese(initials);
  let changed = false;
  const symbol = number.symbol.replace(/[^-/]+/g, (part) => {
    if (changed || docTypeByCode(part) || part.length < initials.length) return part;
    // "SGD&ĐT", "SNN&PTNT": "&" prints the "và" the initials skip.
    const read = foldVietnamese(part).replace(/&/g, '');
    if (read === key || codeDistance(read, key) !== 1) return part;
    changed = true;
    return initials;
  });
  if (!changed) return number;
  return { ...number, symbol, number: number.serial === null ? null : `${number.serial}/${symbol}` };
}
