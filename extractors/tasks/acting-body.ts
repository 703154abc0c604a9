// The body a step's paragraph names as doing the work, when the step carries only its time:
// "2.4. Bước 4: Lập Đề án …" / "Trên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng
// chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Sở Tài chính lập Đề án …" /
// "Thời gian hoàn tất: …". The subject is the body named before the sentence's first verb of
// work; an opening clause ("Trên cơ sở …", "Căn cứ …", "Sau khi …") runs to the first comma a
// body follows, and its bodies are not the subject. "X chủ trì, phối hợp với Y" names the
// partners up to the verb after them. A sentence that opens on no body names none.
import { foldVietnamese } from '../../normalizers/fold.js';
import { partnersOpener } from './chair-partners.js';
import { splitUnits, startsBody } from './units.js';
import { workVerbAlternation } from './work-verbs.js';

/** "Trên cơ sở …", "Căn cứ …", "Sau khi …", "Khi …": a clause that says on what or when, before the subject. */
const OPENING_CLAUSE = /^(?:tren co so|can cu|sau khi|khi|theo)\b/;
/** The verbs that end a subject's name (folded), the work verbs and a few more a step opens with. */
const VERB = new RegExp(String.raw`\s(?:chu tri|chi dao|tham dinh|lap|thanh lap|phe duyet|giao|co trach nhiem|${workVerbAlternation([])})\b`);
const VERB_ALL = new RegExp(VERB.source, 'g');
/** A head word right before the verb: the verb's words are a body's name ("… và Sở Xây dựng"). */
const NAME_HEAD_BEFORE = /(?:^|\s)(?:so|ban|bo|phong|cuc|vu|chi cuc|trung tam|van phong)$/;

export interface ActingBody {
  lead: string[];
  support: string[];
}

/** The subject of the sentence and the partners "chủ trì, phối hợp với" names, or null. */
export function actingBodyOf(sentence: string): ActingBody | null {
  let text = sentence.trim();
  const folded = () => foldVietnamese(text).toLowerCase();
  if (OPENING_CLAUSE.test(folded())) {
    // The clause ends at the first comma a body's name follows ("…, Sở Xây dựng chủ trì").
    let cut = -1;
    for (const m of text.matchAll(/,\s*/g)) {
      if (startsBody(text.slice(m.index! + m[0].length))) {
        cut = m.index! + m[0].length;
        break;
      }
    }
    if (cut < 0) return null;
    text = text.slice(cut);
  }
  if (!startsBody(text)) return null;
  // A verb right after the head word is the body's name ("Sở Xây dựng", "Ban Chỉ đạo"), not its work.
  const headEnd = text.search(/\s/);
  const key = folded();
  const verb = [...key.matchAll(VERB_ALL)].find((m) => m.index! > headEnd && !NAME_HEAD_BEFORE.test(key.slice(0, m.index)));
  if (!verb) return null;
  const subject = text.slice(0, verb.index).replace(/[\s,;:]+$/, '');
  if (!subject || subject.length > 120) return null;
  const lead = splitUnits(subject);
  const support: string[] = [];
  if (verb[0].trim() === 'chu tri') {
    const after = text.slice(verb.index + verb[0].length);
    const comma = /^\s*,?\s*/.exec(after)![0].length;
    const opener = partnersOpener(foldVietnamese(after.slice(comma)).toLowerCase());
    if (opener) {
      const rest = after.slice(comma + opener);
      const end = VERB.exec(` ${foldVietnamese(rest).toLowerCase()}`);
      const named = (end ? rest.slice(0, Math.max(0, end.index - 1)) : rest).replace(/[\s,;:.]+$/, '');
      if (named && named.length <= 200) support.push(...splitUnits(named));
    }
  }
  return lead.length ? { lead, support } : null;
}
