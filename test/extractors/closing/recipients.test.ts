import { describe, expect, it } from 'vitest';
import { extractRecipients } from '../../../extractors/closing/recipients.js';
import { testContext } from '../context.js';

function recipients(text: string) {
  const ctx = testContext();
  return { value: extractRecipients(text, ctx), codes: ctx.codes() };
}

describe('extractRecipients', () => {
  it('strips dashes and trailing semicolons, keeps the Lưu line, stops at the signature', () => {
    const { value } = recipients('…thực hiện./.\n\nNơi nhận:\n\n- TT ĐU, HĐND, UBND;\n- Thành viên Hội đồng TĐKT phường;\n- Các BPCM; các TDP\n- Lưu: VP.\n\nTM. HỘI ĐỒNG\nCHỦ TỊCH\n\nLương Hồng Điệp');
    expect(value).toEqual(['TT ĐU, HĐND, UBND', 'Thành viên Hội đồng TĐKT phường', 'Các BPCM; các TDP', 'Lưu: VP.']);
  });

  it('joins a continuation line and steps over the signature glued in front (OCR)', () => {
    const { value } = recipients('TM. HỘI ĐỒNG\nCHỦ TỊCHNơi nhận:\n\n- Ban TĐ-KT Thành phố;\n- Các phòng, ban, ngành, đoàn thể, đơn vị\nthuộc Quận ủy, UBND quận;\n- Lưu: VT, NV. (03)\n\nCHỦ TỊCH UBND QUẬN\nNguyễn Mạnh Hà\n UBND QUẬN LONG BIÊN\n(Ban hành kèm theo Kế hoạch số 03)');
    expect(value).toEqual(['Ban TĐ-KT Thành phố', 'Các phòng, ban, ngành, đoàn thể, đơn vị thuộc Quận ủy, UBND quận', 'Lưu: VT, NV. (03)']);
  });

  it('single blank lines between items, notes after a semicolon stay with their recipient as printed', () => {
    const { value } = recipients('\tNơi nhận:\n\n\n- Sở Nội vụ; (để bc)\n\n- Hội đồng TĐKT tỉnh; (để bc)\n\n- TT. Thị ủy; TT.HĐND thị xã;\n\n- Lưu: VT, HĐTĐKT.\n\tTM. HỘI ĐỒNG TĐKT\n\nCHỦ TỊCH');
    expect(value).toEqual(['Sở Nội vụ; (để bc)', 'Hội đồng TĐKT tỉnh; (để bc)', 'TT. Thị ủy; TT.HĐND thị xã', 'Lưu: VT, HĐTĐKT.']);
  });

  it('reads the left column of a two-column block', () => {
    const { value } = recipients('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tKT. CHỦ TỊCH\n- Thường trực Quận ủy;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\n\n\tNguyễn Văn Hùng');
    expect(value).toEqual(['Như trên', 'Thường trực Quận ủy', 'Lưu: VT.']);
  });

  it('stops at a gap of blank lines and at the annex that follows', () => {
    const { value } = recipients('Nơi nhận:\n- UBND thành phố;\n- Lưu VT, NV.\n\n\n\n\n- Phát động phong trào thi đua\nPHỤ LỤC');
    expect(value).toEqual(['UBND thành phố', 'Lưu VT, NV.']);
  });

  it.each([
    ['a signature line between the label and the first item (Word table flattened, blank lines between)', 'Nơi nhận:\n\nKT. CHỦ TỊCH\n\n- Chủ tịch, PCT. UBND tỉnh;\n\n- Lưu: VT, NC.\n\nPHÓ CHỦ TỊCH\n\nNguyễn Ngọc Phúc', ['Chủ tịch, PCT. UBND tỉnh', 'Lưu: VT, NC.']],
    ['two signature lines there', 'Nơi nhận:\n\nTM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\n\n- Như trên;\n- Lưu: VT.\n\nPHÓ CHỦ TỊCH', ['Như trên', 'Lưu: VT.']],
  ])('%s', (_name, text, want) => {
    expect(recipients(text).value).toEqual(want);
  });

  it('a bullet list far below the signature that follows the list is not read on', () => {
    const { value } = recipients('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n\n- Phụ lục kèm theo');
    expect(value).toEqual(['Như trên', 'Lưu: VT.']);
  });

  it('no list → empty and MISSING_RECIPIENTS', () => {
    const { value, codes } = recipients('Trên đây là kế hoạch.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTạ Nam Chiến');
    expect(value).toEqual([]);
    expect(codes).toEqual(['MISSING_RECIPIENTS']);
  });
});
