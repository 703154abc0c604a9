// A state fund issuing in its own name ("QUỸ BẢO TRÌ ĐƯỜNG BỘ / TRUNG ƯƠNG"): its head word "Quỹ".
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';
import { issuerOfLines } from '../issuer-lines.js';

const folded = (s: string | null | undefined) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();

describe('issuer block: a state fund', () => {
  it.each([
    ['the central road maintenance fund, "TRUNG ƯƠNG" on its own line', ['QUỸ BẢO TRÌ ĐƯỜNG BỘ', 'TRUNG ƯƠNG'], 'quy bao tri duong bo trung uong', 'central'],
    ['a fund named for the country', ['QUỸ BẢO HIỂM XE CƠ GIỚI VIỆT NAM'], 'quy bao hiem xe co gioi viet nam', 'central'],
  ])('%s', (_name, lines, name, level) => {
    const { composed } = issuerOfLines(lines);
    expect(folded(composed?.issuer.name)).toBe(name);
    expect(composed?.issuer.level).toBe(level);
  });

  it.each([
    ['a fund\'s management council', ['HỘI ĐỒNG QUẢN LÝ', 'QUỸ BẢO TRÌ ĐƯỜNG BỘ TRUNG ƯƠNG'], 'hoi dong quan ly quy bao tri duong bo trung uong'],
    ['a fund\'s trade union', ['CÔNG ĐOÀN', 'QUỸ BẢO HIỂM XE CƠ GIỚI'], 'cong doan quy bao hiem xe co gioi'],
  ])('under an organ the line above names, the fund\'s line goes on with its name (%s)', (_name, lines, name) => {
    const { names, composed } = issuerOfLines(lines);
    expect(names).toHaveLength(1);
    expect(folded(composed?.issuer.name)).toBe(name);
  });

  it.each([
    [['UBND TỈNH NAM ĐỊNH', 'BAN CHỈ ĐẠO', 'QUY CHẾ DÂN CHỦ Ở CƠ SỞ'], 'Ban Chỉ đạo quy chế dân chủ ở cơ sở tỉnh Nam Định'],
    [['TỈNH ỦY NAM ĐỊNH', 'BAN CHỈ ĐẠO THỰC HIỆN', 'QUY CHẾ DÂN CHỦ Ở CƠ SỞ'], null],
    [['UBND TỈNH NAM ĐỊNH', 'BAN QUẢN LÝ', 'QUY HOẠCH XÂY DỰNG'], null],
    [['BỘ XÂY DỰNG', 'VIỆN', 'QUY HOẠCH ĐÔ THỊ VÀ NÔNG THÔN QUỐC GIA'], null],
    [['UBND THÀNH PHỐ HÀ NỘI', 'SỞ', 'QUY HOẠCH - KIẾN TRÚC'], 'Sở Quy hoạch - kiến trúc thành phố Hà Nội'],
  ])('"QUY" without its tilde (quy chế, quy hoạch) opens no fund: %j', (lines, name) => {
    const { composed } = issuerOfLines(lines);
    expect(folded(composed?.issuer.name)).not.toMatch(/^quy /);
    if (name) expect(composed?.issuer.name).toBe(name);
  });

  it("a fund of a province is the province's", () => {
    const { composed } = issuerOfLines(['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'QUỸ PHÁT TRIỂN ĐẤT']);
    expect(composed?.issuer.level).toBe('province');
    expect(composed?.issuer.name).toBe('Quỹ Phát triển đất tỉnh Hà Tĩnh');
  });
});

describe('header: a fund named in the issuer block', () => {
  const noSigner: Signer = { name: null, title: null, authority: null };
  const header = (block: string, title: string) =>
    extractHeader(
      `${block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 01/NQ-QBTTW\nHà Nội, ngày 27 tháng 02 năm 2015\n${title}\nNội dung.\n`,
      testContext(),
      noSigner,
    );

  it('is the issuer, central', () => {
    const document = header('QUỸ BẢO TRÌ ĐƯỜNG BỘ\nTRUNG ƯƠNG', 'NGHỊ QUYẾT\nPhiên họp tổng kết công tác năm 2014');
    expect(folded(document.issuer?.name)).toBe('quy bao tri duong bo trung uong');
    expect(document.issuer?.level).toBe('central');
  });

  it('"QUY ĐỊNH" (no tilde) opens no body', () => {
    const document = header('BỘ TÀI CHÍNH', 'QUY ĐỊNH\nVề quản lý quỹ');
    expect(document.issuer?.name).toBe('Bộ Tài chính');
  });
});
