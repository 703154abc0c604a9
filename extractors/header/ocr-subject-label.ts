// A công văn's "V/v" label as an OCR engine reads it. The label is small and set in italics at the
// head of the subject's cell, and engines that read a scan lose its slash or read it as another
// stroke: "Vv chính sách thuế …", "VIv một số thay đổi …", "v Iv phương thức …", "V/w Trả lời …",
// "VW giải đáp …", "'V/ hướng dẫn …" (a speck before it). Read at the opening of a line of the
// header zone in OCR text only (header-zone.ts), and written back as "V/v" in the title (header.ts),
// so the trích yếu is not lost with its label.

/**
 * The garbled label opening a line, folded (small letters, no marks), before a word: "vv", "vw",
 * "v/w", "v/" alone, or a "v" and "v"/"w" with a stroke read between them ("viv", "v iv", "v1v",
 * "v|v"). The exact "v/v" and "v/ v" are SUBJECT's (header-zone.ts), not matched here. A speck
 * (quote, stop) may stand before it. The label's own characters end at group 1's end.
 */
export const GARBLED_SUBJECT_LABEL = /^[ \t'‘’"`.,]{0,3}(v(?:[vw]|\/w|\/(?= )|\s?[il1|]\s?[vw]))[ \t:.]+(?=[\p{L}\d"“])/gmu;

/** The exact label ("V/v", "V/V", "v/ v"), as the title keeps it. */
const EXACT_LABEL = /^v\/ ?v(?![\p{L}])/iu;

/**
 * `subject` with its garbled label (what GARBLED_SUBJECT_LABEL matched at its opening) written as
 * "V/v"; the words after it are kept as read. A subject with the exact label, or with none, is
 * returned as it is.
 */
export function withReadSubjectLabel(subject: string): string {
  if (EXACT_LABEL.test(subject)) return subject;
  // The label's letters carry no marks: matching without case is the folding it needs.
  const m = new RegExp(GARBLED_SUBJECT_LABEL.source, 'iu').exec(subject);
  return m ? `V/v ${subject.slice(m[0].length)}` : subject;
}
