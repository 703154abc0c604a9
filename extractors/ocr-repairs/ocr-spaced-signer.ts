// The signature of an OCR layer whose engine cut syllables into pieces ("T rần T u ấn A nh") and
// whose column gap was lost: the title stands on the "Nơi nhận:" line ("Nơi nhận: K T . BỘ
// TRƯỞNG"), the name at the end of one of the recipients' lines below, beside an item of the
// list. Read only when no signature was found otherwise, only from the engine's letters, and
// only a name in pieces (ocr-signer-name.ts spacedNameAtLineEnd): a recipient named whole, or
// addressed ("Ông …", "Đ/c …"), is never taken.
import type { Signer } from '../../output/schema.js';
import type { Cell } from '../shared/layout.js';
import { oneLine } from '../shared/layout.js';
import { authorityOf, isRecipientCell, namesSignerOffice } from '../closing/signature-lines.js';
import { spacedNameAtLineEnd, type EngineReading } from './ocr-signer-name.js';

/** Lines of the list below the title within which the name is looked for. */
const LIST_REACH = 30;

// "K T .", "KT.", "T M ." before the office signed for: the authority, its letters in pieces too.
const SPACED_AUTHORITY = /^(k ?t|t ?m|t ?l|t ?u ?q)\s*\.\s*/;

/** The signer whose name an engine cut into pieces beside the recipients' list; null when none is read. */
export function spacedSignerBesideRecipients(cells: readonly Cell[], reading: EngineReading): Signer | null {
  // Annexes may follow with forms of their own "Nơi nhận:": each list is looked at, the last first.
  for (let label = cells.length - 1; label >= 0; label--) {
    if (!/^\W{0,2}noi nhan\b/.test(cells[label]!.folded)) continue;
    const signer = besideList(cells, label, reading);
    if (signer) return signer;
  }
  return null;
}

function besideList(cells: readonly Cell[], label: number, reading: EngineReading): Signer | null {
  // The title on the label's line, or the line below it.
  let titleAt = -1;
  for (let i = label + 1; i < cells.length && cells[i]!.line <= cells[label]!.line + 1; i++) {
    const c = cells[i]!;
    if (!isRecipientCell(c.folded) && namesSignerOffice(c.folded.replace(/\b(\w) (?=\w\b)/g, '$1'))) {
      titleAt = i;
      break;
    }
  }
  if (titleAt < 0) return null;
  const title = cells[titleAt]!;
  for (let i = titleAt + 1; i < cells.length && cells[i]!.line - title.line <= LIST_REACH; i++) {
    const c = cells[i]!;
    if (!isRecipientCell(c.folded) && !/^\p{Ll}/u.test(c.text)) continue;
    const found = spacedNameAtLineEnd(reading(c.start, c.end));
    if (!found) continue;
    const tokens = [...c.text.matchAll(/\S+/g)];
    if (tokens.length < found.words) continue;
    const authority = SPACED_AUTHORITY.exec(title.folded);
    return {
      name: found.name,
      title: oneLine(authority ? title.text.slice(authority[0].length) : title.text) || null,
      authority: authority ? authorityOf(authority[1]!) : null,
      span: { start: title.start, end: c.end },
    };
  }
  return null;
}
