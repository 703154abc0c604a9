// "X chủ trì, phối hợp với Y, Z …": the lead and the partners a sentence of assignment names, as
// numbered items write it (assignments.ts, the work following) and as a block assigning lettered
// points does (point-assignments.ts, the bodies alone before "thực hiện nội dung điểm …").
// Folded text keeps the length of Vietnamese letters: offsets in the fold are offsets in the text.

/** "(và) phối hợp (chặt chẽ) (với)" opening the partners' names (folded). */
const PARTNERS = /^(?:va\s+)?phoi hop(?:\s+chat che)?(?:\s+voi)?\s+/;
/** "… chủ trì, …" ending the lead's names (folded). */
const CHAIR = /\s*,?\s*chu tri\s*,?\s*/;

/** How long the words opening the partners' names are at the start of `folded`; 0 when none. */
export function partnersOpener(folded: string): number {
  return PARTNERS.exec(folded)?.[0].length ?? 0;
}

/**
 * The lead's and the partners' text of bodies named "X chủ trì (và) phối hợp với Y": the lead those
 * before "chủ trì", else those before "phối hợp", else all; the partners all after "phối hợp (với)".
 */
export function chairAndPartners(bodies: string, folded: string): { lead: string; partners: string } {
  const chair = CHAIR.exec(folded);
  const partnersFrom = chair ? chair.index + chair[0].length : folded.search(/\s(?:va\s+)?phoi hop\b/);
  const lead = chair ? bodies.slice(0, chair.index) : partnersFrom > 0 ? bodies.slice(0, partnersFrom) : bodies;
  if (partnersFrom < 0) return { lead, partners: '' };
  const rest = folded.slice(partnersFrom).replace(/^\s+/, '');
  const opener = partnersOpener(rest);
  return { lead, partners: opener ? bodies.slice(folded.length - rest.length + opener) : '' };
}
