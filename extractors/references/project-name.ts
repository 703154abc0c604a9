// A programme known by the short name of the decision that set it up: "Tổ công tác Đề án 06/CP",
// "theo chỉ đạo của Tổ Đề án 06/CP của Chính phủ". The figure and the issuer's code name the
// programme, not a document of that number: no "số" before it, no type code in its symbol (a
// project's own document is "Đề án số 01/ĐA-UBND ngày …"), no date.
import type { PlanNumber } from '../shared/number.js';
import { foldVietnamese } from '../../normalizers/fold.js';

/**
 * The citation is a programme's name: type Đề án, a symbol that is only an issuer's code ("CP",
 * "TTg"), no date, and no "số" in `printed` (the citation's text from its type word to its number's end).
 */
export function namesProgramme(typeName: string | null | undefined, number: PlanNumber | null, date: string | null, printed: string): boolean {
  if (typeName !== 'Đề án' || !number?.number || date) return false;
  if (number.typeCode || number.party || /[-/]/.test(number.symbol)) return false;
  return !/(?:^|\s)so\s*:?\s*\d/.test(foldVietnamese(printed).toLowerCase());
}
