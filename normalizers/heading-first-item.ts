// A web copy that kept one line per paragraph may run a numbered heading and its first sub-item's
// number together: "2. Nâng cao năng lực … về quan hệ lao động 2.1." with the item's text on the
// next line, or "3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện toàn …".
// The sub-item opens a line of its own: the space before its number becomes the line break, so
// offsets hold. Only the first sub-item of the heading's own number ("2." then "2.1."), at the
// line's end or before a capital, and not after a word that cites a clause: "theo mục 2.1. của …"
// is neither, "theo điểm 1.1. Phụ lục …" is a reference, not an item.
import { foldVietnamese } from './fold.js';

/** A numbered heading opening the line: "2. Nâng cao …". */
const HEADING = /^[ \t]*(\d{1,2})\.[ \t]+\p{Lu}/u;

/** Words (folded) after which a number names a part of a document, not the next item. */
const CLAUSE_WORD = /(?:^|\s)(?:diem|muc|khoan|tiet|phan|dieu|chuong|phu luc|tai|theo|so)$/i;

export function splitHeadingFromFirstItem(text: string): string {
  return text.replace(/^[^\n]+$/gmu, (line) => {
    if (line.includes('|') || line.includes('\t')) return line;
    const heading = HEADING.exec(line);
    if (!heading) return line;
    const item = new RegExp(String.raw`[ ](?=${heading[1]}\.1\.(?:[ \t]*$|[ \t]+\p{Lu}))`, 'u').exec(line.slice(heading[0].length));
    if (!item) return line;
    const at = heading[0].length + item.index;
    if (CLAUSE_WORD.test(foldVietnamese(line.slice(Math.max(0, at - 12), at)))) return line;
    return `${line.slice(0, at)}\n${line.slice(at + 1)}`;
  });
}
