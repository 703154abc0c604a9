// An OCR'd issuer block garbled past its place under an e-signature box that names the same body
// with its place: the box's machine type gives the place (OCR only; a typed block is read as printed).
import { describe, expect, it } from 'vitest';
import { sameBodyAsBox, signatureBoxIssuer } from '../../../extractors/issuer/signature-box-issuer.js';
import { parseIssuer } from '../../../extractors/issuer/issuer.js';
import { headerOf } from '../header-fixture.js';

const header = (lines: string[], ocrOrigin = true) => headerOf(lines, ocrOrigin);

const signedBy = ['                              Ký bởi: UBND tỉnh Lâm Đồng', '                              Giờ ký: 20/02/2025 11:25:13', ''];
const namedBox = ['                              Ủy ban nhân dân', '                              tỉnh Tây Ninh', '                              Tỉnh Tây Ninh', '                              18.02.2025', '                              09:58:30 +07:00', ''];
const rest = ['Số: 12/QĐ-UBND Lâm Đồng, ngày 20 tháng 02 năm 2025', '', 'QUYẾT ĐỊNH', 'Về việc công bố danh mục'];
const motto = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

describe('the issuer block read without its place under an e-signature box', () => {
  it.each([
    ['"Ký bởi:" names the body; the block\'s second line garbled', signedBy, ['ỦY BAN NHÂN DÂN ' + motto[0], 'riNnr,Awrodxc ' + motto[1]], 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['the box names the body on two lines; the head word garbled', namedBox, ['ỦY BAN MÀN DÂN ' + motto[0], "TÌNH TÂY 1'4/NH " + motto[1]], 'Ủy ban nhân dân tỉnh Tây Ninh'],
  ])('%s', (_how, box, block, name) => {
    const doc = header([...box, ...block, ...rest]);
    expect(doc.issuer.name).toBe(name);
    expect(doc.issuer.level).toBe('province');
  });
});

describe('what the box does not change', () => {
  it('typed text: the block is read as printed', () => {
    const doc = header([...signedBy, 'ỦY BAN NHÂN DÂN ' + motto[0], 'riNnr,Awrodxc ' + motto[1], ...rest], false);
    expect(doc.issuer.locality).toBeNull();
  });

  it('a block that names its own place keeps it', () => {
    const doc = header([...signedBy, 'ỦY BAN NHÂN DÂN ' + motto[0], 'HUYỆN ĐỨC TRỌNG ' + motto[1], ...rest]);
    expect(doc.issuer.name).toBe('Ủy ban nhân dân huyện Đức Trọng');
  });

  it('a box of another body is not the issuer', () => {
    const doc = header(['Ký bởi: HĐND tỉnh Lâm Đồng', 'Giờ ký: 20/02/2025 11:25:13', '', 'ỦY BAN NHÂN DÂN ' + motto[0], 'riNnr,Awrodxc ' + motto[1], ...rest]);
    expect(doc.issuer.name).not.toContain('Hội đồng');
    expect(doc.issuer.locality).toBeNull();
  });
});

describe('signatureBoxIssuer', () => {
  it.each([
    ['a labelled body', 'Ký bởi: UBND tỉnh Lâm Đồng\nGiờ ký: 20/02/2025 11:25:13', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['a body over two lines', 'Ủy ban nhân dân\ntỉnh Tây Ninh\n18.02.2025 09:58:30 +07:00', 'Ủy ban nhân dân tỉnh Tây Ninh'],
    ['the time joined to the body\'s line', 'Ủy ban nhân dân tỉnh Tây Ninh\nTỉnh Tây Ninh 18.02.2025 09:58:30 +07:00', 'Ủy ban nhân dân tỉnh Tây Ninh'],
    ['a person signs', 'Ký bởi: Nguyễn Văn An\nThời gian ký: 20/02/2025 11:25:13', null],
    ['a body without its place', 'Ký bởi: Ủy ban nhân dân\nGiờ ký: 20/02/2025', null],
    ['nothing but times', '18.02.2025 09:58:30 +07:00', null],
    ['no box', '', null],
  ])('%s', (_how, head, name) => {
    expect(signatureBoxIssuer(head)?.name ?? null).toBe(name);
  });

  it.each([
    ['the same head', 'Ủy ban nhân dân', true],
    ['a head word garbled', 'Ủy ban Màn dân', true],
    ['another body', 'Hội đồng nhân dân', false],
  ])('sameBodyAsBox: %s', (_how, read, same) => {
    const box = parseIssuer('UBND tỉnh Lâm Đồng')!;
    const parsed = { ...box, name: read, body: read, locality: null, level: null, unitWord: null, unit: null };
    expect(sameBodyAsBox(parsed, box)).toBe(same);
  });
});
