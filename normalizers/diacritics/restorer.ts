// Whole-document restoration: decide line by line whether diacritics are missing (and whether the
// line is Vietnamese at all), or garbled by an OCR engine without Vietnamese (garbled.ts), drop
// stray OCR marks in stripped lines, decode the stripped and garbled stretches with the model
// (OCR-damaged tokens included), and rebuild each line with the input's case, punctuation, numbers
// and codes. Correctly marked lines are returned as they are, so a stripped table inside a marked
// body is restored on its own; names the document spells with marks restore their bare copies.
import type { TextChange } from '../../output/schema.js';
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { GARBLED_CONFUSIONS, findStrayMarks, ocrCandidates } from '../ocr-noise.js';
import { canonicalToneForm, isValidSyllable, placeTone, splitTone, syllableInventory, type TonePlacement } from '../syllables.js';
import { restoreDocumentCodes } from './acronyms.js';
import { restoreAbbreviation } from './abbreviations.js';
import { DecoderScratch, viterbi, type Slot } from './decode.js';
import { redecodeWithDocumentCache } from './document-cache.js';
import { TokenSign, garbledAlone, garbledScore, hasForeignLetter, latinView, misplacedTone, tokenSign, unforeign, type LineSigns } from './garbled.js';
import { NUM, PUNCT, UNK, type SyllableLM } from './lm.js';
import { NameRuns } from './name-runs.js';
import { loadNames, type NameModel } from './names.js';
import { loadPlaceWords } from './place-words.js';
import { PUNCT_SLOT, leanTo, type Kind, type Placed, type Reading } from './placed.js';
import { isLetters, isNumber, pieceTexts, splitPieces, type Piece } from './tokens.js';
import { unitReadings } from './units.js';

export interface RestoreOptions {
  tones?: TonePlacement;
  /** Force every line to be treated as stripped (evaluation), instead of detecting it. */
  assumeStripped?: boolean;
}

export interface RestoreResult {
  text: string;
  changes: TextChange[];
  /** Syllables in lines that were restored, and in the whole text. */
  restoredSyllables: number;
  totalSyllables: number;
  strayMarks: string[];
  /** Lines read as garbled (garbled.ts) and repaired. */
  garbledLines: number;
}

/**
 * 'garbled': marks that cannot be trusted (garbled.ts); 'mixed': a marked line of an OCR layer whose
 * bare lines are noisy, read like a garbled one but with its well-formed marks trusted more (a
 * column or an overlay printed with marks beside bare OCR text).
 */
type LineState = 'marked' | 'stripped' | 'garbled' | 'mixed' | 'unsure' | 'empty' | 'foreign';
/** Lines the decoder reads: stripped ones, and garbled and mixed ones. */
const decoded = (state: LineState | undefined): boolean => state === 'stripped' || state === 'garbled' || state === 'mixed';
const NOT_SYLLABLE = 0;
const PLAIN_SYLLABLE = 1;
const MARKED_SYLLABLE = 2;
/** Readings kept per stripped syllable, commonest first (ranked by plain frequency, see lm.ts). */
const MAX_CANDIDATES = 10;
const MAX_SLOT = 14;
/** log10 units below the commonest form of a key beyond which forms are not considered. */
const PRUNE_BELOW_TOP = 3;
/** Extra cost (log10) for reading a valid-looking token as an OCR misreading of another syllable. */
const VALID_TOKEN_OCR_PENALTY = 2.5;
/** Above this share of non-syllable tokens in stripped lines, valid tokens may be OCR errors too. */
const NOISY_DOCUMENT = 0.04;
/** A line is Vietnamese without marks when this share of its words reads as syllables. */
const VIETNAMESE_SHARE = 0.8;
/** A digit read as a letter ("d6ng", "T6") needs at least this confidence to be replaced. */
const DIGIT_REPAIR_CONFIDENCE = 0.6;

/** log10 units a unit word's other readings lose before a place name or in a list of units. */
const UNIT_BIAS = 3;

/**
 * Extra cost (log10) for reading a correctly spelled marked word of a garbled line as another
 * reading of the same syllable: engines that garble Vietnamese get most marks right, but not all
 * ("Nhân đân", "xá hội"); the model must be fairly sure to overrule one.
 */
const MARK_DOUBT = 1.5;
/** The same for a mixed line, whose marks show no sign of garbling. */
const MIXED_MARK_DOUBT = 3;
/** Like VALID_TOKEN_OCR_PENALTY, in a garbled line, where a valid-looking word is more often a misread one. */
const GARBLED_VALID_OCR_PENALTY = 1.5;
/** Share of a document's marked lines that must be garbled for all of them to be read as garbled. */
const GARBLED_DOCUMENT = 0.1;

const KEEP_FORMS: Array<string | null> = [null];
const KEEP_KINDS: Kind[] = ['diacritics'];

export class Restorer {
  private readonly inventory = syllableInventory();
  private readonly syllableSlots = new Map<string, { slot: Slot; forms: string[] } | null>();
  private readonly ocrSlots = new Map<string, { slot: Slot; forms: string[] } | null>();
  private readonly readings = [new Map<string, Reading>(), new Map<string, Reading>(), new Map<string, Reading>()];
  private readonly garbledReadings = [new Map<string, Reading>(), new Map<string, Reading>()];
  private readonly signs = new Map<string, TokenSign>();
  private readonly keepReadings = new Map<number, Reading>();
  private readonly evidence = new Map<string, number>();

  private readonly nameRuns: NameRuns;
  /** The decoder's working memory, reused across this restorer's decodes. */
  readonly scratch = new DecoderScratch();

  constructor(
    readonly lm: SyllableLM,
    readonly names: NameModel = loadNames(),
    readonly placeWords: ReadonlyMap<string, string> = loadPlaceWords(),
  ) {
    this.nameRuns = new NameRuns(lm, names);
  }

  /** Candidates of a syllable key, most frequent first, unseen forms only when nothing was seen. */
  syllableCandidates(key: string): { slot: Slot; forms: string[] } | null {
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

  /** Candidates for a token read through the OCR channel: syllables of nearby keys, with the cost. */
  private ocrCandidatesFor(token: string, ownCost: number, garbled = false): { slot: Slot; forms: string[] } | null {
    const cacheKey = `${token}\u0000${ownCost}\u0000${garbled ? 1 : 0}`;
    const cachedSlot = this.ocrSlots.get(cacheKey);
    if (cachedSlot !== undefined) return cachedSlot;
    const ids: number[] = [];
    const costs: number[] = [];
    const forms: string[] = [];
    // Every kept reading of each nearby key ("djen" → dien → điển as well as điện): capped below
    // by frequency less channel cost, so a key's rarer readings are not cut before the others'.
    for (const { key, cost } of ocrCandidates(token, (k) => this.inventory.has(k), 6, garbled ? GARBLED_CONFUSIONS : undefined)) {
      const c = this.syllableCandidates(key)!;
      for (let i = 0; i < c.forms.length; i++) {
        ids.push(c.slot.ids[i]!);
        costs.push(cost + ownCost);
        forms.push(c.forms[i]!);
      }
    }
    const out = ids.length ? { slot: { ids, costs }, forms } : null;
    if (this.ocrSlots.size < 50_000) this.ocrSlots.set(cacheKey, out);
    return out;
  }

  private keep(id: number, text: string): Reading {
    let r = this.keepReadings.get(id);
    if (!r) {
      r = { slot: { ids: [id], costs: [0] }, forms: KEEP_FORMS, kinds: KEEP_KINDS, from: 0, to: text.length, digitRepair: false };
      this.keepReadings.set(id, r);
    }
    return r.to === text.length ? r : { ...r, to: text.length };
  }

  /**
   * How a token of a stripped line is read (cached per token text and noise level). `engine`: the
   * line belongs to a garbled layer, whose engine's confusions (GARBLED_CONFUSIONS) join the channel.
   */
  reading(text: string, noisy: boolean, engine = false): Reading {
    const cache = this.readings[engine ? 2 : noisy ? 1 : 0]!;
    let r = cache.get(text);
    if (!r) {
      r = this.readToken(text, noisy || engine, engine);
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
        const alt = this.ocrCandidatesFor(text, VALID_TOKEN_OCR_PENALTY, engine);
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
    // Upper-case codes (UBND, TTHC) and mixed codes are not syllables: leave them.
    if (isUpperCode(text) && !/['/]/.test(text)) return this.keep(this.lm.id(text), text);
    // Mixed case outside OCR noise is a code or a brand ("TTg", "IoT", "eKYC"); in noisy text it may
    // be an upper-case word read partly as lower case ("MirC" = MỤC), which the channel repairs.
    if (!noisy && letters && MIXED_CASE.test(text)) return this.keep(UNK, text);
    // A lone letter is a list marker or a speck, too short to read a syllable into.
    if (text.length < 2) return this.keep(UNK, text);
    // Every syllable has a vowel: outside OCR output, a word without one is a lower-case
    // abbreviation ("để bc" = để báo cáo, "tp", "vv"), not a misread syllable.
    if (!noisy && !/[aeiouy]/.test(key)) return this.keep(UNK, text);
    const ocr = this.ocrCandidatesFor(text, 0, engine);
    if (ocr) return this.capped({ slot: ocr.slot, forms: ocr.forms, kinds: ocr.forms.map(() => 'ocr'), from: 0, to: text.length, digitRepair: false });
    return this.keep(UNK, text);
  }

  /** How a token of a garbled line is read (cached per token text). */
  garbledReading(text: string, mixed = false): Reading {
    const cache = this.garbledReadings[mixed ? 1 : 0]!;
    let r = cache.get(text);
    if (!r) {
      r = this.readGarbledToken(text, mixed ? MIXED_MARK_DOUBT : MARK_DOUBT);
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
    const seen = unforeign(text);
    if (!isLetters(seen)) return /[0-9]/.test(seen) ? this.readWithDigits(seen, true, true) : this.keep(UNK, text);
    if (text === 'I') return this.keep(this.lm.id('i'), text);
    // A capital after a small letter is a code or a brand ("IoT" read "loT", "eKYC"), never a syllable.
    if (/\p{Ll}\p{Lu}/u.test(text)) return this.keep(UNK, text);
    const key = foldVietnamese(seen);
    const own = this.syllableCandidates(key);
    if (!own) {
      if (isUpperCode(text) || text.length < 2) return this.keep(this.lm.id(text), text);
      const ocr = this.ocrCandidatesFor(seen, 0, true);
      if (!ocr) return this.keep(UNK, text);
      return this.capped({ slot: ocr.slot, forms: ocr.forms, kinds: ocr.forms.map(() => 'ocr'), from: 0, to: text.length, digitRepair: false });
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
      for (const variant of genericVowelKeys(seen.toLowerCase(), key)) {
        const other = this.syllableCandidates(variant);
        if (other) reading = withCandidates(reading, { slot: { ids: other.slot.ids, costs: other.slot.ids.map(() => GENERIC_VOWEL_COST) }, forms: other.forms }, 'ocr');
      }
    }
    if (text.length > 1 && !isUpperCode(text)) {
      const alt = this.ocrCandidatesFor(seen, marked && !trusted ? 0.5 : GARBLED_VALID_OCR_PENALTY, true);
      if (alt) reading = withCandidates(reading, alt, 'ocr');
    }
    return this.capped(reading, trusted);
  }

  /**
   * Tokens mixing letters and digits. Digits glued to a complete syllable are a row or footnote
   * number ("vu1", "2Thi"): the letters are restored, the digits kept. A lone digit inside a
   * word is an OCR misreading ("d6ng", "T6") worth repairing only when the model is sure; a
   * code with digit runs ("2021S6", "03/KH") is left alone.
   */
  private readWithDigits(text: string, noisy: boolean, garbled = false): Reading {
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
    const misreadDigit = garbled && glued !== null && /^[01468]$/.test(glued[1]!) && !glued[3];
    if (glued && (glued[1] || glued[3]) && !misreadDigit) {
      const word = glued[2]!;
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

  restore(text: string, options: RestoreOptions = {}): RestoreResult {
    const tones = options.tones ?? 'modern';
    const lines = text.split('\n');
    const states = options.assumeStripped
      ? lines.map((l): LineState => (/[A-Za-zÀ-ỹĐđ]/.test(l) ? 'stripped' : 'empty'))
      : this.lineStates(lines);
    // Most documents already have their marks: nothing to decode, nothing to report.
    if (!states.some(decoded)) return { text, changes: [], restoredSyllables: 0, totalSyllables: 0, strayMarks: [], garbledLines: 0 };
    const strayMarks: string[] = [];
    const changes: TextChange[] = [];

    // Drop stray marks in stripped lines first; the removals are reported as debris.
    const cleaned = lines.map((line, i) => {
      if (states[i] !== 'stripped') return { line, removed: [] as Array<{ at: number; length: number; text: string }> };
      const marks = findStrayMarks(line);
      if (!marks.length) return { line, removed: [] as Array<{ at: number; length: number; text: string }> };
      let out = line;
      const removed: Array<{ at: number; length: number; text: string }> = [];
      for (const [s, e] of marks.reverse()) {
        let end = e;
        while (end < out.length && out[end] === ' ') end++;
        const at = s > 0 && end === out.length ? s - (out[s - 1] === ' ' ? 1 : 0) : s;
        removed.unshift({ at, length: end - at, text: line.slice(s, e) });
        out = out.slice(0, at) + out.slice(end);
      }
      // Offsets were taken right to left; in the cleaned line each moves left by what went before it.
      let shift = 0;
      for (const r of removed) {
        r.at -= shift;
        shift += r.length;
      }
      strayMarks.push(...removed.map((r) => r.text));
      return { line: out, removed };
    });

    // Pieces of the Latin view: a Cyrillic look-alike inside a word ("Сông") is read as the letter it looks like.
    const pieces = cleaned.map((c, i) => (decoded(states[i]) ? splitPieces(latinView(c.line).text) : []));

    // Noise level of the stripped text: share of letter tokens that are no syllable.
    let letterTokens = 0;
    let invalid = 0;
    for (let i = 0; i < lines.length; i++) {
      if (states[i] !== 'stripped') continue;
      for (const p of pieces[i]!) {
        if (this.pieceEvidence(p.text) !== NOT_SYLLABLE) {
          letterTokens++;
          continue;
        }
        // Upper-case codes, and words with no vowel ("bc", "vv": abbreviations, or misreads), are no evidence either way.
        if (!/[A-Za-z]/.test(p.text) || isUpperCode(p.text) || (isLetters(p.text) && !/[aeiouy]/i.test(p.text))) continue;
        letterTokens++;
        invalid++;
      }
    }
    const noisy = letterTokens > 0 && invalid / letterTokens > NOISY_DOCUMENT;
    const knownNames = this.nameRuns.markedNames(lines, (i) => states[i] === 'marked');
    // Every line of a layer with garbled lines came from the garbling engine: its stripped lines show
    // the same confusions, and the marks left on some of their words ("thuéc") are misread too.
    const garbledLayer = states.includes('garbled');

    // Plan and decode each stretch of consecutive stripped lines as one sequence.
    const placed: Placed[][] = lines.map(() => []);
    const decodedStretches: Array<Array<Placed | null>> = [];
    let restoredSyllables = 0;
    let totalSyllables = 0;
    let i = 0;
    while (i < lines.length) {
      if (!decoded(states[i])) {
        totalSyllables += countSyllables(lines[i]!);
        i++;
        continue;
      }
      const slots: Slot[] = [];
      const sequence: Array<Placed | null> = [];
      let j = i;
      while (j < lines.length && decoded(states[j])) {
        const line = cleaned[j]!.line;
        const garbled = states[j] === 'garbled' || states[j] === 'mixed';
        const mixed = states[j] === 'mixed';
        let previousEnd = -1;
        for (const piece of pieces[j]!) {
          // A speck read as a stop or a dash between two words of a garbled layer ("hién.cac",
          // "manh.cta", "thu. hút") is no phrase boundary: the words stay one phrase to the model.
          // Nor is a stop before a small letter: sentences open with a capital.
          const gap = previousEnd >= 0 ? line.slice(previousEnd, piece.start) : '';
          const speck = garbledLayer && piece.afterPunct && previousEnd >= 0 && (/^\S$/.test(gap) || (/^[.:] ?$/.test(gap) && /^\p{Ll}/u.test(piece.text)));
          previousEnd = piece.end;
          // Inline markup ("<i>Vi mot quan" from a converted page) is no word: left as it is, and
          // punctuation to the model.
          const markup = isMarkupTag(line, piece);
          const reading = markup
            ? this.keep(PUNCT, piece.text)
            : garbled || this.misreadMarks(piece.text) || (garbledLayer && hasVietnameseMarks(piece.text))
              ? this.garbledReading(piece.text, mixed)
              : this.reading(piece.text, noisy, garbledLayer);
          if (piece.afterPunct && !speck && sequence.length) sequence.push(null);
          const p: Placed = { line: j, start: piece.start, end: piece.end, text: piece.text, reading, choice: 0, confidence: 1 };
          if (!markup || (sequence.length && sequence[sequence.length - 1] !== null)) sequence.push(p);
          placed[j]!.push(p);
        }
        if (sequence.length && /[.;:!?]\s*$/.test(line)) sequence.push(null);
        this.nameRuns.readNames(placed[j]!, line, knownNames);
        this.readUnits(placed[j]!, pieces[j]!);
        j++;
      }
      for (const p of sequence) slots.push(p ? p.reading.slot : PUNCT_SLOT);
      if (slots.length) {
        const decoded = viterbi(this.lm, slots, { scratch: this.scratch });
        sequence.forEach((p, at) => {
          if (!p) return;
          p.choice = decoded.choice[at]!;
          p.confidence = decoded.confidence[at]!;
        });
        decodedStretches.push(sequence);
      }
      for (let k = i; k < j; k++) {
        const n = placed[k]!.filter((p) => p.reading.forms.some((f) => f !== null)).length;
        restoredSyllables += n;
        totalSyllables += n;
      }
      i = j;
    }

    redecodeWithDocumentCache(this.lm, decodedStretches, this.scratch);
    restoreDocumentCodes(decodedStretches, lines, (i) => states[i] === 'marked');

    // Rebuild the text line for line, recording each change at its place in the output.
    const out: string[] = [];
    let offset = 0;
    for (let li = 0; li < lines.length; li++) {
      const { line, removed } = cleaned[li]!;
      if (!placed[li]!.length && !removed.length) {
        out.push(line);
        offset += line.length + 1;
        continue;
      }
      let built = '';
      let last = 0;
      let r = 0;
      const flushRemoved = (upTo: number) => {
        while (r < removed.length && removed[r]!.at <= upTo) {
          const at = offset + built.length + (removed[r]!.at - last);
          changes.push({ span: { start: at, end: at }, original: removed[r]!.text, replacement: '', kind: 'debris', confidence: 0.9 });
          r++;
        }
      };
      for (const p of placed[li]!) {
        const { reading } = p;
        const form = reading.forms[p.choice];
        if (form === null || form === undefined) continue;
        if (reading.digitRepair && p.confidence < DIGIT_REPAIR_CONFIDENCE) continue;
        const start = p.start + reading.from;
        const end = p.start + reading.to;
        const original = line.slice(start, end);
        // A marked word read as itself stays exactly as written (its case, its tone placement).
        if (reading.kinds[p.choice] !== 'abbreviation' && hasVietnameseMarks(original) && canonicalToneForm(original.toLowerCase()) === form) continue;
        flushRemoved(start);
        built += line.slice(last, start);
        const kind = reading.kinds[p.choice]!;
        const replacement = applyCase(original, kind === 'abbreviation' ? form : styleTones(form, tones));
        const at = offset + built.length;
        built += replacement;
        last = end;
        if (replacement !== original) {
          changes.push({
            span: { start: at, end: at + replacement.length },
            original,
            replacement,
            kind,
            confidence: Math.round(p.confidence * 1000) / 1000,
          });
        }
      }
      flushRemoved(Infinity);
      built += line.slice(last);
      out.push(built);
      offset += built.length + 1;
    }
    changes.sort((a, b) => a.span.start - b.span.start);
    const garbledLines = states.filter((s) => s === 'garbled' || s === 'mixed').length;
    return { text: out.join('\n'), changes, restoredSyllables, totalSyllables, strayMarks, garbledLines };
  }

  /** Unit type words before place names and in lists of units lean to the unit (units.ts). */
  private readUnits(line: Placed[], pieces: Piece[]): void {
    for (const [at, unit] of unitReadings(pieces)) leanTo(line[at]!, unit, UNIT_BIAS);
  }

  /** Whether a piece is a syllable, and a marked one; remembered, as words repeat throughout a document. */
  private pieceEvidence(text: string): number {
    let evidence = this.evidence.get(text);
    if (evidence === undefined) {
      evidence = isLetters(text) && this.inventory.has(foldVietnamese(text)) ? (hasVietnameseMarks(text) ? MARKED_SYLLABLE : PLAIN_SYLLABLE) : NOT_SYLLABLE;
      if (this.evidence.size > 200_000) this.evidence.clear();
      this.evidence.set(text, evidence);
    }
    return evidence;
  }

  /** Marked, stripped, foreign or undecided per line; undecided lines follow their decided neighbours. */
  lineStates(lines: string[]): LineState[] {
    let totalSyllables = 0;
    let totalMarked = 0;
    const scores: number[] = [];
    const wordCounts: number[] = [];
    const misreadCounts: number[] = [];
    const raw = lines.map((line, at): LineState => {
      let words = 0;
      let syllables = 0;
      let repairable = 0;
      let marked = 0;
      const signs: LineSigns = { words: 0, foreign: 0, badMarks: 0, rareBare: 0, unknown: 0 };
      let misread = 0;
      // A word broken by a line wrap ("Phư" / "ờng, Ủy viên"): its tail opening the line is no sign.
      const brokenHead = at > 0 && /^\p{L}/u.test(line) ? /\p{L}+$/u.exec(lines[at - 1]!)?.[0] : undefined;
      let first = true;
      const view = latinView(line);
      signs.foreign += view.lookAlikes;
      for (const text of pieceTexts(view.text)) {
        const sign = first && brokenHead && isValidSyllable((brokenHead + text).toLowerCase().normalize('NFC')) ? TokenSign.Neutral : this.tokenSignOf(text);
        first = false;
        if (sign === TokenSign.ForeignLetter) signs.foreign++;
        else if (sign === TokenSign.BadMarks) signs.badMarks++;
        else if (sign === TokenSign.RareBare) signs.rareBare++;
        const evidence = this.pieceEvidence(text);
        if (evidence !== NOT_SYLLABLE) {
          if (text.length > 1) words++;
          syllables++;
          if (evidence === MARKED_SYLLABLE) marked++;
          continue;
        }
        // Codes and abbreviations with digits or slashes (03/KH, Đ/c, CT/TW) are no evidence either way.
        if (!/[A-Za-zÀ-ỹĐđ]/.test(text) || isUpperCode(text) || /[0-9/]/.test(text)) continue;
        // Lone letters are list markers or specks, no evidence either way.
        if (text.length > 1) words++;
        const repairableHere = text.length > 1 && this.ocrCandidatesFor(text, 0) !== null;
        if (repairableHere) repairable++;
        // The engine confusions are a superset: asked only when the scan channel finds nothing.
        if (repairableHere || (text.length > 1 && this.ocrCandidatesFor(text, 0, true))) {
          // A misread word ("phiic", "cta") beside marked words is a sign of a garbling engine; codes
          // ("TTg", "Cd") and names ("Yang", "Dur Kmăl") are not: only lower-case words of three letters or more.
          if (sign === TokenSign.Neutral && text.length >= 3 && /^\p{Ll}+$/u.test(text)) {
            signs.rareBare++;
            misread++;
          }
        } else if (text.length > 1 && sign === TokenSign.Neutral) signs.unknown++;
      }
      totalSyllables += syllables;
      totalMarked += marked;
      signs.words = words;
      wordCounts.push(words);
      misreadCounts.push(misread);
      scores.push(garbledScore(signs));
      if (syllables === 0) return words ? 'unsure' : 'empty';
      const share = marked / syllables;
      if (share >= 0.2) return 'marked';
      // Text that is not Vietnamese (English, codes) is never "restored": most words must be
      // syllables, OCR-damaged ones counting for less.
      if (words >= 2 && (syllables + 0.75 * repairable) / words < VIETNAMESE_SHARE) return 'foreign';
      if (syllables >= 4 && share < 0.1) return 'stripped';
      return 'unsure';
    });
    // With no decided line near, the document's overall share of marked syllables decides.
    const documentDefault: LineState = totalMarked < 0.1 * Math.max(1, totalSyllables) ? 'stripped' : 'marked';
    const states = raw.map((s, i) => {
      if (s !== 'unsure') return s;
      const above = nearestDecided(raw, i, -1);
      const below = nearestDecided(raw, i, 1);
      if (above === 'stripped' || below === 'stripped') return 'stripped';
      if (above || below) return 'marked';
      return documentDefault;
    });
    return this.markGarbled(states, scores, wordCounts, misreadCounts);
  }

  /**
   * Marked lines that show the signs of a garbling engine (garbled.ts) are garbled; when enough of
   * a document's marked lines are, the whole text layer came from such an engine, and every marked
   * line of it is read as garbled (its right-looking marks may be wrong too: "Nhân đân").
   */
  private markGarbled(states: LineState[], scores: number[], words: number[], misread: number[]): LineState[] {
    let markedLines = 0;
    let garbledLines = 0;
    let strippedWords = 0;
    let strippedMisread = 0;
    for (let i = 0; i < states.length; i++) {
      if (states[i] === 'stripped') {
        strippedWords += words[i]!;
        strippedMisread += misread[i]!;
      }
      if (states[i] !== 'marked') continue;
      markedLines++;
      if (garbledAlone(scores[i]!, words[i]!)) garbledLines++;
    }
    // A layer whose bare lines are full of misread words came from an OCR engine; its lines with
    // marks (a column read with them, a header, "V/v bao dam … 1. Cô Hương gửi …") are that
    // engine's too, their bare words as likely stripped as the rest.
    const noisyLayer = strippedMisread >= 3 && strippedMisread >= NOISY_DOCUMENT * strippedWords;
    if (garbledLines === 0 && !(noisyLayer && markedLines > 0)) return states;
    const wholeDocument = garbledLines >= 2 && garbledLines >= GARBLED_DOCUMENT * markedLines;
    // In a garbled layer, a line too damaged to pass for Vietnamese ("riinh trat tu cudc bau cw") is
    // garbled too, unless its words are mostly of another language (score -1).
    return states.map((s, i): LineState => {
      if (s === 'marked' && garbledAlone(scores[i]!, words[i]!)) return 'garbled';
      if ((s === 'marked' || s === 'foreign') && wholeDocument && scores[i]! >= 0) return 'garbled';
      if (s === 'marked' && noisyLayer && scores[i]! >= 0) return 'mixed';
      return s;
    });
  }

  /** A word of a stripped line whose marks cannot be taken at their word ("thtrông", "cüa"). */
  private misreadMarks(text: string): boolean {
    const sign = this.tokenSignOf(text);
    return sign === TokenSign.ForeignLetter || sign === TokenSign.BadMarks;
  }

  /** The garbling sign of a piece (garbled.ts), remembered per text like its evidence. */
  private tokenSignOf(text: string): TokenSign {
    let sign = this.signs.get(text);
    if (sign === undefined) {
      sign = /^\p{L}+$/u.test(text) ? tokenSign(text, (key) => this.bareOdds(key)) : TokenSign.Neutral;
      if (this.signs.size > 200_000) this.signs.clear();
      this.signs.set(text, sign);
    }
    return sign;
  }

  /** How much rarer (log10) a key's bare reading is than its commonest one; large when the bare spelling is no syllable. */
  private bareOdds(key: string): number {
    const c = this.syllableCandidates(key);
    if (!c) return 0;
    const top = this.lm.frequency[c.slot.ids[0]!]!;
    const k = c.forms.indexOf(key);
    return k < 0 ? 99 : top - this.lm.frequency[c.slot.ids[k]!]!;
  }
}

/** log10 cost of reading the generic "é" of a garbled line as o or a rather than e. */
const GENERIC_VOWEL_COST = 0.5;

/** Keys with each "é" of the word read as o or a instead ("héi" → hoi, hai). */
function genericVowelKeys(lower: string, key: string): string[] {
  const out: string[] = [];
  for (let i = lower.indexOf('é'); i >= 0; i = lower.indexOf('é', i + 1)) {
    for (const vowel of ['o', 'a']) out.push(key.slice(0, i) + vowel + key.slice(i + 1));
  }
  return out;
}

/** Lower-case Roman numerals that are no syllable (vi, xi are: vì, xì). */
const ROMAN_NUMERAL = /^(?:i{2,3}|iv|vii{1,2}|ix|xii{1,2}|xiv|xvi{0,3}|xix|xx)$/;
/** Upper and lower case mixed other than a capitalised word: "TTg", "IoT", "eKYC". */
const MIXED_CASE = /^(?=.*\p{Lu})(?=.*\p{Ll})(?!\p{Lu}\p{Ll}+$)/u;
/** A document number and its type's code: "2437/QD", "15/HD". */
const NUMBERED_CODE = /^([0-9]+\/)([A-Z]{2,})$/;

/** Two or more capitals, then a capitalised word: "VPDang", "BCHDoan". */
const GLUED_CODE = /^([A-Z]{2,})([A-Z][a-z]+)$/;



/** The name of an HTML tag: "i" in "<i>", "b" in "</b>". */
function isMarkupTag(line: string, piece: Piece): boolean {
  if (line.charCodeAt(piece.end) !== 0x3e /* > */ || piece.text.length > 6) return false;
  const before = line.charCodeAt(piece.start - 1);
  return (before === 0x3c /* < */ || (before === 0x2f /* / */ && line.charCodeAt(piece.start - 2) === 0x3c)) && /^[a-z]+$/i.test(piece.text);
}

function nearestDecided(states: LineState[], from: number, step: number): LineState | null {
  for (let i = from + step; i >= 0 && i < states.length && Math.abs(i - from) <= 6; i += step) {
    if (states[i] === 'marked' || states[i] === 'stripped') return states[i]!;
  }
  return null;
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

function countSyllables(line: string): number {
  let n = 0;
  for (const p of splitPieces(line)) if (isLetters(p.text)) n++;
  return n;
}

/** Two or more letters, all upper case: an abbreviation or code (UBND, KH), or an upper-case word. */
function isUpperCode(text: string): boolean {
  const letters = text.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !/[0-9]/.test(text) && !syllableInventory().has(foldVietnamese(text));
}

function styleTones(form: string, tones: TonePlacement): string {
  if (tones === 'modern') return form;
  const { toneless, tone } = splitTone(form);
  return placeTone(toneless, tone, tones);
}

/** Carry the input's case pattern onto the restored form: HOI → HỘI, Hoi → Hội, hoi → hội. */
export function applyCase(raw: string, form: string): string {
  const letters = raw.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  if (!letters) return form;
  let upper = 0;
  for (const ch of letters) if (ch !== ch.toLowerCase()) upper++;
  if (letters.length >= 2 && upper >= 0.6 * letters.length) return form.toUpperCase();
  // Capitals at both ends: an upper-case word whose middle OCR read as lower-case letters ("MirC" = MỤC).
  const last = letters[letters.length - 1]!;
  if (letters.length >= 3 && upper >= 2 && raw[0] !== raw[0]!.toLowerCase() && last !== last.toLowerCase()) return form.toUpperCase();
  // "Ion" is a misread "lớn": a capital I read for l is no capital.
  if (raw[0] === 'I' && form[0] === 'l') return form;
  if (raw[0] !== raw[0]!.toLowerCase()) return form[0]!.toUpperCase() + form.slice(1);
  return form;
}
