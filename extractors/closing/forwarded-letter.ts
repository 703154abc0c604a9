// Where another body's letter, filed behind the document, begins. A letter that answers or passes
// on another letter often carries it after its own signature ("… có Văn bản số 0623/PTM-ITB …
// (có bản sao Văn bản gửi kèm)"): a scan of both, or a typed file with the other pasted in. That
// letter has a whole header of its own after the document's "Nơi nhận:" list: the national motto
// and a number line whose symbol names another issuer ("Số: 0623/PTM-ITB" behind "Số: 1373/UBND-TM").
// Its citations and its signature are not the document's.
//
// What is not cut: an annex, a regulation or a plan the document issues ("Ban hành kèm theo Quyết
// định số …"), which prints the motto but no number line, or the issuer's own number line again
// ("Số: …/KH-UBND" behind "Số: …/QĐ-UBND": the same issuer "UBND"); a form with a blank number line.
import { docTypeByCode } from '../shared/doctypes.js';

const RECIPIENTS = /(?:^|\n)[^\S\n]*noi nhan\s*:/;
const MOTTO = /cong hoa xa hoi chu nghia viet nam/g;
/**
 * A number line with a symbol: "Số: 0623/PTM-ITB", "Số: 19 23 /@TM-ITB" (OCR), or one whose slash
 * the engine lost after a blank serial ("số: ... UBND-TM"): a code with a hyphen then follows.
 */
const NUMBER_LINE = /(?:^|\n|\s)so\s*:(?:[^\n/]{0,16}\/|[\s.…\d]{0,16}(?=[a-z@][a-z0-9@]*-))\s*([^\s/:;,]+(?:\/[^\s/:;,]+)?)/;
/** How far from the motto (either side) the attached letter's number line may stand: a header's few lines. */
const HEADER_REACH = 300;

/** The issuer part of a symbol: "UBND" of "QĐ-UBND" and of "UBND-TM", "PTM" of "PTM-ITB"; folded, letters and digits only. */
export function issuerCodeOf(symbol: string): string | null {
  const parts = symbol
    .split(/[-/]/)
    .map((p) => p.normalize('NFC').trim())
    .filter(Boolean);
  // The year of "47/2015/QĐ-UBND" and the type code that opens a typed symbol are no issuer.
  const rest = parts.filter((p) => !/^\d+$/.test(p));
  const first = rest[0];
  if (!first) return null;
  const issuer = docTypeByCode(first) && rest.length > 1 ? rest[1]! : first;
  const key = issuer
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return key || null;
}

/** The symbol of the first number line in `folded` from `from` to `to`, as `text` spells it, and where that line stands. */
function numberLineIn(text: string, folded: string, from: number, to: number): { symbol: string; at: number } | null {
  const line = NUMBER_LINE.exec(folded.slice(from, to));
  if (!line) return null;
  const symbolAt = from + line.index + line[0].length - line[1]!.length;
  // The line opens after the separator the pattern took with it (a newline or a space).
  const at = from + line.index + (/^\s/.test(line[0]) ? 1 : 0);
  return { symbol: text.slice(symbolAt, symbolAt + line[1]!.length), at };
}

/**
 * The offset at which another issuer's letter, filed after the document's recipients' list,
 * begins (its motto, or its number line when that comes first); null when there is none. The
 * document's own symbol is its first number line's, before the list. `folded`: foldVietnamese(text).
 */
export function forwardedLetterStart(text: string, folded: string): number | null {
  const recipients = RECIPIENTS.exec(folded);
  if (!recipients) return null;
  const ownLine = numberLineIn(text, folded, 0, recipients.index);
  const own = ownLine ? issuerCodeOf(ownLine.symbol) : null;
  if (!own) return null;
  MOTTO.lastIndex = recipients.index;
  for (let m = MOTTO.exec(folded); m; m = MOTTO.exec(folded)) {
    const from = Math.max(recipients.index, m.index - HEADER_REACH);
    const theirLine = numberLineIn(text, folded, from, m.index + m[0].length + HEADER_REACH);
    const theirs = theirLine ? issuerCodeOf(theirLine.symbol) : null;
    if (!theirs || theirs === own) continue;
    return Math.min(m.index, theirLine!.at);
  }
  return null;
}
