// A công văn's trích yếu label "V/v" an engine misread, its slash taken for a letter: "Viv chinh
// sach thuS", "VIv m(>ts6thay d6i", "VWv triển khai", "Vlv …", "V1v …". Left so, the restorer reads
// the label as a syllable and re-letters it ("Và chính sách thuế"): the letter loses its "V/v"
// line, and with it its type (a Cục Thuế's "14579/CT-…" then reads as a Chỉ thị). The label is
// put back before the restorer (a guard like glued-date-words.ts). Only at a line's start, before a
// word: no Vietnamese syllable is spelt "viv", "vlv", "vwv" or "v1v".
const MISREAD_LABEL = /^([ \t]*)V[iIlW1|\\]v(?=[ \t:.]+\S)/gmu;

/** The text with each misread "V/v" label that opens a line written "V/v". */
export function repairMisreadSubjectLabel(text: string): string {
  return text.replace(MISREAD_LABEL, '$1V/v');
}
