// Families of other engines' OCR text of letters (ocr-text-heldout8): a motto marked on some words
// and not on others, a number label read in small letters, a "V/v" label with a space in it, and a
// legal portal's watermark under the signer's name. Each with the typed or plain case it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { mottoShowsEngine } from '../../extractors/ocr-repairs/motto-marks.js';
import { repairCitedNumbers } from '../../extractors/shared/references-ocr.js';
import { extractSigner } from '../../extractors/closing/signer.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { rejoinWrappedLines } from '../../normalizers/lines.js';
import { findStrayMarks } from '../../normalizers/ocr-noise.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

describe('mottoShowsEngine', () => {
  it.each([
    ['two words of the national name lost their marks', 'CỤC THUẾ           CONG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM\nĐộc lập - Tự do - Hạnh phúc\n'],
    ['the motto and the name each lost one', 'BỘ TÀI CHÍNH   CỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hanh phúc\n'],
    ['NGHĨA read with its mark on the A', 'TONG CỤC HAIQUAN CONG HOA XÃ HOI CHỦ NGHIÃ VIET NAM\nĐộc lập - Ty do - Hanh phúc\n'],
  ])('%s: an engine', (_how, text) => {
    expect(mottoShowsEngine(text)).toBe(true);
  });

  it.each([
    ['typed with every mark', 'BỘ TÀI CHÍNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'],
    ['the older spelling HOÀ', 'BỘ TÀI CHÍNH   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'],
    ['stripped of every mark', 'BO TAI CHINH   CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n'],
    ['a typist\'s one slip', 'BỘ TÀI CHÍNH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hanh phúc\n'],
    ['no motto at all', 'Biên bản họp tổ dân phố số 3\nNội dung: cong hoa viet nam\n'],
    ['one line typed bare, the other marked', 'UBND TỈNH X\nCONG HOA XA HOI CHU NGHIA VIET NAM\nĐộc lập - Tự do - Hạnh phúc\n'],
  ])('%s: no sign', (_how, text) => {
    expect(mottoShowsEngine(text)).toBe(false);
  });
});

describe('a number line whose label an engine read in small letters', () => {
  it('stays a line of its own under the motto', () => {
    const text = 'CỤC THUE TINH BÌNH DUONG Độc lập - Tự do - Hanh phúc\nsé: 6834 /CTBDU-TTHT Binh Dương, ngày 19 tháng 4 năm 2023';
    expect(rejoinWrappedLines(text, new Set(), true).split('\n')).toHaveLength(2);
  });

  it('a sentence carried on in small letters still joins', () => {
    const text = 'Căn cứ quy định nêu trên, Cục Thuế hướng dẫn\nsố tiền phải nộp như sau';
    expect(rejoinWrappedLines(text).split('\n')).toHaveLength(1);
  });

  const noSigner: Signer = { name: null, title: null, authority: null };
  const letter = (numberLine: string, ocr: boolean) =>
    extractHeader(
      ['TỔNG CỤC THUẾ         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỤC THUẾ TỈNH BÌNH DƯƠNG     Độc lập - Tự do - Hạnh phúc', `${numberLine}     Bình Dương, ngày 19 tháng 4 năm 2023`, 'V/v chính sách thuế TNCN', '', 'Kính gửi: Công ty A'].join('\n'),
      testContext(),
      noSigner,
      undefined,
      false,
      undefined,
      ocr,
    );

  it('OCR: "sé: 6834 /CTBDU-TTHT" is the number', () => {
    expect(letter('sé: 6834 /CTBDU-TTHT', true).number).toBe('6834/CTBDU-TTHT');
  });

  it('OCR: a small-letter label before no symbol in capitals is no number', () => {
    expect(letter('sé: 6834 /ctbdu', true).number).toBeNull();
  });
});

describe('a "V/v" label read with a space in it', () => {
  it('is no stray mark', () => {
    expect(findStrayMarks('V/ v thong bao hieu luc cua')).toEqual([]);
  });

  it('stray marks after it are still found', () => {
    expect(findStrayMarks('V/ v thong bao • > hieu luc').length).toBeGreaterThan(0);
  });

  it('makes a công văn of a letter without a type heading', () => {
    const doc = extractHeader(
      ['BỘ TÀI CHÍNH         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỔNG CỤC THUẾ     Độc lập - Tự do - Hạnh phúc', 'Số: 1277/TCT-HTQT     Hà Nội, ngày 28 tháng 4 năm 2021', 'V/ v thông báo hiệu lực của Nghị định thư', '', 'Kính gửi: Cục Thuế các tỉnh'].join('\n'),
      testContext(),
      { name: null, title: null, authority: null },
      undefined,
      true,
    );
    expect(doc.type).toBe('Công văn');
  });
});

describe("a legal portal's watermark around the signer's name", () => {
  const tail = (lines: string[]) => `Điều 4. Tổng cục trưởng chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT, TCT.\n${lines.join('\n')}\n`;

  it('is no line between the recipients and the name, nor after it', () => {
    expect(extractSigner(tail(['4', "'hu VienPhapLuat.¥ n", '                  Hồ Đức Phớc', '* www.', 'THU VIEN PHAP LUAT* Tel +84-28-3930 3279']), testContext()).name).toBe('Hồ Đức Phớc');
  });

  it('a line of words that is no watermark still stands between them', () => {
    expect(extractSigner(tail(['Ghi chú: bản sao gửi kèm hồ sơ của đơn vị', '                  Hồ Đức Phớc']), testContext()).name).toBeNull();
  });

  it("a body's name holding the words 'Viện Pháp luật' is no watermark", () => {
    expect(extractSigner(tail(['Bản sao gửi Viện Pháp luật và Kinh tế để phối hợp', '                  Hồ Đức Phớc']), testContext()).name).toBeNull();
  });
});

describe('a serial an engine read with a speck in it', () => {
  const noSigner: Signer = { name: null, title: null, authority: null };
  const decision = (numberLine: string, ocr: boolean) => {
    const ctx = testContext();
    const doc = extractHeader(
      ['BỘ TÀI CHÍNH         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '     Độc lập - Tự do - Hạnh phúc', `${numberLine}     Hà Nội, ngày 6 tháng 5 năm 2022`, '', 'QUYẾT ĐỊNH', 'Về việc ban hành Kế hoạch hành động'].join('\n'),
      ctx,
      noSigner,
      undefined,
      ocr,
    );
    return { doc, codes: ctx.codes() };
  };

  it('OCR: left blank and reported, the printed symbol kept', () => {
    const { doc, codes } = decision('Số: 66.2/QD-BTC', true);
    expect(doc.number).toBeNull();
    expect(doc.symbol).toBe('QĐ-BTC');
    expect(codes).toContain('OCR_ILLEGIBLE');
  });

  it.each([
    ['OCR, a plain serial', 'Số: 662/QD-BTC', true, '662/QĐ-BTC'],
    ['typed text keeps what it prints', 'Số: 66.2/QĐ-BTC', false, '66.2/QĐ-BTC'],
  ])('%s', (_how, line, ocr, number) => {
    expect(decision(line, ocr).doc.number).toBe(number);
  });
});

describe('a date read to its year alone in OCR text', () => {
  const letter = (dateLine: string, ocr: boolean) => {
    const ctx = testContext();
    extractHeader(
      ['TỔNG CỤC THUẾ         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỤC THUẾ TỈNH BÌNH DƯƠNG     Độc lập - Tự do - Hạnh phúc', `Số: 6834/CTBDU-TTHT     ${dateLine}`, 'V/v chính sách thuế TNCN', '', 'Kính gửi: Công ty A'].join('\n'),
      ctx,
      { name: null, title: null, authority: null },
      undefined,
      ocr,
    );
    return ctx.codes();
  };

  it('OCR: its day and month reported blank (handwritten on the page)', () => {
    expect(letter('Bình Dương, ngày AY tháng fp năm 2023', true)).toContain('OCR_BLANK_FIGURES');
  });

  it.each([
    ['typed text', 'Bình Dương, ngày AY tháng fp năm 2023', false],
    ['OCR, a whole date', 'Bình Dương, ngày 19 tháng 4 năm 2023', true],
  ])('%s: nothing reported blank', (_how, line, ocr) => {
    expect(letter(line, ocr)).not.toContain('OCR_BLANK_FIGURES');
  });
});

describe('the national confederation of trade unions as issuer', () => {
  const letter = (block: string[], ocr = false) =>
    extractHeader(
      [...block, 'Số: 2946/TLĐ-TC     Hà Nội, ngày 26 tháng 10 năm 2021', 'V/v sửa đổi đối tượng được lùi đóng KPCĐ', '', 'Kính gửi: Các Liên đoàn Lao động tỉnh, thành phố'].join('\n'),
      testContext(),
      { name: null, title: null, authority: null },
      undefined,
      ocr,
    ).issuer;

  it.each([
    ['on one line', ['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '    Độc lập - Tự do - Hạnh phúc'], false],
    ['its country wrapped under the motto', ['TỔNG LIÊN ĐOÀN LAO ĐỘNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VIỆT NAM    Độc lập - Tự do - Hạnh phúc'], false],
    ['OCR, a word of it garbled', ['TỔNG LIÊN ĐOÀN LAO ỨNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VIỆT NAM    Độc lập - Tự do - Hạnh phúc'], true],
  ])('%s: central', (_how, block, ocr) => {
    const issuer = letter(block, ocr);
    expect(issuer.level).toBe('central');
    expect(issuer.name?.toLowerCase()).toBe('tổng liên đoàn lao động việt nam');
  });

  it("a province's federation stays the province's", () => {
    const issuer = letter(['LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '    Độc lập - Tự do - Hạnh phúc']);
    expect(issuer.level).toBe('province');
    expect(issuer.locality).toBe('An Giang');
  });
});

describe('a cited symbol whose hyphen an engine read twice', () => {
  const cited = (text: string, ocr: boolean) => repairCitedNumbers(text, foldVietnamese(text), ocr).text;

  it('OCR: one hyphen, the length kept', () => {
    const text = 'Công điện số 889/CD- -TTg ngày 01 tháng 10 năm 2022';
    const out = cited(text, true);
    expect(out).toContain('889/CD-TTg');
    expect(out).toHaveLength(text.length);
  });

  it.each([
    ['typed text', 'Công điện số 889/CD- -TTg ngày 01 tháng 10 năm 2022', false],
    ['a dash between words', 'Bộ Tài chính - - Tổng cục Thuế', true],
  ])('%s: left alone', (_how, text, ocr) => {
    expect(cited(text, ocr)).toBe(text);
  });
});
