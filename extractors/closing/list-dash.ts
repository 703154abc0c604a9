// The dash that opens an item of a list ("- Như trên;", "• Lưu: VT"). OCR engines read the short
// dash of a scanned recipients' list as a tilde ("~ Như trên;", "~ Lưu: VT, GSQL (2b)."): no typed
// line opens with a tilde, so it is a list's dash wherever it opens a line.
export const LIST_DASH = '[-–•+*~]';

/** A line's opening list dash and the spaces after it. */
export const LEADING_DASH = new RegExp(`^${LIST_DASH}\\s*`);
