// Tasks listed under the unit that does them, the form a plan's "Tổ chức thực hiện" and a
// Party plan's "Phân công nhiệm vụ" take:
//   "1. Phòng Văn hóa – Thông tin:"            "**a) Tổ đảng ở Thường trực Ủy ban Kinh tế**"
//   "- Chủ trì, hướng dẫn, đôn đốc …"          "*   Chủ trì thẩm tra …"
//   "- Thực hiện tuyên truyền qua …"            "*   Kiến nghị cơ chế, chính sách …"
//   "2. Đề nghị Ban Tuyên giáo Huyện ủy:"      (a heading may carry one paragraph, no bullets)
// The heading is a numbered or lettered item that names a body and nothing else: it ends with
// ":" or is set in bold. Each bullet under it (or its one paragraph) is a task of that body;
// "phối hợp với X" inside the duty names X as a partner.
// The body's name may also open its item and its duty follow the colon on the same line
// ("2. Phòng Giáo dục và Đào tạo: Phối hợp với phòng Nội vụ tham mưu …"). When such a duty
// announces bullets ("… tham mưu UBND huyện triển khai Kế hoạch. Cụ thể:"), the bullets are the
// tasks and the partners it names are theirs.
// In the plan's closing part the items may go unnumbered, one paragraph each ("UBND các huyện,
// thành phố: Lựa chọn địa điểm …" then "Đơn vị triển khai đào tạo: Trực tiếp liên hệ …").
// - A list is two or more such headings with duties under them: one heading alone is a
//   paragraph that happens to open with a body.
// - The duties of a heading end at the next numbered item or plan part, or at a paragraph that
//   is no bullet after a blank line (a plan's closing sentence, "Nơi nhận").
import type { TaskRow } from '../../output/schema.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseDeadline } from '../shared/deadline.js';
import type { SourceLine } from './tsv-table.js';
import { namesUnit, splitUnits, stripMarkup } from './units.js';
import { NOT_INSIDE_A_NAME, workVerbAlternation } from './work-verbs.js';
import { heldDuties, holdParagraph, paragraphHeadings, type HeldParagraph } from './heading-paragraph.js';
import { REQUEST, subjectDuty } from './subject-duty.js';
import { PLAN_END } from './plan-end.js';
import { planPartKind } from './plan-parts.js';

interface Duty {
  text: string;
  start: number;
  end: number;
  /** Written after the body's name on the heading's own line, not as a bullet under it. */
  inline?: boolean;
  /** A paragraph of its own under the heading, no bullet: numbered with the heading. */
  paragraph?: boolean;
  /** The bullet's mark ("-", "+", "•"). */
  mark?: string;
  /** A lettered item under the heading ("a)"): numbered "1.a". */
  letter?: string;
}

interface UnitGroup {
  lead: string[];
  number: string | null;
  section: string | null;
  duties: Duty[];
  /** Named without ":" or bold (converters drop the bold): a heading only when bullets follow. */
  needsBullets: boolean;
  /** Prose between an unmarked heading and its bullets: read so far, or ended by announcing them ("… thực hiện:"). */
  intro?: 'pending' | 'announced';
  /** The heading's text as read so far: a name wrapped onto the next line goes on here. */
  heading?: string;
  /** "UBND các xã: Hải Tiến, Giao Minh, …": the heading lists its bodies' names, one lead. */
  nameList?: boolean;
  /** The first paragraph under a heading named without ":" (heading-paragraph.ts). */
  paragraph?: HeldParagraph;
  /** The partners named by the prose that announced the lettered items under the heading ("Chủ trì, phối hợp với … :"). */
  introPartners?: string[];
  /** That paragraph stood right under the heading, no blank line between: it announces nothing. */
  tight?: boolean;
  /** A sentence whose subject is the body (subject-duty.ts), not a heading: a duty only beside headings. */
  subject?: boolean;
  /** Under an item that announces the division of duties ("2. Phân công nhiệm vụ cho các sở, ngành …"): a list of its own. */
  division?: boolean;
}

// A scan's OCR may read an item's full stop as a comma ("9, VNPT Sơn La") and a bold 8 as "§"
// ("§. Ban chỉ đạo …"): a comma counts before a capital, "§" before its full stop is the 8.
const ITEM = /^(\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ]|§(?=\.))(?:[.)]\s*|(?<=\d),\s+(?=\p{Lu}))(\S.*)$/u;
const itemNumber = (raw: string) => raw.replace('§', '8');
const PAGE_NUMBER = /^\d{1,3}$/;
/** A note after a list of duties, to every body: "* Lưu ý: …", "Ghi chú: …". */
const NOTE = /^[-+*•]?\s*(?:lưu ý|ghi chú)\s*:/iu;
/** "III. TỔ CHỨC THỰC HIỆN", and as Party documents print it, "III- TỔ CHỨC THỰC HIỆN". */
const PART = /^([IVX]{1,4})(?:[.)]\s*|\s*[-–]\s+)(\S.*)$/u;
/** A bullet, as OCR also reads a dash: doubled ("-- Định kỳ …") or as "¬" ("¬_ Phối hợp …"). */
const BULLET = /^(?:[-+•–]-?|¬_?|\*(?!\*))\s+/u;
/** The bullet's mark taken off a duty. */
const BULLET_MARK = /^(?:[-+•–]-?|¬_?|\*)\s*/u;
/** "Các sở, ngành sau đây có trách nhiệm …", folded: an item that announces the bodies listed below it. */
const FOLLOWING_BODIES = /^cac\s[^.:;]{0,60}\bsau day\b/;
/** A field of a body's heading written as a lettered item: its time, its funds, its place, folded. */
const LETTERED_FIELD = /^(?:thoi gian|thoi han|tien do|kinh phi|nguon kinh phi|dia diem|thanh phan|doi tuong|hinh thuc|so luong|san pham|don vi (?:chu tri|phoi hop|thuc hien)|co quan (?:chu tri|phoi hop|thuc hien)|chu tri|phoi hop)\b[^:]{0,30}:/;
/**
 * A heading names a body, not a duty: no verb of work after the name. "Các tổ chức chính trị - xã
 * hội", "tổ chức xã hội" name kinds of body, not the verb "tổ chức".
 */
// "Doanh nghiệp, cộng đồng, tổ chức, cá nhân": before "cá nhân" it is a kind of body too.
// "Các cơ quan chủ trì các dự án, nhiệm vụ …": bodies named by the work they lead, no duty.
const LEADING_BODIES = /\b(?:co quan|don vi) chu tri (?:cac|nhung)\s/;
const DUTY_WORDS = /\b(?:(?<!\b(?:co quan|don vi)\s)chu tri(?!\s+(?:cac|nhung)\s)|phoi hop|thuc hien|(?<!\bcac\s)to chuc(?!\s+(?:chinh tri|xa hoi)\b|,?\s+(?:va\s+)?ca nhan\b)|trien khai|tham muu|chiu trach nhiem|co trach nhiem|can cu)\b/;
/** Headings that open like a body's name but name a topic: "Báo cáo:", "Dự kiến:", "Các hoạt động:". */
export const NOT_A_BODY =
  /^(?:bao cao|du kien|du toan|nha nuoc|cac (?!(?:so|ban|nganh|phong|co quan|co so|don vi|xa|phuong|huyen|doan|to chuc|hoi|dia phuong|thanh vien|bo|truong|ubnd|uy ban|dang|chi|cap|tap the|ca nhan|dong chi|doanh nghiep|hop tac xa|chu dau tu|tap chi)\b))/;
/** "1. Ông: Hoàng Văn Thuân - Trưởng đoàn;": a person's title before the colon is no body (person-headings.ts reads a member's duty). */
const PERSON_TITLE = /^(?:ong|ba|dong chi|d\/c)$/;
/** "Phòng Nội vụ: Chủ trì …": a body's name, then its duty after the colon. */
const NAME_THEN_DUTY = /^([^:]{3,120}):\s+(\S.*)$/u;
/** "Phân công nhiệm vụ / trách nhiệm / thực hiện", folded: the words that hand the work out. */
const HANDS_OUT_WORK = 'phan cong (?:nhiem vu|trach nhiem|thuc hien)';
/**
 * A numbered item that announces the bodies' duties below it ("2. Phân công nhiệm vụ cho các sở,
 * ngành và đơn vị liên quan:", "Trách nhiệm của các cơ quan, đơn vị"), folded: the sentences under it
 * whose subject is a body are its list, with no body's heading beside them.
 */
const DIVISION_ITEM = new RegExp(`^(?:${HANDS_OUT_WORK}|(?:nhiem vu|trach nhiem) (?:cu the )?cua cac)\\b`);
/**
 * A part that hands the work out by body ("IV. PHÂN CÔNG NHIỆM VỤ", "Phân công thực hiện"), where a
 * heading may name long bodies as the closing's do; its numbered topics ("2. Lãnh đạo, chỉ đạo rà
 * soát …") are still no sentences of a body's duty.
 */
const ASSIGNING_PART = new RegExp(`^${HANDS_OUT_WORK}\\b`);
/** A duty that only announces the bullets under it: "… Cụ thể:", "… như sau:", or any ":" ending. */
const ANNOUNCES_BULLETS = /:\s*$/;
/**
 * "phối hợp với X, Y <verb>…": the partners run up to the verb, a preposition, an adverb of the verb ("khẩn trương", "kịp thời") or a clause break.
 */
const PARTNERS = /phoi hop(?:\s+chat che)?\s+voi\s+/g;
/** "Phối hợp …", "Chủ trì, phối hợp …" opening a duty, without "với". */
const OPENING_PARTNERS = /^(?:chu tri,?\s+)?phoi hop(?:\s+chat che)?\s+(?!voi\b)/;
/** How far after "phối hợp với" its partners are read (units.ts reads lists of bodies so, LIST_SPAN). */
const PARTNERS_SPAN = 300;
// "tăng cường", "cụ thể hóa" in small letters are work; so is "truyền thông" run on from a name ("Sở Du
// lịch truyền thông quảng bá"), but not after "và" or a comma, where it is a noun of a name or a list
// ("Trung tâm Văn hóa - Thông tin và truyền thông huyện", "các cơ quan báo chí, truyền thông").
const PARTNERS_ENDS = new RegExp(`\\s${NOT_INSIDE_A_NAME}(?=(?:${workVerbAlternation(['bien tap', 'trong', 'de', 've', 'nham', 'tai', 'theo', 'khan truong', 'kip thoi', 'chi dao', 'tong ket', 'tang cuong', 'cu the hoa'])})[\\s,])|(?<!\\bva|,)\\s(?=truyen thong\\s)|[;.:]`, 'g');

/** A paragraph that addresses every body at once: the plan's closing, not more of the last duty. */
// Not "Căn cứ …" / "Trên cơ sở …": a body's own paragraph under its heading opens so too.
const CLOSING_OPENER = /^(?:yêu cầu|đề nghị|trong quá trình)\s+(?:các|thủ trưởng|chủ tịch|kế hoạch|nội dung)\s/iu;
/** A duty that opens with how often it is done ("Định kỳ 1 tháng/lần tổng hợp …", "Thường xuyên …"): its time. */
const RECURRING_OPENING = /^(?:định kỳ(?:\s+\d+\s+(?:tuần|tháng|quý|năm)\s*\/\s*lần|\s+h[àằ]ng\s+(?:tuần|tháng|quý|năm))?|thường xuyên|h[àằ]ng\s+(?:tuần|tháng|quý|năm))(?=[\s,;:])/iu;

export interface UnitHeadingOptions {
  planYear: number | null;
}

export function tasksFromUnitHeadings(lines: readonly SourceLine[], _ctx: StageContext, options: UnitHeadingOptions): TaskRow[] {
  const all = unitGroups(lines);
  // A heading followed by one paragraph, beside headings with bullets: the paragraph is its duty.
  for (const g of [...paragraphHeadings(all), ...closingParagraphHeadings(all)]) {
    const followed = all.some((h, at) => at > all.indexOf(g) && h.section === g.section);
    g.duties = heldDuties(g.paragraph!, followed).map((p) => ({ text: p.text, start: p.start, end: p.end, paragraph: true }));
  }
  // Sentences whose subject is a body join a list of bodies' headings; a part written only in
  // such sentences is the plan's closing ("1. Các sở, ngành xây dựng kế hoạch …", "2. Giao …").
  const headed = new Set(all.filter((g) => !g.subject && g.duties.length > 0).map((g) => g.section));
  // "2. Các đơn vị phối hợp thực hiện" over "2.1. Đề nghị Sở …", "2.2. …": a sentence that heads
  // numbered sub-items is their heading, no duty of its own.
  const heads = (g: UnitGroup) => g.number !== null && all.some((h) => h.number?.startsWith(`${g.number}.`) && h.section === g.section);
  const groups = all.filter((g) => g.duties.length > 0 && (!g.subject || g.division || (headed.has(g.section) && !heads(g))));
  if (groups.length < 2) return [];
  return groups.flatMap((g) => {
    const [first, ...rest] = g.duties;
    // An inline duty that announces bullets gives its partners to them and is no task itself; so
    // does the prose under the heading that announces its lettered items ("3. Sở …" / "Chủ trì,
    // phối hợp với các cơ quan có liên quan tham mưu cho …:" / "a) …").
    const inlineIntro = first?.inline === true && rest.length > 0 && ANNOUNCES_BULLETS.test(first.text);
    const announced = inlineIntro ? partnersOf(first.text) : (g.introPartners ?? null);
    const duties = inlineIntro ? rest : g.duties;
    return duties.map((d): TaskRow => {
      // "1. Ban Quản lý Khu kinh tế và Ban Quản lý các KCN tỉnh" / "- Ban Quản lý Khu kinh tế chủ trì …":
      // a duty naming one of its heading's bodies, or one body of the kind its heading names by level
      // ("Ủy ban nhân dân cấp xã" / "- Ủy ban nhân dân phường Yên Bái chủ trì …"), is that body's alone.
      const narrowed = g.subject ? null : narrowedDuty(g.lead, d.text);
      const content = narrowed ? narrowed.duty : d.text;
      const lead = narrowed ? narrowed.lead : g.lead;
      // "Sở X chủ trì, phối hợp các ngành liên quan …": a subject's partners are read from its duty, after its name.
      const own = partnersOf(g.subject ? (subjectDuty(content)?.duty ?? content) : content);
      const support = announced ? [...announced, ...own.filter((u) => !announced.includes(u))] : own;
      const often = RECURRING_OPENING.exec(content);
      const deadline = often ? (parseDeadline(often[0], { planYear: options.planYear })?.deadline ?? null) : null;
      return {
        index: d.letter && g.number ? `${g.number}.${d.letter}` : duties.length === 1 || d.paragraph ? g.number : null,
        section: g.section,
        content,
        lead,
        support,
        supervisor: null,
        deadline,
        confidence: proseRowConfidence(support, deadline),
        span: { start: d.start, end: d.end },
      };
    });
  });
}

/** A row read from prose: a little surer for each cell it found beside its lead (partners, a deadline). */
export function proseRowConfidence(support: readonly string[], deadline: TaskRow['deadline']): number {
  return 0.55 + (support.length ? 0.05 : 0) + (deadline ? 0.05 : 0);
}

function unitGroups(lines: readonly SourceLine[]): UnitGroup[] {
  const groups: UnitGroup[] = [];
  let section: string | null = null;
  let open: UnitGroup | null = null;
  /** The part whose recipients' list has begun ("Nơi nhận"); undefined before it. */
  let recipientsIn: string | null | undefined;
  let blankSince = false;
  /** Under an item announcing the division of duties, until the next part, item or the plan's end. */
  let division = false;
  /** The number of an item announcing the bodies listed below it ("4. Các sở, ngành sau đây …"). */
  let following: string | null = null;
  for (const line of lines) {
    const raw = line.text.trim();
    const start = line.start ?? 0;
    const end = start + line.text.length;
    if (!raw) {
      blankSince = true;
      continue;
    }
    const bold = /^\*\*[^*].*\*\*:?$/u.test(raw);
    const text = stripMarkup(raw).replace(/\s+/g, ' ').trim();
    const part = PART.exec(text);
    if (part && !BULLET.test(raw)) {
      section = part[2]!.replace(/[:.]$/, '').trim();
      open = null;
      division = false;
      following = null;
      continue;
    }
    const item = BULLET.test(raw) ? null : ITEM.exec(text);
    if (item) division = DIVISION_ITEM.test(foldVietnamese(item[2]!).toLowerCase()) && recipientsIn !== section;
    const itemLetter = item && /^[a-zđ]$/u.test(item[1]!) ? item[1]! : null;
    if (item && !itemLetter) following = null;
    if (item && !itemLetter && FOLLOWING_BODIES.test(foldVietnamese(item[2]!).toLowerCase())) {
      // "4. Các sở, ngành sau đây có trách nhiệm …" / "a) Sở Tài chính: …": the item announces the
      // bodies' lettered items below it; it is no body's duty, and they are numbered under it.
      following = itemNumber(item[1]!);
      open = null;
      blankSince = false;
      continue;
    }
    if (item) {
      const marked = bold || /:\s*$/.test(item[2]!);
      // Roomy only for a name alone on its line: "X: duty …" is read as a name and its duty below.
      const lead = headingUnits(item[2]!, (closing(section) || assigning(section)) && !/:\s*\S/.test(item[2]!));
      const inline = lead ? null : NAME_THEN_DUTY.exec(item[2]!);
      const inlineLead = inline ? headingUnits(inline[1]!) : null;
      // "1. Sở Y tế" / "a) Chủ trì, phối hợp với …" / "b) Tổ chức sơ kết …": under a body's numbered
      // heading, lettered items that name no body are its duties, as bullets would be.
      const letter = /^[a-zđ]$/u.test(item[1]!) ? item[1]! : null;
      if (letter && open && !lead && !inlineLead && /^\d/.test(open.number ?? '') && !open.subject && !open.nameList) {
        // "a) Nhiệm vụ chung:" over bullets is a sub-heading, its bullets the duties; "a) Thời
        // gian: Quý II/2024", "b) Kinh phí: …" are the heading's fields, no duty.
        if (!/:\s*$/.test(item[2]!) && !LETTERED_FIELD.test(foldVietnamese(item[2]!).toLowerCase())) open.duties.push({ text: item[2]!.trim(), start, end, letter });
        if (open.intro === 'announced' && open.paragraph && !open.introPartners) open.introPartners = partnersOf(open.paragraph.text);
        open.intro = undefined;
        open.paragraph = undefined;
        blankSince = false;
        continue;
      }
      open = lead ? { lead, number: itemNumber(item[1]!), section, duties: [], needsBullets: !marked, heading: item[2]! } : null;
      if (inlineLead && isNameList(inline![2]!)) {
        // "7. UBND các xã: Hải Tiến, Giao Minh, …": the names after the colon are the body's, no duty.
        open = { lead: [nameListLead(inline![1]!, inline![2]!)], number: itemNumber(item[1]!), section, duties: [], needsBullets: true, nameList: true };
      } else if (inlineLead) {
        open = { lead: inlineLead, number: following && letter ? `${following}.${letter}` : itemNumber(item[1]!), section, duties: [{ text: inline![2]!.trim(), start, end, inline: true }], needsBullets: false };
      } else if (!lead && (closing(section) || division) && recipientsIn !== section) {
        // "1. Uỷ ban Hội LHTN quận chuẩn bị …": in the closing part, the body as the subject of its duty.
        const own = subjectDuty(item[2]!);
        if (own) open = { lead: headingUnits(own.lead) ?? [own.lead], number: itemNumber(item[1]!), section, duties: [{ text: own.duty, start, end, inline: true }], needsBullets: false, subject: true, heading: item[2]! };
      }
      if (open) groups.push(open);
      blankSince = false;
      continue;
    }
    // "Căn cứ …, các Sở, ban, ngành, Hội Khuyến học tỉnh, UBND các huyện có trách nhiệm:": in the
    // closing part, a paragraph naming the bodies that the bullets below it are given to.
    const announced = !BULLET.test(raw) && closing(section) && recipientsIn !== section ? announcedBodies(text) : null;
    if (announced) {
      open = { lead: announced, number: null, section, duties: [], needsBullets: false };
      groups.push(open);
      blankSince = false;
      continue;
    }
    // "UBND các huyện: Lựa chọn …", a paragraph of its own in the closing part (after a blank line
    // or the part's heading): an unnumbered item naming its body before its duty.
    const unnumbered = !BULLET.test(raw) && (blankSince || !open) && closing(section) ? NAME_THEN_DUTY.exec(text) : null;
    const unnumberedLead = unnumbered ? headingUnits(unnumbered[1]!) : null;
    if (unnumberedLead) {
      open = { lead: unnumberedLead, number: null, section, duties: [{ text: unnumbered![2]!.trim(), start, end, inline: true }], needsBullets: false };
      groups.push(open);
      blankSince = false;
      continue;
    }
    // A number alone on its line is a page's: no duty, and it does not end the body's list.
    if (PAGE_NUMBER.test(text)) continue;
    // "Nơi nhận", or the plan's closing sentence ("Trên đây là Kế hoạch …") where no blank line
    // sets it apart (a PDF's text layer has none), ends the body's list; the recipients' list after
    // it ("- Các sở, ban, ngành thực hiện;") names bodies and gives no duty.
    if (PLAN_END.test(text)) {
      recipientsIn = section;
      open = null;
      division = false;
      continue;
    }
    // A note to every body after the list ("* Lưu ý: Các cơ quan …") is no duty of the last one.
    if (NOTE.test(text)) {
      open = null;
      continue;
    }
    if (!open) {
      // "3. Kinh phí:" then "+ Ban tổ chức chịu trách nhiệm …": under a topic's heading in the
      // closing part, a bullet that opens with its own body is that body's duty.
      const own = BULLET.test(raw) && (closing(section) || division) && recipientsIn !== section ? subjectDuty(text.replace(BULLET_MARK, '')) : null;
      if (own) groups.push({ lead: headingUnits(own.lead) ?? [own.lead], number: null, section, duties: [{ text: text.replace(BULLET_MARK, ''), start, end }], needsBullets: false, subject: true, division });
      continue;
    }
    const bullet = BULLET.test(raw);
    const duty = text.replace(BULLET_MARK, '').trim();
    const last = open.duties[open.duties.length - 1];
    if (!last && !bullet && !blankSince && wrapsHeading(open, text)) {
      // "9. Đề nghị Hiệp hội Du lịch … tỉnh" / "Ninh Bình": the body's name wrapped onto the next line.
      continueHeading(open, text);
      continue;
    }
    if (!last && !bullet && open.needsBullets) {
      // An item that names a body and goes on in prose is a paragraph, not a heading; unless the
      // prose, set apart by a blank line, ends by announcing bullets ("1. Công an tỉnh" / "Tham
      // mưu …" / "Trong đó giao … chỉ đạo thực hiện:" / "- Đôn đốc …"): then the bullets are the
      // body's duties and the prose introduces them.
      if (open.intro === 'pending' || (blankSince && !open.intro)) {
        if (!open.tight) open.intro = ANNOUNCES_BULLETS.test(text) ? 'announced' : 'pending';
        open.paragraph = holdParagraph(open.paragraph, duty, start, end, blankSince);
        blankSince = false;
        continue;
      }
      // Prose right under the heading: a paragraph, unless the next heading follows it with no
      // bullet between (then it is the body's one duty, heading-paragraph.ts).
      open.intro = 'pending';
      open.tight = true;
      open.paragraph = holdParagraph(undefined, duty, start, end, false);
      blankSince = false;
      continue;
    }
    if (bullet && !last && open.intro === 'pending') {
      // Prose that announced nothing, then bullets: the item was a paragraph after all.
      groups.pop();
      open = null;
      continue;
    }
    // OCR's "¬" and "--" are the dash: one mark with it, not the announced items' own.
    const mark = bullet ? raw.charAt(0).replace('¬', '-') : undefined;
    if (bullet && last?.mark && mark !== last.mark && ANNOUNCES_BULLETS.test(last.text)) {
      // "- Xác định thứ tự ưu tiên …. Cụ thể:" then "+ Hộ nghèo; + Hộ cận nghèo.": the items it
      // announces, under a mark of their own, belong to that duty; they are no duties of the body.
      last.end = end;
      blankSince = false;
      continue;
    }
    if (bullet && open.subject && open.duties.length === 1 && last?.inline && open.heading !== undefined && !/[.;:!]$/.test(open.heading) && TRADE_LINE.test(foldVietnamese(last.text).toLowerCase())) {
      // "5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp" then bullets: an item read as a
      // body's sentence, with no sentence's end and no duty's word, that bullets follow is the body's
      // heading, its name whole.
      const whole = headingUnits(open.heading);
      if (whole) {
        open.lead = whole;
        open.duties = [];
        open.subject = false;
      }
    }
    if (bullet || !last) {
      // A paragraph after the duties and a blank line is the plan's own sentence, not a duty.
      if (!bullet && blankSince && open.duties.length) {
        open = null;
        continue;
      }
      open.duties.push({ text: duty, start, end, mark });
    } else if (!blankSince && /[.!]$/.test(last.text) && CLOSING_OPENER.test(text)) {
      // "Yêu cầu các sở, ngành … căn cứ chức năng …": the plan's closing instruction to all after the last duty, no blank line between.
      open = null;
      continue;
    } else if (!blankSince) {
      last.text = `${last.text} ${duty}`;
      last.end = end;
    } else open = null;
    blankSince = false;
  }
  return groups;
}

/**
 * What a body's name may go on with after its kind ("Các chủ đầu tư xây dựng và kinh doanh hạ tầng …",
 * "Các doanh nghiệp sản xuất, kinh doanh …"): two trades joined, a line of business, not a duty
 * ("Sở Giáo dục và Đào tạo hướng dẫn các trường học" is the body and its duty).
 */
const TRADES = 'xay dung|san xuat|kinh doanh|dau tu|khai thac|quan ly|van hanh|cung cap|phan phoi|che bien|xuat khau|nhap khau';
const TRADE_LINE = new RegExp(`^(?:${TRADES})(?:\\s*,\\s*|\\s+va\\s+)(?:${TRADES})\\b`);

/** A heading's collective by level after the kind of its bodies: "Ủy ban nhân dân cấp xã", "UBND các huyện". */
const BY_LEVEL = /^(.+?)\s+(?:cap|cac)\s+(xa|huyen|tinh|phuong|quan)\b/;
/** The unit words of each level a collective names: "cấp xã" holds wards and townships too. */
const LEVEL_UNITS: Record<string, RegExp> = {
  xa: /^(?:xa|phuong|thi tran)\s/,
  phuong: /^(?:xa|phuong|thi tran)\s/,
  huyen: /^(?:huyen|quan|thi xa|thanh pho)\s/,
  quan: /^(?:huyen|quan|thi xa|thanh pho)\s/,
  tinh: /^(?:tinh|thanh pho)\s/,
};

/**
 * The body a duty names as its subject and the duty after its name, when that body is one of the
 * heading's ("Ban Quản lý Khu kinh tế" under "Ban Quản lý Khu kinh tế và Ban Quản lý các KCN tỉnh")
 * or one body of the kind the heading names by level ("Ủy ban nhân dân phường Yên Bái" under "Ủy ban
 * nhân dân cấp xã"); null when the duty names its heading's one body or another kind of body.
 */
function narrowedDuty(leads: readonly string[], duty: string): { lead: string[]; duty: string } | null {
  const own = subjectDuty(duty);
  if (!own) return null;
  const name = foldVietnamese(own.lead).toLowerCase().replace(/\s+/g, ' ');
  const folded = leads.map((l) => foldVietnamese(l).toLowerCase().replace(/\s+/g, ' '));
  const named = folded.includes(name) && leads.length > 1;
  const member = folded.some((l) => {
    const byLevel = BY_LEVEL.exec(l);
    if (!byLevel) return false;
    const kind = byLevel[1]!;
    // Of the heading's level: "Ủy ban nhân dân phường Yên Bái" under "cấp xã", not "Ủy ban nhân dân tỉnh".
    const ofLevel = LEVEL_UNITS[byLevel[2]!]!.test(name.slice(kind.length + 1));
    return name.startsWith(`${kind} `) && ofLevel && !BY_LEVEL.test(name) && !/\b(?:cac|nhung)\b/.test(name);
  });
  return named || member ? { lead: [own.lead], duty: own.duty.charAt(0).toLocaleLowerCase('vi') + own.duty.slice(1) } : null;
}

/**
 * "III. TỔ CHỨC THỰC HIỆN" / "1. Sở Y tế" / a paragraph / "2. Sở, ban, ngành thành phố và UBND xã,
 * phường" / a paragraph, in a plan whose other part lists bodies' duties under their headings: a
 * closing part written only as bodies' headings with a paragraph each assigns the work the same way.
 */
function closingParagraphHeadings(groups: readonly UnitGroup[]): UnitGroup[] {
  if (!groups.some((g) => !g.subject && g.duties.length > 0)) return [];
  const held = (g: UnitGroup) => g.duties.length === 0 && g.paragraph !== undefined && g.intro !== 'announced' && closing(g.section);
  const listed = new Set(groups.filter((g) => g.duties.length > 0).map((g) => g.section));
  const sections = new Set(groups.filter(held).map((g) => g.section).filter((s) => !listed.has(s)));
  return groups.filter((g) => held(g) && sections.has(g.section) && groups.filter((h) => held(h) && h.section === g.section).length >= 2);
}

/** The plan's closing part, where unnumbered "<body>: <duty>" paragraphs are its list. */
function closing(section: string | null): boolean {
  return planPartKind(section) === 'closing';
}

function assigning(section: string | null): boolean {
  return section !== null && ASSIGNING_PART.test(foldVietnamese(section).toLowerCase());
}

/** The bodies a heading names ("Đề nghị Ban Tuyên giáo Huyện ủy:"), or null when it is no unit heading. */
// In the closing part a heading may list many bodies, ";" apart ("3. Các Tạp chí, Đặc san, Bản tin;
// Cổng thông tin điện tử tỉnh, Trang thông tin điện tử của các Sở, Ban, Ngành …"): its duties still
// come only as bullets or as the one paragraph beside other headings.
const ROOMY = { chars: 180, words: 28, stops: /[.]/ };
const TIGHT = { chars: 120, words: 16, stops: /[.;]/ };
/** A bold heading of many bodies that wrapped over lines (wrapsHeading): longer than any one line. */
const WRAPPED = { chars: 240, words: 40, stops: /[.]/ };

function headingUnits(text: string, roomy: boolean | 'wrapped' = false): string[] | null {
  const limits = roomy === 'wrapped' ? WRAPPED : roomy ? ROOMY : TIGHT;
  // "16. Các tổ chức chính trị - xã hội, … và cộng đồng.": a heading may close with a full stop.
  // "Các các đơn vị tham gia trại:": a word printed twice is read once.
  const name = text.replace(/[:\s]+$/, '').replace(/(?<=\p{L})\.$/u, '').replace(REQUEST, '').replace(/^(\p{L}+) \1(?= )/iu, '$1').trim();
  // "4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ": ";" between bodies' names is no clause's end.
  const stops = name.replace(/\b(?:TP|TT|Tp)\./g, '');
  const listed = stops.includes(';') && stops.split(/\s*;\s*/).every((part) => namesUnit(part));
  if (!name || name.length > limits.chars || name.split(/\s+/).length > limits.words || limits.stops.test(listed ? stops.replace(/;/g, ',') : stops)) return null;
  const folded = foldVietnamese(name).toLowerCase();
  // "14. Doanh nghiệp, cộng đồng, tổ chức, cá nhân:": businesses, in capitals, head a list of kinds,
  // but only where the work is handed out: under "Mục tiêu" or "Đối tượng" they are whom the plan serves.
  if (DUTY_WORDS.test(folded) || NOT_A_BODY.test(folded) || PERSON_TITLE.test(folded) || !(namesUnit(name) || (roomy && /^Doanh nghiệp\b/u.test(name)))) return null;
  // A long line that reads as a body doing its work is a sentence (subject-duty.ts), not a name.
  if (roomy && !LEADING_BODIES.test(folded) && subjectDuty(name)) return null;
  return headingParts(name);
}

/**
 * A heading names one body, or a few joined by ";" or ", " before another body ("Các Đoàn đại
 * biểu Quốc hội, các đại biểu Quốc hội"). A cell's finer splits would cut a name's own commas
 * ("Ủy ban KH,CN&MT", "Ủy ban Tài chính, Ngân sách") and joined names ("Đảng ủy cơ quan Văn
 * phòng Quốc hội").
 */
function headingParts(name: string): string[] {
  const parts: string[] = [];
  for (const piece of name.replace(LOCALITY_COMMA, ' ').split(/\s*;\s*/)) {
    let current = '';
    for (const bit of outsideBrackets(piece)) {
      // "các sở, ngành liên quan", "Sở, ban, ngành liên quan": a collective of kinds goes on in small letters.
      // A bit that opens with "các" is a collective of its own ("UBND các huyện, thành phố, các đơn vị liên quan").
      if (current && namesUnit(bit) && !((COLLECTIVE_OPEN.test(current) || KINDS_ONLY.test(current) || SECTORS.test(`${current}, ${bit}`)) && /^\p{Ll}/u.test(bit) && !/^các\s/u.test(bit))) {
        parts.push(current);
        current = bit;
      } else current = current ? `${current}, ${bit}` : bit;
    }
    if (current.trim()) parts.push(current.trim());
  }
  return parts.flatMap(splitBeforeBody);
}

/** A heading's pieces between commas, none cut inside brackets: "các doanh nghiệp viễn thông (VNPT, Viettel, …)" is one. */
function outsideBrackets(piece: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let at = 0; at < piece.length; at++) {
    const c = piece[at];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && /\s/.test(piece[at + 1] ?? '')) {
      out.push(piece.slice(from, at));
      from = at + 1;
      while (/\s/.test(piece[from] ?? '')) from++;
    }
  }
  out.push(piece.slice(from));
  return out;
}

/** "Các doanh nghiệp bưu chính, viễn thông": a collective's sectors go on in one or two small words each. */
const SECTORS = /^các\s[^,]+(?:,\s+\p{Ll}+(?:\s\p{Ll}+)?)+$/iu;
/** Bare kinds of body, one word each, no name: "Sở", "Sở, ban" (then "ngành liên quan" goes on). */
const KINDS_ONLY = /^\p{Lu}\p{Ll}*(?:,\s+\p{Ll}+)*$/u;
/**
 * The heading's last words open a collective of kinds: "… và các sở", "Các bộ, ban" (then "ngành
 * khác" goes on), "Các bộ, cơ quan ngang bộ" (then "cơ quan thuộc Chính phủ" goes on: a kind may
 * take several words).
 */
const COLLECTIVE_OPEN = /(?:^|\s)các\s+\S+(?:,\s+\p{Ll}[^,]*)*$/iu;
/**
 * "Hiệp hội Du lịch, tỉnh Ninh Bình": a comma before the body's own locality, after a named body
 * (not a collective: "UBND các huyện, thành phố Huế" lists kinds), which names no locality of its
 * own ("UBND huyện Kim Sơn, huyện Yên Mô" lists two bodies).
 */
const LOCALITY_COMMA = /(?<=^(?!.*\bcác\s)(?![^,;]*(?:^|\s)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s)\p{Lu}[^,;]*),\s+(?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+\p{Lu})/u;

/**
 * "Sở Xây dựng và các sở, ngành liên quan", "Hiệp hội Du lịch … và Hiệp hội ẩm thực …": "và"
 * before a collective, or before a body of the same kind, joins two leads; "Báo và Phát thanh
 * truyền hình tỉnh" and "Văn phòng HĐND và UBND" stay one.
 */
function splitBeforeBody(part: string): string[] {
  const kind = part.split(/\s+/, 1)[0]!;
  for (let at = part.indexOf(' và '); at > 0; at = part.indexOf(' và ', at + 4)) {
    const after = part.slice(at + 4);
    const sameKind = after.split(/\s+/, 1)[0] === kind && /^\p{Lu}/u.test(after);
    // "Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường": after a collective of kinds, a body
    // named in capitals is a lead of its own.
    const afterCollective = KINDS_FIRST.test(part) && /^\p{Lu}/u.test(after) && namesUnit(after);
    if (/^các\s+\S/u.test(after) || sameKind || afterCollective) return [part.slice(0, at), ...splitBeforeBody(after)];
  }
  return [part];
}

/** A heading that opens with a collective of kinds: "Sở, ban, ngành …", "Các sở, ngành …". */
const KINDS_FIRST = /^(?:[Cc]ác\s+\p{Ll}+|\p{Lu}\p{Ll}*),\s+\p{Ll}/u;

/** "Hải Tiến, Giao Minh, Giao Hòa": proper names only, a comma apart (the last may be cut by the line's end). */
function isNameList(text: string): boolean {
  const names = text.replace(/[\s,]+$/, '').split(/\s*,\s*/);
  return names.length >= 2 && names.every((n) => /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}$/u.test(n));
}

function nameListLead(name: string, names: string): string {
  return `${name.replace(REQUEST, '').trim()} ${names.replace(/\s+/g, ' ').trim()}`.replace(/[\s,]+$/, '');
}

/** "… có trách nhiệm:", "… có nhiệm vụ:": a paragraph announcing the duties of the bodies it names. */
const ANNOUNCES_DUTIES = /\s+(?:có trách nhiệm|có nhiệm vụ|chịu trách nhiệm)(?:\s+(?:thực hiện\s+)?(?:các\s+)?(?:nội dung|nhiệm vụ)(?:\s+sau)?)?\s*:\s*$/iu;
/** A clause before the bodies: "Căn cứ nội dung kế hoạch và chức năng, nhiệm vụ được giao, …". */
const LEADING_CLAUSE = /^(?:căn cứ|trên cơ sở|theo)\s/iu;

/** The bodies a paragraph names before it announces their duties, or null. */
function announcedBodies(text: string): string[] | null {
  const end = ANNOUNCES_DUTIES.exec(text);
  if (!end) return null;
  let subject = text.slice(0, end.index).trim();
  if (LEADING_CLAUSE.test(subject)) {
    // The bodies start after the clause's comma, where a body's name opens.
    const at = [...subject.matchAll(/,\s+/g)].map((m) => m.index! + m[0].length).find((i) => namesUnit(subject.slice(i)));
    if (at === undefined) return null;
    subject = subject.slice(at);
  }
  if (subject.length > 200 || /[.;:]/.test(subject)) return null;
  const folded = foldVietnamese(subject).toLowerCase();
  if (DUTY_WORDS.test(folded) || NOT_A_BODY.test(folded) || !namesUnit(subject)) return null;
  return headingParts(subject);
}

/** A line that goes on with a heading's name: short, no duty in it, no sentence's end. */
function wrapsHeading(group: UnitGroup, text: string): boolean {
  if (!group.nameList && group.heading && !/[:.;]\s*$/.test(group.heading) && wrapsBodies(group.heading, text)) return true;
  if (text.length > 80 || text.split(/\s+/).length > 8 || /[.;]/.test(text)) return false;
  if (group.nameList) return isNameList(`X, ${text}`) || /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3},?$/u.test(text);
  if (!group.heading || /[:.;]\s*$/.test(group.heading)) return false;
  // Only a name goes on so, every word in capitals ("Ninh Bình"): "Xây dựng kế hoạch …" is a duty.
  return /^\p{Lu}\p{Ll}*(?:[\s,]+\p{Lu}\p{Ll}*)*:?$/u.test(text);
}

/**
 * "2. Các Ban xây dựng Đảng, Văn phòng Huyện ủy, Ủy ban Mặt trận" / "Tổ quốc và các tổ chức chính trị
 * - xã hội huyện; các chi bộ, đảng bộ trực thuộc Huyện ủy": a bold heading of many bodies cut in
 * the middle of a name. The line goes on in capitals, with no sentence's end and no duty, and the
 * heading with it still names bodies and nothing else.
 */
function wrapsBodies(heading: string, text: string): boolean {
  // A line in capitals is the next block's ("ỦY BAN NHÂN DÂN TỈNH" over a signature or an attached plan), no name's rest.
  if (!/^\p{Lu}/u.test(text) || !/\p{Ll}/u.test(text) || text.length > 160 || /[.]/.test(text.replace(/:\s*$/, ''))) return false;
  // "Sở Nội vụ:" under "1. Các sở, ngành tỉnh": a body's own sub-heading, its bullets below.
  if (/:\s*$/.test(text) && opensWithName(text)) return false;
  const restOfName = CUT_NAME_END.test(lastPiece(heading)) && namesUnit(`${lastPiece(heading)} ${firstPiece(text)}`);
  if (WORK_IN_LINE.test(foldVietnamese(text).toLowerCase()) || !(restOfName || text.split(/[,;]\s*/).some((part) => namesUnit(part)))) return false;
  return headingUnits(joinWrapped(heading, text), 'wrapped') !== null;
}

/** Words a body's name goes on after, never ends with: the heading was cut inside that name ("Ủy ban Mặt trận" / "Tổ quốc …"). */
const CUT_NAME_END = /(?:^|\s)(?:và|các|của|ban|ủy ban|uỷ ban|mặt trận|hội|liên đoàn|trung tâm|đoàn)$/iu;
const firstPiece = (text: string) => text.split(/[,;]/)[0]!.replace(/:\s*$/, '').trim();
const lastPiece = (heading: string) => heading.split(/[,;]/).at(-1)!.trim();
/** The line opens with a body's whole name ("Bộ Chỉ huy Quân sự tỉnh, …"), not the rest of one ("Tổ quốc và …"). */
const opensWithName = (text: string) => namesUnit(firstPiece(text));

/**
 * The heading and the line it wrapped onto: cut in the middle of a name ("Ủy ban Mặt trận" /
 * "Tổ quốc …"), the name goes on; cut between names ("Công an tỉnh" / "Bộ Chỉ huy Quân sự tỉnh, …"),
 * the line's names are more of the list.
 */
function joinWrapped(heading: string, text: string): string {
  return opensWithName(text) ? `${heading.trim().replace(/,$/, '')}, ${text}` : `${heading.trim()} ${text}`;
}
const WORK_IN_LINE = new RegExp(`(?:^|\\s)${NOT_INSIDE_A_NAME}(?:${workVerbAlternation(['chu dong', 'tich cuc', 'thuong xuyen', 'dinh ky'])})\\b`);

function continueHeading(group: UnitGroup, text: string): void {
  if (group.nameList) {
    group.lead = [`${group.lead[0]!.replace(/,$/, '')}${/,$/.test(group.lead[0]!) ? ',' : ''} ${text}`.replace(/[\s,]+$/, '')];
    return;
  }
  const heading = joinWrapped(group.heading!, text);
  group.heading = heading;
  group.lead = headingUnits(heading) ?? headingUnits(heading, 'wrapped') ?? group.lead;
  if (/:\s*$/.test(text)) group.needsBullets = false;
}

/** Every "phối hợp với …" of a duty, read up to the work it does together. */
export function partnersOf(duty: string): string[] {
  const folded = foldVietnamese(duty).toLowerCase();
  const out: string[] = [];
  const opening = OPENING_PARTNERS.exec(folded);
  const starts = [...folded.matchAll(PARTNERS)].map((m) => m.index + m[0].length);
  // "Phối hợp UBND các xã …": at the duty's opening "với" may be left out, before a body's name.
  if (opening && namesUnit(duty.slice(opening[0].length)) && !NOT_A_BODY.test(folded.slice(opening[0].length))) starts.unshift(opening[0].length);
  for (const from of starts) {
    // A list of partners is short: a bounded window keeps a long duty of many "phối hợp với" linear.
    // "phối hợp với Sở Xây dựng, Ban Quản lý …": a verb's words in capitals are a body's name ("Sở
    // Xây dựng"); the work after the partners opens in small letters.
    const window = folded.slice(from, from + PARTNERS_SPAN);
    const stop = [...window.matchAll(PARTNERS_ENDS)].find((m) => !/^\s$/.test(m[0]) || !/\p{Lu}/u.test(duty.charAt(from + m.index + 1)));
    // No stop in the window of a longer duty: the list ends at its last comma there, not in a word.
    const cut = folded.length > from + PARTNERS_SPAN ? folded.lastIndexOf(',', from + PARTNERS_SPAN) : -1;
    const to = stop ? from + stop.index : cut > from ? cut : Math.min(folded.length, from + PARTNERS_SPAN);
    for (const unit of splitUnits(duty.slice(from, to).replace(/[\s,]+$/, ''))) if (!out.includes(unit)) out.push(unit);
  }
  return out;
}
