// A signature block whose title lines a red seal turned into scraps ("¬.a té)", "THẾ ii"): the
// name under them, right after the recipients' list, is the signer (texts as OCR gave them on
// real scans re-signed by the Government portal and a provincial Party committee).
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { isEdgeDebris, isSealScrap } from '../../../extractors/closing/name-line.js';
import { cellsOf } from '../../../extractors/shared/layout.js';
import { testContext } from '../context.js';

const BODY = 'Điều 4. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này./.\n';
const RECIPIENTS = 'Nơi nhận:\n- Thủ tướng Chính phủ, các Phó Thủ tướng;\n- VPCP: BTCN, các PCN;\n- Lam: Văn thư, KGVX (3b).3£\n';

function signer(text: string) {
  const ctx = testContext();
  return { value: extractSigner(text, ctx), codes: ctx.codes() };
}

describe('seal scraps between the recipients and the name', () => {
  it.each([
    ['.....\n¬.a té)\nTHẾ ii\nVũ Đức Đam', 'Vũ Đức Đam'],
    ['cáo) CÀ\nNguyễn Thanh Bình', 'Nguyễn Thanh Bình'],
    ['BAN THƯỜNG VỤ\ncáo) CÀ\nĐặng Quốc Khánh', 'Đặng Quốc Khánh'],
  ])('%#: the name after the scraps is the signer, without a title', (tail, name) => {
    const { value, codes } = signer(BODY + RECIPIENTS + tail);
    expect(value).toMatchObject({ name, title: null, authority: null });
    expect(codes).not.toContain('MISSING_SIGNER');
  });

  // A bilevel scan's dark bottom edge read after the name as one run of capitals and strokes.
  it.each([
    ['XET TUYỂN\nÈNỦ TỊCH\nSIẢC\nTỊCH UBND HUYỆN\nBùi Việt Hùng\nNHNIIIIIIIINNPDDIE', 'Bùi Việt Hùng'],
    ['¬.a té)\nTHẾ ii\nVũ Đức Đam\nIIIIIIIIIIII', 'Vũ Đức Đam'],
  ])('%#: a dark edge read after the name is passed over', (tail, name) => {
    const { value, codes } = signer(BODY + RECIPIENTS + tail);
    expect(value.name).toBe(name);
    expect(codes).not.toContain('MISSING_SIGNER');
  });

  it('a run of capitals that is no edge (a filing code, a word) still closes the text', () => {
    expect(signer(BODY + RECIPIENTS + 'THẾ ii\nVũ Đức Đam\nUBMTTQVN').value.name).toBeNull();
  });

  it('a two-word name after scraps is left out: the seal may have covered its family name', () => {
    const { value, codes } = signer(BODY + RECIPIENTS + 'BAN THƯỜNG VỤ\ncáo) CÀ\nĐình Sơn');
    expect(value.name).toBeNull();
    expect(codes).toContain('MISSING_SIGNER');
  });

  // The red seal over the title lines under the authority ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"): the
  // engine read them as scraps between the authority line it kept and the name.
  it('scraps between the authority line and the name: the name is the signer under that authority', () => {
    const { value, codes } = signer(BODY + RECIPIENTS + 'TM. ỦY BAN NHÂN DÂN\nrung ương:\ngui\nNguyễn Xuân Bình');
    expect(value).toMatchObject({ name: 'Nguyễn Xuân Bình', authority: 'TM.' });
    expect(codes).not.toContain('MISSING_SIGNER');
  });

  it.each([
    // A title line in capitals is the block's, however short: never a seal's scrap.
    ['T/M BAN CHẤP HÀNH\nCHI HỘI\nNguyễn Văn An', 'CHI HỘI'],
  ])('%#: a short title line in capitals stays the title', (tail, title) => {
    const { value } = signer(BODY + RECIPIENTS + tail);
    expect(value).toMatchObject({ name: 'Nguyễn Văn An', title });
  });

  it('a line of words between the authority line and the name is no scrap: no name taken', () => {
    const { value } = signer(BODY + RECIPIENTS + 'TM. ỦY BAN NHÂN DÂN\nthực hiện nghiêm túc các nội dung\nNguyễn Xuân Bình');
    expect(value.name).toBeNull();
  });

  it('a paragraph between the list and the name still stops the search', () => {
    const { value } = signer(BODY + RECIPIENTS + 'Văn bản này được gửi kèm theo hồ sơ của dự án\nVũ Đức Đam');
    expect(value.name).toBeNull();
  });
});

describe('isSealScrap', () => {
  it.each([
    ['¬.a té)', true],
    ['THẾ ii', true],
    ['cáo) CÀ', true],
    ['- Lưu: VT.', false],
    ['KT. BỘ TRƯỞNG', false],
    ['PHÓ THỦ TƯỚNG', false],
    ['Nguyễn Văn An', false],
  ])('%s → %s', (text, scrap) => {
    expect(isSealScrap(cellsOf(text)[0]!)).toBe(scrap);
  });
});

describe('isEdgeDebris', () => {
  it.each([
    ['NHNIIIIIIIINNPDDIE', true],
    ['IIIIIIIIIIII', true],
    ['UBMTTQVN', false],
    ['HĐXT', false],
    ['NGUYỄN VĂN AN', false],
    ['LQVP7NV2024', false],
  ])('%s → %s', (text, debris) => {
    expect(isEdgeDebris(cellsOf(text)[0]!)).toBe(debris);
  });
});
