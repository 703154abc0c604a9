// Marks chosen among the engine's own choices for each letter, weighed by the syllable model in
// context: a tone the fast model dropped or took for another is read again when it offered the
// right one; a word it offered nothing else for, or read right, stays as read.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type SyllableLM } from '../../../normalizers/diacritics/lm.js';
import { toneChoices } from '../../../pipeline/ocr/tone-choices.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';

let lm: SyllableLM;
beforeAll(() => {
  lm = loadModel();
}, 60_000);

/**
 * A line of words as read; a word written "sô[ốồ]" was read "sô" with "ố" and "ồ" weighed for its
 * last letter (each bracket follows the letter it is for). Every word carries choices.
 */
function line(text: string, lineId = '1.1.1'): OcrWord[] {
  return text.split(' ').map((spec, i) => {
    const letters: string[][] = [];
    for (const m of spec.matchAll(/([^[\]])(?:\[([^\]]*)\])?/gu)) letters.push([m[1]!, ...[...(m[2] ?? '')]]);
    return {
      text: letters.map((l) => l[0]).join(''),
      confidence: 90,
      line: lineId,
      x0: i * 100,
      y0: 0,
      x1: i * 100 + 80,
      y1: 20,
      choices: letters.map((l) => l.map((c, k) => ({ text: c, confidence: 90 - k * 10 }))),
    };
  });
}
const read = (text: string) => toneChoices(line(text), lm).map((w) => w.text).join(' ');

describe('toneChoices', () => {
  it.each([
    ['a tone dropped over a hat', 'theo Công văn sô[óốồ] 180/STTTT-CNTT ngày', 'theo Công văn số 180/STTTT-CNTT ngày'],
    ['a tone taken for another', 'hướng dẫn chỉ[i] tiết thi hành', 'hướng dẫn chi tiết thi hành'],
    ['a tone added', 'Sở Thông tỉ[iíì]n và Truyền thông', 'Sở Thông tin và Truyền thông'],
    ['capitals keep their case', 'VĂN PHÒNG CHÍNH PHÙ[ỦUÚ]', 'VĂN PHÒNG CHÍNH PHỦ'],
    ['punctuation around the word stays', 'Thị trâ[ấầ]n: Hương Khê', 'Thị trấn: Hương Khê'],
    ['a word and the misread word after it, each as its readings', 'năm 2025 THÔ[Ố]NG BẢ[ÁẠ]O về việc', 'năm 2025 THÔNG BÁO về việc'],
    ['one tone from two letters weighed', 'để giải qu[ụ]yê[ếề]t thủ tục hành chính', 'để giải quyết thủ tục hành chính'],
    ['the tone on the vowel that carries it', 'GIẤY PHÉP VẬN CHU[Ủ]YÊ[Ể]N HÀNG HÓA', 'GIẤY PHÉP VẬN CHUYỂN HÀNG HÓA'],
  ])('%s', (_name, given, want) => expect(read(given)).toBe(want));

  it.each([
    ['a word read right, its choices less likely', 'Công[ổồ] ty cổ phần xây dựng', 'Công ty cổ phần xây dựng'],
    ['the right tone not among its choices', 'Luật Tô[ôo] chức chính quyền', 'Luật Tô chức chính quyền'],
    ['a choice of another letter, not a vowel\'s mark', 'Ủy ban nhân đ[d]ân tỉnh Hà Tĩnh', 'Ủy ban nhân đân tỉnh Hà Tĩnh'],
    ['a choice of another case', 'Luật Tô[Ổ] chức chính quyền', 'Luật Tô chức chính quyền'],
    ['another placement of the same tone (the document\'s style)', 'Quyết định của U[Ủ]ỷ[y] ban nhân dân tỉnh', 'Quyết định của Uỷ ban nhân dân tỉnh'],
    ["a person's name", 'giao ông Lê Thành Đô[ồ] làm Giám đốc', 'giao ông Lê Thành Đô làm Giám đốc'],
    ['a place name the model knows less than a common word', 'Thông Đạt Vận Trình Quý[ỹ] Châu', 'Thông Đạt Vận Trình Quý Châu'],
  ])('leaves %s', (_name, given, want) => expect(read(given)).toBe(want));

  it('leaves a word the engine gave no choices for', () => {
    const words = line('theo Công văn sô 180/STTTT-CNTT ngày').map(({ choices: _, ...w }) => w);
    expect(toneChoices(words, lm).map((w) => w.text).join(' ')).toBe('theo Công văn sô 180/STTTT-CNTT ngày');
  });

  it('weighs a word with the words of its paragraph only', () => {
    // "chỉ" alone at the end of a paragraph, "tiết" opening another: no context to choose by.
    const words = [...line('hướng dẫn chỉ[i]', '1.1.1'), ...line('tiết thi hành', '2.1.1')];
    expect(toneChoices(words, lm).map((w) => w.text)).toContain('chỉ');
  });

  it('keeps each word its box and confidence', () => {
    const words = line('theo Công văn sô[óốồ] 180');
    const out = toneChoices(words, lm);
    expect(out[3]).toMatchObject({ x0: words[3]!.x0, x1: words[3]!.x1, confidence: 90, text: 'số' });
  });
});
