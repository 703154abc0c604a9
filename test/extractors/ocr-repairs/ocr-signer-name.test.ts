// The signer's name of another engine's OCR layer is decided from the engine's letters where the
// diacritic restorer re-lettered it: a family name or a common name syllable one letter away, and
// only one, is the word; otherwise the name is left blank with a diagnostic, never guessed.
import { describe, expect, it } from 'vitest';
import { engineKey, engineReadingOf, engineWords, familyNameRead, givenNameRead, isRereadNameLine, looksLikeReadName, nameAsEngineRead, spacedNameAtLineEnd } from '../../../extractors/ocr-repairs/ocr-signer-name.js';
import { extractPlan } from '../../../extractors/index.js';
import type { TextChange } from '../../../output/schema.js';
import { testContext } from '../context.js';

describe('engineKey', () => {
  it.each([
    ['Diro-ng', 'duong'],
    ['Trirong', 'truong'],
    ['Kh6nh', 'kh?nh'],
    // A backslash before a stroke is the hook or dot of a u: "T\ian" is Tuấn, "s\r" sự, "V\l" Vụ.
    ['T\\ian', 'tuan'],
    ['s\\r', 'su'],
    ['d\\lng', 'dung'],
    // Without the backslash an l, i or r stays itself.
    ['Lien', 'lien'],
    ["Nguy'en", 'nguyen'],
    // A tilde between letters is a marked vowel; a j after a letter is the dotted i (Thị, Nghị).
    ['Nguy~n', 'nguy?n'],
    ['Thj', 'thi'],
    ['djnh', 'dinh'],
    // A j opening the word is a letter of a name of the Central Highlands ("Y Jút"); a tilde at the end no vowel.
    ['Jút', 'jut'],
    ['THU~', 'thu'],
  ])('%s → %s', (word, key) => {
    expect(engineKey(word)).toBe(key);
  });
});

describe('familyNameRead', () => {
  it.each([
    // [restorer's word, engine's word, family name]
    ['Đạo-ngữ', 'Diro-ng', 'Dương'],
    ['Trường', 'Trirang', 'Trường'],
    ['Trưởng', 'Trueng', 'Trưởng'],
    ['Nguyễn', 'Nguygn', 'Nguyễn'],
    ['Nguyễn', "Nguy'en", 'Nguyễn'],
    ['Phim', 'Phim', 'Phạm'],
  ])('%s (read %s) → %s', (restored, read, name) => {
    expect(familyNameRead(restored, read)).toBe(name);
  });

  it.each([
    // The tail of a name under the seal: Đặng, Hoàng, Chung, Đồng… all end so.
    ['ông', 'ng'],
    ['Quốc', 'Qubc'],
    ['Xyz', 'Xq'],
  ])('%s (read %s) → null', (restored, read) => {
    expect(familyNameRead(restored, read)).toBeNull();
  });
});

describe('givenNameRead', () => {
  it.each([
    ['Sơn', 'San', 'Sơn'],
    ['Quốc', 'Qubc', 'Quốc'],
    ['Khánh', 'Kh6nh', 'Khánh'],
    ['Ngọc', 'NgQc', 'Ngọc'],
    // The engine's letters spell a common name exactly: that one, though Toàn and Tân are a letter away.
    ['T\\lần', 'T\\ian', 'Tuấn'],
    ['Toàn', 'Tuan', 'Tuấn'],
    // Two written forms of the letters: the restorer's when it wrote one of them.
    ['Thành', 'Thanh', 'Thành'],
  ])('%s (read %s) → %s', (restored, read, name) => {
    expect(givenNameRead(restored, read)).toBe(name);
  });

  it.each([
    // Three letters from Tùng, two from Tiến: no name the engine's letters are near.
    ['Tùng', 'Tieing'],
    // Tuấn, Tiến and Tân are each one letter from "tian": nothing to choose by.
    ['Tiần', 'Tian'],
    // Thăm is a syllable but no common name; Thái and Thảo are as near.
    ['Thăm', 'Thad'],
  ])('%s (read %s) → null', (restored, read) => {
    expect(givenNameRead(restored, read)).toBeNull();
  });
});

describe('nameAsEngineRead', () => {
  it.each([
    // [found, normalised span, engine's reading, result]
    ['Đạo-ngữ Văn Tuấn', 'Đạo-ngữ Văn Tuấn', 'Diro-ng Van Tuan', 'Dương Văn Tuấn'],
    // Marks the restorer added are no re-lettering: the name stays as found.
    ['Võ Tá Đình', 'Võ Tá Đình', 'Vo Ta Dinh', 'Võ Tá Đình'],
    ['Trần Nguyên Minh Thanh', 'Tân Nguyên Minh Thanh', 'Tan Nguyen Minh Thanh', 'Trần Nguyên Minh Thanh'],
    ['Nguyễn Kim Sơn', 'Nguyễn Kim Sơn', "Nguy'en Kim San", 'Nguyễn Kim Sơn'],
    // Words that do not line up (the reader rejoined "M inh"): the name as found.
    ['Đào Minh Tú', 'Đào M inh Tú', 'Dao M inh Tu', 'Đào Minh Tú'],
    // The same with a word re-lettered: the found words and the text's do not line up either.
    ['Đào Minh Tú', 'M inh Tú', 'M inh Tii', 'Đào Minh Tú'],
    // The u's hook read as a backslash: the family name one letter from the restorer's, the given name spelt exactly.
    ['Trường Minh T\\lần', 'Trường Minh T\\lần', 'Trirang Minh T\\ian', 'Trường Minh Tuấn'],
    // Two words the engine ran together, split by the restorer at the wrong letter ("Ngửa" + "thì"):
    // read apart at the capital, the capitalised word the restorer wrote small decided as a name's.
    ['Ngửa thì Thủ', 'Ngửa thì Thủ', 'Nguy~nThj Thủ', 'Nguyễn Thị Thủ'],
  ])('%s (read %s) → %s', (found, restored, read, name) => {
    expect(nameAsEngineRead(found, restored, read)).toEqual({ kind: 'name', name });
  });

  it.each([
    ['Nguyễn Tùng Thăm', 'Nguyễn Tùng Thăm', 'Nguygn Tieing Thad'],
    // "Nông" was the reader's completion of the restorer's "ông"; the engine read only "ng".
    ['Nông Quốc Khánh', 'ông Quốc Khánh', 'ng Qubc Kh6nh'],
    ['Trường Minh Tím', 'Trường Minh Tím', 'Trirang Minh Tian'],
  ])('%s (read %s) is unreadable', (found, restored, read) => {
    expect(nameAsEngineRead(found, restored, read)).toEqual({ kind: 'unreadable', read });
  });
});

describe('engineWords', () => {
  it.each([
    // [engine's reading, words short of those to match, words]
    ['Nguy~nThj Thu', 1, ['Nguy~n', 'Thj', 'Thu']],
    // Nothing short: the words as read.
    ['Nguy~nThj Thu', 0, ['Nguy~nThj', 'Thu']],
    // A marked vowel the engine wrote as a capital inside a word is no second word.
    ['TruOng Van An', 1, ['TruOng', 'Van', 'An']],
    ['NgQc', 1, ['NgQc']],
    // Splits that do not make up the count leave the words as read.
    ['Nguy~nThj Thu', 2, ['Nguy~nThj', 'Thu']],
  ] as const)('%s (%d short) → %j', (read, short, words) => {
    expect(engineWords(read, short)).toEqual(words);
  });
});

describe('looksLikeReadName', () => {
  it.each(['Diro-ng Van Tuan', 'Trirang Minh T\\ian', 'Nguygn Tieing Thad', 'Nguy~nThj Thu'])('%s is a name line', (read) => {
    expect(looksLikeReadName(read)).toBe(true);
  });

  it.each([
    // Recipients, titles and body lines are no name, however garbled.
    '- Lưu: VT, VP.',
    '-Các phòng, đơn vị thuộc Sở;',
    'PHÓ CHÁNH VĂN PHÒNG',
    'Gửi: Văn bản đi^n tư.',
    'Van phong So thong bao',
    'Tổng cộng: 10.7A7.562.756',
    'Nguyễn',
  ])('%s is not', (read) => {
    expect(looksLikeReadName(read)).toBe(false);
  });
});

describe('isRereadNameLine', () => {
  it.each([
    // [restored line, the engine's letters]
    ['Dương Văn Tuấn', 'Diro-ng Van Tuan'],
    ['Người Tiếng Thạo', 'Nguygn Tieing Thad'],
  ])('%s read as %s: the restorer changed letters of a name line', (restored, read) => {
    expect(isRereadNameLine(restored, read)).toBe(true);
  });

  it.each([
    // Places and names whose letters the restorer kept: asked as they stand, not through this fallback.
    ['Hà Nội', 'Ha Noi'],
    ['Cao Bằng', 'Cao Bang'],
    ['Lâm Đồng', 'Lam Dong'],
    ['Trần Hưng Đạo', 'Tran Hung Dao'],
    // Letters changed, but no name read.
    ['Văn phòng Sở thông báo', 'Van phong So thong bae'],
  ])('%s read as %s is not', (restored, read) => {
    expect(isRereadNameLine(restored, read)).toBe(false);
  });
});

describe('engineReadingOf', () => {
  it('puts back what the engine read where the restorer re-lettered, keeping added marks', () => {
    const text = 'Lưu: VT.\nĐạo-ngữ Văn Tuấn';
    const at = text.indexOf('Đạo');
    const changes: TextChange[] = [
      { span: { start: at, end: at + 3 }, original: 'Diro', replacement: 'Đạo', kind: 'ocr', confidence: 0.5 },
      { span: { start: at + 4, end: at + 7 }, original: 'ng', replacement: 'ngữ', kind: 'ocr', confidence: 0.5 },
      { span: { start: at + 8, end: at + 11 }, original: 'Van', replacement: 'Văn', kind: 'diacritics', confidence: 0.9 },
    ];
    expect(engineReadingOf(text, changes)(at, text.length)).toBe('Diro-ng Văn Tuấn');
    expect(engineReadingOf(text, changes)(0, 8)).toBe('Lưu: VT.');
  });
});

describe('the signer of an OCR layer', () => {
  const lines = [
    'SỞ THÔNG TIN VÀ TRUYỀN THÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'VĂN PHÒNG Độc lập - Tự do - Hạnh phúc',
    'Số: 02/TB-VP Hà Tĩnh, ngày 05 tháng 01 năm 2017',
    'THÔNG BÁO',
    'Kế hoạch công tác tháng 01 năm 2017',
    'Văn phòng Sở thông báo để các phòng, đơn vị căn cứ triển khai thực hiện./.',
    'Nơi nhận:',
    '                                                TL. GIÁM ĐỐC',
    '-Lãnh đạo Sở;',
    '-Các phòng, đơn vị thuộc Sở; KT. CHÁNH VĂN PHÒNG',
    '-CBCCVC Sở; PHÓ CHÁNH VĂN PHÒNG',
    '-Lưu: VT, VP.',
    '',
    '                                                 NAME',
  ];
  const withName = (name: string) => lines.join('\n').replace('NAME', name);
  /** The changes the restorer made in the name's line: each engine word and what it wrote. */
  function changesFor(text: string, pairs: ReadonlyArray<[string, string]>): TextChange[] {
    let from = text.lastIndexOf('\n');
    return pairs.map(([original, replacement]) => {
      const at = text.indexOf(replacement, from);
      from = at + replacement.length;
      return { span: { start: at, end: from }, original, replacement, kind: 'ocr', confidence: 0.5 };
    });
  }

  it('a name the restorer garbled is read from the engine\'s letters', () => {
    const text = withName('Đạo-ngữ Văn Tuấn');
    const changes = changesFor(text, [['Diro', 'Đạo'], ['ng', 'ngữ']]);
    const plan = extractPlan(text, testContext(), [], { ocr: true, changes });
    expect(plan.signer).toMatchObject({ name: 'Dương Văn Tuấn', title: 'PHÓ CHÁNH VĂN PHÒNG', authority: 'KT.' });
  });

  it('a name near no common name is left blank with a diagnostic', () => {
    const ctx = testContext();
    const text = withName('Nguyễn Tùng Thăm');
    const changes = changesFor(text, [['Nguygn', 'Nguyễn'], ['Tieing', 'Tùng'], ['Thad', 'Thăm']]);
    const plan = extractPlan(text, ctx, [], { ocr: true, changes });
    expect(plan.signer?.name).toBeNull();
    expect(plan.signer?.title).toBe('PHÓ CHÁNH VĂN PHÒNG');
    expect(ctx.diagnostics.map((d) => d.code)).toContain('SIGNER_NAME_UNREAD');
  });

  it('typed text keeps its name, with no engine reading to consult', () => {
    const text = withName('Nguyễn Tùng Thăm');
    expect(extractPlan(text, testContext(), [], { ocr: false, typed: true }).signer?.name).toBe('Nguyễn Tùng Thăm');
    // Typed text with changes (a web copy's marks put back) is never re-read either.
    const changes = changesFor(text, [['Tieing', 'Tùng']]);
    expect(extractPlan(text, testContext(), [], { ocr: false, typed: true, changes }).signer?.name).toBe('Nguyễn Tùng Thăm');
  });

  it('a garbled line no engine letters make a name of is not taken for one', () => {
    const text = withName('Đạo-ngữ Văn Tuấn');
    expect(extractPlan(text, testContext(), [], { ocr: true, changes: [] }).signer?.name ?? null).toBeNull();
  });
});

describe('a minority family name the engine read is kept as read', () => {
  it.each([
    ['Siêu', 'Siu', 'Siu'],
    ['Vạng', 'Vang', 'Vang'],
    ['Mưa', 'Mua', 'Mua'],
    ['Ksor', 'Ksor', 'Ksor'],
  ])('restored %s, read %s → %s', (restored, read, name) => {
    expect(familyNameRead(restored, read)).toBe(name);
  });
});

describe('spacedNameAtLineEnd', () => {
  it.each([
    // The signature column's name beside a recipient's line, the engine's syllables in pieces.
    ['- B ộ trư ớ n g , c á c đ ơ n v ị th u ộ c B ộ C ô n g T rần T u ấn A nh', 'Trần Tuấn Anh', 7],
    ['- Lưu: VT, P5. N guyễn V ăn A n', 'Nguyễn Văn An', 6],
  ])('%s → %s', (read, name, words) => {
    expect(spacedNameAtLineEnd(read)).toEqual({ name, words });
  });

  it.each([
    // A name written whole at a line's end is a recipient's (or typed text): never taken here.
    '- Sở Nội vụ; Trần Văn An',
    '- Các sở, ban, ngành; Nguyễn Cao Sơn',
    // A person the list addresses is a recipient, however cut.
    '- Ông T rần V ăn A n',
    '- Đ/c T rần V ăn A n',
    '- Bà L ê T hị H oa',
    // Pieces that close up into no syllable, or a line ending in a recipient's ";".
    '- C ục K iể m tra V B Q P P L',
    '- V ăn p h òn g Q u ố c h ộ i;',
    '',
    // A place or a body whose name opens with a family name's syllable ends many recipients' lines.
    '- UBND tỉnh H à G iang',
    '- Sở Y tế tỉnh C ao B ằng',
    '- UBND huyện L âm H à',
    '- Trường THPT L ê L ợi',
  ])('%s → null', (read) => {
    expect(spacedNameAtLineEnd(read)).toBeNull();
  });
});

describe('the signer beside the recipients of an engine that cuts syllables', () => {
  const text = [
    'BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: 47/2014/TT-BCT Hà Nội, ngày 05 tháng 12 năm 2014',
    'THÔNG TƯ',
    'Quy định về quản lý website thương mại điện tử',
    'Điều 1. Thông tư này có hiệu lực thi hành kể từ ngày ký./.',
    'Nơi nhận: K T . BỘ TRƯỞNG',
    ' - V ăn ph òn g T ổ n g B í th ư ;',
    ' - T ò a á n nhân dân tố i c a o ;',
    ' - B ộ trư ớ n g , c á c đ ơ n v ị th u ộ c B ộ C ô n g T rắn T u ẩn A nhỏ',
    'Thương;',
    '- Lưu: VT, TMĐT.',
  ].join('\n');
  const repair = (original: string, replacement: string): TextChange => {
    const start = text.indexOf(replacement, text.indexOf('T rắn'));
    return { span: { start, end: start + replacement.length }, original, replacement, kind: 'ocr', confidence: 0.5 };
  };
  const changes = [repair('rần', 'rắn'), repair('ấn', 'ẩn'), repair('nh', 'nhỏ')];

  it('reads the name from the engine\'s pieces, the title from the label\'s line', () => {
    const ctx = testContext();
    const plan = extractPlan(text, ctx, [], { ocr: true, changes });
    expect(plan.signer).toMatchObject({ name: 'Trần Tuấn Anh', title: 'BỘ TRƯỞNG', authority: 'KT.' });
    expect(ctx.diagnostics.map((d) => d.code)).not.toContain('MISSING_SIGNER');
  });

  it('typed text, and OCR text no repair was recorded for, take no name from a recipient\'s line', () => {
    expect(extractPlan(text, testContext(), [], { ocr: false, typed: true, changes }).signer?.name ?? null).toBeNull();
    expect(extractPlan(text, testContext(), [], { ocr: true }).signer?.name ?? null).toBeNull();
  });

  it('a recipient named whole at a line\'s end is not the signer', () => {
    const whole = text.replace('C ô n g T rắn T u ẩn A nhỏ', 'Công Trần Tuấn Anh');
    const wholeAt = whole.indexOf('Công');
    const repairs: TextChange[] = [{ span: { start: wholeAt, end: wholeAt + 4 }, original: 'Cong', replacement: 'Công', kind: 'ocr', confidence: 0.5 }];
    expect(extractPlan(whole, testContext(), [], { ocr: true, changes: repairs }).signer?.name ?? null).toBeNull();
  });
});
