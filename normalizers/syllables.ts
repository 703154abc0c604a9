// Vietnamese syllables from phonotactics: every valid syllable is onset + rhyme + tone, spelled by the
// orthographic rules (c/k/q, g/gh, ng/ngh, iê/ia/yê, stop finals take only sắc or nặng). The inventory
// is generated, not learned, so a syllable the training text never saw can still be restored.
import { foldVietnamese } from './fold.js';

export type TonePlacement = 'modern' | 'classic';

/** Tone numbers: 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng (combining marks below). */
const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const TONE_OF_MARK: Record<string, number> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

const VOWELS = 'aăâeêioôơuưy';
const MARKED_VOWELS = 'ăâêôơư';

/** Split a syllable into its toneless spelling and its tone number. */
export function splitTone(syllable: string): { toneless: string; tone: number } {
  let tone = 0;
  const nfd = syllable.normalize('NFD');
  let out = '';
  for (const ch of nfd) {
    const t = TONE_OF_MARK[ch];
    if (t !== undefined) tone = t;
    else out += ch;
  }
  return { toneless: out.normalize('NFC'), tone };
}

const ONSET_RE = /^(ngh|ng|gh|gi|ch|kh|nh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?/;

/** Index (in the lower-case toneless syllable) of the vowel that carries the tone, or -1. */
function toneIndex(lower: string, placement: TonePlacement): number {
  let onset = ONSET_RE.exec(lower)![0];
  // "gi" before no other vowel is g + i (gì, gìn); likewise "qu" needs a vowel after it.
  if ((onset === 'gi' || onset === 'qu') && !VOWELS.includes(lower[onset.length] ?? '#')) onset = onset[0]!;
  let start = onset.length;
  let end = start;
  while (end < lower.length && VOWELS.includes(lower[end]!)) end++;
  if (end === start) return -1;
  for (let i = end - 1; i >= start; i--) if (MARKED_VOWELS.includes(lower[i]!)) return i;
  const hasFinal = end < lower.length;
  const n = end - start;
  if (hasFinal) return end - 1;
  if (n === 1) return start;
  if (n === 3) return start + 1;
  const pair = lower.slice(start, end);
  if (pair === 'oa' || pair === 'oe' || pair === 'uy') return placement === 'classic' ? start + 1 : start;
  return start;
}

/** Put `tone` on a toneless syllable (any case) by the chosen convention. */
export function placeTone(toneless: string, tone: number, placement: TonePlacement = 'modern'): string {
  if (tone === 0) return toneless;
  const i = toneIndex(toneless.toLowerCase(), placement);
  if (i < 0) return toneless;
  return (toneless.slice(0, i) + (toneless[i]! + TONE_MARKS[tone]).normalize('NFC') + toneless.slice(i + 1)).normalize('NFC');
}

const WORD_RE = /[A-Za-zÀ-ỹĐđ]+/g;

/** Rewrite every word's tone mark by one convention ('modern': hòa, thủy) so hoà and hòa compare equal. */
export function canonicalToneForm(text: string, placement: TonePlacement = 'modern'): string {
  return text.normalize('NFC').replace(WORD_RE, (word) => {
    const { toneless, tone } = splitTone(word);
    if (tone === 0) return word;
    const again = placeTone(toneless, tone, placement);
    return splitTone(again).tone === tone ? again : word;
  });
}

// --- the inventory -------------------------------------------------------------------------------

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];

// Rhymes as spelled after an ordinary onset; the spelling variants (ia/iê/yê, ua/uô, ưa/ươ) are
// handled by `spellRhyme`. "oo"/"ooc" (boong, quần soóc) are loan spellings but occur.
const RHYMES = (
  'a ai ao au ay an ang anh am ac ach ap at ăn ăng ăm ăc ăp ăt âu ây ân âng âm âc âp ât ' +
  'e eo en eng em ec ep et ê êu ên ênh êm êch êp êt ' +
  'i iu in inh im ich ip it iê iêu iên iêng iêm iêc iêp iêt ' +
  'o oi on ong om oc op ot oong ooc ô ôi ôn ông ôm ôc ôp ôt ơ ơi ơn ơm ơp ơt ' +
  'u ui un ung um uc up ut uô uôi uôn uông uôm uôc uôt ' +
  'ư ưi ưu ưn ưng ưm ưc ưt ươ ươi ươu ươn ương ươm ươc ươp ươt ' +
  'y ' +
  'oa oai oay oan oang oanh oam oac oach oap oat oăn oăng oăm oăc oăt oe oeo oen oem oet ' +
  'uân uâng uât uây uê uênh uêch uên uêt uy uya uyu uyn uynh uych uyt uyp uyê uyên uyêt uơ'
).split(' ');

const STOP_FINAL = /(c|ch|p|t)$/;
const FRONT = /^[eêiy]/;

/** Spell onset + rhyme by the orthographic rules; null when the combination is not written. */
function spell(onset: string, rhyme: string): string | null {
  // Open iê/uô/ươ are written ia/ua/ưa; after a u-glide or no onset iê is yê.
  let r = rhyme;
  if (r === 'iê') r = 'ia';
  else if (r === 'uô') r = 'ua';
  else if (r === 'ươ') r = 'ưa';
  else if (r === 'uyê') r = 'uya';
  if (r.startsWith('iê') && onset === '') r = 'yê' + r.slice(2);
  if (r === 'y' && onset === '') r = 'y';
  const glide = /^(o[aăe]|u[âêyơ])/.test(r);
  switch (onset) {
    case 'c':
      if (FRONT.test(r) || glide) return null;
      break;
    case 'k':
      if (!FRONT.test(r) && !r.startsWith('iê')) return null;
      break;
    case 'q':
      return null;
    case 'qu': {
      // qu + glide rhyme: the u is the glide, so the rhyme loses its own u/o glide.
      if (/^u[âêyơ]/.test(r)) r = r.slice(1);
      else if (/^o[aăe]/.test(r)) return null;
      else if (/^[uưoô]/.test(r) && !/^(ô|uô)/.test(r)) return null;
      if (r.startsWith('ua')) return null;
      if (r.startsWith('uô')) r = r.slice(1);
      if (r === 'ia') r = 'ya';
      break;
    }
    case 'g':
      if (FRONT.test(r)) return null;
      break;
    case 'gh':
    case 'ngh':
      if (!FRONT.test(r)) return null;
      break;
    case 'ng':
      if (FRONT.test(r)) return null;
      break;
    case 'gi':
      // gi + i… merges the i: giêng, gìn, gì; gi + y is not written.
      if (r.startsWith('i')) r = r.slice(1);
      else if (r.startsWith('y')) return null;
      break;
    default:
      break;
  }
  return onset + r;
}

let inventory: Map<string, string[]> | null = null;

/** Toneless-unmarked key ("thuc") → every valid syllable with that key (thúc, thục, thức, thực …). */
export function syllableInventory(): Map<string, string[]> {
  if (inventory) return inventory;
  const byKey = new Map<string, Set<string>>();
  const add = (s: string) => {
    const key = foldVietnamese(s);
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = new Set()));
    set.add(s);
  };
  for (const onset of ONSETS) {
    for (const rhyme of RHYMES) {
      const toneless = spell(onset, rhyme);
      if (!toneless || toneless === '') continue;
      const tones = STOP_FINAL.test(toneless) ? [2, 5] : [0, 1, 2, 3, 4, 5];
      for (const tone of tones) {
        add(placeTone(toneless, tone, 'modern'));
      }
    }
    // i/y alternation in open syllables after an onset (lí/lý, kĩ/kỹ).
    if (onset && onset !== 'gi' && onset !== 'qu') for (const tone of [0, 1, 2, 3, 4, 5]) add(placeTone(onset + 'y', tone));
  }
  inventory = new Map([...byKey].map(([k, v]) => [k, [...v]]));
  return inventory;
}

/** True when the (lower-case, marked) word is a spelling the inventory generates. */
export function isValidSyllable(word: string): boolean {
  const list = syllableInventory().get(foldVietnamese(word));
  return !!list && list.includes(word.toLowerCase().normalize('NFC'));
}
