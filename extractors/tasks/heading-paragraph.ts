// A body's heading followed by one paragraph instead of bullets, in a list whose other headings
// carry bullets ("4. Bộ Tài chính" / "- Đảm bảo nguồn kinh phí …" / "5. Bộ Kế hoạch và Đầu tư" /
// "Bảo đảm nguồn kinh phí đầu tư phát triển …" / "6. Bộ Xây dựng" / …): the paragraph is that
// body's one duty. unit-headings.ts keeps the first paragraph under a heading named without ":"
// and gives it to the heading here when no bullet came after it.
// - A later paragraph (after a blank line, a sentence's end, a ";" or a duty's verb in capitals)
//   opening in capitals is a duty of its own when another heading of the same part follows
//   ("3. Các doanh nghiệp viễn thông" / "Đầu tư phát triển …" / "Cung cấp dịch vụ …" / "4. …");
//   under the part's last heading it is the plan's closing, not more of the duty.
// - Only where the list stands: another heading of the same part must carry duties of its own,
//   else a numbered name and its prose are just a paragraph ("1. Công an tỉnh" / "Tham mưu …").
import { DUTY_OPENING } from './work-verbs.js';

export interface Paragraph {
  text: string;
  start: number;
  end: number;
  /** A blank line or a sentence's end closed it: nothing more goes on it. */
  closed: boolean;
}

export interface HeldParagraph extends Paragraph {
  /** The paragraphs after the first, each opening in capitals: duties only where another heading follows. */
  rest?: Paragraph[];
}

const SENTENCE_END = /[.!?…]["”’)]*$/u;

/** The paragraph held so far with the line added: a wrapped line goes on the last paragraph, a new one opening in capitals is kept apart. */
export function holdParagraph(held: HeldParagraph | undefined, text: string, start: number, end: number, blankBefore: boolean): HeldParagraph {
  if (!held) return { text, start, end, closed: SENTENCE_END.test(text) };
  const last: Paragraph = held.rest?.[held.rest.length - 1] ?? held;
  const apart =
    last.closed || blankBefore || (/;$/.test(last.text) && /^\p{Lu}/u.test(text)) || (DUTY_OPENING.test(text) && !/(?:,|\bvà)$/u.test(last.text));
  if (!apart) {
    const joined = { text: `${last.text} ${text}`, start: last.start, end, closed: SENTENCE_END.test(text) };
    return last === held ? { ...held, ...joined } : { ...held, rest: [...held.rest!.slice(0, -1), joined] };
  }
  // A line in small letters after a closed paragraph goes on nothing: it is no paragraph of its own.
  const paragraph = /^\p{Lu}/u.test(text) ? [{ text, start, end, closed: SENTENCE_END.test(text) }] : [];
  const earlier = last === held ? [] : [...held.rest!.slice(0, -1), { ...last, closed: true }];
  return { ...held, closed: true, rest: [...earlier, ...paragraph] };
}

/** The paragraphs a heading's group gives as duties: the first, and the later ones when another heading of its part follows. */
export function heldDuties(held: HeldParagraph, followed: boolean): Paragraph[] {
  return followed ? [held, ...(held.rest ?? [])] : [held];
}

interface Group {
  section: string | null;
  duties: ReadonlyArray<unknown>;
  paragraph?: HeldParagraph;
  /** 'announced': the prose announced bullets ("… thực hiện:") that never came, no duty of its own. */
  intro?: string;
}

/** The groups that take their held paragraph as their duty: none of their own, and a sibling in the same part has some. */
export function paragraphHeadings<G extends Group>(groups: readonly G[]): G[] {
  const listed = new Set(groups.filter((g) => g.duties.length > 0).map((g) => g.section));
  return groups.filter((g) => g.duties.length === 0 && g.paragraph !== undefined && g.intro !== 'announced' && listed.has(g.section));
}
