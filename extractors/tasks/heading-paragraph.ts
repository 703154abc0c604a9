// A body's heading followed by one paragraph instead of bullets, in a list whose other headings
// carry bullets ("4. Bộ Tài chính" / "- Đảm bảo nguồn kinh phí …" / "5. Bộ Kế hoạch và Đầu tư" /
// "Bảo đảm nguồn kinh phí đầu tư phát triển …" / "6. Bộ Xây dựng" / …): the paragraph is that
// body's one duty. unit-headings.ts keeps the first paragraph under a heading named without ":"
// and gives it to the heading here when no bullet came after it.
// - Only the first paragraph: a later one (after a blank line, or after a sentence's end) is the
//   plan's closing, not more of the duty.
// - Only where the list stands: another heading of the same part must carry duties of its own,
//   else a numbered name and its prose are just a paragraph ("1. Công an tỉnh" / "Tham mưu …").

export interface HeldParagraph {
  text: string;
  start: number;
  end: number;
  /** A blank line or a sentence's end closed it: nothing more goes on it. */
  closed: boolean;
}

const SENTENCE_END = /[.!?…]["”’)]*$/u;

/** The paragraph held so far with the line added: a wrapped line goes on it, a new paragraph closes it. */
export function holdParagraph(held: HeldParagraph | undefined, text: string, start: number, end: number, blankBefore: boolean): HeldParagraph {
  if (!held) return { text, start, end, closed: SENTENCE_END.test(text) };
  if (held.closed || blankBefore) return { ...held, closed: true };
  return { text: `${held.text} ${text}`, start: held.start, end, closed: SENTENCE_END.test(text) };
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
