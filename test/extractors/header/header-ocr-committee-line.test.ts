// A people's committee's block garbled past its place, with no e-signature box to read it from:
// the head within two letters of ỦY BAN NHÂN DÂN, the line under it opening with its unit word
// ("TÌNH"), and the date line's place a unit of that kind. OCR only.
import { describe, expect, it } from 'vitest';
import { committeeOfPlace } from '../../../extractors/issuer/garbled-committee-line.js';
import type { ParsedIssuer } from '../../../extractors/issuer/issuer.js';
import { headerOf } from '../header-fixture.js';

const header = (lines: string[], ocrOrigin = true) => headerOf(lines, ocrOrigin);
const block = (head: string, second: string, place = 'Tây Ninh') => [
  `, ${head}                   CÔNG Hẻm. XÃ HQI CHỦ NGHĨA VII ,T NẮM`,
  `      ${second}                     Độc lập - Tế do - Hành phút`,
  `    S6: SẼ' /QĐ-UBND                      ${place}, ngày J.8 tháng 02 năm 2025`,
  '                                     QUYẾT ĐỊNH',
  '        Công bố Danh mục thủ tục hành chính',
];

describe('a garbled committee block and the date line\'s place', () => {
  it.each([
    ['the head two letters off, the province\'s name lost', block('ỦY BAN MÀN DÂN', "TÌNH TÂY 1'4/NH"), 'Ủy ban nhân dân tỉnh Tây Ninh', 'province'],
    ['a district\'s, its unit word one letter off', block('ỦY BAN NHÂN DÂN', "HUYEH 1'4/NH", 'Đức Trọng'), 'Ủy ban nhân dân huyện Đức Trọng', 'district'],
  ])('OCR: %s', (_how, lines, name, level) => {
    const doc = header(lines);
    expect(doc.issuer.name).toBe(name);
    expect(doc.issuer.level).toBe(level);
  });

  it.each([
    ['typed text', block('ỦY BAN MÀN DÂN', "TÌNH TÂY 1'4/NH"), false],
    ['no unit word under the head', block('ỦY BAN MÀN DÂN', 'riNnr,Awrodxc'), true],
    ['a place of another kind than the word says', block('ỦY BAN NHÂN DÂN', "TÌNH 1'4/NH", 'Đức Trọng'), true],
  ])('%s: no place taken', (_how, lines, ocr) => {
    expect(header(lines, ocr).issuer.locality).toBeNull();
  });
});

describe('committeeOfPlace', () => {
  const read = (name: string): ParsedIssuer => ({ name, body: name, level: null, locality: null, unitWord: null, relative: false, unresolved: false, unit: null });
  it.each([
    ['a committee head, "TỈNH" one letter off', 'Ủy ban Màn dân', 'TÌNH TÂY 1\'4/NH', 'Tây Ninh', 'Ủy ban nhân dân tỉnh Tây Ninh'],
    ['another body\'s head', 'Hội đồng nhân dân', 'TỈNH TÂY NINH', 'Tây Ninh', null],
    ['a head three letters off', 'Ủy ban mắm đàn', 'TỈNH', 'Tây Ninh', null],
    ['a place no unit', 'Ủy ban nhân dân', 'TỈNH', 'Xyz Abc', null],
    ['a word too short for the unit word', 'Ủy ban nhân dân', 'TN ABC', 'Tây Ninh', null],
  ])('%s', (_how, name, line, place, out) => {
    expect(committeeOfPlace(read(name), line, place)?.name ?? null).toBe(out);
  });

  it('a head read with its place is left alone', () => {
    expect(committeeOfPlace({ ...read('Ủy ban nhân dân huyện Đức Trọng'), locality: 'Đức Trọng' }, 'TỈNH', 'Tây Ninh')).toBeNull();
  });
});
