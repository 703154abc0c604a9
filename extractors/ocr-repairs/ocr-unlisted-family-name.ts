// A signer's name read off a page by OCR whose first word is no family name: the seal is pressed
// over the left of the name, and the engine reads the family name under it as another syllable
// ("Xi Xuân Tùng" for Vũ Xuân Tùng, the ring over the V). A text the engine read from the page
// image gives the name only when it opens with a family name the lists know (the common ones, the
// minorities', the rarer ones seen signing) or with the "Y", "H" ("H'") or "K'" of a Central Highlands name;
// else no name is taken (a name not read stays unread: a wrong one is worse). Text no engine read
// from a page (typed, or an OCR layer come as plain text) keeps every name it spells.
import { foldVietnamese } from '../../normalizers/fold.js';
import { SURNAMES } from '../closing/person-name.js';
import { OTHER_SURNAMES } from './ocr-surname.js';

/**
 * Family names (folded) beside the lists: rarer Kinh ones (Tiết, Ngôn, Giáp, Ôn, Kha, Mạnh), and the
 * peoples' whose officials sign in their provinces — Thái and Khơ Mú (Đèo, Xa, Mông), Tày (Lan),
 * H'Mông (Tráng), Khmer (Sơn, Danh, Thạch, Kim), Jrai and Ê Đê (Rơ, Rah, Nay, Siu, Ksor, Niê), Ba Na
 * and Xơ Đăng (A), Cơ Ho and Mạ (Liêng, Ka, Điểu, K').
 */
const RARER_FAMILY_NAMES = new Set(
  'tiet ngon giap on kha manh deo xa mong lan trang son danh thach kim ro rah nay siu ksor nie a lieng ka dieu'.split(' '),
);

/** The name opens with a family name as the lists know it, or as a Central Highlands name does. */
export function opensWithKnownFamilyName(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (first === 'Y' || first === 'H' || /^[HK]['’]/u.test(first)) return true;
  const key = foldVietnamese(first.toLowerCase());
  return SURNAMES.has(key) || OTHER_SURNAMES.has(key) || RARER_FAMILY_NAMES.has(key);
}
