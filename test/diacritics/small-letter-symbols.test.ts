// Document symbols an OCR dump wrote in small letters, its slashes dropped ("nghị định số 37 2025
// nd-cp ngày 26 02 2025"): a run of hyphen-joined parts without a vowel is no Vietnamese word and
// is left as written, never restored into words ("nó-có", "quả-từ").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

// A dump's lines: small letters throughout, marks lost or misread here and there ("hanh phúc",
// "dào tạo", "quy dịnh chứe năng"), so the restorer reads it as a garbled layer.
const dump = (symbol: string) =>
  [
    'bộ giáo dục và đào tạo cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hanh phúc số : 2827 hà nội , ngày 14 tháng 10 năm 2025',
    `căn cứ nghị định số 37 2025 ${symbol} ngày 26 02 2025 của chính phủ quy dịnh chứe năng nhiệm vụ , quyền hạn và cơ cấu tổ chức của bộ giáo dục và dào tạo ;`,
  ].join('\n');

describe('a small-letter symbol in a dump', () => {
  // "iqd-bgddt": the slash before the symbol read as an i and run onto its first part.
  // "qe-bgddt", "q-bgdđt": a q without its u is no syllable's, so the part is a code whose Đ was misread.
  it.each(['nd-cp', 'nq-cp', 'qd-ttg', 'q1-ttg', 'qd-bgddt', 'iqd-bgddt', 'lqđ-bgdđt', 'kh-bcđ-tcdkt-vp', 'qe-bgddt', 'q-bgdđt'])('%s is left as written', (symbol) => {
    const line = restorer.restore(dump(symbol)).text.split('\n')[1]!;
    expect(line).toContain(` ${symbol} `);
  });

  it.each([
    // [a hyphenated pair with vowels: words, restored as before]
    ['xo-viet', 'viết'],
    // [a q with its u opens a word]
    ['qua-viet', 'việt'],
  ])('%s keeps its reading as words', (pair, word) => {
    const line = restorer.restore(`cong hoa xa hoi chu nghia viet nam doc lap tu do hanh phuc\nlien bang ${pair} da tan ra`).text.split('\n')[1]!;
    expect(line).toContain(word);
  });

  // Each piece of a hyphen-joined run once walked the whole run: a long run cost its length squared
  // (over a minute for this 60 KB line). How its time grows now: `npm run bench -- scaling --only Restorer`.
  it('a 60 KB line of hyphen-joined syllables is left as written', () => {
    const run = `${'ba-'.repeat(20_000)}ba`;
    const out = restorer.restore(`cong tac thi dua khen thuong nam nay\n${run}\n`).text.split('\n');
    expect(out[0]).toBe('công tác thi đua khen thưởng năm nay');
    expect(out[1]!.length).toBe(run.length);
  });
});

describe('the issuer part of a cited symbol in a garbled layer', () => {
  // A layer without Vietnamese, its words stripped or misread: "TTg" after "58/2009/QD-" is the
  // Prime Minister's code, never "THÌ" or "ƯU".
  const layer = (cited: string) =>
    [
      'Huong din thue hien Quyet dinh so ' + cited + ' ngay 16/4/2009 dot Thu toeing Chinh phi] b6 sung mOt se giai phap',
      've thue nhim th at hien chit twang kfch eau diu to ya deli dimg, ngan chart suy giam kinh te',
    ].join('\n');

  it.each(['58/2009/QD-TTg', '2437/QD-TTg', '16/2009/QĐ-BTC'])('%s keeps its issuer part as written', (cited) => {
    const issuer = cited.split('-')[1]!;
    const line = restorer.restore(layer(cited)).text.split('\n')[0]!;
    expect(line).toContain(`-${issuer} `);
  });
});
