// Whole-document restoration, in the order it happens: decide line by line whether marks are there,
// missing or garbled (line-states.ts); drop stray OCR marks from stripped lines (rebuild.ts); read
// every token of the lines to decode (token-readings.ts), with names, units and list markers
// weighed in; decode each stretch of consecutive lines with the language model (decode.ts), then
// again with what the document itself says (document-cache.ts); rebuild each line in the input's
// case (rebuild.ts). Correctly marked lines are returned as they are, so a stripped table inside a
// marked body is restored on its own; names the document spells with marks restore their bare copies.
// A line read as foreign among stripped lines has its runs of bare syllables decoded (foreign-runs.ts).
import type { TextChange } from '../../output/schema.js';
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import type { Confusion } from '../ocr-noise.js';
import type { TonePlacement } from '../syllables.js';
import { restoreDocumentCodes } from './acronyms.js';
import { capitalInSentence, loadCapitalOdds, type CapitalOdds } from './capital-words.js';
import { DecoderScratch, viterbi, type Slot } from './decode.js';
import { redecodeWithDocumentCache, redecodeWithDocumentWords } from './document-cache.js';
import { documentConfusions } from './document-confusions.js';
import { garbledView, latinView, unforeign } from './garbled.js';
import { caseSplit, gluedSplit, misreadGluedCuts, misreadThenCapitalisedSplit, numberThenWord, splitGluedPieces, wordThenNumber } from './glued-words.js';
import { joinSpeckedPieces, lostMarkClosesWord, withLostLetterEnds } from './speck-words.js';
import { crossbarView } from './misread-letters.js';
import { LineClassifier, NOISY_DOCUMENT, NOT_SYLLABLE, PLAIN_SYLLABLE, decoded, type LineState } from './line-states.js';
import { PUNCT, UNK, type SyllableLM } from './lm.js';
import { amongStripped, vietnameseRuns } from './foreign-runs.js';
import { fifthItemMarkers } from './list-markers.js';
import { readNumberWords } from './number-word.js';
import { dateWordCut, readDateWords } from './date-words.js';
import { FormulaFinder, applyFormulas, type Formula } from './formula-lines.js';
import { repairMisreadCodes } from './misread-codes.js';
import { NameRuns } from './name-runs.js';
import { loadNames, type NameModel } from './names.js';
import { loadPlaceNames, loadPlaceWords } from './place-words.js';
import { PUNCT_SLOT, leanTo, type Placed, type Reading } from './placed.js';
import { correctSlippedMarks, slippedMarksLayer } from './slipped-marks.js';
import { dropStrayMarks, rebuildText } from './rebuild.js';
import { TokenReader, isUpperCode, type Candidates } from './token-readings.js';
import { LINK, isLetters, linkSpans, splitPieces, type Piece } from './tokens.js';
import { unitReadings } from './units.js';

export { applyCase } from './rebuild.js';

export interface RestoreOptions {
  tones?: TonePlacement;
  /** Force every line to be treated as stripped (evaluation), instead of detecting it. */
  assumeStripped?: boolean;
  /**
   * The text was typed (a Word document, an RTF, a web page), never read by an OCR engine: a line
   * that looks garbled is foreign words or technical terms ("line spacing", "1cm"), left as it is.
   * Lines without marks are still restored.
   */
  typed?: boolean;
  /**
   * The text is this pipeline's own OCR (tesseract with its Vietnamese model): a line is read as
   * garbled only on its own signs, never because enough other lines were (a whole layer from an
   * engine without Vietnamese), nor as 'mixed' in a noisy layer.
   */
  ownOcr?: boolean;
}

/** What a restorer is built with, beyond its models. */
export interface RestorerOptions {
  /** The confusions of garbling engines weighed in garbled layers (default: the listed and the learned ones, engine-confusions.ts). */
  engineConfusions?: readonly Confusion[];
  /** The header formulas looked for letter by letter in a garbled layer (default HEADER_FORMULAS, formula-lines.ts; [] for none). */
  formulas?: readonly Formula[];
  /** Weight of the OCR channel's costs against the language model in a garbled layer (default GARBLED_CHANNEL_WEIGHT). */
  garbledChannelWeight?: number;
  /** Odds that a reading is capitalised inside a sentence (default: model/capital-words.json, capital-words.ts). */
  capitalOdds?: CapitalOdds;
  /** Where capitals inside a sentence lean the readings: every decoded line, garbled layers only, or none. */
  capitalLean?: 'all' | 'garbled' | 'none';
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

/** Least log10 frequency of the commonest reading of each half of a word split as two run together. */
const GLUED_HALF_FREQUENCY = -5;

/** Dearest channel reading (log10) of an upper-case word that makes it one misread word rather than two run together ("CHUTICH" read as "chuệch"). */
const ONE_WORD_COST = 3;

/** Dearest channel reading (log10) of each half of a word cut where its case changes ("chinhNhd"): debris ("iotNgbr") is not cut. */
const CASE_SPLIT_COST = 1.5;
/** The run garbled.ts's view writes for a glyph group's dotted vowel ("Tl}" → "Tỵỵ"). */
const GLYPH_NUCLEUS = /[ỵỴ]{2}/u;
/** Two words of two letters or more joined by an apostrophe. */
const APOSTROPHE_JOIN = /^(\p{L}{2,})['’](\p{L}{2,})$/u;

/** A stop, then no more than a few characters glued after it, closing a line ("này.l.1fu", "này./.'"). */
const STOP_AND_DEBRIS_AT_END = /\p{L}[.;:!?]\S{1,6}\s*$/u;

/** A layer with this many consonants standing alone, and this share of its words, comes from an engine that drops vowels. */
const DROPPING_LAYER_CONSONANTS = 4;
const DROPPING_LAYER_SHARE = 0.02;

/** Weight of the channel costs against the model in a garbled layer. */
const GARBLED_CHANNEL_WEIGHT = 1;
/** Where capitals inside a sentence lean the readings by default (capital-words.ts). */
const CAPITAL_LEAN = 'all';

/** log10 units a unit word's other readings lose before a place name or in a list of units. */
const UNIT_BIAS = 3;

/** A lost-letter mark glued after a letter ("Vi~t", "v~"): speck-words.ts. */
/** Lost-letter marks in a layer's stripped lines that show it is an engine's whatever its share of misread words. */
const ENGINE_LOST_MARKS = 2;
const LOST_LETTER_MARKS = /\p{L}~(?!~)|\p{Ll}@(?=[\p{Ll}\s]|$)/gu;

/** Lost-letter marks of a line ("Vi~t", "v@"); an e-mail address's @ is none (addresses are left out). */
export function lostLetterMarks(line: string): number {
  return (line.includes('@') ? line.replace(LINK, ' ') : line).match(LOST_LETTER_MARKS)?.length ?? 0;
}

/**
 * A small-letter word with one or two capitals after its first letter ("dQng", "kSt", "tiSp"): a
 * garbling engine's marked vowels, not a code (codes are mostly capitals: "CTrTT", "eKYC").
 */
function misreadCapitalShape(text: string): boolean {
  if (!/\p{Ll}\p{Lu}/u.test(text) || !/^\p{L}+$/u.test(text)) return false;
  const capitals = text.slice(1).replace(/[^\p{Lu}]/gu, '').length;
  return capitals <= 2 && capitals < text.length - 1 - capitals;
}

/** Share of non-syllable tokens in stripped lines beyond which a layer is read as an engine's (see restore). */
const ENGINE_NOISE = 0.2;

/**
 * A word with an engine's glyph for a marked vowel: a digit beside a small letter ("h6a", "6n"), a
 * small letter before a capital ("dQng", "viQc"), a lost-letter or stand-in symbol after a letter
 * ("Vi~t", "nguy€n", "c*"). Codes ("QH15", "A4") put digits beside capitals.
 */
const ENGINE_GLYPH = /\p{Ll}[0-9]|[0-9]\p{Ll}|\p{Ll}\p{Lu}|\p{L}[~@€§{*]/u;
/**
 * Share of a garbled layer's words with such a glyph from which its engine is one that misreads most
 * words: the layers of such engines in the tuning set hold 0.22-0.32, the re-OCRed and lightly garbled
 * ones 0.07 at most.
 */
const GLYPH_LAYER_SHARE = 0.12;
/** The valid-looking-word penalty in such a layer (token-readings.ts: GARBLED_VALID_OCR_PENALTY elsewhere). */
const GLYPH_LAYER_VALID_PENALTY = 0.75;

/** Share of the words of the lines `read` with an engine glyph (ENGINE_GLYPH). */
export function glyphShare(pieces: Piece[][], read: (line: number) => boolean): number {
  let words = 0;
  let glyphs = 0;
  pieces.forEach((linePieces, i) => {
    if (!read(i)) return;
    for (const p of linePieces) {
      if (!/\p{L}/u.test(p.text)) continue;
      words++;
      if (ENGINE_GLYPH.test(p.text)) glyphs++;
    }
  });
  return words ? glyphs / words : 0;
}

export class Restorer {
  /** How tokens are read (candidate caches); shared with the line classifier. */
  readonly reader: TokenReader;
  private readonly classifier: LineClassifier;
  private readonly nameRuns: NameRuns;
  /** The decoder's working memory, reused across this restorer's decodes. */
  readonly scratch = new DecoderScratch();

  constructor(
    readonly lm: SyllableLM,
    readonly names: NameModel = loadNames(),
    readonly placeWords: ReadonlyMap<string, string> = loadPlaceWords(),
    readonly placeNames: ReadonlyMap<string, string> = loadPlaceNames(),
    options: RestorerOptions = {},
  ) {
    this.reader = new TokenReader(lm, placeWords, options.engineConfusions);
    this.glyphLayerReader = new TokenReader(lm, placeWords, options.engineConfusions, GLYPH_LAYER_VALID_PENALTY, this.reader);
    this.formulas = new FormulaFinder(this.reader.engineConfusions, options.formulas);
    this.garbledChannelWeight = options.garbledChannelWeight ?? GARBLED_CHANNEL_WEIGHT;
    this.capitalOdds = options.capitalOdds ?? loadCapitalOdds();
    this.capitalLean = options.capitalLean ?? CAPITAL_LEAN;
    this.classifier = new LineClassifier(this.reader);
    this.nameRuns = new NameRuns(lm, names, placeNames);
    this.fifthItemReading = { slot: { ids: [lm.id('đ')], costs: [0] }, forms: ['đ'], kinds: ['diacritics'], from: 0, to: 1, digitRepair: false };
  }

  private readonly garbledChannelWeight: number;
  private readonly capitalOdds: CapitalOdds;
  private readonly capitalLean: 'all' | 'garbled' | 'none';
  /** How the words of a glyph-heavy layer are read (see GLYPH_LAYER_SHARE): its own caches. */
  private readonly glyphLayerReader: TokenReader;
  private readonly formulas: FormulaFinder;

  /** The letter of a fifth list item, "đ)". */
  private readonly fifthItemReading: Reading;

  /** Candidates of a syllable key, most frequent first (see TokenReader). */
  syllableCandidates(key: string): Candidates | null {
    return this.reader.syllableCandidates(key);
  }

  /** Marked, stripped, garbled, mixed, foreign or empty per line (see line-states.ts). */
  lineStates(lines: string[], ownOcr = false): LineState[] {
    return this.classifier.lineStates(lines, ownOcr);
  }

  /** The slips of a Vietnamese-reading engine in a marked line (line-states.ts). */
  markSlips(line: string): number {
    return this.classifier.markSlips(line);
  }

  restore(text: string, options: RestoreOptions = {}): RestoreResult {
    const tones = options.tones ?? 'modern';
    const lines = text.split('\n');
    const states = options.assumeStripped
      ? lines.map((l): LineState => (/[A-Za-zÀ-ỹĐđ]/.test(l) ? 'stripped' : 'empty'))
      : this.lineStates(lines, options.ownOcr).map((s): LineState => (options.typed && (s === 'garbled' || s === 'mixed') ? 'marked' : s));
    // Another engine's layer read with Vietnamese: its marked lines' slips are weighed again at the end (slipped-marks.ts).
    const slipped = !options.typed && !options.ownOcr && !options.assumeStripped && slippedMarksLayer(lines, states, (l) => this.classifier.markSlips(l));
    // Most documents already have their marks: nothing to decode, nothing to report but the slips.
    if (!states.some(decoded)) {
      const checked = slipped ? correctSlippedMarks(this.lm, text, states) : { text, changes: [] };
      return { text: checked.text, changes: checked.changes, restoredSyllables: checked.changes.length, totalSyllables: checked.changes.length ? lines.reduce((n, l) => n + countSyllables(l), 0) : 0, strayMarks: [], garbledLines: 0 };
    }
    const strayMarks: string[] = [];
    const changes: TextChange[] = [];

    // Drop stray marks in stripped lines first; the removals are reported as debris.
    const cleaned = dropStrayMarks(lines, (i) => states[i] === 'stripped', strayMarks);

    // Pieces of the Latin view: a Cyrillic look-alike inside a word ("Сông") is read as the letter it looks like.
    const pieces = cleaned.map((c, i) => (decoded(states[i]) ? splitPieces(latinView(c.line).text) : []));
    // Foreign lines among stripped ones: their runs of bare syllables are decoded (foreign-runs.ts).
    const partRuns = new Map<number, Set<number>>();
    states.forEach((s, i) => {
      if (s !== 'foreign' || !amongStripped(states, i)) return;
      const line = cleaned[i]!.line;
      const linePieces = splitPieces(line);
      const run = vietnameseRuns(line, linePieces, (t) => isLetters(t) && this.classifier.pieceEvidence(t) === PLAIN_SYLLABLE);
      if (!run.length) return;
      pieces[i] = linePieces;
      partRuns.set(i, new Set(run));
    });
    const readLine = (i: number): boolean => decoded(states[i]) || partRuns.has(i);

    // Noise level of the stripped text: share of letter tokens that are no syllable.
    let letterTokens = 0;
    let invalid = 0;
    let lostMarks = 0;
    for (let i = 0; i < lines.length; i++) {
      if (states[i] !== 'stripped') continue;
      for (const p of pieces[i]!) {
        if (this.classifier.pieceEvidence(p.text) !== NOT_SYLLABLE) {
          letterTokens++;
          continue;
        }
        // Upper-case codes, and words with no vowel ("bc", "vv": abbreviations, or misreads), are no evidence
        // either way; but a small-letter word with a capital inside ("dQng" = động, "kSt" = kết) is an engine's.
        if (!/[A-Za-z]/.test(p.text) || (!misreadCapitalShape(p.text) && (isUpperCode(p.text) || (isLetters(p.text) && !/[aeiouy]/i.test(p.text))))) continue;
        letterTokens++;
        invalid++;
      }
      // A letter the engine lost and wrote "~" for ("Vi~t" = Việt) leaves two valid-looking halves: the
      // mark is the evidence, one misread word each.
      const lost = lostLetterMarks(lines[i]!);
      letterTokens += lost;
      invalid += lost;
      lostMarks += lost;
    }
    const noisy = letterTokens > 0 && invalid / letterTokens > NOISY_DOCUMENT;
    // A stripped layer this damaged came from an engine that garbles Vietnamese, not from a clean
    // scan: its confusions ("twang" = trường, "cw" = cử) join the channel as in a garbled layer.
    // So did a layer with letters lost as "~" inside its words: no clean text writes "Vi~t" twice.
    const engineNoise = !options.typed && letterTokens > 0 && (invalid / letterTokens > ENGINE_NOISE || lostMarks >= ENGINE_LOST_MARKS);
    const knownNames = this.nameRuns.markedNames(lines, (i) => states[i] === 'marked');
    // Every line of a layer with garbled lines came from the garbling engine: its stripped lines show
    // the same confusions, and the marks left on some of their words ("thuéc") are misread too.
    const garbledLayer = states.includes('garbled') || engineNoise;
    // Only in such a layer is an ạ read as strokes round a semicolon ("m!;lnh" = mạnh): its lines are seen again with it.
    if (garbledLayer) {
      cleaned.forEach((c, i) => {
        if (!decoded(states[i])) return;
        const seen = garbledView(c.line).text;
        if (seen !== latinView(c.line).text) pieces[i] = splitPieces(seen);
      });
    }
    // A layer whose engine writes a glyph for most marked vowels ("h6a ch6t", "dQng", "Vi~t") misreads
    // its plain-looking words as often ("vin" = văn, "tinh" = tỉnh): those are read with a lower doubt
    // (the words a glued word is cut into read alike: a valid half's own readings cost nothing either way).
    const reader = garbledLayer && glyphShare(pieces, (i) => decoded(states[i])) >= GLYPH_LAYER_SHARE ? this.glyphLayerReader : this.reader;
    // Two syllables a garbling engine ran together ("HOAXA", "VIETNAM") are read as two (glued-words.ts).
    const gluedBefore = new Map<number, Set<number>>();
    if (garbledLayer) {
      const frequency = (k: string) => this.lm.frequency[reader.syllableCandidates(k)?.slot.ids[0] ?? UNK] ?? -99;
      // Halves the model has seen often enough: a rare key ("din") makes a misread word look like two.
      const isKey = (k: string) => reader.inventory.has(k) && frequency(k) >= GLUED_HALF_FREQUENCY;
      // A word the channel reads as one syllable ("Luaét" = Luật, "riinh" = ninh) is one misread word,
      // not two; `within`: readings dearer than this (log10) do not count.
      const oneWord = (text: string, within = Infinity) => {
        const r = reader.garbledReading(text);
        return r.forms.some((f, k) => f !== null && r.slot.costs[k]! <= within);
      };
      // The channel cost of a word's cheapest reading as a syllable (Infinity: none).
      const cheapestReading = (text: string) => {
        const r = reader.garbledReading(text);
        return r.forms.reduce((best, f, k) => (f !== null ? Math.min(best, r.slot.costs[k]!) : best), Infinity);
      };
      // A mark read as a stop or a comma inside a word ("tr.uc" = trực, "bu,ii" = buổi) is no cut (speck-words.ts).
      const syllableKey = (t: string) => reader.inventory.has(foldVietnamese(unforeign(t)));
      // A lost-letter mark inside a word ("hi~u" = hiệu) joins even halves that are words: no engine writes it between two.
      // But a mark after which a whole syllable follows, onset and vowel ("V@tang" = Về tăng), closed
      // the word before it: no syllable goes on past its coda into another vowel (lostMarkClosesWord).
      const speckJoin = (joined: string, left: string, right: string) =>
        (/[~@]/.test(joined) ? !lostMarkClosesWord(joined, left, right, syllableKey, oneWord) : !(syllableKey(left) && syllableKey(right))) && oneWord(joined);
      // Per line, where a word was cut off the start of a specked word: written back with a space.
      const headCuts = new Map<number, Set<number>>();
      pieces.forEach((linePieces, i) => {
        if (!decoded(states[i])) return;
        // The crossbar of a đ read as "<" ("<Iiic" = đốc): the line's words read again with the two strokes.
        const line = cleaned[i]!.line;
        const view = line.includes('<') || line.includes('f)') ? garbledView(line).text : '';
        const crossbars = view && crossbarView(view);
        const own = crossbars === view ? linePieces : splitPieces(crossbars);
        // A word run into a specked one ("hgpth\lc" = hợp thực) is cut off it first.
        const cuts = new Set<number>();
        const joined = own.length < 2 ? own : joinSpeckedPieces(line, own, speckJoin, { word: (head) => oneWord(head, CASE_SPLIT_COST), cuts, skip: linkSpans(line) });
        if (cuts.size) headCuts.set(i, cuts);
        pieces[i] = /[~@]/.test(line) ? withLostLetterEnds(line, joined, (word) => oneWord(word), linkSpans(line)) : joined;
      });
      pieces.forEach((linePieces, i) => {
        if (!decoded(states[i]) || !linePieces.length) return;
        // Asked only of words that split: the channel's reading is the dearer question. The words of an
        // e-mail or web address ("lamdong.gov.vn") are no words: never split.
        const links = linkSpans(cleaned[i]!.line);
        const split = splitGluedPieces(linePieces, (p) => {
          if (links.some(([from, to]) => p.start >= from && p.end <= to)) return -1;
          // A date word run into its figure ("thimg9 nirm 2020" = tháng 9 năm 2020): the word and the figure.
          const dateCut = dateWordCut(cleaned[i]!.line, p.start, p.text);
          if (dateCut > 0) return dateCut;
          // A small-letter word run into a number ("ndm2023" = năm 2023): the word and the number.
          const number = wordThenNumber(p.text);
          if (number > 0) return oneWord(p.text.slice(0, number), ONE_WORD_COST) ? number : -1;
          // A number run into the word after it ("6thdng" = … tháng): the number and the word.
          const numberFirst = numberThenWord(p.text);
          if (numberFirst > 0) return !oneWord(p.text) && oneWord(p.text.slice(numberFirst), ONE_WORD_COST) ? numberFirst : -1;
          // Two words run together across a change of case ("chinhNhd", "UBNDtinh"): each read alone.
          // Two words joined by a speck read as an apostrophe ("théng'tin" = thông tin, "cha'tri" = chủ trì),
          // when the whole is no word (a horn read as one, "thu'ong" = thương, is): the speck goes with the first.
          const apostrophe = APOSTROPHE_JOIN.exec(p.text);
          if (apostrophe) {
            const cut = apostrophe[1]!.length + 1;
            // A glyph group's vowel before it ("Tl}'do" = Tự do, garbled.ts) is a whole nucleus: a vowel after it opens another syllable.
            const twoNuclei = GLYPH_NUCLEUS.test(apostrophe[1]!) && /[aeiouy]/i.test(apostrophe[2]!);
            return (twoNuclei || !oneWord(p.text)) && oneWord(p.text.slice(0, cut), CASE_SPLIT_COST) && oneWord(p.text.slice(cut), CASE_SPLIT_COST) ? cut : -1;
          }
          // A misread word run into a capitalised one ("dOcSa" = đốc Sở): the two, when the whole only strains to read.
          const misreadThenCapital = misreadThenCapitalisedSplit(p.text, cheapestReading);
          if (misreadThenCapital > 0) return misreadThenCapital;
          const byCase = caseSplit(p.text);
          if (byCase > 0) return oneWord(p.text.slice(byCase), CASE_SPLIT_COST) && (isUpperCode(p.text.slice(0, byCase)) || oneWord(p.text.slice(0, byCase), CASE_SPLIT_COST)) ? byCase : -1;
          const at = gluedSplit(p.text, isKey, (l, r) => frequency(l) + frequency(r));
          // An upper-case heading's words run together ("CHUTICH") are two even when the channel
          // reaches some rare syllable from all their letters; a small-letter word ("robot") is not cut so.
          if (at > 0) return !oneWord(p.text, p.text === p.text.toUpperCase() ? ONE_WORD_COST : Infinity) ? at : -1;
          // Two or three misread words run together ("dQngtinh" = động tỉnh, "dAylUicac" = đẩy lùi các): cut
          // where every part reads cheaply through the channel, when the whole reads as no word at all.
          return misreadGluedCuts(p.text, cheapestReading);
        });
        // A word taken with its lost-letter mark and run into the next one ("v@xaydvng" = về xây dựng): two words.
        split.pieces.forEach((p, k) => {
          const before = split.pieces[k - 1];
          if (before && before.end === p.start && (/[~@]$/.test(before.text) || headCuts.get(i)?.has(p.start))) split.gluedBefore.add(k);
        });
        if (!split.gluedBefore.size) return;
        pieces[i] = split.pieces;
        gluedBefore.set(i, split.gluedBefore);
      });
    }
    // An engine that drops the hatted vowels of a layer ("ni b trong h thng", "s 58/2014") leaves
    // many consonants standing alone: there each is read as a word as readily as kept.
    let loneConsonants = 0;
    let layerWords = 0;
    if (garbledLayer) {
      pieces.forEach((linePieces, i) => {
        if (!decoded(states[i])) return;
        layerWords += linePieces.length;
        for (const p of linePieces) if (isLoneConsonant(cleaned[i]!.line, p)) loneConsonants++;
      });
    }
    const droppingLayer = loneConsonants >= DROPPING_LAYER_CONSONANTS && loneConsonants >= DROPPING_LAYER_SHARE * layerWords;
    // "d)" after "d)" in a list is "đ)" (list-markers.ts).
    const fifthItems = fifthItemMarkers(cleaned.map((c) => c.line));

    // Plan and decode each stretch of consecutive stripped lines as one sequence.
    const placed: Placed[][] = lines.map(() => []);
    const decodedStretches: Array<Array<Placed | null>> = [];
    let restoredSyllables = 0;
    let totalSyllables = 0;
    let i = 0;
    while (i < lines.length) {
      if (!readLine(i)) {
        totalSyllables += countSyllables(lines[i]!);
        i++;
        continue;
      }
      const slots: Slot[] = [];
      const sequence: Array<Placed | null> = [];
      let j = i;
      while (j < lines.length && readLine(j)) {
        const line = cleaned[j]!.line;
        const runs = partRuns.get(j);
        const garbled = states[j] === 'garbled' || states[j] === 'mixed';
        const mixed = states[j] === 'mixed';
        let previousEnd = -1;
        const links = linkSpans(line);
        for (const [k, piece] of pieces[j]!.entries()) {
          // Outside a foreign line's Vietnamese runs: left as written, a phrase boundary to the model.
          if (runs && !runs.has(k)) {
            if (sequence.length && sequence[sequence.length - 1] !== null) sequence.push(null);
            previousEnd = -1;
            continue;
          }
          // A speck read as a stop or a dash between two words of a garbled layer ("hién.cac",
          // "manh.cta", "thu. hút") is no phrase boundary: the words stay one phrase to the model.
          // Nor is a stop before a small letter: sentences open with a capital.
          const gap = previousEnd >= 0 ? line.slice(previousEnd, piece.start) : '';
          const speck = garbledLayer && piece.afterPunct && previousEnd >= 0 && (/^\S$/.test(gap) || (/^[.:] ?$/.test(gap) && /^\p{Ll}/u.test(piece.text)));
          previousEnd = piece.end;
          // Inline markup ("<i>Vi mot quan" from a converted page) and the parts of an e-mail or web
          // address ("info@abc.vn") are no words: left as they are, and punctuation to the model.
          const markup = isMarkupTag(line, piece) || isEmailPrefix(line, piece) || isSmallLetterSymbol(line, piece) || isCitedSymbolPart(line, piece) || links.some(([from, to]) => piece.start >= from && piece.end <= to);
          const read = markup
            ? this.reader.keep(PUNCT, piece.text)
            : fifthItems.has(`${j}:${piece.start}`)
              ? this.fifthItemReading
              : (garbled || (garbledLayer && states[j] === 'stripped')) && isLoneZero(line, piece)
              ? reader.loneZeroReading()
              : (garbled || (garbledLayer && states[j] === 'stripped')) && isLoneConsonant(line, piece)
              ? reader.loneConsonantReading(piece.text, droppingLayer)
              : garbled || this.classifier.misreadMarks(piece.text) || (garbledLayer && hasVietnameseMarks(piece.text))
              ? reader.garbledReading(piece.text, mixed)
              : reader.reading(piece.text, noisy, garbledLayer);
          // A capital inside a sentence speaks for the readings that open a name ("Se" = Sở, not sẽ).
          const lean = this.capitalLean === 'all' || (this.capitalLean === 'garbled' && garbledLayer);
          const reading = lean && !markup && capitalInSentence(line, pieces[j]!, k) ? this.capitalOdds.lean(read) : read;
          if (piece.afterPunct && !speck && sequence.length) sequence.push(null);
          const p: Placed = { line: j, start: piece.start, end: piece.end, text: piece.text, reading, choice: 0, confidence: 1 };
          if (gluedBefore.get(j)?.has(k)) p.spaceBefore = true;
          if (!markup || (sequence.length && sequence[sequence.length - 1] !== null)) sequence.push(p);
          placed[j]!.push(p);
        }
        if (sequence.length && endsSentence(line, garbledLayer)) sequence.push(null);
        this.nameRuns.readNames(placed[j]!, line, knownNames, garbledLayer ? (t) => reader.ocrCandidatesFor(t, 0, true) : undefined);
        // A foreign line places only its runs' pieces: the unit rules read those alone.
        this.readUnits(placed[j]!, runs ? pieces[j]!.filter((_, k) => runs.has(k)) : pieces[j]!);
        // The short word before a document's number in a garbling engine's layer is "số" (number-word.ts).
        if (garbledLayer) readNumberWords(this.lm, placed[j]!, line);
        // So are the words of a date between its figures: "ngày", "tháng", "năm" (date-words.ts).
        if (garbledLayer) readDateWords(this.lm, placed[j]!, line);
        j++;
      }
      for (const p of sequence) slots.push(p ? p.reading.slot : PUNCT_SLOT);
      if (slots.length) {
        const decoded = viterbi(this.lm, slots, { scratch: this.scratch, channelWeight: garbledLayer ? this.garbledChannelWeight : 1 });
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
    if (garbledLayer) redecodeWithDocumentWords(this.lm, decodedStretches, this.scratch, documentConfusions(decodedStretches) ?? undefined);
    restoreDocumentCodes(decodedStretches, lines, (i) => states[i] === 'marked');
    if (garbledLayer) repairMisreadCodes(decodedStretches, lines, this.lm, reader === this.glyphLayerReader);

    const rebuilt = rebuildText(cleaned, placed, tones, changes, garbledLayer);
    // A garbling engine's header: its formulas found letter by letter where words failed (formula-lines.ts).
    const withFormulas = garbledLayer ? applyFormulas(text, rebuilt, changes, this.formulas, (i) => states[i] !== 'marked' && states[i] !== 'empty') : { text: rebuilt, changes };
    const garbledLines = states.filter((s) => s === 'garbled' || s === 'mixed').length;
    const checked = slipped ? correctSlippedMarks(this.lm, withFormulas.text, states) : { text: withFormulas.text, changes: [] };
    const allChanges = checked.changes.length ? [...withFormulas.changes, ...checked.changes].sort((a, b) => a.span.start - b.span.start) : withFormulas.changes;
    return { text: checked.text, changes: allChanges, restoredSyllables: restoredSyllables + checked.changes.length, totalSyllables, strayMarks, garbledLines };
  }

  /** Unit type words before place names and in lists of units lean to the unit (units.ts). */
  private readUnits(line: Placed[], pieces: Piece[]): void {
    for (const [at, unit] of unitReadings(pieces)) leanTo(line[at]!, unit, UNIT_BIAS);
  }

}

/**
 * Whether a line ends a sentence, so that the next line is no continuation of it: a stop at its end;
 * in a garbled layer also a stop with a little debris glued after it (the "./." closing every
 * document read as ".l.1fu").
 */
export function endsSentence(line: string, garbledLayer: boolean): boolean {
  return /[.;:!?]\s*$/.test(line) || (garbledLayer && STOP_AND_DEBRIS_AT_END.test(line));
}

/**
 * A consonant letter standing alone as a word of a line ("trong h thng", "s 10/2012"): not a list
 * marker ("b)", "(d)", "c."), nor a letter of a code or an initial ("A/B", "X-quang", "N. V. An", "Lê Thị H").
 */
export function isLoneConsonant(line: string, piece: Piece): boolean {
  if (piece.text.length !== 1 || !/[bcdđghklmnpqrstvx]/i.test(piece.text)) return false;
  // A capital after a capitalised word is a name's initial ("Nguyễn Văn T", "Lê Thị H").
  if (/\p{Lu}/u.test(piece.text) && /(?<!\p{L})\p{Lu}\p{Ll}+\s+$/u.test(line.slice(Math.max(0, piece.start - 24), piece.start))) return false;
  const before = line[piece.start - 1] ?? ' ';
  const after = line[piece.end] ?? ' ';
  return /\s/.test(before) && (/\s/.test(after) || (after === ',' || after === ';') && piece.end < line.length - 1);
}

/**
 * A 0 standing alone, one space either side, between two words of small letters ("khi 0 tinh", "nhd 0 c6ng nhdn"): in a
 * garbled line, the figure or a vowel word the engine wrote round (TokenReader.loneZeroReading). Not beside figures
 * ("0 0 1"), in a gap of columns, after a capital word or a sign.
 */
export function isLoneZero(line: string, piece: Piece): boolean {
  return piece.text === '0' && line[piece.start - 1] === ' ' && line[piece.end] === ' ' && /\p{Ll}/u.test(line[piece.start - 2] ?? '') && /\p{Ll}/u.test(line[piece.end + 1] ?? '');
}

/** The "e" of "e-mail" ("E-mail:", "(e-mail)"): no "ê". */
function isEmailPrefix(line: string, piece: Piece): boolean {
  return (piece.text === 'e' || piece.text === 'E') && /^-mail\b/i.test(line.slice(piece.end, piece.end + 6));
}

/**
 * A piece of a document symbol an OCR dump wrote in small letters ("nd-cp", "qđ-ttg", "q1-ttg",
 * "qđ-bgdđt" of "… số 37 2025 nd-cp"): parts joined by hyphens, each either letters with no vowel
 * or holding a figure. No Vietnamese word is such a run; restored, it would become words
 * ("nó-có"). Left as written. (Codes in capitals are read as codes elsewhere.)
 */
function isSmallLetterSymbol(line: string, piece: Piece): boolean {
  if (line.charAt(piece.end) !== '-' && line.charAt(piece.start - 1) !== '-') return false;
  if (piece.end - piece.start > SYMBOL_PART_MAX) return false;
  // The walk stops past the longest symbol (4 parts of 8): a longer run ("ba-ba-ba-…") is none, and
  // walking all of it for each of its pieces would cost its length squared.
  const longest = SYMBOL_PARTS_MAX * (SYMBOL_PART_MAX + 1) - 1;
  let from = piece.start;
  while (from > 0 && /[\p{L}\d-]/u.test(line.charAt(from - 1))) if (piece.end - --from > longest) return false;
  let to = piece.end;
  while (to < line.length && /[\p{L}\d-]/u.test(line.charAt(to))) if (++to - from > longest) return false;
  const parts = line.slice(from, to).split('-');
  // The first part may carry the slash before it read as an i or l ("2827 iqđ-bgdđt" = 2827/QĐ-BGDĐT),
  // or be a q whose Đ was misread ("1766 qe-bgddt"): no syllable has a q without its u.
  return parts.length >= 2 && parts.length <= SYMBOL_PARTS_MAX && parts.every((part, k) => part.length >= 1 && part.length <= SYMBOL_PART_MAX && (/\d/.test(part) || vowelless(part) || (k === 0 && part.length >= 3 && /^[il]/.test(part) && vowelless(part.slice(1))) || (k === 0 && /^q[^u\s]?$/.test(part))));
}

/**
 * The issuer's part of a cited number's symbol, after its type code ("TTg" of "58/2009/QD-TTg", "THU" of
 * "3558/BHXH-THU"): a code, never a word to read marks into ("QĐ-THÌ", "BHXH-TỪ"), however noisy the layer.
 * (A part in capitals with a D is read as a code, its Đ put back: "HDTDKT" is HĐTĐKT.)
 */
function isCitedSymbolPart(line: string, piece: Piece): boolean {
  return (
    piece.end - piece.start <= SYMBOL_PART_MAX &&
    /^[\p{L}\d]+$/u.test(piece.text) &&
    /\p{Lu}/u.test(piece.text) &&
    (/\p{Ll}/u.test(piece.text) || !/D/.test(piece.text)) &&
    CITED_TYPE_CODE.test(line.slice(Math.max(0, piece.start - 24), piece.start))
  );
}

/** A cited number up to its type code and hyphen: "58/2009/QD-", "240/QĐ-". */
const CITED_TYPE_CODE = /(?<![\p{L}\d])\d{1,5}(?:\/(?:19|20)\d\d)?\/[A-ZĐ]{1,4}-$/u;

/** A small-letter symbol's parts: at most four ("q1-ttg", "qđ-bgdđt"), each at most eight letters or figures. */
const SYMBOL_PARTS_MAX = 4;
const SYMBOL_PART_MAX = 8;

const vowelless = (part: string): boolean => /^\p{Ll}+$/u.test(part) && !/[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u.test(part);

/** The name of an HTML tag: "i" in "<i>", "b" in "</b>". */
function isMarkupTag(line: string, piece: Piece): boolean {
  if (line.charCodeAt(piece.end) !== 0x3e /* > */ || piece.text.length > 6) return false;
  const before = line.charCodeAt(piece.start - 1);
  return (before === 0x3c /* < */ || (before === 0x2f /* / */ && line.charCodeAt(piece.start - 2) === 0x3c)) && /^[a-z]+$/i.test(piece.text);
}

function countSyllables(line: string): number {
  let n = 0;
  for (const p of splitPieces(line)) if (isLetters(p.text)) n++;
  return n;
}
