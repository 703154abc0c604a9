// Movements, themes, contests, campaigns and anniversaries a plan names.
// - Named ones stand in quotes after their kind word: phong trào (thi đua) “…” → movement,
//   thi đua “…” → movement, chủ đề … “…” → theme, cuộc thi “…” → contest, cuộc vận động “…”
//   → campaign; a quote that follows another one in a list (“A”, “B”) takes its kind.
// - Anniversaries are recognised by their date range: "15 năm ngày thành lập quận Long Biên
//   (06/11/2003 - 06/11/2018)" → period {start, end}.
// - `key` makes spellings of one movement compare equal across plans (movementKey) and is
//   what deduplicates within a document: the first mention keeps the span.
import type { Movement, MovementKind } from '../../output/schema.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';

const OPEN = /[“"„«]/g;
const MAX_NAME = 160;
/** How far before a quote its kind word may stand ("chủ đề công tác năm 2021 của Thành phố “…”"). */
const KIND_WINDOW = 60;

const KIND_WORDS: ReadonlyArray<[MovementKind, RegExp]> = [
  ['campaign', /cuoc van dong$/],
  ['contest', /cuoc thi$/],
  ['theme', /chu de$/],
  ['movement', /phong trao$/],
  ['movement', /thi dua$/],
];
/** Words after which a quote names a document, a title or a model, not a movement. */
const NOT_A_MOVEMENT = /\b(?:de an|ke hoach|chuong trinh|chi thi|nghi quyet|quyet dinh|mo hinh|danh hieu|de tai|huy hieu|chuyen de|ve viec|chien thang|giai thuong|bang|cup)\b/;

export function extractMovements(text: string, _ctx: StageContext, folded = foldVietnamese(text)): Movement[] {
  const found: Movement[] = [...quotedMovements(text, folded), ...anniversaries(text, folded)];
  found.sort((a, b) => a.span.start - b.span.start);
  const out: Movement[] = [];
  for (const movement of found) {
    if (!movement.key) continue;
    if (out.some((m) => sameMovement(m, movement))) continue;
    out.push(movement);
  }
  return out;
}

function quotedMovements(text: string, folded: string): Movement[] {
  const out: Movement[] = [];
  let previousEnd = -1;
  let previousKind: MovementKind | null = null;
  // A closing straight quote must not be read as the next opening one.
  let resumeAt = 0;
  for (const open of text.matchAll(OPEN)) {
    if (open.index! < resumeAt) continue;
    const start = open.index! + 1;
    const close = closingQuote(text, start);
    if (!close) continue;
    resumeAt = close.end + (close.closed ? 1 : 0);
    const nameStart = start + (text.slice(start, close.end).length - text.slice(start, close.end).trimStart().length);
    const raw = text.slice(nameStart, close.end);
    const name = tidyName(raw);
    const after = close.end + (close.closed ? 1 : 0);
    if (!name || name.replace(/[^\p{L}]/gu, '').length < 3 || /^[;,.)]/.test(raw.trim())) continue;
    let kind = kindBefore(folded, open.index!);
    // “A”, “B” and “C”: later quotes of a list share the first one's kind.
    if (!kind && previousKind && continuesList(folded.slice(previousEnd, open.index!))) kind = previousKind;
    previousEnd = after;
    previousKind = kind;
    if (!kind) continue;
    out.push({ name, kind, key: movementKey(name), span: { start: nameStart, end: nameStart + name.length } });
  }
  return out;
}

/** The closing quote, or for an unclosed one (OCR) the end of its line, within MAX_NAME. */
function closingQuote(text: string, start: number): { end: number; closed: boolean } | null {
  for (let i = start; i < Math.min(text.length, start + MAX_NAME); i++) {
    const ch = text[i]!;
    if (ch === '’' && text[i + 1] === '’') return { end: i, closed: true };
    if (ch === '”' || ch === '"' || ch === '“' || ch === '»') {
      // A second opening quote means the first was never closed.
      if (ch === '“') {
        if (i - start <= 3) return null;
        // OCR often prints the closing quote as an opening one: “…“ do Quận phát động.
        if (/^[\s,.;:)]?$/.test(text[i + 1] ?? '') || /[\s,.;:)]/.test(text[i + 1] ?? '')) return { end: i, closed: true };
        return { end: lineEnd(text, start, i), closed: false };
      }
      return { end: i, closed: true };
    }
    if (ch === '\n' && (text[i + 1] === '\n' || text[i + 1] === '\t' || /^\s*[-+•]\s/.test(text.slice(i + 1, i + 4)))) {
      return { end: i, closed: false };
    }
    if (ch === '\t') return { end: i, closed: false };
  }
  return sentenceOpenerEnd(text, start);
}

// Verbs that open the sentence after a name whose closing quote OCR lost: "“Doanh nghiệp Thủ đô
// hội nhập và phát triển Tiếp tục cải thiện…" ends before "Tiếp tục". Capitalised only, so a
// name's own lower-case words never cut it.
const SENTENCE_OPENER = /\s(?:tiep tuc|tang cuong|nang cao|day manh|thuc hien|to chuc|xay dung|trien khai|phat dong|duy tri|tich cuc|chu trong|phat huy|kip thoi|trong do|phan dau|dam bao)(?![a-z])/g;

// Words that begin the clause saying what a movement is for ("… Hà Nội nhằm phát triển …"),
// never part of a name, and a sentence end.
const CLAUSE_AFTER_NAME = /\s(?:nham|gan voi)(?![a-z])|[.;:](?=\s)/g;

/** End of an unclosed name: a capitalised sentence opener, a purpose clause or a sentence end. */
function sentenceOpenerEnd(text: string, start: number): { end: number; closed: boolean } | null {
  const window = foldVietnamese(text.slice(start, start + MAX_NAME));
  let end: number | null = null;
  for (const m of window.matchAll(SENTENCE_OPENER)) {
    const at = m.index!;
    if (at >= 10 && /\p{Lu}/u.test(text.charAt(start + at + 1))) {
      end = at;
      break;
    }
  }
  for (const m of window.matchAll(CLAUSE_AFTER_NAME)) {
    if (m.index! >= 10 && (end === null || m.index! < end)) end = m.index!;
    if (m.index! >= 10) break;
  }
  return end === null ? null : { end: start + end, closed: false };
}

function lineEnd(text: string, start: number, limit: number): number {
  const nl = text.indexOf('\n', start);
  return nl >= 0 && nl < limit ? nl : limit;
}

function kindBefore(folded: string, quoteAt: number): MovementKind | null {
  const windowStart = Math.max(0, quoteAt - KIND_WINDOW);
  let before = folded.slice(windowStart, quoteAt);
  // Stay within the clause: a sentence end, another quote or a line break cuts it.
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('”'), before.lastIndexOf('\n'), before.lastIndexOf('"'));
  if (cut >= 0) before = before.slice(cut + 1);
  before = before.replace(/[*:]+/g, ' ').replace(/\s+/g, ' ').trim();
  // Find the last kind word; what follows it may be qualifiers ("thi đua", "công tác năm 2021
  // của Quận") but not another document or model name.
  let best: { kind: MovementKind; at: number } | null = null;
  for (const [kind, re] of KIND_WORDS) {
    const word = re.source.replace('$', '');
    for (const m of before.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
      if (!best || m.index! > best.at) best = { kind, at: m.index! };
    }
  }
  if (!best) return null;
  const tail = before.slice(best.at);
  if (NOT_A_MOVEMENT.test(tail) || /[(),]|\bgan voi\b/.test(tail)) return null;
  // "chuyên đề thi đua “…”", "mô hình thi đua “…”" name a topic or a model, not a movement.
  if (/(?:chuyen de|mo hinh|dot|khoi|cum|tieu chi)\s*$/.test(before.slice(0, best.at))) return null;
  // "phong trào thi đua" is a movement, "thi đua thực hiện chủ đề" a theme: the last word wins.
  return best.kind;
}

/** Between two quotes of one list: commas, "và", at most a short qualifier ("giai đoạn 2016-2020"). */
function continuesList(gap: string): boolean {
  return gap.length <= 40 && !/[.;:\n(]/.test(gap) && /^[\s,]*(?:va\s*)?$|,\s*(?:va\s*)?$/.test(gap);
}

function tidyName(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/\*+/g, '')
    .replace(/^[\s“"”']+|[\s“"”'’,;:]+$/g, '')
    .trim();
}

/** Anniversaries: "N năm <event> (dd/mm/yyyy - dd/mm/yyyy)". */
function anniversaries(text: string, folded: string): Movement[] {
  const out: Movement[] = [];
  const range = /\(\s*(\d{1,2})[/.](\d{1,2})[/.]((?:1[89]|20)\d\d)\s*[-–]\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\s*\)/g;
  for (const m of folded.matchAll(range)) {
    const from = Math.max(0, m.index! - 160);
    const before = folded.slice(from, m.index!);
    // The nearest "N năm" that starts the event's name, within the same clause.
    const counts = [...before.matchAll(/(?:^|[\s(;,:])(\d{1,3}) nam\b/g)];
    const count = counts[counts.length - 1];
    if (!count) continue;
    const start = from + count.index! + count[0].indexOf(count[1]!);
    if (/[.;\n]/.test(folded.slice(start, m.index!))) continue;
    const name = tidyName(text.slice(start, m.index!));
    const years = +m[6]! - +m[3]!;
    // The count is kept as printed even when the range disagrees with it (a typo in the plan).
    if (!name || years <= 0) continue;
    out.push({
      name,
      kind: 'anniversary',
      key: movementKey(name),
      span: { start, end: start + name.length },
      period: { start: iso(m[3]!, m[2]!, m[1]!), end: iso(m[6]!, m[5]!, m[4]!) },
    });
  }
  return out;
}

function iso(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The matching key: folded (no tones, so hoà/hòa and uỷ/ủy agree; no marks, so OCR text
 * without diacritics agrees too), without quotes, punctuation or dashes ("Người tốt, Việc
 * tốt" = "Người tốt - việc tốt"), spaces collapsed. Different words stay different
 * ("Doanh nghiệp Thủ đô …" ≠ "Doanh nghiệp Việt Nam …").
 */
export function movementKey(name: string): string {
  return foldVietnamese(name.normalize('NFC'))
    .replace(/[“”"'‘’«»„]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Within one document: the same key, or the same kind where one name's words are (almost)
 * all in the other's — "Viết về gương ĐHTT, Người tốt, Việc tốt" and "… trong phong trào
 * thi đua yêu nước", or "… việc năm 2018" (a typo) and "… việc tốt năm 2018". Anniversaries
 * compare by their date range.
 */
/** Each movement is compared with every one kept before it: split its key once. */
const KEY_WORDS = new WeakMap<Movement, Set<string>>();

function keyWords(m: Movement): Set<string> {
  let words = KEY_WORDS.get(m);
  if (!words) {
    words = new Set(m.key.split(' '));
    KEY_WORDS.set(m, words);
  }
  return words;
}

function sameMovement(a: Movement, b: Movement): boolean {
  if ((a.kind === 'anniversary') !== (b.kind === 'anniversary')) return false;
  if (a.key === b.key) return true;
  if (a.kind === 'anniversary') return a.period?.start === b.period?.start && a.period?.end === b.period?.end;
  if (a.kind !== b.kind) return false;
  const wa = keyWords(a);
  const wb = keyWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const smaller = Math.min(wa.size, wb.size);
  return smaller >= 4 && shared / smaller >= 0.85;
}
