// A loanword spelt the Vietnamese way ("crômit", "brôm") in well-marked text is a writer's word: it does
// not make its line an engine's garbled one, so the line's correct words are left as written.
import { beforeAll, describe, expect, it } from 'vitest';
import { TokenSign, tokenSign } from '../../normalizers/diacritics/garbled.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

describe('tokenSign of marked words that are no syllable', () => {
  it.each([
    ['crômit', TokenSign.Neutral],
    ['brôm', TokenSign.Neutral],
    ['stêrôit', TokenSign.Neutral],
    // An engine's misreadings keep their signs: no loanword opens so.
    ['thtrông', TokenSign.BadMarks],
    ['séi', TokenSign.BadMarks],
  ])('%s', (word, sign) => {
    expect(tokenSign(word, () => 0)).toBe(sign);
  });
});

describe('a typed line with a loanword is left as written', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });
  it.each([
    // A Government programme's line (heldout-fresh27 t02): "Cổ" → "Cố", "luyện" → "luên", "titan" → "tuần" before.
    'Hoàn thành đầu tư dự án khai thác, chế biến quặng crômit tại Cổ Định (Thanh Hóa), luyện cán thép tại mỏ sắt Quý Xa (Lào Cai) trước năm 2025; đánh giá hiệu quả đầu tư các dự án khai thác, chế biến: sắt Thạch Khê (Hà Tĩnh); titan (Bình Thuận), hoàn thành trước năm 2030.',
    'Kiểm tra việc sử dụng hóa chất brôm và clorua vôi trong xử lý nước tại các cơ sở cấp nước trên địa bàn tỉnh theo đúng quy định hiện hành của Bộ Y tế.',
  ])('%s', (line) => {
    expect(restorer.restore(line).text).toBe(line);
  });
});
