// TCVN 5712:1993 VN3 ("ABC", the .VnTime font family). Bytes are held as the characters
// Windows shows for them (cp1252 = Latin-1 above 0xA0), which is how DOCX runs and pasted text
// carry them. VN3 has codes for lower-case letters and for the seven plain capitals only; toned
// capitals were typed with the lower-case codes in a capitals font (.VnTimeH), so decoding a
// run in such a font upper-cases the result.

const UNICODE =
  'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
const TCVN3 =
  'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦';

const TO_UNICODE = new Map<string, string>();
const FROM_UNICODE = new Map<string, string>();
for (let i = 0; i < UNICODE.length; i++) {
  TO_UNICODE.set(TCVN3[i]!, UNICODE[i]!);
  FROM_UNICODE.set(UNICODE[i]!, TCVN3[i]!);
}

/** The table as pairs, for tests and documentation. */
export const TCVN3_TABLE: ReadonlyArray<[tcvn3: string, unicode: string]> = [...TO_UNICODE];

/** TCVN3 text (one character per byte) → Unicode NFC. `capitals`: the run was in a .Vn…H font. */
export function tcvn3ToUnicode(text: string, capitals = false): string {
  let out = '';
  for (const ch of text) out += TO_UNICODE.get(ch) ?? ch;
  return (capitals ? out.toUpperCase() : out).normalize('NFC');
}

/** True for a capital that VN3 cannot encode in the lower-case font (toned capitals). */
export function needsCapitalsFont(ch: string): boolean {
  const lower = ch.toLowerCase();
  return lower !== ch && !FROM_UNICODE.has(ch) && FROM_UNICODE.has(lower);
}

/**
 * Unicode → TCVN3 as runs, each to be set in the lower-case font or the capitals font, the
 * way a typist of the 1990s switched fonts for toned capitals. A line written wholly in
 * capitals is one capitals run.
 */
export function unicodeToTcvn3Runs(text: string): Array<{ text: string; capitals: boolean }> {
  const nfc = text.normalize('NFC');
  const runs: Array<{ text: string; capitals: boolean }> = [];
  const push = (t: string, capitals: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.capitals === capitals) last.text += t;
    else runs.push({ text: t, capitals });
  };
  const allCaps = /\p{Lu}/u.test(nfc) && nfc === nfc.toUpperCase();
  if (allCaps) return [{ text: encodeChars(nfc.toLowerCase()), capitals: true }];
  for (const ch of nfc) {
    const capitals = needsCapitalsFont(ch);
    push(encodeChars(capitals ? ch.toLowerCase() : ch), capitals);
  }
  return runs;
}

/** Unicode → TCVN3 in the lower-case font only (toned capitals lose their case). */
export function unicodeToTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += FROM_UNICODE.get(ch) ?? FROM_UNICODE.get(ch.toLowerCase()) ?? ch;
  return out;
}

function encodeChars(text: string): string {
  let out = '';
  for (const ch of text) out += FROM_UNICODE.get(ch) ?? ch;
  return out;
}
