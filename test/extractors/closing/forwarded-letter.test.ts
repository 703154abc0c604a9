// Another issuer's letter filed after the document's recipients' list (the letter it answers or
// passes on, "có bản sao Văn bản gửi kèm"): its citations and its signature are not the document's.
// An annex or a regulation the document issues, or the issuer's own number line again, is no such letter.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../extractors/index.js';
import { forwardedLetterStart, issuerCodeOf } from '../../../extractors/closing/forwarded-letter.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { testContext } from '../context.js';

const LETTER = [
  'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc',
  'Số: 1373/UBND-TM Hà Tĩnh, ngày 08 tháng 4 năm 2014',
  'V/v giao tham mưu phối hợp xây dựng kế hoạch xúc tiến phát triển thương mại điện tử năm 2014',
  'Kính gửi: Sở Công Thương; Sở Tài chính.',
  'Phòng Thương mại và Công nghiệp Việt Nam có Văn bản số 0623/PTM-ITB ngày 26/3/2014 về việc hợp tác xây dựng kế hoạch (có bản sao Văn bản gửi kèm); Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:',
  'Giao Sở Công Thương chủ trì, đề xuất phương án, báo cáo UBND tỉnh trước ngày 25/4/2014./.',
  'Nơi nhận: TL. CHỦ TỊCH',
  '- Như trên; KT. CHÁNH VĂN PHÒNG',
  '- Lưu: VT, TM. PHÓ VĂN PHÒNG',
  'Lê Minh Đạo',
];

/** The VCCI letter the province's letter answers, filed behind it (its own header, citation and signature). */
const ANSWERED = [
  'PHÒNG THƯƠNG MẠI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'VÀ CÔNG NGHIỆP VIỆT NAM Độc lập - Tự do - Hạnh phúc',
  'Số: 0623 /PTM-ITB Hà Nội, ngày 26 tháng 03 năm 2014',
  'V/v: Hợp tác xây dựng kế hoạch xúc tiến phát triển thương mại điện tử năm 2014 tại địa phương',
  'Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh',
  'Căn cứ Quyết định số 1073/QĐ-TTg ngày 12 tháng 07 năm 2010 của Thủ tướng Chính phủ phê duyệt Kế hoạch xúc tiến phát triển thương mại điện tử giai đoạn 2011 - 2015;',
  'Phòng Thương mại và Công nghiệp Việt Nam trân trọng kính mời Ủy ban nhân dân các tỉnh phối hợp./.',
  'Nơi nhận: KT. CHỦ TỊCH',
  '- Như trên; PHÓ CHỦ TỊCH THƯỜNG TRỰC',
  '- Lưu VT, ITB',
  'HOÀNG VĂN DŨNG',
];

/** The same letter whose own signer's name the seal made unreadable: only the answered letter's name is left to find. */
const SEALED = LETTER.slice(0, -1);

const plan = (lines: readonly string[], typed: boolean) =>
  extractPlan(lines.join('\n'), testContext(), [], typed ? { ocr: false, typed: true } : { ocr: true });

describe('a letter of another issuer filed after the recipients list', () => {
  it.each([
    ['typed', true],
    ['scanned', false],
  ] as const)('%s: its citations are not the letter\'s references', (_how, typed) => {
    const numbers = plan([...LETTER, ...ANSWERED], typed).references!.map((r) => r.number);
    expect(numbers).toEqual(['0623/PTM-ITB']);
  });

  it('a number line whose slash the engine lost still names the letter\'s issuer', () => {
    const lines = [...LETTER.slice(0, 2), 'số: ... UBND-TM Hà Tĩnh, ngày ... tháng 4 năm 2014', ...LETTER.slice(3), ...ANSWERED];
    expect(plan(lines, false).references!.map((r) => r.number)).toEqual(['0623/PTM-ITB']);
  });

  it('its signer is not taken for a letter whose own name the seal covered', () => {
    const signer = plan([...SEALED, ...ANSWERED], false).signer!;
    expect(signer.name).not.toBe('HOÀNG VĂN DŨNG');
  });

  it('the letter\'s own signer is still read', () => {
    expect(plan([...LETTER, ...ANSWERED], true).signer!.name).toBe('Lê Minh Đạo');
  });
});

describe('what is no other issuer\'s letter', () => {
  const DECISION = [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc',
    'Số: 47/2015/QĐ-UBND Hà Tĩnh, ngày 18 tháng 9 năm 2015',
    'QUYẾT ĐỊNH',
    'Về việc ban hành Kế hoạch thực hiện',
    'Căn cứ Quyết định số 62/2013/QĐ-TTg ngày 25/10/2013 của Thủ tướng Chính phủ;',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.',
    'Nơi nhận: TM. ỦY BAN NHÂN DÂN',
    '- Như Điều 2; CHỦ TỊCH',
    '- Lưu: VT.',
    'Lê Đình Sơn',
  ];
  it.each([
    // A regulation the decision issues: the motto, no number line.
    ['an issued regulation', ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc', 'QUY ĐỊNH', '(Ban hành kèm theo Quyết định số 47/2015/QĐ-UBND ngày 18/9/2015 của UBND tỉnh Hà Tĩnh)', 'Điều 1. Thực hiện theo Thông tư số 15/2014/TT-BNNPTNT ngày 29/4/2014.']],
    // A plan the decision approves, with its own number line: the same issuer (UBND).
    ['an approved plan of the same issuer', ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc', 'Số: 120/KH-UBND Hà Tĩnh, ngày 18 tháng 9 năm 2015', 'KẾ HOẠCH', 'Thực hiện Thông tư số 15/2014/TT-BNNPTNT ngày 29/4/2014.']],
  ])('%s keeps its citations', (_how, annex) => {
    const text = [...DECISION, ...annex].join('\n');
    expect(forwardedLetterStart(text, foldVietnamese(text))).toBeNull();
    const numbers = plan([...DECISION, ...annex], true).references!.map((r) => r.number);
    expect(numbers).toContain('15/2014/TT-BNNPTNT');
  });
});

describe('the issuer part of a symbol', () => {
  it.each([
    ['UBND-TM', 'ubnd'],
    ['QĐ-UBND', 'ubnd'],
    ['2015/QĐ-UBND', 'ubnd'],
    ['PTM-ITB', 'ptm'],
    ['SGDĐT-TrH', 'sgddt'],
    ['TT-BCT', 'bct'],
    ['@TM-ITB', 'tm'],
  ])('%s → %s', (symbol, code) => expect(issuerCodeOf(symbol)).toBe(code));
});
