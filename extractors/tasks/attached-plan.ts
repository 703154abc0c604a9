// A decision that issues a plan often carries the plan after its own signature: the plan's title
// line ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG") and, under its heading, the caption naming the
// decision ("(Ban hành kèm theo Quyết định số …)", "(Ban hành kèm Quyết định số …)"). The plan's part of the text
// is read as a plan: its numbered items assign work as any plan's do.
/** A plan's title line alone: "KẾ HOẠCH", "CHƯƠNG TRÌNH (HÀNH ĐỘNG)" (folded, lower case). */
const PLAN_TITLE = /^[*_\s]*(?:ke hoach|chuong trinh(?: hanh dong| cong tac)?)[*_\s]*$/;
/** The caption naming the decision the plan is issued with (folded, lower case). */
const CAPTION = /\(\s*[*_]*\s*(?:duoc\s+)?(?:ban hanh\s+)?(?:kem(?:\s+theo)?|theo)\s+quyet dinh\s+so\b/;
/** How far below its title line the caption may stand (the plan's title runs over lines). */
const CAPTION_REACH = 1200;

/**
 * Where the plan a decision issues begins (the offset of its title line), or null when the text
 * carries no such plan. Only a title line followed by a caption counts: a decision that merely
 * names "Kế hoạch" in its articles carries none. `folded`: the text folded (normalizers/fold.ts,
 * offsets kept), as the caller holds it.
 */
export function attachedPlanStart(folded: string): number | null {
  let offset = 0;
  for (const line of folded.split('\n')) {
    if (PLAN_TITLE.test(line) && offset > 0) {
      const below = folded.slice(offset + line.length, offset + line.length + CAPTION_REACH);
      if (CAPTION.test(below)) return offset;
    }
    offset += line.length + 1;
  }
  return null;
}
