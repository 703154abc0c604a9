// How one token is read: the candidate syllables the decoder weighs for it. A stripped word gets every
// reading of its syllable key (commonest first); an OCR-damaged one ("d6ng", "Thirc") the syllables
// the OCR channel reaches (ocr-noise.ts); a word of a garbled line (garbled.ts) both, its own marks
// trusted or doubted; numbers, codes, abbreviations and list markers are kept or written as such.
// Readings are cached per token text: documents repeat their words.
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { ocrCandidates, type Confusion } from '../ocr-noise.js';
import { canonicalToneForm, isValidSyllable, syllableInventory } from '../syllables.js';
import { restoreAbbreviation } from './abbreviations.js';
import type { Slot } from './decode.js';
import { droppedOnsetKeys } from './dropped-onset.js';
import { EditCandidates } from './edit-candidates.js';
import { DIGIT_VOWEL_CONFUSIONS, ENGINE_CONFUSIONS, withLearned } from './engine-confusions.js';
import { lookAlikeCode } from './misread-codes.js';
import { DROPPED_VOWEL_COST, MAX_DROPPED_VOWEL_WORD, cedillaVariants, droppedVowelKeys, misreadCapitalVariants } from './misread-letters.js';
import { hasForeignLetter, misplacedTone, unforeign } from './garbled.js';
import { NUM, UNK, type SyllableLM } from './lm.js';
import type { Kind, Reading } from './placed.js';
import { isLetters, isNumber } from './tokens.js';

/** Readings kept per stripped syllable, commonest first (ranked by plain frequency, see lm.ts). */
const MAX_CANDIDATES = 10;
/**
 * Candidates kept per OCR-read token: a valid-looking word of a garbled layer brings ten readings of its
 * own ("dai": đại, dài, đài …), and the channel's ("đời") need room beside them (14 left four).
 */
const MAX_SLOT = 24;
/** log10 units below the commonest form of a key beyond which forms are not considered. */
const PRUNE_BELOW_TOP = 3;
/** Extra cost (log10) for reading a valid-looking token as an OCR misreading of another syllable. */
const VALID_TOKEN_OCR_PENALTY = 2.5;
/**
 * Extra cost (log10) for reading a correctly spelled marked word of a garbled line as another
 * reading of the same syllable: engines that garble Vietnamese get most marks right, but not all
 * ("Nhân đân", "xá hội"); the model must be fairly sure to overrule one.
 */
const MARK_DOUBT = 1.5;
/** The same for a mixed line, whose marks show no sign of garbling. */
const MIXED_MARK_DOUBT = 3;
/** Like VALID_TOKEN_OCR_PENALTY, in a garbled line, where a valid-looking word is more often a misread one. */
export const GARBLED_VALID_OCR_PENALTY = 1.5;

const KEEP_FORMS: Array<string | null> = [null];
const KEEP_KINDS: Kind[] = ['diacritics'];

/** Candidates of one syllable key or OCR token: decoder slot and output forms. */
export type Candidates = { slot: Slot; forms: string[] };

export class TokenReader {
  readonly inventory = syllableInventory();
  private readonly syllableSlots: Map<string, Candidates | null>;
  /** Channel readings keyed by token and extra cost: shared with a reader of other penalties (see constructor). */
  private readonly ocrSlots: Map<string, Candidates | null>;
  private readonly readings = [new Map<string, Reading>(), new Map<string, Reading>(), new Map<string, Reading>()];
  private readonly garbledReadings = [new Map<string, Reading>(), new Map<string, Reading>()];
  private readonly keepReadings = new Map<number, Reading>();

  constructor(
    readonly lm: SyllableLM,
    readonly placeWords: ReadonlyMap<string, string>,
    /** The confusions of garbling engines the channel weighs in a garbled layer (engine-confusions.ts). */
    readonly engineConfusions: readonly Confusion[] = ENGINE_CONFUSIONS,
    /**
     * Extra cost (log10) of reading a valid-looking word of a garbled layer as a misread one: lower in
     * the layer of an engine that misreads most words (see Restorer: a glyph-heavy layer).
     */
    readonly validMisreadPenalty = GARBLED_VALID_OCR_PENALTY,
    /** A reader of the same model and confusions whose key and channel caches this one shares (they do not depend on the penalty). */
    sharing?: TokenReader,
  ) {
    this.syllableSlots = sharing?.syllableSlots ?? new Map();
    this.ocrSlots = sharing?.ocrSlots ?? new Map();
    this.sharing = sharing;
  }

  private readonly sharing: TokenReader | undefined;

  /** Candidates of a syllable key, most frequent first, unseen forms only when nothing was seen. */
  syllableCandidates(key: string): Candidates | null {
    let found = this.syllableSlots.get(key);
    if (found !== undefined) return found;
    const list = this.inventory.get(key);
    if (!list) {
      this.syllableSlots.set(key, null);
      return null;
    }
    const scored = list.map((s) => ({ s, id: this.lm.id(s), p: this.lm.frequency[this.lm.id(s)] ?? -99 }));
    scored.sort((a, b) => b.p - a.p);
    // Forms far rarer than the commonest reading of the key are almost never right.
    const seen = scored.filter((x) => x.p > -6.5 && x.p >= scored[0]!.p - PRUNE_BELOW_TOP);
    const kept = (seen.length ? seen : scored).slice(0, MAX_CANDIDATES);
    found = { slot: { ids: kept.map((x) => x.id), costs: kept.map(() => 0) }, forms: kept.map((x) => x.s) };
    this.syllableSlots.set(key, found);
    return found;
  }

  /**
   * Candidates for a token read through the OCR channel: syllables of nearby keys, with the cost.
   * `edits`: a word of a garbled layer also gets the keys within two letter edits that no listed
   * confusion reaches (edit-candidates.ts), dearer than the listed ones; a word that is a syllable
   * pays `ownCost` on top ("tat" = tác, "than" = nhân only when the context is sure).
   */
  ocrCandidatesFor(token: string, ownCost: number, garbled = false, edits = false): Candidates | null {
    const cacheKey = `${token}\u0000${ownCost}\u0000${garbled ? 1 : 0}${edits ? 1 : 0}`;
    const cachedSlot = this.ocrSlots.get(cacheKey);
    if (cachedSlot !== undefined) return cachedSlot;
    const ids: number[] = [];
    const costs: number[] = [];
    const forms: string[] = [];
    // Every kept reading of each nearby key ("djen" → dien → điển as well as điện): capped below
    // by frequency less channel cost, so a key's rarer readings are not cut before the others'.
    const confusions = garbled ? (DIGIT_BETWEEN_LETTERS.test(token) ? this.digitVowelConfusions() : this.engineConfusions) : undefined;
    const keys = ocrCandidates(token, (k) => this.inventory.has(k), garbled ? GARBLED_CHANNEL_KEYS : CHANNEL_KEYS, confusions, garbled);
    // A capital Đ read as the E, O or I it looks like without its bar ("E6ng" = Đồng, "Ei€u" = Điều,
    // "O6i" = Đối): the word read again with a D.
    if (garbled && MISREAD_CAPITAL_D.test(token)) {
      const listed = new Set(keys.map((k) => k.key));
      for (const k of ocrCandidates(`d${token.slice(1)}`, (key) => this.inventory.has(key), 6, this.engineConfusions, true)) {
        if (!listed.has(k.key) && k.cost + MISREAD_CAPITAL_D_COST <= MAX_MISREAD_CAPITAL_D) keys.push({ key: k.key, cost: k.cost + MISREAD_CAPITAL_D_COST });
      }
    }
    // Two tone marks are two syllables run together ("nếucó"), which no edit of one syllable mends.
    if (edits && (token.normalize('NFD').match(TONE_MARKS) ?? []).length < 2) {
      const listed = new Set(keys.map((k) => k.key));
      for (const near of this.editCandidates().near(foldVietnamese(token.normalize('NFC')), EDIT_CANDIDATES, MAX_EDIT_COST)) {
        if (!listed.has(near.key)) keys.push(near);
      }
    }
    // A marked vowel of a word that kept its others dropped ("ni" = nội, "diu" = điều, "Lut" = Luật).
    // A longer word that is a syllable already kept its vowels (the ones dropped leave short words):
    // asked of every word of a layer, that would only crowd the decoder.
    const folded = foldVietnamese(token.normalize('NFC'));
    if (garbled && (folded.length <= MAX_DROPPED_VOWEL_WORD || !this.inventory.has(folded))) {
      const listed = new Set(keys.map((k) => k.key));
      for (const key of droppedVowelKeys(folded, (k) => this.inventory.has(k))) {
        if (!listed.has(key)) keys.push({ key, cost: DROPPED_VOWEL_COST });
      }
    }
    // An m closing a word of consonants ("dm" = đời, "thm" = thời, "phm" = phải): the strokes of a
    // marked o or a and the i after it run together, read as one letter.
    if (garbled && CLOSING_M.test(folded)) {
      const listed = new Set(keys.map((k) => k.key));
      for (const vowels of ['oi', 'ai']) {
        const key = folded.slice(0, -1) + vowels;
        if (!listed.has(key) && this.inventory.has(key)) keys.push({ key, cost: CLOSING_M_COST });
      }
    }
    // A word that lost its opening letters ("hông" = không, "hao" = thao): the onset put back
    // (dropped-onset.ts), a valid word at the penalty of its own misreading too (ownCost).
    if (garbled) {
      const listed = new Set(keys.map((k) => k.key));
      for (const near of droppedOnsetKeys(folded, (k) => this.inventory.has(k), (k) => this.keyWeight(k))) {
        if (!listed.has(near.key)) keys.push(near);
      }
    }
    const markGlyph = garbled && hasMarkGlyph(token);
    const toneCosts = garbled ? glyphToneCosts(token) : null;
    for (const { key, cost } of keys) {
      const c = this.syllableCandidates(key)!;
      for (let i = 0; i < c.forms.length; i++) {
        ids.push(c.slot.ids[i]!);
        costs.push(cost + ownCost + (markGlyph && !MARKED_VOWEL.test(c.forms[i]!) ? UNMARKED_GLYPH_COST : 0) + (toneCosts ? toneCosts[toneOf(c.forms[i]!)]! : 0));
        forms.push(c.forms[i]!);
      }
    }
    const out = ids.length ? { slot: { ids, costs }, forms } : null;
    if (this.ocrSlots.size < 50_000) this.ocrSlots.set(cacheKey, out);
    return out;
  }

  private withDigitVowels: readonly Confusion[] | null = null;

  /** The engine confusions and any digit for any vowel (engine-confusions.ts), for a digit between letters. */
  private digitVowelConfusions(): readonly Confusion[] {
    return (this.withDigitVowels ??= withLearned(this.engineConfusions, DIGIT_VOWEL_CONFUSIONS));
  }

  /** How common a key's commonest kept reading is (log10; -99 for none). */
  private keyWeight(key: string): number {
    return this.lm.frequency[this.syllableCandidates(key)?.slot.ids[0] ?? UNK] ?? -99;
  }

  private edits: EditCandidates | null = null;

  /** The edit-distance index over the keys with a reading the model has seen (built on first use). */
  private editCandidates(): EditCandidates {
    if (this.sharing) return this.sharing.editCandidates();
    if (!this.edits) {
      const seen: string[] = [];
      for (const key of this.inventory.keys()) {
        const c = this.syllableCandidates(key);
        if (c && (this.lm.frequency[c.slot.ids[0]!] ?? -99) > SEEN_KEY) seen.push(key);
      }
      this.edits = new EditCandidates(seen, (key) => this.keyWeight(key));
    }
    return this.edits;
  }

  keep(id: number, text: string): Reading {
    let r = this.keepReadings.get(id);
    if (!r) {
      r = { slot: { ids: [id], costs: [0] }, forms: KEEP_FORMS, kinds: KEEP_KINDS, from: 0, to: text.length, digitRepair: false };
      this.keepReadings.set(id, r);
    }
    return r.to === text.length ? r : { ...r, to: text.length };
  }

  /**
   * How a token of a stripped line is read (cached per token text and noise level). `engine`: the
   * line belongs to a garbled layer, whose engine's confusions (ENGINE_CONFUSIONS) join the channel.
   */
  reading(text: string, noisy: boolean, engine = false): Reading {
    const cache = this.readings[engine ? 2 : noisy ? 1 : 0]!;
    let r = cache.get(text);
    if (!r) {
      r = withDocumentKey(this.readToken(text, noisy || engine, engine), text);
      if (engine) r = dotBelowFirst(r, text);
      if (cache.size < 200_000) cache.set(text, r);
    }
    return r;
  }

  private readToken(text: string, noisy: boolean, engine = false): Reading {
    if (isNumber(text)) return this.keep(NUM, text);
    const letters = isLetters(text);
    if (letters && hasVietnameseMarks(text)) {
      const id = this.lm.id(canonicalToneForm(text.toLowerCase()));
      return this.keep(id === UNK ? this.lm.id(text) : id, text);
    }
    if (!letters && /[0-9]/.test(text)) return this.readWithDigits(text, noisy, engine);
    // A capital I alone is the Roman numeral one ("Quý I", "I. MỤC ĐÍCH"), not the rare word ì or í.
    if (text === 'I') return this.keep(this.lm.id('i'), text);
    // A word with strokes read as apostrophes in a garbling engine's layer ("ct'a" = của, a speck
    // joined by speck-words.ts): read as in its garbled lines.
    if (engine && (APOSTROPHE_WORD.test(text) || LOST_LETTER_WORD.test(text))) return this.garbledReading(text);
    const key = foldVietnamese(text);
    const own = letters ? this.syllableCandidates(key) : null;
    if (own) {
      const reading: Reading = {
        slot: own.slot,
        forms: own.forms,
        kinds: own.forms.map(() => 'diacritics'),
        from: 0,
        to: text.length,
        digitRepair: false,
        cacheKey: own.forms.length >= 2 ? key : undefined,
      };
      if (noisy && text.length > 1 && !isUpperCode(text)) {
        // In a garbling engine's layer a valid-looking word is as often misread as in its garbled lines.
        const alt = this.ocrCandidatesFor(text, engine ? this.validMisreadPenalty : VALID_TOKEN_OCR_PENALTY, engine, engine);
        if (alt) return this.capped(withCandidates(reading, alt, 'ocr'));
      }
      return reading;
    }
    // A word of a highland place name ("Dak Lak" = Đắk Lắk), capitalised as names are.
    const place = letters && text.length > 1 && /^\p{Lu}/u.test(text) ? this.placeWords.get(key) : undefined;
    if (place) return { slot: { ids: [UNK], costs: [0] }, forms: [place], kinds: ['diacritics'], from: 0, to: text.length, digitRepair: false };
    // A lower-case Roman numeral of a list ("ii)", "iii.") is no misread syllable, outside OCR noise
    // (where "vii" is a "vu" misread).
    if (!noisy && ROMAN_NUMERAL.test(text)) return this.keep(UNK, text);
    // A code glued to the word after it, as tables write units ("VPDang uy" = VP Đảng ủy): the code
    // is kept, the word restored.
    const glued = letters ? GLUED_CODE.exec(text) : null;
    if (glued && this.inventory.has(foldVietnamese(glued[2]!))) {
      const inner = this.reading(glued[2]!, noisy);
      const from = glued[1]!.length;
      return { ...inner, from: from + inner.from, to: from + inner.to };
    }
    const abbreviation = letters ? restoreAbbreviation(text, this.lm.abbreviations) : /^D\/c$/i.test(text) ? `${text[0] === 'D' ? 'Đ' : 'đ'}/${text[2]}` : null;
    if (abbreviation) {
      return { slot: { ids: [this.lm.id(abbreviation)], costs: [0] }, forms: [abbreviation], kinds: ['abbreviation'], from: 0, to: text.length, digitRepair: false };
    }
    // Upper-case codes (UBND, TTHC) and mixed codes are not syllables: leave them; in a garbling
    // engine's layer one may be a misread upper-case word ("HQI" = HỘI), which the model may choose.
    if (isUpperCode(text) && !/['/]/.test(text)) return engine ? this.codeOrMisread(text, text) : this.keep(this.lm.id(text), text);
    const stemmed = engine ? this.stemmedCode(text) : null;
    if (stemmed) return stemmed;
    // Mixed case outside OCR noise is a code or a brand ("TTg", "IoT", "eKYC"); in noisy text it may
    // be an upper-case word read partly as lower case ("MirC" = MỤC), which the channel repairs.
    // A code's capitals outnumber its small letters ("CTrTT", "PTTg"): a code in a garbling engine's layer too
    // (there the engine confusions would read one: CTrTT = "cứu"; a scan's noise breaks upper-case words: "TRirONG").
    // An H of a capital word read as the two stems it stands on, a capital I and a small l ("PIlAT" = PHÁT, "TIlANH" =
    // THÀNH): no code puts a small l between capitals. Read as the "II" the channel knows for an H.
    if (engine && letters && STEMS_FOR_H.test(text)) {
      const stems = text.replace(/Il/g, 'II');
      const ocr = this.ocrCandidatesFor(stems, 0, true);
      if (ocr) return this.capped({ slot: { ids: [this.lm.id(text), ...ocr.slot.ids], costs: [CODE_MISREAD_COST, ...ocr.slot.costs] }, forms: [null, ...ocr.forms], kinds: ['diacritics', ...ocr.forms.map((): Kind => 'ocr')], from: 0, to: text.length, digitRepair: false }, true);
    }
    if (letters && MIXED_CASE.test(text) && (!noisy || (engine && mostlyCapitals(text)))) return this.keep(UNK, text);
    // In a garbling engine's layer a capital vowel inside a small-letter word is a misread marked one ("viQc", "kC").
    const capitals = engine && letters ? this.misreadCapitalReading(text) : null;
    if (capitals) return capitals;
    // A lone letter is a list marker or a speck, too short to read a syllable into.
    if (text.length < 2) return this.keep(UNK, text);
    // Every syllable has a vowel: outside OCR output, a word without one is a lower-case
    // abbreviation ("để bc" = để báo cáo, "tp", "vv"), not a misread syllable.
    if (!noisy && !/[aeiouy]/.test(key)) return this.keep(UNK, text);
    // Loanwords of the digital state are no misread syllables, in OCR output too ("E-mail" is not "Ê-máu").
    if (LOANWORDS.has(key)) return this.keep(UNK, text);
    const ocr = this.ocrCandidatesFor(text, 0, engine, engine && letters);
    if (ocr) return this.capped(ocrReading(ocr, text.length));
    return this.keep(UNK, text);
  }

  /** How a token of a garbled line is read (cached per token text). */
  garbledReading(text: string, mixed = false): Reading {
    const cache = this.garbledReadings[mixed ? 1 : 0]!;
    let r = cache.get(text);
    if (!r) {
      r = dotBelowFirst(withDocumentKey(this.readGarbledToken(text, mixed ? MIXED_MARK_DOUBT : MARK_DOUBT), text), text);
      if (cache.size < 200_000) cache.set(text, r);
    }
    return r;
  }

  /**
   * A token of a garbled line: foreign look-alikes read as the letters they stand for ("cüa" →
   * cưa); every reading of its syllable key, a correctly marked word's own reading cheapest; and
   * the syllables the OCR channel reaches, as in noisy stripped text.
   */
  private readGarbledToken(text: string, markDoubt: number): Reading {
    if (isNumber(text)) return this.keep(NUM, text);
    // A c-cedilla is a vowel with a dot or a horn ("duçic" = được, "hçp" = họp, "thçrc" = thực).
    if (/ç/i.test(text)) {
      const cedilla = this.variantsReading(text, cedillaVariants(text));
      if (cedilla) return cedilla;
    }
    const seen = unforeign(text);
    if (!isLetters(seen)) {
      if (/[0-9]/.test(seen)) return this.readWithDigits(seen, true, true);
      // A horn or hook read as an apostrophe ("Chtro'ng" = Chương, "chi'c" = chức): through the channel.
      if (APOSTROPHE_WORD.test(seen)) {
        const ocr = this.ocrCandidatesFor(seen, 0, true, false);
        // The word without its strokes, read as any word of the line (edits and dropped vowels too:
        // "ct'a" = của), at the cost of the strokes dropped.
        const bare = seen.replace(/['’]/g, '');
        const whole = bare.length > 1 ? this.garbledReading(bare) : null;
        const bareReading = whole && whole.forms.some((f) => f !== null) ? whole : null;
        if (ocr || bareReading) {
          let reading: Reading = ocr ? ocrReading(ocr, text.length) : { slot: { ids: [], costs: [] }, forms: [], kinds: [], from: 0, to: text.length, digitRepair: false };
          if (bareReading) {
            const kept = bareReading.forms.map((f, i) => (f === null ? -1 : i)).filter((i) => i >= 0);
            reading = withCandidates(reading, { slot: { ids: kept.map((i) => bareReading.slot.ids[i]!), costs: kept.map((i) => bareReading.slot.costs[i]! + STROKE_DROPPED_COST) }, forms: kept.map((i) => bareReading.forms[i]!) }, 'ocr');
          }
          return this.capped(reading);
        }
      }
      // A letter the engine lost, written "~" ("Vi~t" = Việt, "v~" = về): the channel reads a vowel in.
      if (LOST_LETTER_WORD.test(seen)) {
        const ocr = this.ocrCandidatesFor(seen, 0, true, false);
        if (ocr) return this.capped(ocrReading(withLostLetterCosts(ocr), text.length));
      }
      return this.keep(UNK, text);
    }
    if (text === 'I') return this.keep(this.lm.id('i'), text);
    // An upper-case word with one small letter ("NGHiA" = NGHĨA): the engine's small i for a marked capital.
    // Not a capital and a misread vowel capital before the i ("NQi" = Nội, "HQi" = Hội): a small-letter word.
    if (/^\p{Lu}{2,}i\p{Lu}*$/u.test(text) && !/^\p{Lu}[QAOEU]i$/u.test(text)) return this.garbledReading(text.toUpperCase());
    // An ASCII capital after a small letter is a misread marked vowel ("viQc" = việc) or else a code or
    // a brand ("IoT" read "loT", "eKYC"), never a syllable as written. (A marked capital inside a
    // word, "thƠl" = thời, is a misread small letter: read on below.)
    const stemmed = this.stemmedCode(text);
    if (stemmed) return stemmed;
    if (/\p{Ll}[A-Z]/u.test(text)) return this.misreadCapitalReading(text) ?? this.keep(UNK, text);
    // A capital, then Q, then small letters ("DQc" = Độc): the Q a marked vowel.
    if (/^\p{Lu}Q\p{Ll}/u.test(text)) return this.misreadCapitalReading(text) ?? this.keep(UNK, text);
    const key = foldVietnamese(seen);
    const own = this.syllableCandidates(key);
    if (!own) {
      // A code the model knows with its Đ (HĐND, UBMTTQ), as in stripped lines.
      const abbreviation = isLetters(text) ? restoreAbbreviation(text, this.lm.abbreviations) : null;
      if (abbreviation) return { slot: { ids: [this.lm.id(abbreviation)], costs: [0] }, forms: [abbreviation], kinds: ['abbreviation'], from: 0, to: text.length, digitRepair: false };
      if (isUpperCode(text)) return this.codeOrMisread(text, seen);
      if (text.length < 2) return this.keep(this.lm.id(text), text);
      const ocr = this.ocrCandidatesFor(seen, 0, true, true);
      if (!ocr) return this.keep(UNK, text);
      return this.capped(ocrReading(ocr, text.length));
    }
    const marked = hasVietnameseMarks(seen);
    const written = canonicalToneForm(seen.toLowerCase());
    // "é" is what engines without Vietnamese make of most marked vowels ("héi" = hội, "vén" = vốn):
    // no word with it is taken at its word, and it may stand for any of e, o, a.
    const generic = seen.toLowerCase().includes('é');
    const trusted = marked && !generic && !hasForeignLetter(text) && isValidSyllable(written) && !misplacedTone(seen);
    const ids: number[] = [];
    const costs: number[] = [];
    const forms: string[] = [];
    const kinds: Kind[] = [];
    // The written reading first: capping keeps it whatever its frequency.
    if (trusted) {
      ids.push(this.lm.id(written));
      costs.push(0);
      forms.push(written);
      kinds.push('diacritics');
    }
    own.forms.forEach((form, i) => {
      if (trusted && form === written) return;
      ids.push(own.slot.ids[i]!);
      costs.push(trusted ? markDoubt : 0);
      forms.push(form);
      kinds.push(marked ? 'ocr' : 'diacritics');
    });
    let reading: Reading = { slot: { ids, costs }, forms, kinds, from: 0, to: text.length, digitRepair: false };
    if (generic) {
      for (const { key: variant, cost } of genericVowelKeys(seen.toLowerCase(), key)) {
        const other = this.syllableCandidates(variant);
        if (other) reading = withCandidates(reading, { slot: { ids: other.slot.ids, costs: other.slot.ids.map(() => cost) }, forms: other.forms }, 'ocr');
      }
    }
    if (text.length > 1 && !isUpperCode(text)) {
      // The channel, a lost onset and edits too ("hông" = không, "tat" = tác): a valid word of a garbled
      // line is misread as often as not, at the penalty of doubting it. Not edits of a correctly marked
      // word: its marks say the engine read it ("Tổng" stays, not Công).
      const alt = this.ocrCandidatesFor(seen, marked && !trusted ? 0.5 : this.validMisreadPenalty, true, !trusted);
      if (alt) reading = withCandidates(reading, alt, 'ocr');
    }
    return this.capped(reading, trusted);
  }

  /**
   * A small-letter word of a garbled layer with a capital vowel inside it ("viQc" = việc, "gAp" =
   * gặp, "phiAn" = phiên, "kC" = kể, "DQc" = Độc, "ChInh" = chính): engines of the digit-and-blot
   * family write a marked vowel as the capital it looks like. Each capital is read as the vowels it
   * stands for (misreadCapitalVariants), the word then through the channel; null when the word is
   * no such word or nothing is reached (a brand or code: "IoT", "eKYC", "vnExpress").
   */
  misreadCapitalReading(text: string): Reading | null {
    let r = this.capitalReadings.get(text);
    if (r === undefined) {
      r = withHatCost(this.variantsReading(text, misreadCapitalVariants(text)), text);
      if (this.capitalReadings.size < 50_000) this.capitalReadings.set(text, r);
    }
    return r;
  }

  private readonly capitalReadings = new Map<string, Reading | null>();

  /** A word read as each of its variants (letters standing for what the engine misread), the best of each kept. */
  private variantsReading(text: string, variants: Array<{ word: string; cost: number }>): Reading | null {
    if (!variants.length) return null;
    let reading: Reading | null = null;
    const add = (extra: { slot: Slot; forms: string[] }) => {
      reading = reading ? withCandidates(reading, extra, 'ocr') : ocrReading(extra, text.length);
    };
    for (const { word, cost } of variants) {
      const own = this.syllableCandidates(foldVietnamese(word));
      if (own) add({ slot: { ids: own.slot.ids, costs: own.slot.ids.map(() => cost) }, forms: own.forms });
      const alt = this.ocrCandidatesFor(word, cost + (own ? this.validMisreadPenalty : 0), true, !own);
      if (alt) add(alt);
    }
    return reading ? this.capped(reading) : null;
  }

  /**
   * A lone consonant of a garbled line standing as a word ("s" = số, "v" = về, "b" = bộ, "K" =
   * Kế): what is left of a syllable whose only vowel, hatted and toned, the engine dropped. Kept as
   * written at no cost, or read as a syllable with its vowel back (ocr-noise.ts's dropped nuclei)
   * at an extra cost; the model chooses in context. The caller rules out list markers ("b)").
   */
  loneConsonantReading(text: string, droppingLayer = false): Reading {
    const cacheKey = droppingLayer ? `\u0001${text}` : text;
    let r = this.loneConsonants.get(cacheKey);
    if (r) return r;
    const kept = this.keep(this.lm.id(text), text);
    const keys = ocrCandidates(text, (k) => this.inventory.has(k), 8, this.engineConfusions, true);
    const ids = [kept.slot.ids[0]!];
    const costs = [0];
    const forms: Array<string | null> = [null];
    const kinds: Kind[] = ['diacritics'];
    for (const { key, cost } of keys) {
      const c = this.syllableCandidates(key)!;
      c.forms.forEach((form, i) => {
        ids.push(c.slot.ids[i]!);
        costs.push(cost + (droppingLayer ? 0 : LONE_CONSONANT_COST));
        forms.push(form);
        kinds.push('ocr');
      });
    }
    r = this.capped({ slot: { ids, costs }, forms: forms as string[], kinds, from: 0, to: text.length, digitRepair: false }, true);
    this.loneConsonants.set(cacheKey, r);
    return r;
  }

  private readonly loneConsonants = new Map<string, Reading>();

  /**
   * A 0 alone between two small-letter words of a garbled line (see isLoneZero in restorer.ts): the figure as written,
   * or the round vowel an engine wrote as a 0 when it lost the hat, the horn and the tone ("khi 0 tinh" = khi ở tỉnh,
   * "nhd 0 c6ng nhdn" = nhà ở công nhân), at LONE_ZERO_COST more: the model weighs a count ("đạt 0 điểm", "từ 0 giờ")
   * against the word.
   */
  loneZeroReading(): Reading {
    if (this.loneZero) return this.loneZero;
    const kept = this.keep(NUM, '0');
    const vowel = this.syllableCandidates('o')!;
    const ids = [kept.slot.ids[0]!, ...vowel.slot.ids];
    const costs = [0, ...vowel.slot.costs.map((c) => c + LONE_ZERO_COST)];
    const forms: Array<string | null> = [null, ...vowel.forms];
    const kinds: Kind[] = ['diacritics', ...vowel.forms.map((): Kind => 'ocr')];
    this.loneZero = this.capped({ slot: { ids, costs }, forms: forms as string[], kinds, from: 0, to: 1, digitRepair: false }, true);
    return this.loneZero;
  }

  private loneZero: Reading | null = null;

  /**
   * An upper-case code whose Đ an engine read as an E and an l, the bowl and the stem ("CNVCLEl" =
   * CNVCLĐ, "LElLEl" = LĐLĐ); null for any other token.
   */
  private stemmedCode(text: string): Reading | null {
    if (!STEMMED_D.test(text)) return null;
    // Codes are all capitals: a small l after an E is no code's letter, so the Đ stands whether or not
    // the model knows the code (CNVCLĐ, CĐCS are rare in its text).
    const code = this.knownCode(text.replace(/El/g, 'D')) ?? text.replace(/El/g, 'Đ');
    return { slot: { ids: [this.lm.id(code)], costs: [0] }, forms: [code], kinds: ['ocr'], from: 0, to: text.length, digitRepair: false };
  }

  /** A code the model knows, as written with its Đ ("HDND" → HĐND), or null. */
  private knownCode(code: string): string | null {
    const marked = restoreAbbreviation(code, this.lm.abbreviations) ?? code;
    return this.lm.id(marked) !== UNK ? marked : null;
  }

  /**
   * An upper-case token of a garbled layer that is no syllable: a code (UBND, THPT) kept as written,
   * or an upper-case word the engine misread ("HQI" = HỘI, "DNH" = ĐỊNH, "MTTO" = MTTQ's neighbour
   * words), read through the engine confusions at an extra cost; the model chooses in context.
   */
  private codeOrMisread(text: string, seen: string): Reading {
    const kept = this.keep(this.lm.id(text), text);
    // A code the model does not know that one look-alike makes a code it knows ("LIBND" = UBND).
    const code = kept.slot.ids[0] === UNK ? lookAlikeCode(text, (c) => this.knownCode(c)) : null;
    if (code !== null) return { slot: { ids: [this.lm.id(code)], costs: [0] }, forms: [code], kinds: ['ocr'], from: 0, to: text.length, digitRepair: false };
    // Codes are runs of consonants (THPT, GDTX, HSSV): a word keeps at least one vowel letter.
    // A vowel-less one the model knows no code by ("DNH", "CHNH") may be a word whose marked vowel the engine dropped.
    // A consonant and a Q that the model knows as no code ("BQ Văn hóa" = Bộ; NQ, TQ are codes it knows):
    // the engine's misread ộ or ợ closing a two-letter word, as inside a longer one.
    const closingQ = CONSONANT_THEN_Q.test(text) && kept.slot.ids[0] === UNK;
    // A vowel-less code the model knows with a Q inside ("HQC" in "ĐẠI HQC", as the engine wrote HỌC, or BQL)
    // keeps its reading as a code, and may still be the misread word where the context asks for one.
    const knownInnerQ = INNER_Q.test(text) && kept.slot.ids[0] !== UNK;
    if (!closingQ && !knownInnerQ && (text.length < 3 || text.length > 7 || (!/[AEIOUY]/.test(text) && kept.slot.ids[0] !== UNK))) return kept;
    // A Q inside a word and before a letter other than U is no letter of Vietnamese nor of a code
    // (MTTQ, QĐ, NQ-CP hold theirs at an end): the engine's misread ộ, ậ, ệ ("CQNG", "HQI"). So is the Q closing a
    // two-letter word the model knows as no code ("của các BQ," = Bộ): kept, it would cost nothing against a word
    // read through the channel, and the model's share for any unknown token (UNK) outweighs the word it stands for.
    const misreadQ = (INNER_Q.test(text) && !knownInnerQ) || closingQ;
    const ocr = this.ocrCandidatesFor(seen, misreadQ ? 0 : CODE_MISREAD_COST, true);
    if (!ocr) return kept;
    return this.capped(
      { slot: { ids: [kept.slot.ids[0]!, ...ocr.slot.ids], costs: [misreadQ ? CODE_MISREAD_COST : 0, ...ocr.slot.costs] }, forms: [null, ...ocr.forms], kinds: ['diacritics', ...ocr.forms.map((): Kind => 'ocr')], from: 0, to: text.length, digitRepair: false },
      true,
    );
  }

  /**
   * Tokens mixing letters and digits. Digits glued to a complete syllable are a row or footnote
   * number ("vu1", "2Thi"): the letters are restored, the digits kept. A lone digit inside a
   * word is an OCR misreading ("d6ng", "T6") worth repairing only when the model is sure; a
   * code with digit runs ("2021S6", "03/KH") is left alone.
   */
  private readWithDigits(text: string, noisy: boolean, garbled = false): Reading {
    // In a garbled layer an l read as a 1, or a B as an 8, before a digit standing for the vowel ("16i" = lối,
    // "19i" = lợi, "86o" = Bảo, "86o c5o" = Báo cáo; no number runs into small letters): the word read with its
    // letter back, when that reads as a word.
    const leading = garbled ? LEADING_DIGIT_FOR_LETTER.exec(text) : null;
    if (leading) {
      const withLetter = this.readWithDigits(`${DIGIT_LETTERS[leading[1]!]!}${text.slice(1)}`, noisy, true);
      if (withLetter.forms.some((f) => f !== null)) return { ...withLetter, slot: { ids: withLetter.slot.ids, costs: withLetter.slot.costs.map((c) => c + LEADING_ONE_FOR_L_COST) } };
    }
    // A number and the code of its document type ("2437/QD" of "2437/QD-TTg"): the code as written with Đ.
    const numbered = NUMBERED_CODE.exec(text);
    if (numbered) {
      const code = restoreAbbreviation(numbered[2]!, this.lm.abbreviations);
      if (!code) return this.keep(UNK, text);
      const from = numbered[1]!.length;
      return { slot: { ids: [this.lm.id(code)], costs: [0] }, forms: [code], kinds: ['abbreviation'], from, to: text.length, digitRepair: false };
    }
    const glued = /^([0-9]*)([A-Za-zÀ-ỹĐđ]+)([0-9]*)$/.exec(text);
    // In a garbled layer one look-alike digit before a word is a misread letter ("4i" = ái, "1ý" = lý).
    // So is a 1 closing a word that an i would complete ("ngươ1" = người, "pha1" = phải): footnote
    // numbers follow whole words.
    const misreadDigit =
      garbled &&
      glued !== null &&
      // Not before one capital alone: a number and its letter ("Quốc lộ 1A", "Ngòi Nhù 1A", "khu 4B") are no misread word.
      ((/^[01468]$/.test(glued[1]!) && !glued[3] && !/^\p{Lu}$/u.test(glued[2]!)) ||
        (!glued[1] && glued[3] === '1' && this.inventory.has(foldVietnamese(`${glued[2]!}i`))) ||
        // A 6, 5, 0 or 4 closing a word is its last vowel, marked ("gi6" = giá, "c6" = có, "nh4" = nhà,
        // "s5" = số); after an i, the i and the digit are the strokes of one ("si5" = số, "phi5" = phố).
        (!glued[1] && /^[0456]$/.test(glued[3]!) && ['o', 'a', 'e'].some((v) => this.inventory.has(foldVietnamese(`${glued[2]!}${v}`)) || (glued[3] === '5' && /i$/.test(glued[2]!) && this.inventory.has(foldVietnamese(`${glued[2]!.slice(0, -1)}${v}`))))));
    if (glued && (glued[1] || glued[3]) && !misreadDigit) {
      const word = glued[2]!;
      // A number and its letter ("1A", "4B"): kept as written.
      if (glued[1] && !glued[3] && /^\p{Lu}$/u.test(word)) return this.keep(UNK, text);
      if (isLetters(word) && (this.inventory.has(foldVietnamese(word)) || hasVietnameseMarks(word))) {
        const inner = this.reading(word, noisy);
        const from = glued[1]!.length;
        return { ...inner, from: from + inner.from, to: from + inner.to };
      }
    }
    // A word opening with a digit is a code or a numbered item, except in a garbled layer ("6n" = ổn, "t6" = tổ).
    const leadingDigit = garbled ? /^[0-9][A-Za-zÀ-ỹĐđ]/.test(text) && !/[0-9]{2}/.test(text) ? false : /^[0-9]/.test(text) : /^[0-9]/.test(text);
    if (/[0-9]{2}/.test(text) || leadingDigit || /\/[0-9]|[0-9]\//.test(text) || text.replace(/[^A-Za-zÀ-ỹĐđ]/g, '').length < 1) {
      return this.keep(UNK, text);
    }
    const ocr = this.ocrCandidatesFor(text, 0, garbled);
    if (!ocr) return this.keep(UNK, text);
    // In a garbled layer a digit inside a word is a misread letter far more often than a code ("s4u", "t6").
    return this.capped({ slot: ocr.slot, forms: ocr.forms, kinds: ocr.forms.map(() => 'ocr'), from: 0, to: text.length, digitRepair: !garbled });
  }

  /** At most MAX_SLOT candidates, by frequency less channel cost. */
  private capped(r: Reading, keepFirst = false): Reading {
    if (r.slot.ids.length <= MAX_SLOT) return r;
    const order = r.slot.ids
      .map((id, i) => ({ i, score: keepFirst && i === 0 ? Infinity : (this.lm.frequency[id] ?? -99) - r.slot.costs[i]! }))
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_SLOT)
      .map((x) => x.i);
    return {
      ...r,
      slot: { ids: order.map((i) => r.slot.ids[i]!), costs: order.map((i) => r.slot.costs[i]!) },
      forms: order.map((i) => r.forms[i]!),
      kinds: order.map((i) => r.kinds[i]!),
    };
  }
}

/**
 * Syllable keys the channel proposes per token (cheapest first); more in a garbled layer, whose
 * words are misread further and whose vowelless words each lie under a dozen cheap keys ("dm": dam,
 * dom, dim … before doi = đời).
 */
const CHANNEL_KEYS = 6;
const GARBLED_CHANNEL_KEYS = 10;
/** A folded word of consonants closing with an m (see ocrCandidatesFor), and the cost (log10) of reading the m as oi or ai. */
const CLOSING_M = /^[bcdghklnpqrstvx]+m$/;
/** A digit between two letters ("c1ng", "d4ng"; not "l7", "s6"): see DIGIT_VOWEL_CONFUSIONS. */
const DIGIT_BETWEEN_LETTERS = /\p{L}[0-9]\p{L}/u;
const CLOSING_M_COST = 1;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A capital A or O inside a small-letter word ("LAm" = Lâm, "NOng" = Nông, "tAn" = tên) stands for a
 * hatted vowel four times in five on the tuning parts of the garbled gold (a plain one one time in
 * ten): readings without a hat cost this much more (log10; 0.8 and 1.2 lost on part 7).
 */
const HATLESS_CAPITAL_COST = 0.4;
const INNER_CAPITAL_A_OR_O = /^\p{L}\p{Ll}*[AO]/u;

function withHatCost(r: Reading | null, text: string): Reading | null {
  if (!r || !INNER_CAPITAL_A_OR_O.test(text) || text === text.toUpperCase()) return r;
  const costs = r.slot.costs.map((c, i) => {
    const form = r.forms[i];
    return form && !form.normalize('NFD').includes('\u0302') ? c + HATLESS_CAPITAL_COST : c;
  });
  return { ...r, slot: { ids: r.slot.ids, costs } };
}

/** A 1 or an 8, a digit, then small letters only ("16i", "16nh", "86o"): see readWithDigits. */
const LEADING_DIGIT_FOR_LETTER = /^([18])[0-9]\p{Ll}+$/u;
/** The letter each such digit stands for: the l's one stroke, the B's two bowls (a capital: it opens a name or a sentence). */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '1': 'l', '8': 'B' };
const LEADING_ONE_FOR_L_COST = 0.5;

/**
 * A capital E, O or I opening a word of small letters or digits (see ocrCandidatesFor), or an a
 * before a digit or two strokes ("a5i", "a6i" = đổi: the bowl of a đ without its stem; no
 * syllable opens with an a before them).
 */
// A letter must follow the a's digit: "A4", "a1", "a5" are a paper size and points' labels.
const MISREAD_CAPITAL_D = /^(?:[EOI][\p{Ll}0-9]|[aA](?=[0-9]\p{L}|ii))/u;
/** Cost (log10) of reading such a capital as Đ, and the dearest reading so reached. */
const MISREAD_CAPITAL_D_COST = 1;
const MAX_MISREAD_CAPITAL_D = 2.5;

/**
 * A word of a garbled layer with a glyph where a vowel goes: a digit ("h6a", "c6", "ph4m"), a symbol
 * ("nguy€n", "c{ta", "c*"), or a small d after the first letter ("ndm", "Ldm", "thdng": d only opens
 * a syllable). An engine that reads a plain vowel writes it as it is ("hoa", "nam" stay letters); a
 * blot or a stand-in is a vowel it could not read, one with a mark. Readings without any marked
 * vowel cost this much more (log10): "h6a" is hóa or hòa rather than hoa, "Phdng" Phòng, not Phong.
 */
const UNMARKED_GLYPH_COST = 2.5;
const MARK_GLYPH = /\p{L}[0-9€§{}*]|[0-9€§{}*]\p{L}|^\p{L}+d/u;
const MARKED_VOWEL = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function hasMarkGlyph(token: string): boolean {
  return MARK_GLYPH.test(token);
}

/** The tones, as toneOf numbers them: none, sắc, huyền, hỏi, ngã, nặng. */
type ToneCosts = readonly [number, number, number, number, number, number];
const TONE_MARK_INDEX: Record<string, number> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

/** The tone of a syllable as an index of ToneCosts (0: none). */
function toneOf(form: string): number {
  for (const ch of form.normalize('NFD')) {
    const tone = TONE_MARK_INDEX[ch];
    if (tone !== undefined) return tone;
  }
  return 0;
}

/**
 * What the glyph an engine wrote for a vowel says of the vowel's tone (log10 costs of none, sắc,
 * huyền, hỏi, ngã, nặng): a 4 is an ạ ("ph4m" = phạm, "ho4t" = hoạt), a 5 a vowel with an acute
 * ("si5" = số, "Gi5m" = Giám), a 1 inside a word one with a dot below ("t1i" = tại); a q has its own
 * rule (dotBelowFirst). Measured on the tuning parts of the garbled gold (1, 3, 7, 8, 11): how much
 * likelier each tone is under the glyph than in the text as a whole, against the likeliest, rounded
 * and capped at 1.5; the first glyph of the list a word holds speaks for it. (6 and a d standing for
 * a vowel say less: their rows gained nothing.)
 */
const GLYPH_TONES: ReadonlyArray<[RegExp, ToneCosts]> = [
  [/\p{L}4|4\p{L}/u, [1.5, 1.5, 1.1, 1.3, 0.6, 0]],
  [/\p{L}5|5\p{L}/u, [1.4, 0.2, 1.5, 1.1, 0, 1.5]],
  [/\p{Ll}1|1\p{Ll}/u, [0.8, 1.2, 0.8, 0.7, 0.3, 0]],
];

function glyphToneCosts(token: string): ToneCosts | null {
  for (const [glyph, costs] of GLYPH_TONES) if (glyph.test(token)) return costs;
  return null;
}

/** Letters with apostrophes between them or after them ("Chtro'ng", "chi'c", "ct'a"). */
const APOSTROPHE_WORD = /^\p{L}+(?:['’]\p{L}*)+$/u;
/**
 * Cost (log10) of reading a lost letter as one the engine could have written: such engines write the
 * Latin-1 letters (à á â è é ê ì í ò ó ô ù ú ý, their marks stripped: "va", "cac") and lose the others
 * (ạ ấ ệ ề ơ ư …), so "v~" is về or vệ, seldom và.
 */
const WRITABLE_LOST_LETTER_COST = 1;

/** The candidates of a word with lost-letter marks, the ones all in Latin-1 made dearer (see above). */
function withLostLetterCosts(c: Candidates): Candidates {
  const costs = c.slot.costs.map((cost, k) => (/^[\u0000-\u00ffđĐ]*$/u.test(c.forms[k]!) ? cost + WRITABLE_LOST_LETTER_COST : cost));
  return { slot: { ids: c.slot.ids, costs }, forms: c.forms };
}

/** Letters with lost-letter marks between them or after them ("Vi~t", "v~", speck-words.ts). */
const LOST_LETTER_WORD = /^\p{L}+(?:[~@]\p{L}*)+$/u;

/** Cost (log10) of the strokes of a word read as apostrophes dropped ("ct'a" = của), as ocr-noise.ts drops one. */
const STROKE_DROPPED_COST = 0.5;

/** Keys proposed by edit distance per word, and their highest cost (two edits). */
const EDIT_CANDIDATES = 6;
const MAX_EDIT_COST = 3.2;
/** A key is worth proposing by edit distance when its commonest reading is at least this frequent (log10). */
const SEEN_KEY = -6;

/**
 * Extra cost (log10) of reading a lone consonant of a garbled line as a syllable whose vowel was
 * dropped; none in a layer whose engine drops vowels throughout (see Restorer: many such consonants).
 */
const LONE_CONSONANT_COST = 0.5;

/** Extra cost (log10) of reading a lone 0 of a garbled line as a vowel word rather than the figure (loneZeroReading). */
const LONE_ZERO_COST = 0.5;

/** A Q between two capitals other than U: "CQNG", "HQI". */
const INNER_Q = /[A-Z]Q[A-PR-TV-Z]/;
const CONSONANT_THEN_Q = /^[BCDGHKLMNPRSTVX]Q$/;

/** A capital word with an I and a small l between capitals (see readToken). */
const STEMS_FOR_H = /^\p{Lu}+Il\p{Lu}+$/u;
/** Extra cost (log10) of reading an upper-case code-like token of a garbled layer as a misread word. */
const CODE_MISREAD_COST = 1;

/**
 * log10 cost of reading the generic "é" of a garbled line as o or a rather than e. Tesseract's
 * English engine writes é for ê about two thirds of the time, for ô and ơ a quarter, for a, ă, â a
 * tenth (counted on the re-OCRed lines of the gold's part 2): log10 of those odds against e.
 */
const GENERIC_VOWEL_COSTS: ReadonlyArray<[string, number]> = [['o', 0.45], ['a', 0.85]];

/** Keys with each "é" of the word read as o or a instead ("héi" → hoi, hai), with their cost. */
function genericVowelKeys(lower: string, key: string): Array<{ key: string; cost: number }> {
  const out: Array<{ key: string; cost: number }> = [];
  for (let i = lower.indexOf('é'); i >= 0; i = lower.indexOf('é', i + 1)) {
    for (const [vowel, cost] of GENERIC_VOWEL_COSTS) out.push({ key: key.slice(0, i) + vowel + key.slice(i + 1), cost });
  }
  return out;
}

/** Lower-case Roman numerals that are no syllable (vi, xi are: vì, xì). */
/** English words plans use as they are, whose spelling is no syllable (lower case, folded). */
const LOANWORDS = new Set(
  'mail email website web online offline internet file video camera zalo facebook youtube google email password login logout smartphone'.split(' '),
);
const ROMAN_NUMERAL = /^(?:i{2,3}|iv|vii{1,2}|ix|xii{1,2}|xiv|xvi{0,3}|xix|xx)$/;
/** Upper and lower case mixed other than a capitalised word: "TTg", "IoT", "eKYC". */
const MIXED_CASE = /^(?=.*\p{Lu})(?=.*\p{Ll})(?!\p{Lu}\p{Ll}+$)/u;
/** A document number and its type's code: "2437/QD", "15/HD", "126/2024/ND" (of 126/2024/NĐ-CP). */
const NUMBERED_CODE = /^([0-9]+(?:\/[0-9]+)*\/)([A-Z]{2,})$/;

/** Capitals with an "El" among them, two to eight letters once each is one (see stemmedCode). */
const STEMMED_D = /^(?=(?:[A-Z]|El){2,8}$)[A-Z]*El(?:[A-Z]|El)*$/;

/** Three capitals or more, and more capitals than small letters. */
function mostlyCapitals(text: string): boolean {
  const capitals = text.replace(/[^A-Z]/g, '').length;
  return capitals >= 3 && capitals > text.length - capitals;
}

/** Two or more capitals, then a capitalised word: "VPDang", "BCHDoan". */
const GLUED_CODE = /^([A-Z]{2,})([A-Z][a-z]+)$/;

/**
 * A reading of a misread word keyed by the word as written, for the document cache
 * (document-cache.ts): a layer repeats its misreadings as it repeats its words ("nh6m ng" for
 * "nhóm nợ" on every page), and the readings the document chose confidently elsewhere weigh.
 */
function withDocumentKey(r: Reading, text: string): Reading {
  if (r.cacheKey !== undefined || r.forms.length < 2 || !r.kinds.includes('ocr')) return r;
  return { ...r, cacheKey: `\u0001${text.toLowerCase()}` };
}

/**
 * A q inside a word ("tqi" = tại, "hQi" = hội, "Luqt" = Luật, "trq" = trợ): no letter of a syllable
 * there (qu opens one), but an o with a tail, the dot below of ạ ộ ệ ọ ợ ụ ự that an engine read into
 * the letter (closing a two-letter word too: "BQ" = Bộ, not Bà). Readings without a dot below cost this much more (log10). So do those of a word with the
 * dotted vowel an engine wrote as a backslash and a stroke (garbled.ts's view spreads it as "ỵỵ").
 */
const DOT_BELOW_MISS = 1.5;
const INNER_Q_LETTER = /\p{L}(?:q(?!u)|Q(?=[A-PR-TV-Za-tv-z]))|\p{Ll}Q$|^[BCDGHKLMNPRSTVX]Q$|[ỵỴ]{2}/u;

/** The reading of a word with an inner q (INNER_Q_LETTER), its readings with a dot below first. */
export function dotBelowFirst(r: Reading, text: string): Reading {
  if (!INNER_Q_LETTER.test(text) || r.forms.length < 2) return r;
  const costs = r.slot.costs.map((c, i) => {
    const form = r.forms[i];
    return form && !form.normalize('NFD').includes('\u0323') ? c + DOT_BELOW_MISS : c;
  });
  return { ...r, slot: { ids: r.slot.ids, costs } };
}

/** A token read through the channel alone: every candidate an OCR reading of the whole token. */
function ocrReading(candidates: Candidates, length: number): Reading {
  return { slot: candidates.slot, forms: candidates.forms, kinds: candidates.forms.map((): Kind => 'ocr'), from: 0, to: length, digitRepair: false };
}

function withCandidates(r: Reading, extra: { slot: Slot; forms: string[] }, kind: Kind): Reading {
  const ids = [...r.slot.ids];
  const costs = [...r.slot.costs];
  const forms = [...r.forms];
  const kinds = [...r.kinds];
  extra.forms.forEach((form, i) => {
    if (forms.includes(form)) return;
    ids.push(extra.slot.ids[i]!);
    costs.push(extra.slot.costs[i]!);
    forms.push(form);
    kinds.push(kind);
  });
  return { ...r, slot: { ids, costs }, forms, kinds };
}

/** Two or more letters, all upper case: an abbreviation or code (UBND, KH), or an upper-case word. */
export function isUpperCode(text: string): boolean {
  const letters = text.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !/[0-9]/.test(text) && !syllableInventory().has(foldVietnamese(text));
}
