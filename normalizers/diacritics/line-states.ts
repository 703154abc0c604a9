// Which lines need restoring. Each line is marked (left alone), stripped (marks missing: decoded),
// garbled or mixed (an OCR engine without Vietnamese made it: decoded with its marks doubted, see
// garbled.ts), foreign (not Vietnamese), or empty; lines that cannot tell follow their neighbours.
import { foldVietnamese, hasVietnameseMarks } from '../fold.js';
import { canonicalToneForm, isValidSyllable, syllableInventory } from '../syllables.js';
import { TokenSign, garbledAlone, garbledScore, latinView, tokenSign, type LineSigns } from './garbled.js';
import { gluedSplit } from './glued-words.js';
import { isUpperCode, type TokenReader } from './token-readings.js';
import { LINK, isLetters, mayHoldLink, pieceTexts } from './tokens.js';

/**
 * 'garbled': marks that cannot be trusted (garbled.ts); 'mixed': a marked line of an OCR layer whose
 * bare lines are noisy, read like a garbled one but with its well-formed marks trusted more (a
 * column or an overlay printed with marks beside bare OCR text).
 */
export type LineState = 'marked' | 'stripped' | 'garbled' | 'mixed' | 'unsure' | 'empty' | 'foreign';
/** Lines the decoder reads: stripped ones, and garbled and mixed ones. */
export const decoded = (state: LineState | undefined): boolean => state === 'stripped' || state === 'garbled' || state === 'mixed';
export const NOT_SYLLABLE = 0;
export const PLAIN_SYLLABLE = 1;
export const MARKED_SYLLABLE = 2;
/** Above this share of non-syllable tokens in stripped lines, valid tokens may be OCR errors too. */
export const NOISY_DOCUMENT = 0.04;
/** A line is Vietnamese without marks when this share of its words reads as syllables. */
const VIETNAMESE_SHARE = 0.8;
/** Letters of a plain word no channel reads that makes it another language's (see foreignLooking). */
const LONG_FOREIGN_WORD = 6;
/** Share of vowels in such a word: another language alternates them; an engine's run-together words lack them ("cdchhdnh", "xaydvng"). */
const FOREIGN_WORD_VOWELS = 0.33;
/** Such words in a line that make it another language's line, not a garbling engine's. */
const FOREIGN_LINE_LONG_WORDS = 2;

/**
 * A long plain ASCII word with vowels between its consonants ("consectetur", "exercitation"), asked
 * of words no channel reads; not one a garbling engine ran together from syllables ("thuchien",
 * "quanlyduan"), which cuts into Vietnamese syllables.
 */
function foreignLooking(text: string): boolean {
  if (text.length < LONG_FOREIGN_WORD || !/^[A-Z]?[a-z]+$/.test(text)) return false;
  const vowels = text.replace(/[^aeiouyAEIOUY]/g, '').length;
  return vowels >= FOREIGN_WORD_VOWELS * text.length && !cutsIntoSyllables(text.toLowerCase());
}

/** Longest plain syllable ("nghieng"). */
const LONGEST_SYLLABLE = 7;

/** Whether `word` (plain, lower case) is a run of two or more plain Vietnamese syllables: linear in its length. */
function cutsIntoSyllables(word: string): boolean {
  const inventory = syllableInventory();
  // ends[i]: the letters before i make a run of syllables.
  const ends = [true, ...Array<boolean>(word.length).fill(false)];
  for (let i = 1; i <= word.length; i++) {
    for (let from = Math.max(0, i - LONGEST_SYLLABLE); from < i && !ends[i]; from++) ends[i] = ends[from]! && (i - from < word.length) && inventory.has(word.slice(from, i));
  }
  return ends[word.length]!;
}
/** Upper-case word of six letters or more, two vowel groups apart (no syllable: checked after evidence). */
/** Words only English writes (none a Vietnamese syllable as an engine garbles it). */
const ENGLISH_WORDS = /\b(?:the|of|and|is|are|was|for|with|this|that|from|which|have|has|will)\b/i;
const ENGLISH_CAPS = /^(?=[A-Z]{6,}$)[B-DF-HJ-NP-TV-Z]*[AEIOUY]+[B-DF-HJ-NP-TV-Z]+[AEIOUY]/;
/** Below this share of words written as syllables, a line that reads as Vietnamese only through the engine confusions is garbled. */
const ENGINE_LINE_SYLLABLES = 0.5;
/** Words only the engine confusions read that make a line of syllables an engine's when no other word is foreign. */
const ENGINE_READ_WORDS = 2;
/** A word with a digit between its letters and small letters after it ("D6ng", "tru6c"); not "B0", "CO2", "m2". */
const DIGIT_IN_WORD = /^\p{L}\p{Ll}*\d\p{Ll}+$/u;
/** Share of a document's marked lines that must be garbled for all of them to be read as garbled. */
const GARBLED_DOCUMENT = 0.1;

/** Decides line states; remembers each piece's evidence and garbling sign, as words repeat. */
export class LineClassifier {
  private readonly signs = new Map<string, TokenSign>();
  private readonly evidence = new Map<string, number>();

  constructor(private readonly reader: TokenReader) {}

  /**
   * A syllable, or a capitalised word of a highland place name ("Dak Lak", "Krong Pac"): those are
   * no standard syllables, but a line naming the province is Vietnamese all the same.
   */
  private isWord(text: string): boolean {
    const key = foldVietnamese(text);
    return this.reader.inventory.has(key) || (text.length > 1 && /^\p{Lu}/u.test(text) && this.reader.placeWords.has(key));
  }

  /** Whether a piece is a syllable, and a marked one; remembered, as words repeat throughout a document. */
  pieceEvidence(text: string): number {
    let evidence = this.evidence.get(text);
    if (evidence === undefined) {
      evidence = isLetters(text) && this.isWord(text) ? (hasVietnameseMarks(text) ? MARKED_SYLLABLE : PLAIN_SYLLABLE) : NOT_SYLLABLE;
      if (this.evidence.size > 200_000) this.evidence.clear();
      this.evidence.set(text, evidence);
    }
    return evidence;
  }

  /**
   * Marked, stripped, foreign or undecided per line; undecided lines follow their decided
   * neighbours. `ownOcr`: lines of our own OCR, judged garbled one by one only (see markGarbled).
   */
  lineStates(lines: string[], ownOcr = false): LineState[] {
    let totalSyllables = 0;
    let totalMarked = 0;
    const scores: number[] = [];
    const wordCounts: number[] = [];
    const misreadCounts: number[] = [];
    const foreignWordCounts: number[] = [];
    /** Lines read as the engine's only because their non-syllable words all read through its confusions. */
    const engineReadLines = new Set<number>();
    const raw = lines.map((line, at): LineState => {
      let words = 0;
      let syllables = 0;
      let repairable = 0;
      /** Words only the garbling engines' confusions make syllables of ("Dc", "Hnh", "Ip"). */
      let engineOnly = 0;
      let marked = 0;
      const signs: LineSigns = { words: 0, foreign: 0, badMarks: 0, rareBare: 0, unknown: 0 };
      let misread = 0;
      let codes = 0;
      /** Long plain words no channel reads ("consectetur", "exercitation"): another language's. */
      let longUnknown = 0;
      // A word broken by a line wrap ("Phư" / "ờng, Ủy viên"): its tail opening the line is no sign.
      const brokenHead = at > 0 && /^\p{L}/u.test(line) ? /\p{L}+$/u.exec(lines[at - 1]!)?.[0] : undefined;
      let first = true;
      // An e-mail or web address is no evidence of the line's language.
      const view = latinView(withoutLinks(line));
      signs.foreign += view.lookAlikes;
      // Consonants standing alone between words ("ni b trong h thng"): what an engine that drops
      // hatted vowels leaves of "bộ", "hệ"; typed text has them only as list markers, initials or units.
      // One alone is a list item cited ("điểm b của"): only the second and later count.
      signs.rareBare += Math.max(0, loneConsonantWords(view.text) - 1);
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
        // Codes and abbreviations with digits or slashes (03/KH, Đ/c, CT/TW), or a capital after a
        // small letter (TTg, PTTgCP, a site name "ThuVienPhapLuat"), are no evidence either way.
        // An upper-case word of six letters or more with vowels between its consonants ("ATTACHED",
        // "DOCUMENT") is a word of another language, not a code (UBND, HĐND, TTHC have none).
        // Two syllables an engine ran together ("VIETNAM", "NGHIAVIET") are no English word.
        if (ENGLISH_CAPS.test(text) && gluedSplit(text, (k) => this.reader.inventory.has(k), () => 0) < 0) {
          words++;
          continue;
        }
        // A small-letter word with a capital vowel inside ("dQng", "viQc") is a garbling engine's misread word.
        if (/\p{Ll}\p{Lu}/u.test(text) && this.reader.misreadCapitalReading(text)) {
          words++;
          engineOnly++;
          misread++;
          signs.rareBare++;
          continue;
        }
        if (!/[A-Za-zÀ-ỹĐđ]/.test(text) || isUpperCode(text) || /[0-9/]/.test(text) || /\p{Ll}\p{Lu}/u.test(text)) {
          if (isUpperCode(text)) codes++;
          // A digit between letters ("D6ng", "th6ng"): an engine's misread word, no code; a line of
          // such words alone follows its neighbours rather than being left as empty.
          if (DIGIT_IN_WORD.test(text)) codes++;
          continue;
        }
        // Lone letters are list markers or specks, no evidence either way.
        if (text.length > 1) words++;
        const repairableHere = text.length > 1 && this.reader.ocrCandidatesFor(text, 0) !== null;
        if (repairableHere) repairable++;
        // The engine confusions are a superset: asked only when the scan channel finds nothing.
        const engineHere = !repairableHere && text.length > 1 && this.reader.ocrCandidatesFor(text, 0, true) !== null;
        // Codes ("TTg", "PTTg") are no misread words: only small or capitalised ones count.
        if (engineHere && /^\p{Lu}?\p{Ll}+$/u.test(text)) engineOnly++;
        if (repairableHere || engineHere) {
          // A misread word ("phiic", "cta") beside marked words is a sign of a garbling engine; codes
          // ("TTg", "Cd") and names ("Yang", "Dur Kmăl") are not: only lower-case words of three letters or more.
          if (sign === TokenSign.Neutral && text.length >= 3 && /^\p{Ll}+$/u.test(text)) {
            signs.rareBare++;
            misread++;
          }
        } else if (text.length > 1 && sign === TokenSign.Neutral) {
          signs.unknown++;
          if (foreignLooking(text)) longUnknown++;
        }
      }
      totalSyllables += syllables;
      totalMarked += marked;
      signs.words = words;
      wordCounts.push(words);
      misreadCounts.push(misread);
      foreignWordCounts.push(longUnknown);
      scores.push(garbledScore(signs));
      // A line of codes alone ("QĐ", "PL QĐ" in a table) is read like its neighbours: stripped among
      // stripped lines, where its codes lost their Đ too.
      if (syllables === 0) return words || codes ? 'unsure' : 'empty';
      const share = marked / syllables;
      if (share >= 0.2) return 'marked';
      // Text that is not Vietnamese (English, codes) is never "restored": most words must be
      // syllables, OCR-damaged ones counting for less.
      if (words >= 2 && (syllables + 0.75 * repairable) / words < VIETNAMESE_SHARE) {
        // Few words syllables as written, but every one once read through the confusions of engines
        // that garble Vietnamese, some only through them ("Dc Ip - Tir do - Hnh phiic"): such an
        // engine's line, not another language. A line mostly of syllables with a few words of another
        // language ("chat huu co, sulfur, Cu, Pb, Zn") stays foreign: its Vietnamese runs are read apart.
        const engineWords = repairable + engineOnly;
        // Two long plain words that no channel reads are another language's ("Lorem ipsum dolor sit amet,
        // consectetur adipiscing"), whatever its short words look like through the confusions; a garbling
        // engine runs two words together now and then ("xaydvng"), but glyphs mark its long ones.
        // A line mostly of syllables whose every other word reads through the engine confusions
        // ("Qu6c h<)ivS kS ho?ch phat triSn kinh tS": kế, triển, tế) is the engine's too: no word of
        // another language is left in it to make it foreign.
        const engineRead = signs.unknown === 0 && longUnknown === 0 && engineOnly >= ENGINE_READ_WORDS;
        const engineLine =
          (syllables < ENGINE_LINE_SYLLABLES * words || engineRead) &&
          engineOnly >= 1 &&
          misread + engineOnly >= 2 &&
          syllables + engineWords >= VIETNAMESE_SHARE * words &&
          longUnknown < FOREIGN_LINE_LONG_WORDS;
        if (engineLine && syllables >= ENGINE_LINE_SYLLABLES * words) engineReadLines.add(at);
        return engineLine && garbledScore(signs) >= 0 ? 'garbled' : 'foreign';
      }
      if (syllables >= 4 && share < 0.1) return 'stripped';
      return 'unsure';
    });
    // Lines mostly of syllables are the engine's only in a layer whose other lines show the engine already (a line
    // read as garbled by the rule above): alone, they could as well be a stripped text's with a few codes in it.
    if (!raw.some((s, i) => s === 'garbled' && !engineReadLines.has(i))) for (const i of engineReadLines) if (raw[i] === 'garbled') raw[i] = 'foreign';
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
    return this.markGarbled(states, scores, wordCounts, misreadCounts, ownOcr, lines, foreignWordCounts, engineReadLines);
  }

  /**
   * Marked lines that show the signs of a garbling engine (garbled.ts) are garbled; when enough of
   * a document's marked lines are, the whole text layer came from such an engine, and every marked
   * line of it is read as garbled (its right-looking marks may be wrong too: "Nhân đân").
   */
  private markGarbled(states: LineState[], scores: number[], words: number[], misread: number[], ownOcr: boolean, lines: string[], foreignWords: number[], engineRead: ReadonlySet<number>): LineState[] {
    // Our own OCR has no other engine's layer to condemn as a whole: each line on its own signs.
    if (ownOcr) return states.map((s, i) => (s === 'marked' && garbledAlone(scores[i]!, words[i]!) ? 'garbled' : s));
    let markedLines = 0;
    let garbledLines = 0;
    let strippedWords = 0;
    let strippedMisread = 0;
    for (let i = 0; i < states.length; i++) {
      if (states[i] === 'stripped') {
        strippedWords += words[i]!;
        strippedMisread += misread[i]!;
      }
      // A line read as garbled already (Vietnamese only through the engine confusions) counts as one; one mostly
      // of syllables (engineRead) is read so itself, but is too like a stripped line to condemn the whole layer.
      if (states[i] === 'garbled' && !engineRead.has(i)) {
        markedLines++;
        garbledLines++;
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
      // Another language's line keeps its state in an engine's layer: no engine misreads into "consectetur adipiscing".
      if (s === 'foreign' && foreignWords[i]! >= FOREIGN_LINE_LONG_WORDS) return s;
      if ((s === 'marked' || s === 'foreign') && wholeDocument && scores[i]! >= 0) return 'garbled';
      // A line of a garbling engine's layer too damaged to read as any language ("banhinh
      // Chuongtrinhttingth€ cdi cdchhdnh", "Kinh grri:") is that engine's Vietnamese, unless
      // English words show it is English.
      if (s === 'foreign' && wholeDocument && !ENGLISH_WORDS.test(lines[i]!)) return 'garbled';
      if (s === 'marked' && noisyLayer && scores[i]! >= 0) return 'mixed';
      return s;
    });
  }

  /**
   * The slips of an engine that reads Vietnamese in a marked line: its words with a letter no Vietnamese word has ("Ÿ"),
   * marks no syllable carries ("QUYÉT") or a bare spelling far rarer than a marked one ("cua", "TONG"); see garbled.ts.
   */
  markSlips(line: string): number {
    let slips = 0;
    for (const text of pieceTexts(latinView(withoutLinks(line)).text)) if (this.tokenSignOf(text) !== TokenSign.Neutral) slips++;
    return slips;
  }

  /** A word of a stripped line whose marks cannot be taken at their word ("thtrông", "cüa"). */
  misreadMarks(text: string): boolean {
    const sign = this.tokenSignOf(text);
    return sign === TokenSign.ForeignLetter || sign === TokenSign.BadMarks;
  }

  /** The garbling sign of a piece (garbled.ts), remembered per text like its evidence. */
  private tokenSignOf(text: string): TokenSign {
    let sign = this.signs.get(text);
    if (sign === undefined) {
      sign = /^\p{L}+$/u.test(text) ? tokenSign(text, (key, form) => this.bareOdds(key, form)) : TokenSign.Neutral;
      if (this.signs.size > 200_000) this.signs.clear();
      this.signs.set(text, sign);
    }
    return sign;
  }

  /** How much rarer (log10) a key's bare reading is than its commonest one; large when the bare spelling is no syllable. */
  private bareOdds(key: string, form: string = key): number {
    const c = this.reader.syllableCandidates(key);
    if (!c) return 0;
    const top = this.reader.lm.frequency[c.slot.ids[0]!]!;
    const k = c.forms.indexOf(form === key ? key : canonicalToneForm(form));
    return k < 0 ? 99 : top - this.reader.lm.frequency[c.slot.ids[k]!]!;
  }
}

/**
 * Small consonant letters standing alone between two words of letters ("ni b trong", "h thng"):
 * not after a number (units: "5 m", "10 g"), not a list marker or an initial (punctuation after
 * them), not l, r, f, j (specks read as letters) nor x (times).
 */
function loneConsonantWords(line: string): number {
  // An engine that drops hatted vowels cannot also print them: a line that carries one, toned,
  // is typed or well read, and its lone letters are list items ("điểm b và c khoản 2").
  if (TONED_HATTED_VOWEL.test(line)) return 0;
  let n = 0;
  for (const m of line.matchAll(LONE_CONSONANT_WORD)) {
    if (!LIST_ITEM_WORD.test(line.slice(Math.max(0, m.index - 8), m.index))) n++;
  }
  return n;
}
const LONE_CONSONANT_WORD = /(?<=[A-Za-zÀ-ỹĐđ]{2} )[bcdđghkmnpqstv](?= [A-Za-zÀ-ỹĐđ])/g;
/** Words a cited list item follows: "điểm b", "khoản a", "b và c", "b hoặc c" (marked or bare). */
const LIST_ITEM_WORD = /(?:^|[\s,;(])(?:đi[eểê]m|diem|kho[aả]n|m[uụ]c|ti[eếê]t|tiet|v[aà]|ho[aặ]c|hay)\s$/iu;
/** ầ ấ ẩ ẫ ậ, ằ … ặ, ề … ệ, ồ … ộ, ờ … ợ, ừ … ự: a hatted or horned vowel with its tone. */
const TONED_HATTED_VOWEL = /[ầấẩẫậằắẳẵặềếểễệồốổỗộờớởỡợừứửữựẦẤẨẪẬẰẮẲẴẶỀẾỂỄỆỒỐỔỖỘỜỚỞỠỢỪỨỬỮỰ]/u;

/** The line with its e-mail and web addresses blanked out (same length). */
function withoutLinks(line: string): string {
  if (!mayHoldLink(line)) return line;
  return line.replace(LINK, (m) => ' '.repeat(m.length));
}

function nearestDecided(states: LineState[], from: number, step: number): LineState | null {
  for (let i = from + step; i >= 0 && i < states.length && Math.abs(i - from) <= 6; i += step) {
    if (states[i] === 'marked' || states[i] === 'stripped') return states[i]!;
  }
  return null;
}
