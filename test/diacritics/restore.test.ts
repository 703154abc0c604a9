import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { findStrayMarks } from '../../normalizers/ocr-noise.js';
import { canonicalToneForm, placeTone, syllableInventory } from '../../normalizers/syllables.js';

let restorer: Restorer;
beforeAll(() => {
  // The committed model file: the test never rebuilds it.
  restorer = new Restorer(loadModel());
});
const restore = (text: string, tones: 'modern' | 'classic' = 'modern') => restorer.restore(text, { tones }).text;

describe('syllable inventory', () => {
  it.each([
    ['thuc', 'thực'],
    ['nghieng', 'nghiêng'],
    ['quyet', 'quyết'],
    ['gi', 'gì'],
    ['khuyu', 'khuỷu'],
  ])('key %s includes %s', (key, syllable) => {
    expect(syllableInventory().get(key)).toContain(syllable);
  });
  it.each([['cat', 'càt'], ['kha', 'ka'], ['ghe', 'ge'], ['ngi', 'ngì']])('key %s excludes the misspelling %s', (key, bad) => {
    expect(syllableInventory().get(key) ?? []).not.toContain(bad);
  });
});

describe('restoring stripped text', () => {
  it('restores a sentence of a plan', () => {
    expect(restore('Thuc hien Ke hoach so 03/KH-HDTDKT ngay 10/12/2020 cua Hoi dong thi dua khen thuong thanh pho Ha Noi')).toBe(
      'Thực hiện Kế hoạch số 03/KH-HĐTĐKT ngày 10/12/2020 của Hội đồng thi đua khen thưởng thành phố Hà Nội',
    );
  });
  it('keeps upper case, title case, codes and punctuation', () => {
    expect(restore('HOI DONG THI DUA KHEN THUONG; UBND quan Long Bien (TDKT).')).toBe(
      'HỘI ĐỒNG THI ĐUA KHEN THƯỞNG; UBND quận Long Biên (TĐKT).',
    );
  });
  it('keeps one output line per input line', () => {
    const input = 'Hoi dong thi dua\n\nkhen thuong quan\nLong Bien\n';
    expect(restore(input).split('\n')).toHaveLength(input.split('\n').length);
  });
  it('leaves marked text untouched', () => {
    const marked = 'Hội đồng thi đua khen thưởng quận ban hành kế hoạch như sau:\nTrong đó có 5 nội dung chính.';
    expect(restore(marked)).toBe(marked);
  });
  it('restores a stripped line inside a marked body and only that line', () => {
    const text = 'Ủy ban nhân dân quận ban hành kế hoạch thi đua năm 2021.\nTo chuc thuc hien tot cac phong trao thi dua\nCác phòng, ban thực hiện.';
    const out = restore(text).split('\n');
    expect(out[0]).toBe('Ủy ban nhân dân quận ban hành kế hoạch thi đua năm 2021.');
    expect(out[1]).toBe('Tổ chức thực hiện tốt các phong trào thi đua');
    expect(out[2]).toBe('Các phòng, ban thực hiện.');
  });
  it('reports each change with its span in the restored text', () => {
    const result = restorer.restore('Thuc hien ke hoach so 03/KH-HDTDKT');
    for (const c of result.changes) expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
    expect(result.changes.find((c) => c.original === 'HDTDKT')?.kind).toBe('abbreviation');
    expect(result.changes.find((c) => c.original === 'Thuc')?.kind).toBe('diacritics');
  });
});

describe('OCR noise', () => {
  it.each([
    ['Thirc hien ke hoach cua Hoi d6ng thi dua', 'Thực hiện kế hoạch của Hội đồng thi đua'],
    ['cac ngay ky niem Ion ciia Thu do va dat nuoc', 'các ngày kỷ niệm lớn của Thủ đô và đất nước'],
    ['chat luong dugc nang cao tren dja ban quan', 'chất lượng được nâng cao trên địa bàn quận'],
    ['II. N0I DUNG THl/C HIEN', 'II. NỘI DUNG THỰC HIỆN'],
  ])('repairs "%s"', (input, expected) => {
    expect(restore(input)).toBe(expected);
  });
  it('marks OCR repairs as such', () => {
    const result = restorer.restore('cua Hoi d6ng thi dua khen thuong');
    expect(result.changes.find((c) => c.original === 'd6ng')).toMatchObject({ replacement: 'đồng', kind: 'ocr' });
  });
  it('drops stray marks and reports them as debris', () => {
    const result = restorer.restore('cac chi tieu phat trien kinh te - xa f d\n*9 r * •> t r • /y r • a >Tang cuong kiem soat chat luong');
    expect(result.text).toBe('các chỉ tiêu phát triển kinh tế - xã\nTăng cường kiểm soát chất lượng');
    expect(result.strayMarks.length).toBeGreaterThan(0);
    expect(result.changes.some((c) => c.kind === 'debris')).toBe(true);
  });
  it('blanks stray marks standing in a space-laid-out line, so the cells right of them keep their columns', () => {
    const line = '28    f           t               1                 Bo Cong Thuong            2023 - 2030';
    const result = restorer.restore(`Lap quy hoach vung Bac Trung Bo va duyen hai Trung Bo\n${line}`);
    const out = result.text.split('\n')[1]!;
    expect(out.indexOf('Bộ Công Thương')).toBe(line.indexOf('Bo Cong Thuong'));
    expect(out.indexOf('2023 - 2030')).toBe(line.indexOf('2023 - 2030'));
    expect(out).not.toMatch(/ f | t /);
    const debris = result.changes.find((c) => c.kind === 'debris')!;
    expect(debris.replacement).toBe(' '.repeat(debris.original.length));
    expect(debris.span.end - debris.span.start).toBe(debris.original.length);
  });
  it('still drops stray marks between words of prose, spaces and all', () => {
    expect(restorer.restore('cac chi tieu phat trien f d kinh te - xa hoi').text).toBe('các chỉ tiêu phát triển kinh tế - xã hội');
  });
  it.each(['điểm a, b khoản 1', 'a) Thi đua', '- Thi đua', 'Mục 2: "Xanh, Sạch, Đẹp"'])('keeps list markers and punctuation: %s', (line) => {
    expect(findStrayMarks(line)).toEqual([]);
  });
});

describe('tone placement', () => {
  it('switches the convention on output', () => {
    expect(restore('hoa binh, thuy loi, khoa hoc', 'classic')).toBe('hoà bình, thuỷ lợi, khoa học');
    expect(restore('hoa binh, thuy loi, khoa hoc', 'modern')).toBe('hòa bình, thủy lợi, khoa học');
  });
  it('gives one canonical form for both conventions', () => {
    expect(canonicalToneForm('Hoà thuỷ khoá')).toBe(canonicalToneForm('Hòa thủy khóa'));
    expect(placeTone('hoa', 1, 'classic')).toBe('hoà');
    expect(placeTone('quy', 2)).toBe('quý');
    expect(placeTone('gi', 1)).toBe('gì');
  });
});

describe('digits inside words', () => {
  it.each([
    ['Phong Noi vu1. Chu tri to chuc thuc hien', 'Phòng Nội vụ1. Chủ trì tổ chức thực hiện'],
    ['2Thi dua yeu nuoc tren dia ban quan', '2Thi đua yêu nước trên địa bàn quận'],
  ])('keeps a row number glued to a word: %s', (input, expected) => {
    expect(restore(input)).toBe(expected);
  });
  it('repairs a digit read for a letter inside a word when the model is sure', () => {
    expect(restore('T6 chuc thuc hien tot cac phong trao thi dua cua Hoi d6ng')).toBe(
      'Tổ chức thực hiện tốt các phong trào thi đua của Hội đồng',
    );
  });
  it.each(['Ke hoach so 03/KH-HDTDKT ngay 10/12/2020 thuc hien nam 2021S6 cua quan'])('leaves codes with digit runs alone: %s', (input) => {
    const out = restore(input);
    expect(out).toContain('03/KH-HĐTĐKT');
    expect(out).toContain('2021S6');
  });
});

describe('text that is not Vietnamese', () => {
  it.each([
    'The plan is in the file and we review it every week.',
    'Download the report from the portal before the meeting.',
  ])('is left alone: %s', (line) => {
    expect(restore(line)).toBe(line);
  });
  it('is left alone inside a stripped document', () => {
    const text = 'Thuc hien cong tac thi dua khen thuong nam 2021\nSee the attached plan for details please\nTo chuc thuc hien tot cac phong trao';
    expect(restore(text).split('\n')[1]).toBe('See the attached plan for details please');
  });
});

describe('personal names', () => {
  it.each([
    ['KT. CHU TICH\nPHO CHU TICH\n\nNguyen Manh Ha', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Mạnh Hà'],
    ['Ong Nguyen Manh Ha, Pho Truong phong Noi vu quan', 'Ông Nguyễn Mạnh Hà, Phó Trưởng phòng Nội vụ quận'],
  ])('reads a capitalised name by the name model: %s', (input, expected) => {
    expect(restore(input)).toBe(expected);
  });
  it('does not read an upper-case heading as a name', () => {
    expect(restore('II. TO CHUC THUC HIEN\nGiao phong Noi vu chu tri thuc hien')).toBe('II. TỔ CHỨC THỰC HIỆN\nGiao phòng Nội vụ chủ trì thực hiện');
  });
  // A bare "ba"/"ong" before a capitalised run is the title when a person follows (a surname opens
  // the run, or the document writes the title before that name with marks); "ba" is also three.
  it.each([
    ['Giao ba Nguyen Thi Lan phu trach', 'Giao bà Nguyễn Thị Lan phụ trách'],
    ['Giao ong Nguyen Van Tuan chu tri to chuc', 'Giao ông Nguyễn Văn Tuấn chủ trì tổ chức'],
    ['Co ba Pho Chu tich Uy ban nhan dan', 'Có ba Phó Chủ tịch Ủy ban nhân dân'],
    ['Phòng Nội vụ chủ trì.\ngom ba Phong Noi vu, Tai chinh va Tu phap', 'Phòng Nội vụ chủ trì.\ngồm ba Phòng Nội vụ, Tài chính và Tư pháp'],
  ])('reads a bare title before a capitalised run only before a person: %s', (stripped, restored) => {
    expect(restore(stripped)).toBe(restored);
  });
  it('takes a name the document writes with marks for its bare copies', () => {
    const text = 'Bà Lò Thị Thuần, Phó Chủ tịch Ủy ban nhân dân phường, phát biểu.\nGiao ba Lo Thi Thuan chu tri to chuc hoi nghi';
    expect(restore(text).split('\n')[1]).toBe('Giao bà Lò Thị Thuần chủ trì tổ chức hội nghị');
  });
});
