// The confusions of OCR engines without Vietnamese (ocr-noise.ts's GARBLED_CONFUSIONS) and those of
// the engine families that write a marked vowel as a digit or a letter that looks like it: a layer
// whose "thông" is "th6ng", "liên" "li6n", "khách" "kh6ch", "trợ" "trq", "dụng" "dgng", "áp" "rip".
// Such an engine sees the base letter under the mark, or a blot the shape of a digit: 6 and 5 for any
// vowel with a hat or an accent (ô ố ồ ê ệ á ả: "di,5m" = điểm, "Gi5m" = Giám), q and g for the vowel
// with a dot below (ụ ợ ạ), "ri", "ir", "rl" for a marked a (the accent read as an r stroke), i for a
// squeezed ă ("nhim" = nhằm, "khin" = khăn), d for any marked vowel ("Vd" = Về, "Sd" = Sở), tl and il
// for đ (its stem and bowl as two strokes: "il6i" = đổi), r for the horn of ư ("nrdc" = nước) and rl
// for ư with its tone ("crl" = cứ, "Trl" = Tự), w for a V and an I run together ("WET" = VIỆT), b for
// a Đ ("Bao tao" = Đào tạo). Costs in log10 units, as in ocr-noise.ts; they apply only to words of a
// garbled layer (never to typed or correctly marked text).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GARBLED_CONFUSIONS, type Confusion } from '../ocr-noise.js';

const DIGIT_AND_BLOT_CONFUSIONS: Confusion[] = [
  ['6', 'e', 1], ['6', 'a', 1.2], ['q', 'u', 1], ['q', 'e', 1.2], ['g', 'u', 1.2], ['g', 'a', 1.5], ['p', 'u', 1.2], ['p', 'a', 1.2],
  ['ri', 'a', 1.2], ['ir', 'a', 1.2], ['rl', 'a', 1.2], ['rl', 'u', 1.2], ['i', 'a', 1.5], ['d', 'e', 1.2], ['tl', 'd', 1.2], ['il', 'd', 1.5], ['3', 'a', 1.2], ['5', 'o', 1.2], ['5', 'e', 1.2], ['5', 'a', 1.3], ['r', 'u', 1.2], ['w', 'vi', 1.2],
  // A Đ read as the B its barred stem and bowl look like ("Bao t!;lO" = Đào tạo).
  ['b', 'd', 1.5],
  // A hatted or breved a read as an f (its hat or breve a stroke across the bowl's stem) and the n after it read as the u it
  // looks like upside down and a stroke ("dfut" = dẫn, "phfui" = phần, "gfut" = gắn, "hfulg" = hằng), or the m as "un"
  // ("nfun" = năm). Only after the f: a "ut" or "ui" elsewhere is a word's own (út, túi).
  ['fut', 'an', 1], ['ful', 'an', 1], ['fui', 'an', 1], ['fun', 'am', 1.2], ['fun', 'an', 1.2],
  // A k read as the stroke of its stem and the c of its arms ("Icy", "JcY" = ký): no syllable spells "ic" or "jc" but
  // inside ích, where no k fits.
  ['ic', 'k', 1], ['jc', 'k', 1],
  // The h of an onset read as an l and the u its arch looks like ("nluin" = nhân, "kluiu" = khấu, "pluic" = phúc): only
  // after the n, k, c or p of an onset (nh kh ch ph), where an l never stands.
  ...['n', 'k', 'c', 'p'].map((onset) => [`${onset}lu`, `${onset}h`, 1]),
  // An ư whose horn is read as a t before its stem's i, in the ươ it mostly stands in ("THTIONG" = THƯƠNG, learned from
  // nine words). Only there: a "ti" before any other letter is as often a word's own ("16.000.000 dting" = đồng,
  // "cong tie thing" = công tác), which a cheap ti → ư re-read as đứng and công ti.
  ['tio', 'uo', 0.8],
  // An h whose ascender the engine lost, read as the n it then looks like ("cnuyen" = chuyển, "tnu4t" = thuật, "Ncnie" = NGHĨA):
  // only where an h is expected, after the c, g, k, p or t of an onset (ch gh kh ph th, ngh). Not every n: a name's or
  // a word's own n ("Be Na" = Bà Rịa, "năm") would be read as h as cheaply.
  ...['c', 'g', 'k', 'p', 't'].map((onset) => [`${onset}n`, `${onset}h`, 1.5]),
  // The same h read as the t of its ascender and the r of its arch ("ctr6t" = chất, "ttruti" = thuế): after the c, g, k, p
  // or t of an onset, where no syllable writes "tr" (ch gh kh ph th, never ctr or ttr).
  ...['c', 'g', 'k', 'p', 't'].map((onset) => [`${onset}tr`, `${onset}h`, 1.5]),
  // An ư read as the l of its stem and the f its horn and tone look like beside it ("mlfc" = mức, "tlfQ'ng" = tượng,
  // "dlfirng" = đường: the Kodak and "6,2,0,77" layers). No syllable spells "lf".
  ['lf', 'u', 1],
  // The horn of ơ read as a t beside its bowl's c ("cct" = cơ, "sct" = sở, "hctp" = hợp): no syllable spells "ct".
  // Only after an onset's letter: a word "ct" alone is as often a misread có or cho, whose c is the onset, not the bowl.
  ...[...'bcdghklmnpqrstvx'].map((onset) => [`${onset}ct`, `${onset}o`, 1]),
  // The word vụ read as "4r": its v's two strokes and the dot below as a 4, the u as the r its stroke and hook look like
  // ("dlch 4r" = dịch vụ, "nghia 4r" = nghĩa vụ, "Ngi 4r" = Nội vụ, "Chfc 4r" = Chức vụ: the scanner, ABBYY-glyph and
  // digit-and-Q layers alike). No syllable spells a v before a 4: elsewhere the pair reads as nothing.
  ['4r', 'vu', 1],
].map(([read, meant, cost]) => ({ read: read as string, meant: meant as string, cost: cost as number }));

/**
 * A vowel whose hat and tone an engine read as strokes beside it: an i, or an i and a digit or a second
 * i ("sii", "si5" = số, "Quyiit" = Quyết, "Diiu" = Điều, "diing" = đồng, "ki5t" = kết). What the strokes
 * stood on is not in them, so every vowel that takes a hat or an accent is read at one cost, for the
 * model to choose in context; the shape, not any one engine's habit.
 */
const STROKE_VOWEL_COST = 1.3;
const STROKE_VOWEL_CONFUSIONS: Confusion[] = [
  ...['ii', 'i5', 'iii'].flatMap((read) => ['o', 'e', 'a'].map((meant) => ({ read, meant, cost: STROKE_VOWEL_COST }))),
  // The hat and acute of an ế read as a t before the i of its stroke ("tti" = tế, "Atin" = đến, "thuti" = thuế: the
  // digit-and-Q layers of Tổng cục Thuế). Only after a letter: a word that opens with "ti" is most often its own (tiền,
  // tiết); and only e: read as a hatted o too, "tt;zi" (tại) became tới and carried through a layer's own words.
  ...[...'bcdghklmnpqrstvxu'].map((before) => ({ read: `${before}ti`, meant: `${before}e`, cost: STROKE_VOWEL_COST })),
];

/**
 * A letter an engine could not read and wrote "~" for (speck-words.ts joins it into its word): a marked
 * vowel, a hatted a or e most often ("c~p" = cấp, "Vi~t" = Việt, "d~t" = đất), o and u less ("ch~ng" =
 * chồng, "lu~t" = luật has a); "@" an ê ("v@" = về). Cheap: the mark says a letter is missing; the model picks which.
 */
const LOST_LETTER_CONFUSIONS: Confusion[] = [
  ['~', 'a', 0.3], ['~', 'e', 0.3], ['~', 'o', 0.6], ['~', 'u', 0.8], ['~', 'i', 1], ['~', 'y', 1.2], ['@', 'e', 0.3],
  // The mark for a vowel and the coda after it, lost together (most often at a word's end: ("ph~ A" = phần A, "vi ph~" = phạm,
  // "h~" = hạn, "ch~" = chậm)): dearer than a vowel alone, a nasal or a stop after a or e.
  ['~', 'an', 1.2], ['~', 'am', 1.2], ['~', 'ac', 1.5], ['~', 'at', 1.5], ['~', 'ang', 1.5], ['~', 'en', 1.5], ['~', 'em', 1.5],
  // An ạ read as strokes round a semicolon, spread over three letters by garbled.ts's view ("m!;lnh" = mạnh).
  ['aaa', 'a', 0.2],
  // A vowel with a dot below read as a backslash and a stroke, spread over two letters by garbled.ts's view
  // ("th\lc" = thực, "d\lo" = đạo): any vowel, the dot's (dotBelowFirst weighs readings without one down).
  ['yy', 'u', 0.2], ['yy', 'a', 0.2], ['yy', 'o', 0.4], ['yy', 'e', 0.6], ['yy', 'i', 0.6],
  // The longer glyph groups of the same engines spread over three or four (garbled.ts: "V1,l" = vụ, "th1,1'C" = thực).
  ...['yyy', 'yyyy'].flatMap((read) => [[read, 'u', 0.2], [read, 'a', 0.2], [read, 'o', 0.4], [read, 'e', 0.6], [read, 'i', 0.6]]),
].map(([read, meant, cost]) => ({ read: read as string, meant: meant as string, cost: cost as number }));

/**
 * A digit between two letters of a word of a garbled layer is a vowel the engine could not read,
 * whatever the digit ("c1ng" = công, "d4ng" = dụng): the listed and learned digits above say which
 * vowels each stands for most often; these let any digit stand for any vowel, dearer, for the model
 * to choose. Only between letters (token-readings.ts): a figure beside one letter is a day or a
 * number read with a look-alike ("ngày l7" = 17, not lẻ).
 */
const DIGIT_VOWEL_COST = 1.5;
export const DIGIT_VOWEL_CONFUSIONS: readonly Confusion[] = [...'0123456789'].flatMap((read) =>
  ['a', 'e', 'i', 'o', 'u', 'y'].map((meant) => ({ read, meant, cost: DIGIT_VOWEL_COST })),
);

/** The confusions listed by hand above, by what engines are known to do. */
export const LISTED_ENGINE_CONFUSIONS: readonly Confusion[] = [...GARBLED_CONFUSIONS, ...DIGIT_AND_BLOT_CONFUSIONS, ...STROKE_VOWEL_CONFUSIONS, ...LOST_LETTER_CONFUSIONS];

/** The confusions learned from the tuning parts of the garbled gold (test/eval/learn-confusions.ts). */
export const LEARNED_CONFUSIONS_PATH = fileURLToPath(new URL('./model/learned-confusions.json', import.meta.url));

/** The learned confusions of a file written by learn-confusions.ts ([] when there is none). */
export function loadLearnedConfusions(path = LEARNED_CONFUSIONS_PATH): Confusion[] {
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { confusions?: Array<{ read: string; meant: string; cost: number }> };
  return (data.confusions ?? [])
    .filter((c) => typeof c.read === 'string' && c.read.length > 0 && typeof c.meant === 'string' && Number.isFinite(c.cost) && c.cost > 0)
    .map(({ read, meant, cost }) => ({ read, meant, cost }));
}

/**
 * The listed confusions with the learned ones the list lacks ("tt" → d, "i" → a of "cii" = cải,
 * at the cost the tuning data gives them). A pair both have keeps its listed cost: the list was
 * weighed against the language model as a whole, one learned count is no better judge.
 */
export function withLearned(listed: readonly Confusion[], learned: readonly Confusion[]): Confusion[] {
  const have = new Set(listed.map((c) => `${c.read}\u0000${c.meant}`));
  const added = learned.filter((c) => !have.has(`${c.read}\u0000${c.meant}`) && c.read !== c.meant);
  return [...listed, ...added];
}

/** Every confusion the channel weighs for a word of a garbled layer, by default. */
export const ENGINE_CONFUSIONS: readonly Confusion[] = withLearned(LISTED_ENGINE_CONFUSIONS, loadLearnedConfusions());
