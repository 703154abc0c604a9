// The line a mass organisation prints where the state prints its motto: "ĐOÀN TNCS HỒ CHÍ MINH"
// (the youth union) heads the right column of a Đoàn body's header, as "ĐẢNG CỘNG SẢN VIỆT NAM"
// heads a Party body's. It is no part of the issuer block and no part of the place-and-date line
// under it ("ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày …" copied onto one line), and it names the
// organisation the block's "BAN CHẤP HÀNH TRUNG ƯƠNG" belongs to.

/** The organisation a heading names, as its own documents spell it. */
export interface MassHeading {
  /** "Đoàn TNCS Hồ Chí Minh". */
  name: string;
  /** The word a body's name uses for it ("Ban Chấp hành Đoàn huyện …"). */
  short: string;
}

export const YOUTH_UNION: MassHeading = { name: 'Đoàn TNCS Hồ Chí Minh', short: 'Đoàn' };

const GAP = '[\\s*_]*';

/**
 * The heading in folded text: "doan tncs ho chi minh" or "doan thanh nien cong san ho chi minh".
 * No word boundary is asked before it: a flattened copy glues it to the cell before ("-VPĐOÀN TNCS").
 */
export const MASS_HEADING = new RegExp(`doan${GAP}(?:tncs|thanh${GAP}nien${GAP}cong${GAP}san)${GAP}ho${GAP}chi${GAP}minh(?![a-z])`, 'g');

/** Whether the matched span of `text` is printed in capitals, as a heading is (running text names the union in small letters). */
export function isHeadingCase(text: string, start: number, end: number): boolean {
  return /^\P{Ll}*$/u.test(text.slice(start, end));
}

/** The organisation a header segment names, when it is such a heading and nothing else. */
export function massHeadingOf(text: string, folded: string): MassHeading | null {
  const re = new RegExp(MASS_HEADING.source);
  const m = re.exec(folded);
  if (!m || !isHeadingCase(text, m.index, m.index + m[0].length)) return null;
  const rest = (folded.slice(0, m.index) + folded.slice(m.index + m[0].length)).replace(/[^a-z0-9]/g, '');
  return rest ? null : YOUTH_UNION;
}
