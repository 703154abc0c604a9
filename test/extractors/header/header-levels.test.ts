// Issuer blocks of district, town and provincial-department documents (the held-out real set of
// test/real/heldout had none of the first two; these are the block shapes such documents print),
// and the place line of a numbered district or ward.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import { parseIssuer } from '../../../extractors/issuer/issuer.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

/** A header with the given issuer block, number line and place. */
function header(block: string, number: string, place: string) {
  const text =
    `${block}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${number}\n` +
    `${place}, ngày 10 tháng 3 năm 2024\nKẾ HOẠCH\nTổ chức phong trào thi đua\nNội dung.\n`;
  const ctx = testContext();
  return { document: extractHeader(text, ctx, noSigner), codes: ctx.codes() };
}

describe('district and town issuer blocks', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN\nHUYỆN ĐẮK SONG', 'Đắk Song', { name: 'Ủy ban nhân dân huyện Đắk Song', level: 'district', locality: 'Đắk Song', parent: null }],
    ['ỦY BAN NHÂN DÂN\nTHỊ XÃ BA ĐỒN', 'Ba Đồn', { name: 'Ủy ban nhân dân thị xã Ba Đồn', level: 'town', locality: 'Ba Đồn', parent: null }],
    ['ỦY BAN NHÂN DÂN\nTHỊ TRẤN ĐỨC AN', 'Đức An', { name: 'Ủy ban nhân dân thị trấn Đức An', level: 'commune', locality: 'Đức An' }],
    ['UBND HUYỆN ĐẮK SONG\nUBND THỊ TRẤN ĐỨC AN', 'Đức An', { name: 'Ủy ban nhân dân thị trấn Đức An', level: 'commune', parent: 'Ủy ban nhân dân huyện Đắk Song' }],
    ['HỘI ĐỒNG NHÂN DÂN\nHUYỆN ĐẮK SONG', 'Đắk Song', { name: 'Hội đồng nhân dân huyện Đắk Song', level: 'district' }],
    ['UBND HUYỆN LỆ THỦY\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Lệ Thủy', { level: 'district', locality: 'Lệ Thủy', parent: 'Ủy ban nhân dân huyện Lệ Thủy' }],
    // "QUẢN" folds to "quan" but is not "quận": the Ban is the district's, named in full.
    ['UBND HUYỆN ĐẮK SONG\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG', 'Đắk Song', { name: 'Ban Quản lý dự án đầu tư xây dựng huyện Đắk Song', level: 'district', parent: 'Ủy ban nhân dân huyện Đắk Song' }],
    // "QUÂN SỰ" is not "quận Sự".
    ['UBND TỈNH QUẢNG BÌNH\nBỘ CHỈ HUY QUÂN SỰ TỈNH', 'Quảng Bình', { level: 'province', locality: 'Quảng Bình', parent: 'Ủy ban nhân dân tỉnh Quảng Bình' }],
    // A party committee's agency on its own line is a body of its own, not part of the place name.
    ['HUYỆN ỦY CÔ TÔ\nCƠ QUAN TỔ CHỨC - NỘI VỤ', 'Cô Tô', { level: 'district', locality: 'Cô Tô', parent: 'Huyện ủy Cô Tô' }],
  ])('%s', (block, place, expected) => {
    const { document } = header(block, 'Số: 12/KH-UBND', place);
    expect(document.issuer).toMatchObject(expected);
  });

  it.each([
    // OCR misread the mark of "PHỐ": still the unit word.
    ['UBND THÀNH PHÓ ĐÀ NẴNG', 'city', 'Đà Nẵng'],
    // Stripped text keeps folded matching.
    ['UBND QUAN LONG BIEN', 'district', 'Long Biên'],
  ])('a unit word printed with other marks than its own or none: %s', (phrase, level, locality) => {
    expect(parseIssuer(phrase)).toMatchObject({ level, locality });
  });

  it.each([
    ['ĐỊA PHƯƠNG', 'BAN CHỈ ĐẠO CÔNG TÁC ĐỊA PHƯƠNG HÀ NỘI'],
    ['TÌNH', 'HỘI TÌNH NGUYỆN VIÊN'],
  ])('a word that folds to a unit word but is another word (%s) names no unit', (_word, phrase) => {
    expect(parseIssuer(`UBND HUYỆN GIA LÂM ${phrase}`)?.name ?? '').not.toMatch(/phường|tỉnh/);
  });
});

describe('a body under a Sở printed without its province', () => {
  it.each([
    ['Quảng Bình', { level: 'province', locality: 'Quảng Bình' }],
    // A district's name on the place line: its province.
    ['Đồng Hới', { level: 'province', locality: 'Quảng Bình' }],
    // A centrally run city: its departments are the city's.
    ['Hà Nội', { level: 'city', locality: 'Hà Nội' }],
    // A place no unit list knows: level left unknown, with its diagnostic.
    ['Nơi Không Có', { level: null, locality: null }],
  ])('place %s', (place, expected) => {
    const { document, codes } = header('SỞ NỘI VỤ\nPHÒNG THI ĐUA, KHEN THƯỞNG', 'Số: 15/KH-TĐKT', place);
    expect(document.issuer).toMatchObject({ ...expected, parent: 'Sở Nội vụ' });
    // The name stays as printed: the place line gives the level, not a new name.
    expect(document.issuer.name).toMatch(/^Phòng Thi đua, khen thưởng$/i);
    expect(codes.includes('ISSUER_LEVEL_UNKNOWN')).toBe(expected.level === null);
  });

  it('a body that is not under a Sở does not take its level from the place line', () => {
    const { document } = header('HỘI CỰU CHIẾN BINH\nCHI HỘI SỐ 3', 'Số: 15/KH-CCB', 'Quảng Bình');
    expect(document.issuer.level).toBeNull();
  });
});

describe('the place of a numbered district or ward', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN\nQUẬN 5', 'Quận 5', 'Quận 5'],
    ['ỦY BAN NHÂN DÂN\nPHƯỜNG 12', 'Phường 12', 'Phường 12'],
    ['ỦY BAN NHÂN DÂN\nQUẬN LONG BIÊN', 'Long Biên', 'Long Biên'],
    // a province whose name holds a hyphen, and a hyphen that joins no unit's name
    ['ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU', 'Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU', 'Bà Rịa – Vũng Tàu', 'Bà Rịa – Vũng Tàu'],
    ['ỦY BAN NHÂN DÂN\nTỈNH SƠN LA', 'Hạnh phúc - Sơn La', 'Sơn La'],
    ['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ PHAN RANG-THÁP CHÀM', 'Phan Rang-Tháp Chàm', 'Phan Rang-Tháp Chàm'],
  ])('%s', (block, place, expected) => {
    expect(header(block, 'Số: 1234/UBND-VX', place).document.place).toBe(expected);
  });
});
