// A signer's name under the round seal: OCR reads the stamp's ink into the name's first word
// ("sắng Văn Thuần" for Hoàng Văn Thuân, heldout-fresh13 m01) and no name is found. A plan often
// names the same person in its body ("4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: …"): a line under
// the signature's authority line ("TM. ĐOÀN KIỂM TRA") ending in two capitalised words that are,
// marks aside, the last two words of exactly one person the body names with "Ông", "Bà" or
// "Đồng chí", is that person's name. OCR text only, and only where no name was found: nothing
// read is replaced, and a name not printed elsewhere in the document is never made up.
import { foldVietnamese } from '../../normalizers/fold.js';

/** The signature block opens with its authority: "TM. …", "T/M …", "KT. …", "TL. …", "TUQ. …". */
const AUTHORITY = /^(?:T\.?M|T\/M|KT|TL|TUQ|Q)\.?\s+\p{Lu}/u;
/** "Ông. Hoàng Văn Thuân", "Bà Nguyễn Thị Loan", "Đồng chí Lê Văn A": a person the body names. */
const NAMED_PERSON = /(?:^|[\s(,;])(?:Ông|Bà|Đồng chí|Đ\/c)\s*[.:]?\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){2,3})(?![\p{L}])/gu;
/** How many lines under the authority line the name may stand (title lines and seal debris between). */
const NAME_REACH = 5;

const key = (words: readonly string[]) => foldVietnamese(words.join(' ')).toLowerCase();

/** The full name the body gives a signer whose name under the seal kept only its last words; null when none or several fit. */
export function signerNamedInBody(text: string): string | null {
  const people = new Map<string, string>();
  for (const m of text.matchAll(NAMED_PERSON)) {
    const words = m[1]!.split(/\s+/);
    people.set(m[1]!, key(words.slice(-2)));
  }
  if (!people.size) return null;
  const lines = text.split('\n');
  const found = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!AUTHORITY.test(lines[i]!.trim())) continue;
    for (const line of lines.slice(i + 1, i + 1 + NAME_REACH)) {
      const words = line.trim().split(/\s+/);
      if (words.length < 2 || words.length > 4) continue;
      const last = words.slice(-2);
      if (!last.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
      for (const [name, tail] of people) if (tail === key(last)) found.add(name);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
