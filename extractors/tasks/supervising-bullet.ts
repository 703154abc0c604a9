// A bullet between a prose task's label lines that names the body overseeing the work, not a task:
// "- Đơn vị thực hiện: Các bệnh viện …" / "- Sở Y tế chỉ đạo, hướng dẫn các bệnh viện …" /
// "- Thời gian thực hiện: …". Read as a task, it cuts the task in two (the bullets above it and
// the deadline below it become tasks of their own); it is the task's supervisor.
import { foldVietnamese } from '../../normalizers/fold.js';

/** The verbs of oversight, not of doing the work ("kiểm tra", "tổ chức" are work a body may lead). */
const OVERSEES = /^(?:theo doi|chi dao|huong dan|don doc|giam sat)(?=[\s,;]|$)/;
/** The head of a body's name. */
const BODY_HEAD = /^(?:so|bo|ban|ubnd|uy ban|van phong|cong an|trung tam|phong|cuc|chi cuc|thanh tra|hoi dong)(?=\s)/;
const MAX_NAME_WORDS = 8;

/**
 * The body a bullet names as overseeing the work ("Sở Y tế chỉ đạo, hướng dẫn …" → "Sở Y tế"),
 * or null: the name must open with a capital and a body's head and be followed at once by a verb
 * of oversight.
 */
export function supervisingBody(bullet: string): string | null {
  const words = bullet.trim().split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return null;
  for (let n = 2; n <= Math.min(MAX_NAME_WORDS, words.length - 1); n++) {
    // A name does not run over a list's separator ("Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh").
    if (/[;.:]$/.test(words[n - 2]!)) return null;
    const rest = foldVietnamese(words.slice(n).join(' ')).toLowerCase();
    if (!OVERSEES.test(rest)) continue;
    const name = words.slice(0, n).join(' ').replace(/[,:;]+$/, '');
    return BODY_HEAD.test(`${foldVietnamese(name).toLowerCase()} `) ? name : null;
  }
  return null;
}
