// A date line whose handwritten figures an engine could not read and glued to the printed words
// around them: "ngayJ,Rthang nam 2021". Left so, the diacritic restorer reads the run as one
// word and re-letters it ("ngại,Tháng"), and the date line is lost with the place before it. The
// printed "ngày" and "tháng" are set apart from the scraps between them (a guard run before the
// restorer): the restorer then marks the words, and the header reads the date with its day and
// month blank. Only a run of no small letters between the two words: "ngày tháng" in a sentence,
// or words that merely start so ("ngayngắn"), are left as they are.
const GLUED_DATE_WORDS = /(?<![\p{L}])([Nn]g[aà]y|NG[AÀ]Y)([^\s\p{Ll}]{1,5})([Tt]h[aá]ng|TH[AÁ]NG)(?![\p{L}])/gu;
// Or the day's scrap glued to "ngày" alone, a mark opening it where a handwritten digit stood,
// "tháng" (as the engine read it: "thdng") after a space: "ngay~8 thdng 4". The restorer reads a
// "~" after a letter as a lost vowel of that word and drops it ("ngày 8"), which leaves a day the
// page does not show (28 written, 8 read). Set apart, the mark stays with its figure and the date
// reader leaves the day unread (dates.ts withoutGluedMark). Typing's punctuation ("ngày: 5") and a
// slash ("ngày/5/2020") are no such mark.
const MARK_GLUED_DAY = /(?<![\p{L}])([Nn]g[aà]y|NG[AÀ]Y)([^\s\p{L}\p{N}.,;:/()][^\s\p{L}]{0,3}\p{N}[^\s\p{L}]{0,2})(?=[ \t]+[Tt]h\p{L}{1,3}ng(?![\p{L}]))/gu;

/** The text with the date's words set apart from figures or scraps glued between them. */
export function separateGluedDateWords(text: string): string {
  return text.replace(GLUED_DATE_WORDS, '$1 $2 $3').replace(MARK_GLUED_DAY, '$1 $2');
}
