// The marks of engines that write what they could not read as a symbol of their own (the scanners
// whose PDFs carry the producer "6,2,0,77"): "~" for a lost marked vowel ("Vi~t" = Việt, "v~" = về),
// "@" for a lost ê ("v@" = về), a semicolon between two strokes for ạ ("m!;lnh" = mạnh), S inside a
// small word for ê ("tiSp" = tiếp), "El" inside a code for Đ ("CNVCLEl" = CNVCLĐ); and the evidence
// that such a layer is an engine's at all, though most of its words are valid stripped syllables.
// Each with the cases it must leave alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { garbledView, latinView } from '../../normalizers/diacritics/garbled.js';
import { misreadGluedCuts, misreadGluedSplit, splitGluedPieces } from '../../normalizers/diacritics/glued-words.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { misreadCapitalVariants } from '../../normalizers/diacritics/misread-letters.js';
import { Restorer, lostLetterMarks } from '../../normalizers/diacritics/restorer.js';
import { isSpeckedPair, joinSpeckedPieces, withLostLetterEnds } from '../../normalizers/diacritics/speck-words.js';
import { linkSpans, splitPieces } from '../../normalizers/diacritics/tokens.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

/**
 * Lines of such an engine (written for this test, in its manner): marks stripped, most words valid
 * syllables, a few lost letters and misread capitals. The line under test is the third.
 */
const layer = (line: string) => [
  'Thirc hien k~ hoach cua Ban Thuong vu Tinh uy ve cong tac nam 2020;',
  'Cac co quan, don vi phai dQng vien can bQ tham gia day du cac hoat dong.',
  line,
  'Nha truong giao cho cac khoa t6 chirc thuc hien va bao cao k~t qua.',
  'Sinh vien can nam r6 cac quy dinh cua nha truong d~ thuc hien dung.',
];
const restoredLine = (line: string) => restorer.restore(layer(line).join('\n')).text.split('\n')[2]!;

describe('a lost-letter mark between letters joins them', () => {
  it.each([
    ['cong nhan Vi~t Nam', 2, true],
    ['nang cao hi~u qua', 2, true],
    ['Di@n bien', 0, true],
    // Between a letter and a space, a digit or another mark: no pair.
    ['so 1~2 nguoi', 1, false],
  ])('%s: pieces %i and next one: %s', (line, at, expected) => {
    const pieces = splitPieces(line);
    expect(isSpeckedPair(line, pieces[at]!, pieces[at + 1]!)).toBe(expected);
  });

  it('keeps the mark in the joined word, as long as the span it covers', () => {
    const line = 'cong nhan Vi~t Nam';
    const joined = joinSpeckedPieces(line, splitPieces(line), () => true);
    expect(joined.map((p) => p.text)).toEqual(['cong', 'nhan', 'Vi~t', 'Nam']);
    expect(joined[2]!.end - joined[2]!.start).toBe('Vi~t'.length);
  });
});

describe('a lost-letter mark after a word', () => {
  it('is taken into the word when the word so read is one', () => {
    const line = 'Dang v~ viec nay, v@xay dung';
    const out = withLostLetterEnds(line, splitPieces(line), (w) => w === 'v~' || w === 'v@');
    expect(out.map((p) => p.text)).toEqual(['Dang', 'v~', 'viec', 'nay', 'v@', 'xay', 'dung']);
    expect(line.slice(out[1]!.start, out[1]!.end)).toBe('v~');
  });

  it.each([
    // A run of marks is debris; a word the reader does not read with the mark stays as it is.
    ['chuyen di~~ lieu', (w: string) => w === 'di~'],
    ['thong tin ABC~ moi', () => false],
  ])('leaves %s', (line, joinable) => {
    const pieces = splitPieces(line);
    expect(withLostLetterEnds(line, pieces, joinable)).toEqual(pieces);
  });

  it('never cuts into an e-mail address', () => {
    const line = 'Lien he: vanthu@gmail.com hoac so 0123';
    const pieces = splitPieces(line);
    expect(withLostLetterEnds(line, pieces, () => true, linkSpans(line))).toEqual(pieces);
  });
});

describe('an ạ read as strokes round a semicolon', () => {
  it.each([
    ['day m!;lnh cac', 'day mạạạnh cac'],
    ['cac h01;1t dong', 'cac h0ạạạt dong'],
    ['t6 chirc tf;ti cac', 't6 chirc tạạại cac'],
    // Ones alone before it are the engine's l ("cau 11;1C" = câu lạc).
    ['cau 11;1C bQ', 'cau 1ạạạC bQ'],
  ])('%s is seen as %s in a garbled layer, offsets kept', (line, view) => {
    const seen = garbledView(line).text;
    expect(seen).toBe(view);
    expect(seen.length).toBe(line.length);
  });

  it.each(['day m!;lnh cac', 't6 chirc tf;ti cac', 'Gui ban scan pdf;tai lieu'])('is no sign outside a garbled layer: %s stays', (line) => {
    expect(latinView(line).text).toBe(line);
  });

  // A number before the stop is no word the group could be inside, even in a garbled layer.
  it.each(['so 1;1 cua ban', 'Dieu 1; 1. Cac', 'muc a!;l', 'Chi tieu 2021;tang 5%', 'Mau so 21:lich trinh', 'nam 2011;tang'])(
    'leaves %s (no word round it)',
    (line) => {
      expect(garbledView(line).text).toBe(line);
    },
  );
});

describe('clean stripped text with no space after a stop', () => {
  // Typed text: the stop glued to the next word is punctuation, not a misread ạ.
  const first = 'Cong tac thi dua khen thuong nam 2025 dat ket qua tot';
  it.each([
    ['Gui ban scan pdf;tai lieu goc luu tai van thu', ['pdf;tài liệu']],
    ['Mau so 11:lich trinh to chuc; Chi tieu 2021;tang 5% so voi nam truoc', ['11:lịch', '2021;tăng']],
    ['Thuc hien theo muc 11;tieu muc 2', ['11;tiểu mục 2']],
  ])('%s keeps its characters and is restored', (line, wanted) => {
    const out = restorer.restore(`${first}\n${line}`).text.split('\n');
    expect(out).toHaveLength(2);
    expect(out[1]!.length).toBe(line.length);
    for (const w of wanted) expect(out[1]).toContain(w);
  });
});

describe('an S inside a small word', () => {
  it('reads as ê, or as a marked a (ABBYY-glyph layers: "LSnh" = Lãnh)', () => {
    expect(misreadCapitalVariants('tiSp').map((v) => v.word)).toEqual(['tiep', 'tiap']);
  });
  it('leaves codes', () => {
    expect(misreadCapitalVariants('TSS')).toEqual([]);
  });
});

describe('restored in a layer of such an engine', () => {
  it.each([
    ['tiSp tuc xay dung giai c~p cong nhan Vi~t Nam', 'tiếp tục xây dựng giai cấp công nhân Việt Nam'],
    ['phat trien ngh~ nghiep, khu ch~ xuat', 'phát triển nghề nghiệp, khu chế xuất'],
    ['nang cao hi~u qua cong tac tuyen truyen', 'nâng cao hiệu quả công tác tuyên truyền'],
    ['Liên đoàn lao động vận động CNVCLEl tham gia', 'Liên đoàn lao động vận động CNVCLĐ tham gia'],
    // A code of two such halves is one code, not two run together.
    ['nha van hoa lao dong (do LElLEl tinh quan ly)', 'nhà văn hóa lao động (do LĐLĐ tỉnh quản lý)'],
    ['day m!;lnh cong tac xay dung', 'đẩy mạnh công tác xây dựng'],
    // A backslash and an l for ư or ụ (the backslash a stroke speck-words.ts joins, the word read without it).
    ['to chuc th\\lc hien ke hoach', 'tổ chức thực hiện kế hoạch'],
  ])('%s', (line, expected) => {
    expect(restoredLine(line)).toBe(expected);
  });

  it('reads its valid-looking words through the engine channel (the layer is an engine\'s)', () => {
    // "thuc" alone is a valid stripped syllable; only a layer known to be an engine's reads "Thirc" and
    // its kin, and puts back the vowels "~" stands for, in every line.
    const restored = restorer.restore(layer('Tinh uy thirc hi~n Chi thi s6 52').join('\n')).text.split('\n');
    expect(restored[0]).toBe('Thực hiện kế hoạch của Ban Thường vụ Tỉnh ủy về công tác năm 2020;');
    expect(restored[2]).toBe('Tỉnh ủy thực hiện Chỉ thị số 52');
  });
});

describe('two misread words run together', () => {
  // A toy channel: the words it reads, at their costs; anything else reads as no word.
  const channel = new Map([
    ['dQng', 0.3],
    ['tinh', 0],
    ['th6ng', 0.5],
    ['tin', 0],
    ['hgp', 1.2],
    ['dQngtin', 2.5],
    ['mạạạnh', 0.2],
    ['cac', 0],
    ['cdch', 0.8],
    ['hdnh', 0.8],
    ['PHOI', 0],
    ['HQP', 0.5],
    ['web', 0.5],
    ['site', 1],
    ['s6', 0.5],
    ['trong', 0],
    ['s6t', 0.5],
    ['rong', 0],
    ['vS', 0.5],
    ['vd', 1.2],
  ]);
  const cost = (t: string) => channel.get(t) ?? Infinity;
  it.each([
    ['dQngtinh', 4],
    ['th6ngtin', 5],
    // An ạ the view spread over three letters is the engine's mark, not the writer's.
    ['mạạạnhcac', 6],
    // Eight plain letters or more that read as no word: two words as well.
    ['cdchhdnh', 4],
    // A Q inside capitals is the engine's mark as well.
    ['PHOIHQP', 4],
    // A two-letter half read near-certainly; a tie goes to the shorter first half (số trong, not sốt rộng).
    ['s6trong', 2],
    ['dQngvS', 4],
  ])('%s splits at %i', (word, at) => {
    expect(misreadGluedSplit(word, cost)).toBe(at);
  });
  it.each([
    // A word the channel reads whole, too short, or with a half too dear or unread, is not cut.
    ['dQngtin', () => 2.5],
    ['hgptin', (t: string) => (t === 'hgp' ? 1.8 : cost(t))],
    ['tinh', cost],
    ['dQng-tinh', cost],
    // Plain small letters (another language's word) or marks (the writer's run-together words).
    ['website', cost],
    ['nếucóthể', () => 0],
    // A two-letter half read only at a cost ("vd" = về at 1.2) is no sure word.
    ['dQngvd', cost],
  ])('%s is not cut', (word, c) => {
    expect(misreadGluedSplit(word, c as (t: string) => number)).toBe(-1);
  });

  it('is written back as two words in a layer of such an engine', () => {
    const out = restoredLine('Cac co quan van dQngtinh nha phoi hop thuc hien');
    expect(out.split(' ').length).toBe('Cac co quan van dQngtinh nha phoi hop thuc hien'.split(' ').length + 1);
    expect(out).toContain('động t');
  });
});

describe('three misread words run together', () => {
  // A toy channel as above: the parts it reads, at their costs; anything else reads as no word.
  const channel = new Map([
    ['dAy', 0.3],
    ['lUi', 0.3],
    ['cac', 0],
    ['dQng', 0.3],
    ['tinh', 0],
    ['hgp', 1.2],
    ['th6ng', 0.5],
    ['ạạạn', 0.2],
    ['dOạạạn', 0.4],
    ['dO', 0.3],
    ['d1', 0.4],
    ['vi', 0],
  ]);
  const cost = (t: string) => channel.get(t) ?? Infinity;
  it.each([
    // No two halves read: three parts that each read as a half would.
    ['dAylUicac', [3, 6]],
    ['hgpth6ngcac', [3, 8]],
    // Two halves that read are preferred to three parts ("dQngtinh" stays one cut).
    ['dQngtinh', [4]],
  ])('%s is cut at %j', (word, cuts) => {
    expect(misreadGluedCuts(word, cost)).toEqual(cuts);
  });
  it.each([
    // A word the channel reads whole is left whole however its parts read.
    ['dAylUicac', (t: string) => (t === 'dAylUicac' ? 3 : cost(t))],
    // A part a half could not be (dearer than MISREAD_HALF_COST, or two letters read at a cost).
    ['dAylUihgp', (t: string) => (t === 'hgp' ? 1.8 : cost(t))],
    // A part holding a number is no word ("dO!;lfi2016" = đoạn 2016 is a word and a number).
    ['dAylUi2016', cost],
    // A cut inside an ạ the view spread over three letters reads no word.
    ['dOạạạnvicac', (t: string) => (t === 'dOạ' || t === 'ạạnvi' || t === 'cac' ? 0 : Infinity)],
    // Plain small letters shorter than eight (another language's word), or the writer's marks.
    ['daylui', () => 0],
    ['đẩylùicác', () => 0],
    // Longer than three syllables of six letters.
    ['dAylUicacdAylUicac', cost],
  ])('%s is not cut', (word, c) => {
    expect(misreadGluedCuts(word, c as (t: string) => number)).toEqual([]);
  });
  it('keeps misreadGluedSplit to the first cut', () => {
    expect(misreadGluedSplit('dAylUicac', cost)).toBe(3);
  });
  it('makes three pieces, the second and third glued to the one before', () => {
    const pieces = splitPieces('xa dAylUicac te');
    const { pieces: out, gluedBefore } = splitGluedPieces(pieces, (p) => (p.text === 'dAylUicac' ? [3, 6] : -1));
    expect(out.map((p) => [p.text, p.start, p.end])).toEqual([['xa', 0, 2], ['dAy', 3, 6], ['lUi', 6, 9], ['cac', 9, 12], ['te', 13, 15]]);
    expect([...gluedBefore]).toEqual([2, 3]);
  });
  it('is written back as three words in a layer of such an engine', () => {
    expect(restoredLine('xay dgng moi truang sAng lanh manh, dAylUicac t~ nan xa hQi.')).toBe('xây dựng môi trường sống lành mạnh, đẩy lùi các tệ nạn xã hội.');
  });
});

describe('a misread word run into a number', () => {
  it('is cut from the number when it reads as one word ("dO!;lfi2016" = đoạn 2016)', () => {
    expect(restoredLine('xay dgng dm s6ng van hoa trong CNVCLD giai dO!;lfi2016-2021;')).toBe('xây dựng đời sống văn hóa trong CNVCLĐ giai đoạn 2016-2021;');
  });
  it('leaves a code and its number whole', () => {
    expect(restoredLine('Cac dai bieu QH15 va UBND2023 tham gia')).toContain('QH15 và UBND2023');
  });
});

describe('a lost letter is one the engine could not write', () => {
  const cost = (token: string, form: string) => {
    const r = restorer.reader.garbledReading(token);
    const k = r.forms.indexOf(form);
    return k < 0 ? Infinity : r.slot.costs[k]!;
  };
  it.each([
    // Such engines write Latin-1 letters stripped ("va" for và): a letter they lost is outside Latin-1.
    ['v~', 'về', 'và'],
    ['ch~', 'chế', 'cho'],
  ])('%s reads as %s more readily than %s', (token, lost, writable) => {
    expect(cost(token, lost)).toBeLessThan(cost(token, writable));
  });
});

describe('room for the channel beside a word\'s own readings', () => {
  it('keeps a misread reading of a valid-looking word with many readings of its own ("dai" = đời)', () => {
    // "dai" has ten readings of its own (đại, dài, đài …); the channel's đời must still be among its candidates.
    const forms = restorer.reader.reading('dai', true, true).forms;
    expect(forms).toContain('đời');
    expect(restoredLine('nang cao dai s6ng van hoa cho cong nhan')).toContain('đời sống');
  });
});

describe('the lost-letter marks that show an engine', () => {
  it.each([
    ['cong nhan Vi~t Nam v~ viec', 2],
    ['Nam v@xay dung', 1],
    // An address's @, a run of marks, a mark after a digit: none.
    ['Lien he: vanthu@gmail.com, so@danang.gov.vn', 0],
    ['~~~~~ 5~10 nguoi', 0],
  ])('%s: %i', (line, n) => {
    expect(lostLetterMarks(line)).toBe(n);
  });
});
