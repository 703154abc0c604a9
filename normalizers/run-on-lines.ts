// A whole document copied or OCR'd onto one line (a PDF viewer's copy, an engine's text dump) has
// its lines back where a reader sees them: the header's parts, the type heading, the basis lines,
// headings and items, the recipients and the signature block. Each break replaces one space with
// a line break, so every offset into the text holds.
//
// Only a long line that carries a document's frame (its motto) is broken: a web copy's paragraph on
// one line is never cut into sentences, and an engine's dump whose motto is past reading is left to
// the readings that take it as it comes.

import { foldVietnamese } from './fold.js';
import { DOC_TYPE_TABLE } from './doc-type-names.js';
import { markdownTableRows } from './run-on-markdown-table.js';

/** A line this long with the frame in it is a document run together, not a header row. */
const RUN_ON_LENGTH = 600;
/** How far into a run-on line its header may reach, and its closing back from the end. */
const HEADER_REACH = 1500;
const CLOSING_REACH = 1500;
/** How far after an attached document's motto its number and date lines may come. */
const ATTACHED_HEADER_REACH = 400;

/** Type names, folded, longest first ("ke hoach hanh dong" before "ke hoach"). */
const TYPE_NAMES = DOC_TYPE_TABLE.map(([name]) => foldVietnamese(name)).sort((a, b) => b.length - a.length);

const MOTTO = /cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doan (?:tncs|thanh nien cong san) ho chi minh/g;
const MOTTO_LINE = /doc lap\s*-\s*tu do\s*-\s*hanh phuc/g;
const DATE_LINE = /ngay\s+[\d.…_ ]{0,12}\s*thang\s+[\d.…_ ]{0,12}\s*nam\s+\d{4}/;
/** What opens a document's body: its header ends before the first of these, in normal case. */
const BODY_OPENING = /(?:^|\s)[*_]*(?:can cu|thuc hien|kinh gui|theo de nghi|xet de nghi)\s/g;
/**
 * A heading or item that opens its own line after a sentence's end (I., 1., 1.1, a), a dash, a
 * markdown list's star before a word, "*   Quán triệt"); a web copy may set the stop and the item's mark in emphasis ("như
 * sau:** **1. Mục tiêu").
 */
const ITEM_AFTER_STOP = /[.:;!?][*_]*\s+(?=[*_]*(?:(?:[ivx]{1,4}\.|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\d{1,2}(?:\.\d{1,2}){1,3}|[a-z]\)|[-+•–])\s+\S|\*\s+[a-z]))/g;
const BASIS_AFTER_STOP = /[.:;][*_]*\s+(?=[*_]*(?:can cu|thuc hien|xet)\s)/g;
/**
 * An item right after a heading in capitals that ends without a stop ("I. MỤC ĐÍCH, YÊU CẦU 1. Mục
 * đích", "II. NỘI DUNG - Công chức …"); a dash only before a word in normal case, as between two
 * bodies' names in capitals ("LAO ĐỘNG - THƯƠNG BINH") it is no item.
 */
const ITEM_AFTER_CAPITALS = /(?<=\s[*_]{0,2}\p{Lu}{2,40}[*_]{0,2})\s+(?=[*_]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\))\s+\p{Lu}|[-+•–]\s+\p{Lu}\p{Ll}))/gu;
/** A numbered heading a web copy set in bold whole ("**3. Đề nghị Ủy ban MTTQ tỉnh** Chỉ đạo …"): its text follows on a line of its own. */
const BOLD_HEADING = /(?<=\s)\*\*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\))\s[^*]{1,200}?\*\*(?=\s+\p{Lu})/gu;
/**
 * An item after a heading a web copy set in bold, which ends without a stop ("**1. Sở Tài chính**
 * - Chủ trì …", "**II. NHIỆM VỤ** **1. Tuyên truyền**"): the emphasis closing is the heading's end.
 */
const ITEM_AFTER_EMPHASIS = /(?<=[^\s*_][*_]{1,2})\s+(?=[*_]*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[-+•–])\s+[*_]*\p{Lu}|\*\s+\p{Lu})/gu;
/**
 * The labels of a prose task list ("- Đơn vị chủ trì: …", "b) Cơ quan phối hợp: …", "*Thời gian
 * thực hiện:* …") each open a line, as their values seldom end in a stop; marked as an item or set
 * in emphasis, in normal case (a sentence's "chủ trì: …; phối hợp: …" stays whole).
 */
const TASK_LABEL = /\s(?=(?:(?:[-+•–]|[a-z]\))\s+[*_]*|[*_]+)(?:(?:don vi|co quan) (?:chu tri|phoi hop|thuc hien)[^:\n]{0,30}|thoi gian (?:thuc hien|hoan thanh)[^:\n]{0,20}|chu tri|phoi hop)\s*[*_]*:)/g;
/**
 * The first lettered item after a numbered heading that ends without a stop ("1. Mục đích a) Quán
 * triệt …", "2. Giải pháp a) Hoàn thiện …"): an "a)" so close after the heading's number opens its list.
 */
const FIRST_LETTER_ITEM = /\s(?=a\)\s+\p{Lu})(?<=(?:^|\s)(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3})\.\s[^.;:!?\n]{1,80})/gu;
/**
 * The first dash item after a numbered heading that ends without a stop, where the item opens with
 * a duty's verb ("2. Bộ Quốc phòng - Chủ trì, phối hợp …"): a body's name may hold a dash itself
 * ("Bộ Lao động - Thương binh và Xã hội"), but not before one of these verbs.
 */
const FIRST_DUTY_ITEM = /\s(?=[-–]\s+(?:Chủ trì|Phối hợp|Hoàn thiện|Tổ chức|Thực hiện|Tham mưu|Chỉ đạo|Xây dựng|Triển khai|Hướng dẫn|Tiếp tục|Nghiên cứu|Rà soát|Đẩy mạnh|Tăng cường|Kiểm tra|Theo dõi|Bố trí|Tuyên truyền|Đảm bảo|Bảo đảm|Chủ động|Nâng cao|Phát huy|Huy động|Ban hành|Cung cấp|Tham gia|Tập trung|Ưu tiên|Quán triệt|Phát động|Tổng hợp|Đôn đốc|Vận động|Khuyến khích|Hỗ trợ|Nhằm)[\s,])(?<=(?:^|\s)(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3})\.\s[^.;:!?\n]{1,100})/gu;
/**
 * The first dash item under a numbered heading that names a part of a plan in normal case and ends
 * without a stop ("1. Mục đích - Nhằm bảo đảm …", "1. Giải pháp về chính sách - Xây dựng …"): such a
 * heading, its words after the part's name in small letters, names no body, so a dash before a word
 * in capitals opens its first item ("kinh tế - xã hội", "2021 - 2025" have no capital after the dash;
 * "1. Yêu cầu Bộ Lao động - Thương binh …" asks a body).
 */
/** The parts of a plan a numbered heading names. */
const PART_NAMES = 'Mục đích|Mục tiêu|Yêu cầu|Nhiệm vụ|Giải pháp|Nội dung|Thời gian|Địa điểm|Thành phần|Kinh phí|Phạm vi|Đối tượng|Tổ chức thực hiện|Phân công|Hình thức|Chế độ báo cáo|Quan điểm|Phương thức|Phương pháp|Cách thức';
// A dash before another part's name pairs two parts in one heading ("1. Thời gian - Địa điểm: …"), no item.
const FIRST_ITEM_UNDER_PART = new RegExp(String.raw`\s(?=[-–+•]\s+\p{Lu}\p{Ll})(?![-–+•]\s+(?:${PART_NAMES})(?![\p{L}]))(?<=(?:^|\s)(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3})\.\s(?:${PART_NAMES})(?:\s[^.;:!?\n\p{Lu}]{0,80})?)`, 'gu');
/**
 * A duty's paragraph after a body's numbered heading, the heading ending without a stop or a mark
 * ("6. Bộ Xây dựng Chủ trì chỉ đạo …", "5. Bộ Kế hoạch và Đầu tư Bảo đảm nguồn …"): mid-sentence the
 * verb is in small letters ("Bộ Xây dựng chủ trì"); a body named with it has a capital after it
 * ("Tổ Phối hợp liên ngành" opens with no body's word).
 */
const DUTY_AFTER_BODY = /(?<=[\p{L}\d])\s+(?=(?:Chủ trì|Phối hợp|Chịu trách nhiệm|Có trách nhiệm|Bảo đảm|Đảm bảo)[\s,]+\p{Ll})/gu;
/** The body's numbered heading before such a verb, ending right before it (tested only where the verb stands). */
const BODY_HEADING_BEFORE = /(?:^|\s)\d{1,2}\.\s(?:Bộ|Sở|Ủy ban|UBND|Văn phòng|Công an|Đài|Thông tấn xã|Tổng cục|Cục|Vụ|Thanh tra|Ngân hàng|Viện|Tòa án|Kiểm toán|Bảo hiểm) [^-–.;:!?\n]{0,80}$/u;
/**
 * A heading numbered in Roman figures, in capitals, after words that end with no stop ("… # phụ lục
 * III. TỔ CHỨC THỰC HIỆN", a web copy's anchor before it; "## II. …", a markdown heading, opens at its
 * marks): not after a word the figure belongs to ("Chương II. …", "PHẦN I. …", "khóa XV. …").
 */
const ROMAN_HEADING = /(?<!(?:^|\s)[*_]*(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Phụ lục|PHỤ LỤC|khóa|khoá|Khóa|KHÓA|Điều|ĐIỀU|Kỳ|kỳ|KỲ|lần|thứ|đoạn|ĐOẠN|số|Số|SỐ|loại|hạng|nhóm|cấp|Tier|Tập|TẬP|Quyển|Quý|quý|QUÝ|tháng)|#)\s(?=(?:#{1,6}\s+)?[*_]*[IVX]{1,4}\.\s+[*_]*\p{Lu}{2,}[\s,]+\p{Lu}{2,})/gu;
/** An attached document's note under its title ("(Kèm theo Quyết định số …)", "(Ban hành kèm theo …)"). */
const ATTACHED_NOTE = /[*_]*\(\s*(?:ban hanh )?kem theo\s/g;
/** How far before its note an attached document's type heading may stand, its title between. */
const ATTACHED_TITLE_REACH = 500;
const CLOSING_LABELS = /\s(?=noi nhan\b|kinh gui\b)/g;
const SIGNATURE_MARK = /\s(?=(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu})/gu;
const END_MARK = /\.\/\.\s/g;
/**
 * A body's head in capitals inside the issuer block, under its governing body ("ỦY BAN NHÂN DÂN
 * TỈNH X SỞ NỘI VỤ", "BỘ CÔNG THƯƠNG TRƯỜNG ĐẠI HỌC …", a web copy's "TRUNG ƯƠNG **BAN TỔ CHỨC**"): the word before it is not one that makes it
 * part of another name ("ỦY BAN", "TIỂU BAN", "VĂN PHÒNG", "BỘ QUỐC PHÒNG", "CƠ SỞ", "TỔNG CỤC").
 */
const BODY_HEAD = /(?<=\p{Lu}{2}[*_]{0,2}) +(?=[*_]*(?:BAN|BCH|TIỂU BAN|SỞ|PHÒNG|VĂN PHÒNG|TRUNG TÂM|CỤC|TỔNG CỤC|CHI CỤC|ĐẢNG ỦY|ĐẢNG UỶ|TRƯỜNG (?:ĐẠI HỌC|CAO ĐẲNG|TRUNG CẤP|TRUNG HỌC|THPT|THCS|TIỂU HỌC|MẦM NON|MẪU GIÁO|CHÍNH TRỊ)) \p{Lu})/gu;
const NOT_BEFORE_HEAD = new Set(['ỦY', 'UỶ', 'TIỂU', 'VĂN', 'QUỐC', 'CƠ', 'TRỤ', 'TỔNG', 'CHI', 'DỰ']);
const NOT_A_DEPARTMENT = /^PHÒNG,? (?:CHỐNG|NGỪA|CHÁY|THỦ|TRÁNH|BỆNH|DỊCH)/u;
/**
 * A cell's pipe of a web copy's table (every cell on its lines, a line holding only "|" between
 * cells, two between rows) run onto the line with the rest: a few of them make a table, not a
 * sentence's stray bar.
 */
const CELL_PIPE = /(?<=^| )\|(?= |$)/g;
const TABLE_PIPES = 4;
const DOUBLED_CAPITALS = /(?<=^|\s)[*_]*(\p{Lu}{2,})[*_]* +(?=[*_]*\1[*_]*(?:\s|$))/gu;
/** How many words back from the motto the issuer block may open. */
const ISSUER_WORDS = 16;
/** A digital signature's time ("14:23:43", "20:06:24 +07:00") before the header's next part. */
const SIGNING_TIME = /\d{1,2}:\d{2}:\d{2}(?:\s*[+-]\d{2}:\d{2})?(?= \p{Lu})/gu;

/** The text with every run-on document line broken at the places its lines were. */
export function breakRunOnLines(text: string): string {
  if (text.length < RUN_ON_LENGTH) return text;
  return text
    .split('\n')
    .map((line) => {
      // A table row written with tabs is a row, however long.
      if (line.length < RUN_ON_LENGTH || line.includes('\t')) return line;
      const folded = foldVietnamese(line);
      const capitals = mottoes(line, folded);
      return hasFrame(line, folded, capitals) ? breakLine(line, folded, capitals) : line;
    })
    .join('\n');
}

/**
 * Whether the line carries a document's frame: the country's or the Party's name in capitals, or the
 * motto "Độc lập - Tự do - …" as printed (a capital first), neither inside quotation marks. A plan's
 * long item quoting the day's slogans ("… khẩu hiệu: "NHIỆT LIỆT CHÀO MỪNG … QUỐC KHÁNH NƯỚC CỘNG HÒA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM …"") or a sentence naming the motto ("tiêu ngữ độc lập - tự do - hạnh
 * phúc") is no document run together.
 */
function hasFrame(line: string, folded: string, capitals: ReadonlyArray<[number, number]>): boolean {
  if (capitals.length) return true;
  // "Độc lập - Tự do" will do: an engine may garble the rest ("Hanh phtic").
  for (const m of folded.matchAll(/doc lap\s*-\s*tu do/g)) if (/^\p{Lu}/u.test(line.charAt(m.index!)) && !quoted(line, m.index!, m.index! + m[0].length)) return true;
  return false;
}

/** How far an opening quotation mark may stand before the words it quotes, and its closing one after them. */
const QUOTE_REACH = 300;
/** A quotation mark opening a quote: a typographic one, or a straight one before a word after a space or a colon. */
const OPENING_QUOTE = /“|(?<=^|[\s:(])"(?=[^\s"])/gu;
/** A quotation mark closing a quote: a typographic one, or a straight one after a word before a space, a stop or the end. */
const CLOSING_QUOTE = /”|(?<=[^\s"])"(?=$|[\s.,;:!?)])/u;

/**
 * Whether `line[from, to)` stands inside a quote: opened within QUOTE_REACH before it, not closed
 * before it, and closed within QUOTE_REACH after it (an engine's stray marks open nothing they close).
 */
function quoted(line: string, from: number, to: number): boolean {
  // Up to the quoted words' first letter, which a straight opening mark must precede.
  const before = line.slice(Math.max(0, from - QUOTE_REACH), from + 1);
  const opening = [...before.matchAll(OPENING_QUOTE)].at(-1);
  if (!opening || CLOSING_QUOTE.test(before.slice(opening.index! + 1, -1))) return false;
  // From the quoted words' last letter, which a straight closing mark must follow.
  return CLOSING_QUOTE.test(line.slice(Math.max(0, to - 1), to + QUOTE_REACH));
}

/**
 * The country's or the Party's name set as a motto, in capitals: in normal case it is a sentence's
 * ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Ngày thành lập Đảng Cộng sản Việt Nam").
 */
function mottoes(line: string, folded: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of folded.matchAll(MOTTO)) {
    const words = line.slice(m.index!, m.index! + m[0].length);
    if (words === words.toUpperCase() && !quoted(line, m.index!, m.index! + m[0].length)) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

/** `folded`: the line folded; `capitals`: its mottoes in capitals (mottoes()). */
function breakLine(line: string, folded: string, capitals: ReadonlyArray<[number, number]>): string {
  const breaks = new Set<number>();

  // The header: the date line and the type heading after it; the body opens at the first basis
  // line after them ("Thực hiện" may open the title itself, right after the heading).
  const date = DATE_LINE.exec(folded.slice(0, HEADER_REACH));
  const dateEnd = date ? date.index + date[0].length : 0;
  const headingStart = date ? typeHeadingStart(line, folded, dateEnd) : null;
  const heading = headingStart === null ? null : typeHeadingAt(line, folded, headingStart);
  const recipients = folded.indexOf('noi nhan');
  const headerEnd = bodyOpening(line, folded, heading ? wordEnd(line, heading + 1) : dateEnd) ?? Math.min(line.length, HEADER_REACH, recipients >= 0 ? recipients : Infinity);

  for (const [from, to] of capitals) if (from < headerEnd) breakAround(line, from, to, breaks);
  for (const m of folded.matchAll(MOTTO_LINE)) if (m.index! < headerEnd) breakAround(line, m.index!, m.index! + m[0].length, breaks);
  const numberLabel = /\sS[ốỐoOổ]\s?:/u.exec(line.slice(0, headerEnd));
  if (numberLabel) breaks.add(numberLabel.index);
  if (date) {
    breakAfter(line, dateEnd, breaks);
    if (heading) {
      breakAfter(line, heading, breaks);
      // A web copy's cell pipes and emphasis between the date and the heading are the date's line's.
      let start = headingStart!;
      while (start > 0 && /[*_]/.test(line[start - 1]!)) start--;
      if (/\S/.test(line.slice(dateEnd, start)) && line[start - 1] === ' ') {
        breaks.add(start - 1);
        // There the title in capitals ends where the body opens in normal case, as it does with no heading found.
        capitalsRunEnd(line, heading + 1, headerEnd, breaks);
      }
    } else capitalsRunEnd(line, dateEnd + 1, headerEnd, breaks);
  }
  const issuerEnd = Math.min(numberLabel?.index ?? headerEnd, date?.index ?? headerEnd, headerEnd);
  // The block's last head may stand right before the number line's label ("… HƯNG YÊN VĂN PHÒNG Số: …").
  for (const m of line.slice(0, issuerEnd + 2).matchAll(BODY_HEAD)) {
    const at = m.index!;
    const before = /(\p{L}+)\P{L}*$/u.exec(line.slice(Math.max(0, at - 12), at))?.[1] ?? '';
    // A copy that ran the header's lines together over blank lines leaves two spaces there: the last one breaks.
    const head = at + m[0].length;
    if (!NOT_BEFORE_HEAD.has(before) && !NOT_A_DEPARTMENT.test(line.slice(head, head + 15))) breaks.add(head - 1);
  }
  for (const m of line.slice(0, issuerEnd).matchAll(SIGNING_TIME)) breaks.add(m.index! + m[0].length);
  // A word in capitals twice over is two lines' ends met ("CỤC THUẾ THUẾ TỈNH VĨNH LONG": the office
  // under its department), but for the first word of a compound ("ĐẢNG ỦY ỦY BAN NHÂN DÂN").
  for (const m of line.slice(0, issuerEnd).matchAll(DOUBLED_CAPITALS)) if (!NOT_BEFORE_HEAD.has(m[1]!)) breaks.add(m.index! + m[0].length - 1);
  issuerRunStart(line, Math.min(capitals[0]?.[0] ?? issuerEnd, issuerEnd), breaks);
  const subject = /\sv\/v\s/.exec(folded.slice(0, headerEnd));
  if (subject) breaks.add(subject.index);
  if (line[headerEnd - 1] === ' ') breaks.add(headerEnd - 1);

  attachedHeaderBreaks(line, folded, capitals, headerEnd, breaks);
  attachedNoteBreaks(line, folded, headerEnd, breaks);

  // The body: basis lines, headings and items after a sentence's end.
  for (const m of folded.matchAll(ITEM_AFTER_STOP)) if (m.index! >= headerEnd) breaks.add(m.index! + m[0].length - 1);
  for (const m of folded.matchAll(BASIS_AFTER_STOP)) {
    const at = m.index! + m[0].length;
    if (at > headerEnd && /^[*_]*\p{Lu}/u.test(line.slice(at, at + 4))) breaks.add(at - 1);
  }
  for (const m of line.matchAll(ITEM_AFTER_CAPITALS)) if (m.index! >= headerEnd) breaks.add(m.index! + m[0].length - 1);
  for (const m of line.matchAll(ITEM_AFTER_EMPHASIS)) if (m.index! >= headerEnd) breaks.add(m.index! + m[0].length - 1);
  for (const m of line.matchAll(BOLD_HEADING)) if (m.index! >= headerEnd) breaks.add(m.index! + m[0].length);
  for (const m of folded.matchAll(TASK_LABEL)) {
    const mark = /^(?:(?:[-+•–]|[a-z]\))\s+[*_]*|[*_]+)/.exec(folded.slice(m.index! + 1, m.index! + 12));
    if (m.index! >= headerEnd && mark && /\p{Lu}/u.test(line.charAt(m.index! + 1 + mark[0].length))) breaks.add(m.index!);
  }
  for (const m of line.matchAll(FIRST_LETTER_ITEM)) if (m.index! >= headerEnd) breaks.add(m.index!);
  for (const m of line.matchAll(FIRST_DUTY_ITEM)) if (m.index! >= headerEnd) breaks.add(m.index!);
  for (const m of line.matchAll(FIRST_ITEM_UNDER_PART)) if (m.index! >= headerEnd) breaks.add(m.index!);
  for (const m of line.matchAll(DUTY_AFTER_BODY)) if (m.index! >= headerEnd && BODY_HEADING_BEFORE.test(line.slice(Math.max(0, m.index! - 120), m.index!))) breaks.add(m.index! + m[0].length - 1);
  for (const m of line.matchAll(ROMAN_HEADING)) if (m.index! >= headerEnd) breaks.add(m.index!);
  // The closing: the recipients' label, the end mark, the signature block's marks, office and name.
  for (const m of folded.matchAll(CLOSING_LABELS)) breaks.add(m.index!);
  for (const m of line.matchAll(END_MARK)) breaks.add(m.index! + 3);
  const recipientsAfterHeader = folded.indexOf('noi nhan', headerEnd);
  const closingFrom = Math.max(headerEnd, recipientsAfterHeader >= 0 ? recipientsAfterHeader : line.length - CLOSING_REACH);
  let lastMark: number | null = null;
  for (const m of line.matchAll(SIGNATURE_MARK)) {
    if (m.index! < closingFrom) continue;
    breaks.add(m.index!);
    lastMark = m.index!;
  }
  if (lastMark !== null) signatureBlockBreaks(line, lastMark, breaks);

  tableCellBreaks(line, breaks);
  markdownRowBreaks(line, headerEnd, breaks);

  const units = line.split('');
  for (const at of breaks) if (units[at] === ' ') units[at] = '\n';
  return units.join('');
}

/**
 * The issuer block is the run of words in capitals before the motto or the number line, whichever
 * comes first (with its rule of dashes): what
 * stands before it in other letters (a site's page title, "Cơ quan phát hành: Chính phủ", a page's
 * figure) is not the block's, and the block opens a line of its own.
 */
function issuerRunStart(line: string, blockEnd: number, breaks: Set<number>): void {
  const offset = Math.max(0, blockEnd - 300);
  const words = [...line.slice(offset, blockEnd).matchAll(/\S+/g)];
  let start: number | null = null;
  let taken = 0;
  for (let i = words.length - 1; i >= 0 && taken < ISSUER_WORDS; i--, taken++) {
    const word = words[i]![0];
    if (/^[-–_=*]+$|^&$/.test(word)) continue;
    if (!/^[*_]*\p{Lu}+[.,]?[*_]*$/u.test(word)) break;
    start = offset + words[i]!.index!;
  }
  if (start === null || start === 0 || line[start - 1] !== ' ') return;
  // A run of one word is no block ("… Chính phủ THỦ TƯỚNG" keeps it; "BỘ TƯ PHÁP" opens after a title).
  if (line.slice(start, blockEnd).trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 2) return;
  breaks.add(start - 1);
}

/** Each cell pipe of a table run onto the line on a line of its own, as the web copy laid it out. */
function tableCellBreaks(line: string, breaks: Set<number>): void {
  const pipes = [...line.matchAll(CELL_PIPE)].map((m) => m.index!);
  if (pipes.length < TABLE_PIPES) return;
  for (const at of pipes) {
    if (at > 0) breaks.add(at - 1);
    if (at + 1 < line.length) breaks.add(at + 1);
  }
}

/**
 * A markdown table's rows in the body (run-on-markdown-table.ts) each on a line of their own, whole:
 * a break another rule found inside a row (a cell's pipes, an item's mark in a cell) is no line's end.
 * The header's layout table is left to the header's rules.
 */
function markdownRowBreaks(line: string, headerEnd: number, breaks: Set<number>): void {
  for (const [start, end] of markdownTableRows(line, headerEnd)) {
    for (let at = start + 1; at < end - 1; at++) breaks.delete(at);
    if (line[start - 1] === ' ') breaks.add(start - 1);
    if (line[end] === ' ') breaks.add(end);
  }
}

/**
 * A document attached after the first with no motto of its own (a decision's plan after the
 * decision's signature: "… Nguyễn Văn An **KẾ HOẠCH** THỰC HIỆN CHƯƠNG TRÌNH … *(Kèm theo Quyết định số
 * …)* I. MỤC ĐÍCH"): its type heading in capitals, its title and the note under the title each on a
 * line of their own. Taken only where the heading's type name in capitals opens a run of capitals
 * (a type's name inside a title, "… TRIỂN KHAI ĐỀ ÁN …", follows a word in capitals) and stands before
 * the note with a title between them that ends no sentence.
 */
function attachedNoteBreaks(line: string, folded: string, headerEnd: number, breaks: Set<number>): void {
  for (const m of folded.matchAll(ATTACHED_NOTE)) {
    const note = m.index!;
    if (note <= headerEnd) continue;
    const heading = attachedHeadingBefore(line, folded, note);
    if (heading === null) continue;
    let start = heading[0];
    while (start > 0 && /[*_]/.test(line[start - 1]!)) start--;
    if (line[start - 1] === ' ') breaks.add(start - 1);
    breakAfter(line, heading[1], breaks);
    if (line[note - 1] === ' ') breaks.add(note - 1);
    const close = line.indexOf(')', note);
    if (close > 0 && close - note < ATTACHED_TITLE_REACH) breakAfter(line, close + 1, breaks);
  }
}

/** The start and end of the type heading in capitals before an attached document's note at `note`, or null. */
function attachedHeadingBefore(line: string, folded: string, note: number): [number, number] | null {
  const from = Math.max(0, note - ATTACHED_TITLE_REACH);
  // Searched in the reach only: a name the reach lacks is never looked for to the line's end.
  const reach = folded.slice(from, note);
  let best: [number, number] | null = null;
  for (const name of TYPE_NAMES) {
    for (let i = reach.indexOf(name); i >= 0; i = reach.indexOf(name, i + 1)) {
      const at = from + i;
      const end = /[\p{L}\d]/u.test(folded.charAt(at - 1)) || opensWithinCapitals(line, at) ? null : typeHeadingAt(line, folded, at);
      if (end !== null && (best === null || at > best[0])) best = [at, end];
    }
  }
  // The title between ends no sentence: a stop there is a paragraph's, not a heading's.
  return best !== null && !/[.;!?]\s/.test(line.slice(best[1], note)) ? best : null;
}

/** Whether the word before `at` is in capitals: a type's name there is inside a title ("… TRIỂN KHAI ĐỀ ÁN …"), not its heading. */
function opensWithinCapitals(line: string, at: number): boolean {
  const before = /(\S+)\s*$/u.exec(line.slice(Math.max(0, at - 40), at))?.[1]?.replace(/[*_]/g, '') ?? '';
  return isCapitalsWord(before);
}

/**
 * A document attached after the first (a decision's plan, its appendix) opens with a header of its
 * own: its motto, number line, date line and type heading on lines of their own too.
 */
function attachedHeaderBreaks(line: string, folded: string, capitals: ReadonlyArray<[number, number]>, headerEnd: number, breaks: Set<number>): void {
  for (const [from, to] of capitals) if (from >= headerEnd) breakAround(line, from, to, breaks);
  for (const m of folded.matchAll(MOTTO_LINE)) {
    if (m.index! < headerEnd) continue;
    const end = m.index! + m[0].length;
    breakAround(line, m.index!, end, breaks);
    const label = /\sS[ốỐoOổ]\s?:/u.exec(line.slice(end, end + ATTACHED_HEADER_REACH));
    if (label) breaks.add(end + label.index);
    const date = DATE_LINE.exec(folded.slice(end, end + ATTACHED_HEADER_REACH));
    if (!date) continue;
    const dateEnd = end + date.index + date[0].length;
    breakAfter(line, dateEnd, breaks);
    const heading = typeHeadingAt(line, folded, nextWord(line, dateEnd));
    if (heading) breakAfter(line, heading, breaks);
  }
}

/** Where the body opens: the first basis line or salutation in normal case, from `from` on. */
function bodyOpening(line: string, folded: string, from: number): number | null {
  BODY_OPENING.lastIndex = from;
  for (let m = BODY_OPENING.exec(folded); m; m = BODY_OPENING.exec(folded)) {
    const at = m.index + (/^\s/.test(m[0]) ? 1 : 0);
    // In normal case: a title in capitals may say "THỰC HIỆN …" itself.
    if (/^[*_]*\p{Lu}\p{Ll}/u.test(line.slice(at, at + 6))) return at;
    BODY_OPENING.lastIndex = at + 1;
  }
  return null;
}

/** Markup a web copy leaves between a header's lines: cell pipes, emphasis, rules. */
const MARKUP_WORD = /^[*_|=~.-]+$/;
/** How many words of markup may stand between the date line and the type heading. */
const MARKUP_WORDS = 6;

/**
 * Where the type heading after the date line opens (its first letter), past the markup a web copy
 * left between them ("… năm 2025* | ** **  **QUYẾT ĐỊNH**"), or null when no heading follows.
 */
function typeHeadingStart(line: string, folded: string, dateEnd: number): number | null {
  const words = /\S+/g;
  words.lastIndex = dateEnd;
  for (let m = words.exec(line), seen = 0; m && seen <= MARKUP_WORDS; m = words.exec(line), seen++) {
    if (MARKUP_WORD.test(m[0])) continue;
    const at = m.index + (/^[*_]*/.exec(m[0])?.[0].length ?? 0);
    return typeHeadingAt(line, folded, at) === null ? null : at;
  }
  return null;
}

/** Where the next word opens at or after `at`. */
function nextWord(line: string, at: number): number {
  let i = at;
  while (i < line.length && /\s/.test(line[i]!)) i++;
  return i;
}

/** The end of the word that opens at or after `at`. */
function wordEnd(line: string, at: number): number {
  const word = /\S+/g;
  word.lastIndex = at;
  const m = word.exec(line);
  return m ? m.index + m[0].length : line.length;
}

/** Breaks at the space just before `start` and the first one after `end`. */
function breakAround(line: string, start: number, end: number, breaks: Set<number>): void {
  if (start > 0 && line[start - 1] === ' ') breaks.add(start - 1);
  breakAfter(line, end, breaks);
}

/** A break at the first space at or after `at`, past a rule of dashes or stars the copy left. */
function breakAfter(line: string, at: number, breaks: Set<number>): void {
  let i = at;
  while (i < line.length && /[-_=*~.]/.test(line[i]!)) i++;
  if (line[i] === ' ') breaks.add(i);
  else if (line[at] === ' ') breaks.add(at);
}

/** The end of a type heading in capitals that opens at `at` ("KẾ HOẠCH", "QUYẾT ĐỊNH"), or null. */
function typeHeadingAt(line: string, folded: string, at: number): number | null {
  for (const name of TYPE_NAMES) {
    if (!folded.startsWith(name, at)) continue;
    const end = at + name.length;
    if (/[\p{L}\d]/u.test(folded.charAt(end))) continue;
    const words = line.slice(at, end);
    if (words === words.toUpperCase()) return end;
  }
  return null;
}

/** A break where a run of three or more words in capitals gives way to a word in normal case. */
function capitalsRunEnd(line: string, from: number, to: number, breaks: Set<number>): void {
  const words = /\S+/g;
  words.lastIndex = from;
  let capitals = 0;
  for (let m = words.exec(line); m && m.index < to; m = words.exec(line)) {
    const word = m[0];
    if (isCapitalsWord(word)) capitals++;
    else {
      if (capitals >= 3 && /^\p{Lu}\p{Ll}/u.test(word) && line[m.index - 1] === ' ') breaks.add(m.index - 1);
      if (/\p{L}/u.test(word)) capitals = 0;
    }
  }
}

function isCapitalsWord(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

/**
 * In the signature block from its last mark: an office under the authority line ("KT. CHỦ TỊCH
 * PHÓ CHỦ TỊCH") and the signer's name after the office in capitals ("PHÓ CHỦ TỊCH Trần Song
 * Tùng") on lines of their own.
 */
function signatureBlockBreaks(line: string, mark: number, breaks: Set<number>): void {
  const words = /\S+/g;
  words.lastIndex = mark + 1;
  let previousCapitals = false;
  let seen = 0;
  for (let m = words.exec(line); m && seen < 24; m = words.exec(line), seen++) {
    const word = m[0];
    const capitals = isCapitalsWord(word);
    if (previousCapitals && seen > 1 && word === 'PHÓ') breaks.add(m.index - 1);
    if (previousCapitals && !capitals && /^\p{Lu}\p{Ll}/u.test(word)) {
      breaks.add(m.index - 1);
      return;
    }
    previousCapitals = capitals;
  }
}
