// An OCR'd issuer block whose unit word the engine misread by one letter ("MUYỆN NGHI XUÂN", heldout-fresh26-scans
// a05): re-read with the unit word when the date line names the place, a unit of that word's kind.
import { describe, expect, it } from 'vitest';
import { issuerOfMisreadUnitWord } from '../../../extractors/issuer/misread-unit-word.js';
import type { ParsedIssuer } from '../../../extractors/issuer/issuer.js';
import { headerOf } from '../header-fixture.js';

const header = (head: string, unitLine: string, dateLine: string, ocrOrigin = true) =>
  headerOf(
    [`     ${head}                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `     ${unitLine}                Độc lập - Tự do - Hạnh phúc`, '', `      Số: 5030 /QĐ-UBND          ${dateLine}`, '', '                                  QUYẾT ĐỊNH', '                    Công bố Hệ thống quản lý chất lượng'],
    ocrOrigin,
  );

describe('an issuer block whose unit word was misread by a letter', () => {
  it.each([
    ['H read M', 'ỦY BAN NHÂN DÂN', 'MUYỆN NGHI XUÂN', 'Nghi Xuân, ngày 28 tháng 08 năm 2018', 'Ủy ban nhân dân huyện Nghi Xuân', 'district'],
    ['H read K, another district', 'ỦY BAN NHÂN DÂN', 'KUYỆN CẨM XUYÊN', 'Cẩm Xuyên, ngày 12 tháng 3 năm 2019', 'Ủy ban nhân dân huyện Cẩm Xuyên', 'district'],
    ['G read C in a ward', 'ỦY BAN NHÂN DÂN', 'PHƯỜNC TƯƠNG MAI', 'Tương Mai, ngày 13 tháng 5 năm 2026', 'Ủy ban nhân dân phường Tương Mai', 'ward'],
  ])('OCR, %s: the unit word spelt, its level', (_how, head, unitLine, dateLine, name, level) => {
    const issuer = header(head, unitLine, dateLine).issuer;
    expect(issuer.name).toBe(name);
    expect(issuer.level).toBe(level);
  });

  it('typed text is read as written', () => {
    expect(header('ỦY BAN NHÂN DÂN', 'MUYỆN NGHI XUÂN', 'Nghi Xuân, ngày 28 tháng 08 năm 2018', false).issuer.level).toBeNull();
  });
});

describe('issuerOfMisreadUnitWord', () => {
  const read = (name: string, locality: string | null, unitWord: string | null = null): ParsedIssuer => ({
    name,
    body: 'Ủy ban nhân dân',
    level: null,
    locality,
    unitWord,
    relative: false,
    unresolved: false,
    unit: null,
  });
  it.each([
    ['a locality that is the place with no word before it', read('Ủy ban nhân dân Nghi Xuân', 'Nghi Xuân'), 'Nghi Xuân'],
    ['a word two letters off a unit word', read('Ủy ban nhân dân Mayện Nghi Xuân', 'Mayện Nghi Xuân'), 'Nghi Xiên'],
    ['a first word one letter off but another place', read('Ủy ban nhân dân Muyện Nghi Xuân', 'Muyện Nghi Xuân'), 'Hà Tĩnh'],
    ['a short unit word one letter off (tỉnh/tình) is too near other words', read('Ủy ban nhân dân Tình Hà Tĩnh', 'Tình Hà Tĩnh'), 'Hà Tĩnh'],
    ['a unit word read right', read('Ủy ban nhân dân huyện Nghi Xuân', 'Nghi Xuân', 'huyện'), 'Nghi Xuân'],
    ['a place that is no unit of the word\'s kind', read('Ủy ban nhân dân Muyện Hà Nội', 'Muyện Hà Nội'), 'Hà Nội'],
  ])('%s: null', (_how, parsed, place) => {
    expect(issuerOfMisreadUnitWord(parsed, place)).toBeNull();
  });
});
