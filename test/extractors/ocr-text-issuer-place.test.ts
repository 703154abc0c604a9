// Header families of other engines' OCR text (issue #11, the real OCR-text sets): a date line's
// place the restorer re-lettered where the engine read a mark inside it ("Ha N(Ji" made "Hà Nữ"),
// a block's place the restorer made a small-letter word of ("CỤC THUẾ TP đậu PHÒNG" under "Hải
// Phòng, ngày …"), the Ministry of Finance's general departments garbled in their block ("TỔNG CỤC
// THOE", "TONGTU. C THUE"), and a date line whose month the restorer made a word of ("tháng ionăm"
// made "hoắm"). Each beside the plain case it must leave alone.
import { describe, expect, it } from 'vitest';
import { withPlaceAsEngineRead } from '../../extractors/ocr-repairs/ocr-place-as-read.js';
import { withDateAsEngineRead } from '../../extractors/ocr-repairs/ocr-date-as-read.js';
import { issuerOfDatePlace } from '../../extractors/issuer/garbled-issuer-locality.js';
import { bodiesOf, composeIssuer } from '../../extractors/issuer/issuer-block.js';
import { repairedBodyName } from '../../extractors/shared/ocr-body-names.js';
import type { DocumentInfo } from '../../output/schema.js';

/** A document whose date line's place stands at [0, place.length) of the text. */
function dated(place: string, issuer: Partial<DocumentInfo['issuer']>): DocumentInfo {
  return {
    type: 'Công văn', typeCode: null, number: null, serial: null, symbol: null, date: '2018-10-15', title: null,
    issuer: { name: 'Cục Thuế thành phố Hà Nội', level: 'city', locality: 'Hà Nội', parent: null, ...issuer },
    place,
    spans: { place: { start: 0, end: place.length } },
  } as DocumentInfo;
}

describe('a place the restorer re-lettered where the engine read a mark inside it', () => {
  const central = { name: 'Chính phủ', level: 'central' as const, locality: null };
  it.each([
    ['"Ha N(Ji" made "Hà Nữ", a city body of Hà Nội', 'Hà Nữ', 'Ha N(Ji', {}, 'Hà Nội'],
    ['"Ha N(Ji" made "Hà Nữ", a central body (the capital)', 'Hà Nữ', 'Ha N(Ji', central, 'Hà Nội'],
    ['a figure read in the word ("Ha N9i" made "Hà Nữ")', 'Hà Nữ', 'Ha N9i', central, 'Hà Nội'],
    // Left alone: the restorer changed nothing, the engine read plain letters, the place is a unit
    // the list knows, or too far from where the issuer sits.
    ['the engine read it so ("Hà Nữ" as printed)', 'Hà Nữ', 'Hà Nữ', central, 'Hà Nữ'],
    ['re-lettered from plain letters ("Ha Nu")', 'Hà Nữ', 'Ha Nu', central, 'Hà Nữ'],
    ['a known unit ("Hà Nam" read with a mark)', 'Hà Nam', 'Ha N(am', central, 'Hà Nam'],
    ['three letters off ("Hạ lưu")', 'Hạ lưu', 'Hd lrt1i', central, 'Hạ lưu'],
    ['no seat to compare with (a body of no level)', 'Hà Nữ', 'Ha N(Ji', { level: null, locality: null }, 'Hà Nữ'],
  ])('%s', (_how, place, read, issuer, expected) => {
    const doc = dated(place, issuer);
    expect(withPlaceAsEngineRead(doc, place, () => read).place).toBe(expected);
  });
});

describe("a block's place the restorer made a small-letter word of, the date line's place whole", () => {
  const block = (line: string) => composeIssuer(bodiesOf(line, [], []).map((b) => b.parsed))!.issuer;
  it('"CỤC THUẾ TP đậu PHÒNG" under "Hải Phòng, ngày …" is the Cục Thuế of Hải Phòng', () => {
    const found = issuerOfDatePlace(block('CỤC THUẾ TP đậu PHÒNG'), 'CỤC THUẾ TP đậu PHÒNG Độc lập - Tự do - Hạnh phúc', 'Hải Phòng');
    expect(found?.name).toBe('Cục Thuế thành phố Hải Phòng');
    expect(found?.level).toBe('city');
    expect(found?.locality).toBe('Hải Phòng');
  });
  it.each([
    ['the words in capitals (no restorer\'s word)', 'CỤC THUẾ TP ĐẬU PHÒNG', 'Hải Phòng'],
    ['another last word', 'CỤC THUẾ TP đậu PHONG BA', 'Hải Phòng'],
    ['more words than the place', 'CỤC THUẾ TP đậu xa PHÒNG', 'Hải Phòng'],
    ['a place the list does not know', 'CỤC THUẾ TP đậu PHÒNG', 'Đậu Phòng'],
  ])('left alone: %s', (_how, line, place) => {
    expect(issuerOfDatePlace(block(line), line, place)).toBeNull();
  });
});

describe("the Ministry of Finance's general departments garbled in their block", () => {
  it.each([
    ['TỔNG CỤC THOE', 'Tổng cục Thuế'],
    ['TONGTU. C THUE', 'Tổng cục Thuế'],
    ['TỔNG CỤC HAI QUAN', 'Tổng cục Hải quan'],
    // As printed: no repair; a Cục is no Tổng cục.
    ['TỔNG CỤC THUẾ', null],
    ['CỤC THUẾ', null],
  ])('%s → %s', (line, expected) => {
    expect(repairedBodyName(line)).toBe(expected);
  });
});

describe('a date line whose look-alike figures the restorer made a word of', () => {
  /** A document dated `date` whose date span is the whole of `restored`. */
  const on = (date: string, restored: string) =>
    ({ ...dated('Hà Nội', {}), date, spans: { date: { start: 0, end: restored.length } } }) as DocumentInfo;
  it.each([
    ['"tháng ionăm" made "hoắm": the month read from the engine\'s letters', '2025', 'ngày 03 tháng hoắm 2025', 'ngày 03 tháng ionăm 2025', '2025-10-03'],
    // Left alone: the restorer changed nothing, the engine's line says no more, or says another year.
    ['nothing re-lettered', '2025', 'ngày 03 tháng hoắm 2025', 'ngày 03 tháng hoắm 2025', '2025'],
    ['the engine\'s line no clearer', '2025', 'ngày 03 tháng hoắm 2025', 'ngày 03 tháng xynăm 2025', '2025'],
    ['another year read', '2024', 'ngày 03 tháng hoắm 2024', 'ngày 03 tháng ionăm 2025', '2024'],
    ['a whole date already', '2025-10-03', 'ngày 03 tháng 10 năm 2025', 'ngày 03 tháng ionăm 2025', '2025-10-03'],
    // Only marks re-lettered (the place's): a handwritten day glued to "tháng" and a scrawl for the month stay unread.
    ['marks alone changed, a handwritten day and month', '2019', 'Bình Dương, ngày 2tháng § năm 2019', 'Binh Dương, ngày 2tháng § năm 2019', '2019'],
  ])('%s', (_how, date, restored, read, expected) => {
    expect(withDateAsEngineRead(on(date, restored), restored, () => read).date).toBe(expected);
  });
});
