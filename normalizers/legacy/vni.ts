// VNI (VNI-Times and the other VNI- fonts): a base letter followed by a mark byte, the way the
// VNI keyboard typed them; ơ ư đ and the toned i letters have bytes of their own. Bytes are
// held as the characters Windows shows for them (all of them are in Latin-1, above 0xC0).

const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const; // sắc huyền hỏi ngã nặng
const MARKS: Record<'plain' | 'circumflex' | 'breve', string[]> = {
  // index 0: no tone, then the tones in TONES order
  plain: ['', 'ù', 'ø', 'û', 'õ', 'ï'],
  circumflex: ['â', 'á', 'à', 'å', 'ã', 'ä'],
  breve: ['ê', 'é', 'è', 'ú', 'ü', 'ë'],
};
const I_LETTERS = ['i', 'í', 'ì', 'æ', 'ó', 'ò'];

/** VNI spelling of one Unicode letter, or null when the letter is written as itself. */
function encodeLetter(ch: string): string | null {
  if (ch === 'đ') return 'ñ';
  if (ch === 'Đ') return 'Ñ';
  const parts = [...ch.normalize('NFD')];
  const base = parts[0]!;
  const lowerBase = base.toLowerCase();
  if (!'aeiouy'.includes(lowerBase) || parts.length === 1) return null;
  const upper = base !== lowerBase;
  const toneIndex = 1 + TONES.findIndex((t) => parts.includes(t));
  const modifier = parts.includes('\u0302') ? 'circumflex' : parts.includes('\u0306') ? 'breve' : 'plain';
  const horn = parts.includes('\u031B');
  const caseOf = (s: string) => (upper ? s.toUpperCase() : s);
  let out: string;
  if (horn) out = caseOf(lowerBase === 'o' ? 'ô' : 'ö') + caseOf(MARKS.plain[toneIndex]!);
  else if (lowerBase === 'i') out = caseOf(I_LETTERS[toneIndex]!);
  else if (lowerBase === 'y' && toneIndex === 5) out = caseOf('î');
  else out = caseOf(base.toLowerCase()) + caseOf(MARKS[modifier][toneIndex]!);
  return out === ch ? null : out;
}

const TO_VNI = new Map<string, string>();
const FROM_VNI = new Map<string, string>();
{
  const letters = new Set<string>();
  for (const base of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']) {
    for (const tone of ['', ...TONES]) {
      const lower = (base + tone).normalize('NFC');
      letters.add(lower).add(lower.toUpperCase());
    }
  }
  letters.add('đ').add('Đ');
  for (const letter of letters) {
    const vni = encodeLetter(letter);
    if (!vni) continue;
    TO_VNI.set(letter, vni);
    FROM_VNI.set(vni, letter);
    // Mixed case (caps lock, Shift on the base only): the base letter decides the case.
    if (vni.length === 2) {
      const [b, m] = [vni[0]!, vni[1]!];
      const flipped = m === m.toLowerCase() ? m.toUpperCase() : m.toLowerCase();
      if (!FROM_VNI.has(b + flipped)) FROM_VNI.set(b + flipped, letter);
    }
  }
}

const KEYS = [...FROM_VNI.keys()].sort((a, b) => b.length - a.length);
const VNI_RE = new RegExp(KEYS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** The encoding as pairs, for tests and documentation. */
export const VNI_TABLE: ReadonlyArray<[vni: string, unicode: string]> = [...TO_VNI].map(([u, v]) => [v, u]);

/** VNI text (one character per byte) → Unicode NFC. */
export function vniToUnicode(text: string): string {
  return text.replace(VNI_RE, (m) => FROM_VNI.get(m) ?? m).normalize('NFC');
}

/** Unicode → VNI (characters that Latin-1 bytes stand for). */
export function unicodeToVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += TO_VNI.get(ch) ?? ch;
  return out;
}
