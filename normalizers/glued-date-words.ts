// A date line whose handwritten figures an engine could not read and glued to the printed words
// around them: "ngayJ,Rthang nam 2021". Left so, the diacritic restorer reads the run as one
// word and re-letters it ("ngại,Tháng"), and the date line is lost with the place before it. The
// printed "ngày" and "tháng" are set apart from the scraps between them (a guard run before the
// restorer): the restorer then marks the words, and the header reads the date with its day and
// month blank. Only a run of no small letters between the two words: "ngày tháng" in a sentence,
// or words that merely start so ("ngayngắn"), are left as they are.
const GLUED_DATE_WORDS = /(?<![\p{L}])([Nn]g[aà]y|NG[AÀ]Y)([^\s\p{Ll}]{1,5})([Tt]h[aá]ng|TH[AÁ]NG)(?![\p{L}])/gu;

/** The text with the date's words set apart from figures or scraps glued between them. */
export function separateGluedDateWords(text: string): string {
  return text.replace(GLUED_DATE_WORDS, '$1 $2 $3');
}
