// The signature block: authority (TM./KT./TL./TUQ./Q.), the signer's own title and name.
//   TM. HỘI ĐỒNG          ← authority of the collective body
//   KT. CHỦ TỊCH          ← innermost authority: who actually signs (a deputy, for the head)
//   PHÓ CHỦ TỊCH
//   PHÓ CHỦ TỊCH UBND QUẬN ← title: the line right above the name (the signer's own office)
//   Đinh Thị Thu Hương
// Decisions: `authority` is the innermost prefix in the block (KT. above, since it says who
// signs); no prefix gives null (nothing is implied); `title` is the line right above the name,
// as written. The block may stand before or after "Nơi nhận", share lines with it (two columns,
// or OCR gluing "CHU TICHNoi nhan:"), and hold "(đã ký)" and stray scan marks.
import type { Signer } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { isMostlyUpperCase, oneLine, type Cell } from '../shared/layout.js';
import { inlineSignature } from './inline-signer.js';
import { signedNoteSigner } from './signed-note-signer.js';
import { runOnSigner } from './run-on-signer.js';
import { SURNAMES, isPersonName, withFamilyNameSpelled } from './person-name.js';
import { type Block, isIgnorable, isBracketNote, isAuthorityLine, TITLE_WORDS, isRecipientCell, isSignatureLine, isOfficeLine, namesSignerOffice, AUTHORITY, BARE_AUTHORITY, authorityOf } from './signature-lines.js';
import { isSealScrap, type NameLine, personNameOf } from './name-line.js';
import { tailCells } from './tail-cells.js';
import { HEAD_OFFICE } from '../shared/offices.js';
import { unsignedBlock } from './unsigned-block.js';
import { nameAfterRecipients, besideFilingLine, nameUnderFilingLine } from './beside-recipients.js';

function blockAbove(cells: readonly Cell[], nameIndex: number): Block | null {
  const name = cells[nameIndex]!;
  const lines: Cell[] = [];
  let lastLine = name.line;
  let sealWords = 0;
  for (let i = nameIndex - 1; i >= 0 && nameIndex - i < 40; i--) {
    const c = cells[i]!;
    if (lastLine - c.line > 8) break;
    if (isIgnorable(c)) continue;
    // A recipient's note in brackets ("(để báo cáo)", "(Để phối hợp thực hiện)") read into the signature column.
    if (isBracketNote(c)) {
      lastLine = c.line;
      continue;
    }
    // Words of a seal's ring read off a scan ("Giáo", "ĐÀO"), or the scraps a red seal left of the
    // title lines it covers ("rung ương:", "gui"), between the name and the title: single words or
    // scraps, right above the name, before any line of the block.
    if (!lines.length && sealWords < 3 && (/^\S+$/.test(c.text.trim()) || (isSealScrap(c) && /\p{Ll}/u.test(c.text))) && !isAuthorityLine(c.folded) && !TITLE_WORDS.test(c.folded)) {
      sealWords++;
      lastLine = c.line;
      continue;
    }
    // Recipients, and their continuation lines ("thuộc Quận ủy, UBND quận;", "Tài nguyên và Môi
    // trường, Xây dựng;"), between the columns.
    if (isRecipientCell(c.folded) || ((/^\p{Ll}/u.test(c.text) || !isMostlyUpperCase(c.text)) && /[;,]$/.test(c.text))) {
      lastLine = c.line;
      continue;
    }
    // An office title in normal case counts right above the name only ("Trưởng Ban Quản lý các KCN" / the name),
    // on a line of its own: a member list's row ("1. Ông … | Hiệu trưởng | Trưởng ban") ends with an office too.
    if (!isSignatureLine(c) && (lines.length || !isOfficeLine(c) || !aloneOnLine(cells, i))) break;
    lines.unshift(c);
    lastLine = c.line;
  }
  // A title beside a "name" in capitals on its line, none above it: a form's row of signature captions
  // ("TRƯỞNG KHOA | CỐ VẤN HỌC TẬP | BAN CÁN SỰ LỚP"), each over a blank to sign in, no signed name.
  // (A copy that runs a block into one cell, "TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân", writes the name as signed.)
  if (!lines.length || (lines.every((c) => c.line === name.line) && !/\p{Ll}/u.test(name.text))) return null;
  const meaningful = lines.some((c) => isAuthorityLine(c.folded) || TITLE_WORDS.test(c.folded));
  return meaningful ? { lines, name } : null;
}

/** Whether cell `i` is the only cell of its line (cells come in reading order). */
function aloneOnLine(cells: readonly Cell[], i: number): boolean {
  const line = cells[i]!.line;
  return cells[i - 1]?.line !== line && cells[i + 1]?.line !== line;
}

/**
 * `cells`: the document's tailCells, when the caller has them already (the recipients read them too).
 * `nameLine`: lines to take as the name's where no name is spelt (an OCR layer's garbled name).
 */
export function findSignature(text: string, cells: readonly Cell[] = tailCells(text), nameLine?: NameLine, ocrOrigin = false): Block | null {
  const block = findTitledSignature(cells, nameLine);
  return block ?? sideBySideSigners(cells) ?? nameAfterRecipients(cells, nameLine) ?? (ocrOrigin ? (besideFilingLine(cells, nameLine) ?? nameUnderFilingLine(cells)) : null);
}

/**
 * Two signatures side by side (a biên bản: "THƯ KÝ" left, "CHỦ TOẠ" right; names on one line
 * under them): the right one is the document's signer, as in joint documents. Read when the
 * titled search found nothing because a seal made the right title unreadable: a line of two
 * names, a signature title within a few lines above it. The right title is kept only when read.
 */
const SIDE_BY_SIDE_REACH = 60;

function sideBySideSigners(cells: readonly Cell[]): Block | null {
  // The signatures close the document: only its last cells are looked at (linear in the text).
  for (let i = cells.length - 1; i > 0 && cells.length - i <= SIDE_BY_SIDE_REACH; i--) {
    const right = cells[i]!;
    const left = cells[i - 1]!;
    if (left.line !== right.line) continue;
    const name = personNameOf(right);
    if (!name || !personNameOf(left)) continue;
    const titles: Cell[] = [];
    for (let k = i - 2; k >= 0 && right.line - cells[k]!.line <= 4; k--) if (isSignatureLine(cells[k]!) && namesSignerOffice(cells[k]!.folded)) titles.unshift(cells[k]!);
    if (!titles.length) continue;
    // Both titles read on their line: the right one is the signer's; one alone may be either's.
    const titleRow = officeTitleRow(cells, titles.at(-1)!.line);
    return { lines: titleRow && titleRow.length >= 2 ? [titleRow.at(-1)!] : [], name };
  }
  return null;
}

function findTitledSignature(cells: readonly Cell[], nameLine?: NameLine): Block | null {
  for (let i = 0; i < cells.length; i++) {
    let c = cells[i]!;
    const next = cells[i + 1];
    // A name wrapped in a narrow column: "Bùi\nXuân Cường", "Lê Tấn\nCận".
    const wrapped =
      next &&
      next.line === c.line + 1 &&
      SURNAMES.has(c.folded.split(' ')[0]!) &&
      /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*)?$/u.test(c.text) &&
      (/^\p{Lu}\p{Ll}*$/u.test(c.text) || /^\p{Lu}\p{Ll}*$/u.test(next.text));
    if (wrapped) {
      const joined = { ...c, text: `${c.text} ${next.text}`, folded: `${c.folded} ${next.folded}`, end: next.end };
      if (isPersonName(joined.text, joined.folded)) c = joined;
    }
    const named = personNameOf(c, nameLine);
    if (!named) continue;
    c = named;
    const block = blockAbove(cells, i);
    if (block) return rightOfPair(cells, i, jointLeadBlock(cells, i, { ...block, name: c }));
  }
  return null;
}

/** The cells of `line` when every one is a signature title naming an office ("THƯ KÝ", "CHỦ TOẠ"); null otherwise. */
function officeTitleRow(cells: readonly Cell[], line: number): Cell[] | null {
  const row = cells.filter((c) => c.line === line && !isIgnorable(c));
  return row.every((c) => isSignatureLine(c) && namesSignerOffice(c.folded)) ? row : null;
}

/**
 * Two names on one line under two titles on one line ("THƯ KÝ  CHỦ TOẠ" / "Nguyễn Văn Nghĩa
 * Trần Chí Tiến"): the block read from the left name took the right title; the right name is its.
 */
function rightOfPair(cells: readonly Cell[], at: number, block: Block): Block {
  const mate = cells[at + 1];
  // The block's name is the cell's, or read from it (a rank dropped before it, a page number after it).
  if (block.name !== cells[at] && block.name.start !== cells[at]!.start && block.name.end !== cells[at]!.end) return block;
  if (!mate || mate.line !== cells[at]!.line) return block;
  const name = personNameOf(mate);
  const titleRow = block.lines.at(-1);
  if (!name || !titleRow) return block;
  if (officeTitleRow(cells, titleRow.line)?.length !== 2) return block;
  // Of each row of the two columns, the right cell; a line across both stays.
  const lines = block.lines.filter((c, k) => block.lines[k + 1]?.line !== c.line);
  return { lines, name };
}

/** A block's first line naming its body in capitals, no office or authority ("PHÒNG GD&ĐT QUẬN"). */
function opensWithBodyLine(line: Cell): boolean {
  return isMostlyUpperCase(line.text) && /\p{L}{2}/u.test(line.text) && !isAuthorityLine(line.folded) && !namesSignerOffice(line.folded);
}

/** Cells after a signature block within which a joint document's next block is looked for. */
const JOINT_BLOCK_REACH = 16;

/**
 * A joint document (Nghị quyết liên tịch…) sets its signers' blocks side by side, each under its
 * own authority line ("TM. CHÍNH PHỦ", "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI"); the lead body, named
 * first in the header, signs on the right, so it is read last. A block is followed by the next
 * one only when both open with an authority line, or the first with its body's name in capitals
 * ("PHÒNG GD&ĐT QUẬN / TRƯỞNG PHÒNG" beside "TM. BAN THƯỜNG VỤ QUẬN ĐOÀN / BÍ THƯ").
 */
function jointLeadBlock(cells: readonly Cell[], at: number, block: Block): Block {
  let lead = block;
  let leadAt = at;
  for (let j = at + 1; j < cells.length && j - leadAt <= JOINT_BLOCK_REACH; j++) {
    const c = cells[j]!;
    if (isRecipientCell(c.folded)) break;
    const leadOpensWithBody = opensWithBodyLine(lead.lines[0]!);
    if ((!isAuthorityLine(lead.lines[0]!.folded) && !leadOpensWithBody) || !isPersonName(c.text, c.folded)) continue;
    const next = blockAbove(cells, j);
    if (!next || !isAuthorityLine(next.lines[0]!.folded) || next.lines[0]!.start <= lead.name.start) continue;
    // Beside a block under its body's name alone, only a body's own ("TM. …") is the lead's: a
    // copy's "TL. / SAO Y" block after a signer's is no joint one.
    if (leadOpensWithBody && !/^t\.?\s*\/?\s*m\b/.test(next.lines[0]!.folded)) continue;
    lead = { ...next, name: c };
    leadAt = j;
  }
  return lead;
}

/**
 * "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ\nVỀ HQ PHÓ TRƯỞNG BAN": the office signed for wrapped onto the
 * deputy's title line. Under an authority line the deputy's own title starts at its "PHÓ".
 */
function deputyTitle(lines: readonly Cell[]): string | null {
  if (lines.length < 2) return null;
  const last = lines.at(-1)!;
  if (!AUTHORITY.test(lines.at(-2)!.folded)) return null;
  const at = last.folded.search(/ pho (?=\S)/);
  if (at <= 0 || AUTHORITY.test(last.folded)) return null;
  return oneLine(last.text.slice(at + 1));
}

/** An authority inside a line, after a space, with its stop ("… ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"). */
const INNER_AUTHORITY = /\s(tm|kt|tl|tuq)\.\s*(?=\S)/g;
/** A signer's office (folded), whole words: a head's or a deputy's. */
const OFFICE = new RegExp(String.raw`(?<![a-z])${HEAD_OFFICE}(?![a-z])`, 'g');

function innerAuthorities(folded: string): RegExpExecArray[] {
  return [...folded.matchAll(INNER_AUTHORITY)];
}

/**
 * The signer's own title in an authority line that holds the whole block, as a web copy's
 * signature cell runs it together: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "KT. BỘ TRƯỞNG THỨ TRƯỞNG",
 * "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH". After the
 * innermost authority come the office or body signed for, then the signer's own office: the
 * last office named, with what follows it ("KT. CHỦ TỊCH UBND QUẬN" keeps its words). No office
 * named: all that follows the authority.
 */
function ownTitleInLine(text: string, folded: string): string {
  const inner = innerAuthorities(folded).at(-1);
  const from = inner ? inner.index + inner[0].length : AUTHORITY.exec(folded)![0].length;
  const last = [...folded.slice(from).matchAll(OFFICE)].at(-1);
  const at = from + (last?.index ?? 0);
  // Folded, "phố" reads as "phó": "TM. UBND THÀNH PHỐ CHỦ TỊCH" names no deputy.
  const deputy = !last?.[0].startsWith('pho') || /^phó/i.test(text.slice(at, at + 3));
  return oneLine(text.slice(deputy ? at : at + last![0].indexOf(' ') + 1));
}

/** Readings of an OCR layer that only its engine's letters make (the caller has them; ocr-signer-name.ts). */
export interface EngineSignature {
  /** Lines that may hold a name only the engine's letters spell, looked for when no name is spelt. */
  nameLine: NameLine;
  /** A signature no block holds (a name in pieces beside the recipients' list), when none is found. */
  unblocked: () => Signer | null;
  /** The block's signer with its name as the engine's letters have it (null when they make none). */
  nameAsRead: (signer: Signer) => Signer;
}

/**
 * `ocrOrigin`: an OCR engine wrote the text (marked so, or judged garbled), and its dumps' repairs
 * apply; `engine`: what only that engine's letters make of the signature, when the caller has them.
 */
export function extractSigner(text: string, ctx: StageContext, cells?: readonly Cell[], ocrOrigin = false, engine?: EngineSignature): Signer {
  const block = findSignature(text, cells, undefined, ocrOrigin) ?? (engine ? findSignature(text, cells, engine.nameLine, ocrOrigin) : null);
  if (!block) {
    // A dump that ran the signature block into one long line; typed text keeps its lines, and a
    // typed page quoting a title before a name at its end has not signed with it.
    // A web copy run into one line keeps its "(đã ký)" note where the signature was (signed-note-signer.ts);
    // one that kept a line per table row runs the block into one line after the recipients (run-on-signer.ts).
    const inline = ocrOrigin
      ? (inlineSignature(text, withFamilyNameSpelled) ?? engine?.unblocked() ?? null)
      : (signedNoteSigner(text, withFamilyNameSpelled) ?? runOnSigner(text, withFamilyNameSpelled));
    if (inline) return inline;
    // A typed draft closing on the office it would be signed by, no name under it: the office and the block's span.
    const unsigned = ocrOrigin ? null : unsignedBlock(cells ?? tailCells(text));
    if (unsigned) {
      const office = oneLine(unsigned.title.text);
      ctx.message(log.unsignedBlock(office), { span: { start: unsigned.lines[0]!.start, end: unsigned.title.end } });
      return { name: null, title: office, authority: null, span: { start: unsigned.lines[0]!.start, end: unsigned.title.end } };
    }
    ctx.message(log.missingSigner());
    return { name: null, title: null, authority: null };
  }
  let authority: Signer['authority'] = null;
  for (const line of block.lines) {
    const m = AUTHORITY.exec(line.folded) ?? BARE_AUTHORITY.exec(line.folded);
    // A block run into one line ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"): its innermost authority signs.
    if (m) authority = authorityOf(innerAuthorities(line.folded).at(-1)?.[1] ?? m[1]!) ?? authority;
  }
  const above = block.lines.at(-1);
  const prefix = above && AUTHORITY.exec(above.folded);
  const title = above ? (deputyTitle(block.lines) ?? (prefix ? ownTitleInLine(above.text, above.folded) : oneLine(above.text))) : null;
  const signer: Signer = {
    name: oneLine(block.name.text),
    title: title || null,
    authority,
    span: { start: (block.lines[0] ?? block.name).start, end: block.name.end },
  };
  return engine ? engine.nameAsRead(signer) : signer;
}
