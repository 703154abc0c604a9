// Names of cited laws with words an OCR engine lost or garbled are read back to the law they
// name; names already right, short names and names near no law (or near two) stay as read.
import { describe, expect, it } from 'vitest';
import { lawsCitedWithoutTheWord, repairedLawTitle, withKnownLawTitles } from '../../../extractors/references/ocr-law-titles.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { extractPlan } from '../../../extractors/index.js';
import { testContext } from '../context.js';

describe('repairedLawTitle', () => {
  it.each([
    ['a word lost at the end', 'Luật tỔ chức Chính', 'Luật Tổ chức Chính phủ'],
    ['a word lost inside', 'Luật Quản sử dụng tài sản công', 'Luật Quản lý, sử dụng tài sản công'],
    ['a letter misread', 'Luật Ngân sách nhà mước', 'Luật Ngân sách nhà nước'],
    ['a law inside an amending law', 'Luật sửa đổi, bồ Sung một số điều của Luật Tổ chức Chính phú và Luật chức chính quyền địa phương', 'Luật sửa đổi, bồ Sung một số điều của Luật Tổ chức Chính phú và Luật Tổ chức chính quyền địa phương'],
    ['a code, a letter too many', 'Bộ luật Tố tụng dân sựr', 'Bộ luật Tố tụng dân sự'],
  ])('%s: %s', (_how, read, title) => {
    expect(repairedLawTitle(read)).toBe(title);
  });

  it.each([
    ['right as read', 'Luật Tổ chức Chính phủ'],
    ['marks only: the letters are right', 'Luật Tổ chức Chính phú'],
    ['a short name one letter off', 'Luật Gia'],
    ['a law near no known one', 'Luật Thủ đô'],
    ['whole words more than a known law: another law', 'Luật Đầu tư công'],
    ['the amending formula itself', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng'],
  ])('%s: %s stays', (_how, title) => {
    expect(repairedLawTitle(title)).toBe(title);
  });

  it('a law cited twice, once garbled, is kept once', () => {
    const refs = [
      { type: 'Luật', typeCode: null, number: null, date: '2015-06-19', issuer: 'Quốc hội', relation: 'basis', title: 'Luật Tổ chức Chính phủ' },
      { type: 'Luật', typeCode: null, number: null, date: '2015-06-19', issuer: 'Quốc hội', relation: 'mentions', title: 'Luật tổ chức Chính' },
    ] as never;
    expect(withKnownLawTitles(refs)).toHaveLength(1);
  });
});

describe('law names are read back only in OCR text', () => {
  const text = [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc',
    'Số: 12/QĐ-UBND Ninh Bình, ngày 01 tháng 11 năm 2024',
    'QUYẾT ĐỊNH',
    'Về việc ban hành quy chế',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    'Căn cứ Luật tỔ chức Chính ngày 19 tháng 6 năm 2015;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành quy chế.',
  ].join('\n');
  const titles = (ocr: boolean) => (extractPlan(text, testContext(), [], ocr ? { ocr: true } : { ocr: false, typed: true }).references ?? []).map((r) => r.title);

  it('an OCR layer', () => expect(titles(true)).toContain('Luật Tổ chức Chính phủ'));
  it('a typed text', () => expect(titles(false)).toContain('Luật tỔ chức Chính'));
});

describe('lawsCitedWithoutTheWord: a basis line whose "Luật" the engine lost', () => {
  const read = (line: string) => lawsCitedWithoutTheWord(foldVietnamese(line)).map((r) => `${r.title}|${r.date}`);
  it.each([
    ['Căn cứ Luật Quản sử dụng tài sản công ngày 21 tháng 6 năm 2017; Căn cứ Quản lý nợ công ngày 23 tháng 11 năm 2017,', ['Luật Quản lý nợ công|2017-11-23']],
    ['- Căn cứ Doanh nghiệp ngày 17 tháng 6 năm 2020;', ['Luật Doanh nghiệp|2020-06-17']],
  ])('%j', (line, refs) => {
    expect(read(line)).toEqual(refs);
  });

  it.each([
    // a name on no law of the list
    'Căn cứ tình hình thực tế ngày 12 tháng 3 năm 2024;',
    // a law named with its word is the reference reader's
    'Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020;',
    // a decree
    'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020;',
    // undated
    'Căn cứ Quản lý nợ công;',
  ])('%j names none', (line) => {
    expect(read(line)).toEqual([]);
  });
});
