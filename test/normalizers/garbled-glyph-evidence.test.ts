// What the glyph an engine wrote for a vowel says in a garbled layer: that the vowel was marked
// (unmarked readings cost more), which tone it had (4 and an inner 1 a dot below, 5 an acute), and
// how misread the layer's words are as a whole (a glyph-heavy layer doubts its valid-looking words
// less and mends a code misread by any one letter). Each with the cases it must leave alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { numberThenWord } from '../../normalizers/diacritics/glued-words.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { redecodeWithDocumentWords } from '../../normalizers/diacritics/document-cache.js';
import type { Placed } from '../../normalizers/diacritics/placed.js';
import { Restorer, glyphShare } from '../../normalizers/diacritics/restorer.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

/** The channel cost of each form of a token's reading in a garbled line (undefined: not a candidate). */
function costs(token: string): Map<string, number> {
  const r = restorer.reader.garbledReading(token);
  const out = new Map<string, number>();
  r.forms.forEach((f, i) => {
    if (f !== null && !out.has(f)) out.set(f, r.slot.costs[i]!);
  });
  return out;
}

describe('a glyph for a vowel says the vowel was marked', () => {
  it.each([
    ['h6a', 'hóa', 'hoa'],
    ['Phdng', 'phòng', 'phong'],
    ['c6ng', 'công', 'cong'],
  ])('%s: %s costs less than the unmarked %s', (token, marked, plain) => {
    const c = costs(token);
    expect(c.get(marked)).toBeDefined();
    expect(c.get(plain)).toBeDefined();
    expect(c.get(marked)!).toBeLessThan(c.get(plain)!);
  });
  it('outside a garbled layer (a stripped scan) the same word keeps its readings at one cost', () => {
    const r = restorer.reader.reading('h6a', true, false);
    const at = (f: string) => r.slot.costs[r.forms.indexOf(f)];
    expect(at('hoa')).toBe(at('hóa'));
  });
});

describe('the glyph weighs the tone', () => {
  it.each([
    // A 4 is a vowel with a dot below.
    ['ph4m', 'phạm', ['phám', 'phàm']],
    ['t4i', 'tại', ['tái', 'tài', 'tải']],
    // A 5 one with an acute.
    ['si5', 'số', ['sọ', 'sổ']],
    ['Gi5m', 'giám', ['giảm']],
  ])('%s: %s cheaper than %j', (token, meant, others) => {
    const c = costs(token);
    expect(c.get(meant)).toBeDefined();
    for (const other of others) if (c.has(other)) expect(c.get(meant)!).toBeLessThan(c.get(other)!);
    expect(others.some((o) => c.has(o))).toBe(true);
  });
  it('a 6 says nothing of the tone: đồng and đóng cost alike', () => {
    const c = costs('d6ng');
    expect(c.get('đồng')).toBe(c.get('đóng'));
  });
});

describe('how many of a layer\'s words carry a glyph', () => {
  const share = (lines: string[]) => glyphShare(lines.map((l) => splitPieces(l)), () => true);
  it.each([
    [['Cdn c* Luqt TO ch*c chinh quyin dia phuong ngdy 16 thdng 6 ndm 2025;', 'HQi d6ng thAm dinh, d6nh gi6 c6ng tdc'], true],
    [['Ke hoach to chuc hoi nghi tong ket cong tac thi dua', 'Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022'], false],
    // Codes with digits beside capitals (QH15, A4) are no glyphs.
    [['Luat so 56/2020/QH15 va giay A4', 'UBND tinh, HDND tinh'], false],
  ])('%j: glyph-heavy %s', (lines, heavy) => {
    expect(share(lines) >= 0.12).toBe(heavy);
  });
  it('lines not read do not count', () => {
    const lines = ['h6a ch6t c6ng t6c', 'hoa chat cong tac'].map((l) => splitPieces(l));
    expect(glyphShare(lines, (i) => i === 1)).toBe(0);
    expect(glyphShare(lines, (i) => i === 0)).toBe(1);
  });
});

describe('a code misread by one letter in a glyph-heavy layer', () => {
  const heavy = (line: string) =>
    [
      'UBND TINH LAM DONG CQNG HOA xA HQI CHU NGHIA VIET NAM',
      'Cdn c* Quy6t dinh s6 12/QD-UBND ngdy 08 thdng 9 ndm 2025 c{ta UBND tinh;',
      line,
      'Theo d6 nghi cta Gi6m d6c Sd NQi vu.',
    ].join('\n');
  it('takes the spelling the document uses and the model knows (USND → UBND)', () => {
    expect(restorer.restore(heavy('Giao Sd NQi vu tham muu USND tinh.')).text.split('\n')[2]).toContain('UBND tỉnh');
  });
  it('leaves a code the model knows (SNV beside BNV)', () => {
    expect(restorer.restore(heavy('Giao SNV tham muu, BNV va BNV huong d6n.')).text.split('\n')[2]).toContain('SNV');
  });
  it('leaves an unknown code in a layer without glyphs', () => {
    const plain = ['UBND tinh Lam Dong', 'UBND tinh giao nhiem vu', 'Giao USND thuc hien'].join('\n');
    expect(restorer.restore(plain).text.split('\n')[2]).toContain('USND');
  });
});

describe('a number run into the word after it', () => {
  it.each([
    ['6thdng', 1],
    ['16thdng', 2],
    // Not: a misread vowel's digit in a short word, a code, a number and a capital, three digits.
    ['6n', -1],
    ['t6', -1],
    ['2021S6', -1],
    ['15KH', -1],
    ['123thang', -1],
  ])('%s: cut at %i', (text, at) => {
    expect(numberThenWord(text)).toBe(at);
  });
  it('in a glyph-heavy layer the number stays and the word is read ("6thdng" = 6 tháng)', () => {
    const text = ['Cdn c* Luqt TO ch*c ngdy 16 thdng 6 ndm 2025;', 'Ldm D6ng, ngdy 6thdng 10 ndm 2025', 'HQi d6ng thAm dinh c6ng tdc'].join('\n');
    expect(restorer.restore(text).text.split('\n')[1]).toContain('6 tháng 10 năm 2025');
  });
});

describe('letters an engine read as others at the start of a word', () => {
  it.each([
    // A capital Đ without its bar read as E, O or I.
    ['E6ng', 'đồng'],
    ['O6i', 'đối'],
    // An l read as 1 before a digit standing for the vowel.
    ['16i', 'lối'],
    ['19i', 'lợi'],
    // A capital B read as the 8 it looks like, before a digit standing for the vowel.
    ['86o', 'bảo'],
    ['86o', 'báo'],
  ])('%s reaches %s', (token, meant) => {
    expect(costs(token).has(meant)).toBe(true);
  });
  it.each([
    // Outside a garbled layer nothing is read into these.
    ['E6ng', 'đồng'],
    ['16i', 'lối'],
    ['86o', 'bảo'],
  ])('%s: %s not reached in a stripped scan', (token, meant) => {
    expect(restorer.reader.reading(token, true, false).forms.includes(meant)).toBe(false);
  });
  it('an 8 read for B gives the restored word its capital ("86o c5o" = Báo cáo)', () => {
    const text = ['Cdn c* Luqt TO ch*c ngdy 16 thdng 6 ndm 2025;', '- 86o c5o ki6m dinh ch6t lugng c6ng trinh;', 'HQi d6ng thAm dinh c6ng tdc'].join('\n');
    expect(restorer.restore(text).text.split('\n')[1]).toContain('Báo cáo kiểm định');
  });
  it('a number of two digits and a word is no misread l ("10ngay" stays 10 and ngày)', () => {
    expect(costs('10ngay').has('ngày')).toBe(true);
    expect([...costs('10ngay').keys()].some((f) => f.startsWith('l'))).toBe(false);
  });
});

describe("a garbled layer's own words weigh in a third pass", () => {
  const lm = () => restorer.lm;
  /** A placed word with its candidates (the first chosen) and the confidence of the choice. */
  const placed = (forms: string[], confidence: number, choice = 0): Placed => ({
    line: 0,
    start: 0,
    end: 1,
    text: forms[0]!,
    reading: { slot: { ids: forms.map((f) => lm().id(f)), costs: forms.map(() => 0) }, forms, kinds: forms.map(() => 'ocr' as const), from: 0, to: 1, digitRepair: false },
    choice,
    confidence,
  });
  /** A layer of plain words, `names` confident readings of "lâm" among them, and one doubtful làm/lâm before "đồng". */
  const layer = (names: number) => {
    const filler = ['ủy', 'ban', 'nhân', 'dân', 'tỉnh', 'về', 'việc', 'tổ', 'chức', 'hội', 'nghị'];
    const sequence: Array<Placed | null> = [];
    for (let i = 0; i < 40; i++) sequence.push(placed([filler[i % filler.length]!], 1));
    for (let i = 0; i < names; i++) sequence.push(placed(['tỉnh'], 1), placed(['lâm'], 1), placed(['đồng'], 1), null);
    const doubtful = placed(['làm', 'lâm'], 0.6);
    sequence.push(placed(['tỉnh'], 1), doubtful, placed(['đồng'], 1), null);
    return { stretches: [sequence], doubtful };
  };
  it('a word the document reads confidently and more than the language does wins a doubtful slot', () => {
    const { stretches, doubtful } = layer(3);
    redecodeWithDocumentWords(lm(), stretches);
    expect(doubtful.reading.forms[doubtful.choice]).toBe('lâm');
  });
  it('read confidently once or never, it weighs nothing and the first pass stands', () => {
    for (const names of [0, 1]) {
      const { stretches, doubtful } = layer(names);
      redecodeWithDocumentWords(lm(), stretches);
      expect(doubtful.choice).toBe(0);
    }
  });
});

describe('a consonant and a Q the model knows as no code', () => {
  it('is read as a word with a dotted vowel ("BQ Văn hóa" = Bộ), keeping it costing as much as a misread code', () => {
    const r = restorer.reader.garbledReading('BQ');
    expect(r.forms).toContain('bộ');
    expect(r.slot.costs[r.forms.indexOf(null)]).toBeGreaterThan(0);
  });
  it('closing a line, it is read Bộ in a garbling layer', () => {
    const layer = [
      'Nli vu ph€ duyQt Di dn "Xdc dinh Chi sd cdi cdch hdnh chinh cila cdc BQ',
      'Cdn c* Luqt TO ch*c chinh quyin dia phuong ngdy 16 thdng 6 ndm 2025;',
      'Cdn crl Quyiit dinh tii 1234 ngdy 05 thdng 12 ndm 2024 crta B0 NQi vu;',
    ];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[0]).toMatch(/của các Bộ$/);
  });
  it('its readings without a dot below cost more ("BQ" is Bộ, not Bà)', () => {
    const r = restorer.reader.garbledReading('BQ');
    expect(r.slot.costs[r.forms.indexOf('bộ')]).toBeLessThan(r.slot.costs[r.forms.indexOf('bà')]!);
  });
  it('NQ, a code the model knows, stays the code', () => {
    expect(restorer.reader.garbledReading('NQ').forms).toEqual([null]);
  });
});

describe("an H of a capital word read as an I and a small l", () => {
  it('is read as the H ("vA PIlAT TRIEN NaNG THaN" = VÀ PHÁT TRIỂN NÔNG THÔN)', () => {
    const layer = [
      '            BQ NaNG NGHl~P                CQNG HoA xA HQI CHU NGHlA VI~T NAM',
      '      vA PIlAT TRIEN NaNG THaN                 DQc l~p - Tl}\'do - Hanh plnic',
    ];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[1]).toContain('PHÁT TRIỂN NÔNG THÔN');
  });
  it('a small l elsewhere in a code is left alone', () => {
    expect(restorer.reader.reading('TTlB', true, true).forms).toEqual([null]);
  });
});

describe('a vowel-less code the model knows with a Q inside', () => {
  const layer = [
    'Can cu Quy che dao t?o trinh dQ d?i h9c ban hanh kern theo Quy6t dinh s6 25;',
    'Hi~u truong Truong D~i h9c thong bao k~ ho~ch h9c t~p nhu sau:',
  ];
  it.each([
    // Where the context asks for the word the engine misread (HỌC), the word.
    ['TRUONG DAI HQC DIEN LUC', 'TRƯỜNG ĐẠI HỌC ĐIỆN LỰC'],
    ['KET QUA HQC TAP', 'KẾT QUẢ HỌC TẬP'],
    // Where it asks for the code, the code.
    ['GIAM DOC BQL DU AN', 'GIÁM ĐỐC BQL DỰ ÁN'],
  ])('%s → %s', (line, restored) => {
    expect(restorer.restore([...layer, line].join('\n')).text.split('\n')[2]).toBe(restored);
  });
  it('keeps its reading as a code cheapest ("HQC" alone)', () => {
    const r = restorer.reader.garbledReading('HQC');
    expect(r.forms).toContain('học');
    expect(r.slot.costs[r.forms.indexOf(null)]).toBeLessThan(r.slot.costs[r.forms.indexOf('học')]!);
  });
});
