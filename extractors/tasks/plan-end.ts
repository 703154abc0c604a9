// Where a plan's lists of duties end: "Nơi nhận:" opens the recipients' list, "Trên đây là Kế
// hoạch …" the closing sentence (a PDF's text layer sets it apart by no blank line).

/** A line opening the plan's end (the line as printed, trimmed). */
export const PLAN_END = /^(?:n[oơ]i nh[aậ]n|tr[eê]n đ[aâ]y l[aà])(?![\p{L}\p{N}])/iu;
