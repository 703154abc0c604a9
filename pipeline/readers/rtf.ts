// RTF (what Word writes as "Rich Text Format", often kept under a .doc name): a small reader of
// the text and its tables. Control words are read one group at a time; destinations that are not
// the document's text (font and colour tables, styles, pictures, objects, headers and footers,
// anything marked \*) are skipped. Characters come as \uN (Unicode, followed by \ucN fallback
// characters that are dropped) or as code-page bytes (\'hh, decoded with the run's font charset
// when the font table gives one — Word sets Vietnamese in "Times New Roman CE" (\fcharset238,
// code page 1250, which holds ă and đ) or "(Vietnamese)" (\fcharset163, 1258) — and otherwise
// with \ansicpgN, 1252 by default). Paragraphs end at \par, cells at \cell, rows at \row:
// the text is laid out like word-extractor's .doc body (cell marks, row ends) and goes through
// the same HTML rendering, so an RTF reads as the same document saved as .doc. Runs set in a
// legacy font (.VnTime → TCVN3, VNI-Times → VNI) are converted run by run.
import { log } from '../../output/diagnostics.js';
import { convertLegacy, decodeWindows1252, legacyFontEncoding, type LegacyEncoding } from '../../normalizers/legacy/index.js';
import { CELL_MARK, wordTextToHtml } from './doc.js';
import { htmlToText, wordReadOutput } from './html.js';
import type { Reader } from './reader.js';

/** Destinations whose text is not the document's. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'header',
  'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'field', 'fldinst',
  'filetbl', 'revtbl', 'pgdsctbl', 'protusertbl', 'userprops', 'docvar', 'shppict', 'nonshppict', 'bkmkstart', 'bkmkend',
]);
const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•',
};
/** A field's shown result is text: \fldrslt is read even inside a skipped \field. */
const KEPT_INSIDE_FIELD = 'fldrslt';

interface Group {
  skip: boolean;
  /**
   * Inside a skipped destination other than a field (a header, a footer, a footnote): a field's
   * \fldrslt there stays skipped, so a header's page number does not land in the body text.
   */
  skipAll: boolean;
  /** Fallback characters to drop after \uN. */
  uc: number;
  font: number;
  /** This group is the font table itself (its entries are its child groups, or ';'-ended runs). */
  fontTable: boolean;
}

interface Run {
  text: string;
  font: number;
}

export interface RtfText {
  /** Body text as word-extractor lays out a .doc: '\n' paragraph ends, CELL_MARK cell ends. */
  body: string;
  /** Legacy encodings met through run fonts. */
  legacy: LegacyEncoding[];
}

/**
 * The Windows code page of an RTF \fcharsetN (the RTF specification's table). 0 (ANSI) and 1
 * (default) defer to \ansicpg; symbol and OEM charsets are not mapped.
 */
const CHARSET_CODE_PAGE: ReadonlyMap<number, number> = new Map([
  [161, 1253], [162, 1254], [163, 1258], [177, 1255], [178, 1256], [186, 1257], [204, 1251], [222, 874], [238, 1250],
]);

function decoderFor(codePage: number): (bytes: Uint8Array) => string {
  if (codePage === 1252 || !codePage) return (b) => decodeWindows1252(b);
  try {
    const decoder = new TextDecoder(`windows-${codePage}`);
    return (b) => decoder.decode(b).normalize('NFC');
  } catch {
    return (b) => decodeWindows1252(b);
  }
}

/** The text of an RTF document; linear in its size (one pass, no backtracking). */
export function rtfText(source: string): RtfText {
  const fonts = new Map<number, string>();
  /** Code pages of fonts whose \fcharset names one (CHARSET_CODE_PAGE). */
  const fontCodePages = new Map<number, number>();
  /** Decoders by code page, made once per document. */
  const decoders = new Map<number, (bytes: Uint8Array) => string>();
  const runs: Run[] = [];
  /** \deffN: the font of text whose run names none (and after \plain). */
  let defaultFont = 0;
  let codePage = 1252;
  let decode = decoderFor(codePage);
  let group: Group = { skip: false, skipAll: false, uc: 1, font: 0, fontTable: false };
  const stack: Group[] = [];
  let pendingBytes: number[] = [];
  let dropFallback = 0;
  let fontEntry: { index: number; name: string; depth: number } | null = null;

  const emit = (text: string) => {
    if (group.skip || !text) return;
    const last = runs[runs.length - 1];
    if (last && last.font === group.font) last.text += text;
    else runs.push({ text, font: group.font });
  };
  /** Text of the font entry being read, when this group level is the entry's own. */
  const inEntry = () => fontEntry !== null && stack.length === fontEntry.depth;
  const finishEntry = () => {
    if (fontEntry) fonts.set(fontEntry.index, fontEntry.name.replace(/;\s*$/, '').trim());
    fontEntry = null;
  };
  const text = (t: string) => {
    if (inEntry()) {
      fontEntry!.name += t;
      if (t.includes(';')) finishEntry();
    } else emit(t);
  };
  const flushBytes = () => {
    if (!pendingBytes.length) return;
    const fontCodePage = fontCodePages.get(group.font);
    let decodeRun = decode;
    if (fontCodePage !== undefined && fontCodePage !== codePage) {
      decodeRun = decoders.get(fontCodePage) ?? decoderFor(fontCodePage);
      decoders.set(fontCodePage, decodeRun);
    }
    const decoded = decodeRun(Uint8Array.from(pendingBytes));
    pendingBytes = [];
    text(decoded);
  };
  const literal = (ch: string) => {
    if (dropFallback > 0) {
      dropFallback--;
      return;
    }
    flushBytes();
    text(ch);
  };

  let i = 0;
  let firstInGroup = false;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '{') {
      flushBytes();
      const parent = group;
      stack.push(group);
      group = { ...group, fontTable: false };
      firstInGroup = true;
      if (parent.fontTable) fontEntry = { index: 0, name: '', depth: stack.length };
      i++;
      continue;
    }
    if (ch === '}') {
      flushBytes();
      if (inEntry()) finishEntry();
      group = stack.pop() ?? group;
      dropFallback = 0;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i++;
      continue;
    }
    if (ch !== '\\') {
      firstInGroup = false;
      literal(ch);
      i++;
      continue;
    }
    // A control symbol or word.
    const next = source[i + 1] ?? '';
    const wasFirst = firstInGroup;
    firstInGroup = false;
    if (next === "'") {
      const hex = source.slice(i + 2, i + 4);
      i += 4;
      if (dropFallback > 0) {
        dropFallback--;
        continue;
      }
      if (/^[0-9a-fA-F]{2}$/.test(hex)) pendingBytes.push(Number.parseInt(hex, 16));
      continue;
    }
    if (next === '*') {
      // \* marks a destination the reader may ignore: this whole group.
      group.skip = true;
      if (inEntry()) fontEntry!.depth = -1; // not the entry's own text (a \*\panose inside it)
      i += 2;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      i += 2;
      if (next === '\\' || next === '{' || next === '}') literal(next);
      else if (next === '~') literal('\u00a0');
      else if (next === '_') literal('-');
      else if (next === '\n' || next === '\r') {
        flushBytes();
        emit('\n');
      }
      continue;
    }
    const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(source.slice(i + 1, i + 48));
    if (!m) {
      i++;
      continue;
    }
    i += 1 + m[0].length;
    const word = m[1]!;
    const param = m[2] !== undefined ? Number(m[2]) : null;
    if (word !== 'u') flushBytes();
    if (wasFirst && SKIPPED.has(word)) {
      group.skip = true;
      if (word !== 'field' && word !== 'fldinst') group.skipAll = true;
      if (word === 'fonttbl') group.fontTable = true;
      continue;
    }
    if (word === KEPT_INSIDE_FIELD) {
      group.skip = group.skipAll;
      continue;
    }
    switch (word) {
      case 'ansicpg':
        codePage = param ?? 1252;
        decode = decoderFor(codePage);
        break;
      case 'deff':
        defaultFont = param ?? 0;
        group.font = defaultFont;
        break;
      case 'plain':
        // \plain resets the character formatting, the font included, to the document's default.
        group.font = defaultFont;
        break;
      case 'fcharset': {
        const fontCodePage = CHARSET_CODE_PAGE.get(param ?? 0);
        if (fontEntry && fontCodePage !== undefined) fontCodePages.set(fontEntry.index, fontCodePage);
        break;
      }
      case 'uc':
        group.uc = Math.max(0, param ?? 1);
        break;
      case 'u': {
        flushBytes();
        const code = (param ?? 0) < 0 ? (param ?? 0) + 65536 : (param ?? 0);
        text(String.fromCharCode(code));
        dropFallback = group.uc;
        break;
      }
      case 'f':
        if (group.fontTable) fontEntry = { index: param ?? 0, name: '', depth: stack.length }; // "\f0 Arial;\f1 …"
        else if (inEntry()) fontEntry!.index = param ?? 0;
        else group.font = param ?? 0;
        break;
      case 'par':
      case 'sect':
      case 'page':
      case 'line':
        emit('\n');
        break;
      case 'tab':
        emit('\t');
        break;
      case 'cell':
        emit(CELL_MARK);
        break;
      case 'row':
        emit('\n');
        break;
      default: {
        const symbol = SYMBOLS[word];
        if (symbol) literal(symbol);
        break;
      }
    }
  }
  flushBytes();

  const met = new Set<LegacyEncoding>();
  const body = runs
    .map((run) => {
      const legacy = legacyFontEncoding(fonts.get(run.font));
      if (!legacy) return run.text;
      met.add(legacy.encoding);
      return convertLegacy(run.text, legacy.encoding, legacy.capitals);
    })
    .join('')
    // A row's end follows its last cell mark directly, as word-extractor writes it.
    .replace(new RegExp(`${CELL_MARK}\\n+`, 'g'), `${CELL_MARK}\n`)
    // Windows-1258 writes tone marks as combining characters after the letter, which may come
    // as a literal character before the escaped mark: composed once the text is whole.
    .normalize('NFC');
  return { body, legacy: [...met] };
}

export const readRtf: Reader = async ({ bytes }, ctx) => {
  // RTF is 7-bit ASCII by its syntax; any 8-bit byte is kept as it is (Latin-1) for the parser.
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/^\s*\{\\rtf/.test(source.slice(0, 64))) {
    ctx.message(log.corruptFile('RTF document', 'no {\\rtf header'));
    return null;
  }
  const { body, legacy } = rtfText(source);
  const read = htmlToText(wordTextToHtml(body), { keepTabs: true });
  return wordReadOutput(read, legacy[0] ?? null, 'rtf', ctx);
};
