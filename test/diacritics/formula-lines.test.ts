// Header formulas found letter by letter in a garbling engine's lines (formula-lines.ts), the
// confusions learned from the tuning parts (engine-confusions.ts, learn-confusions.ts), and the
// restorer's options for both: what is found, what must never be, and that changes stay in step.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalizers/index.js';
import { testContext } from '../extractors/context.js';
import { viterbi } from '../../normalizers/diacritics/decode.js';
import { ENGINE_CONFUSIONS, LISTED_ENGINE_CONFUSIONS, loadLearnedConfusions, withLearned } from '../../normalizers/diacritics/engine-confusions.js';
import { FormulaFinder, applyFormulas } from '../../normalizers/diacritics/formula-lines.js';
import { loadModel, type SyllableLM } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { ocrCandidates } from '../../normalizers/ocr-noise.js';
import { syllableInventory } from '../../normalizers/syllables.js';

let lm: SyllableLM;
let restorer: Restorer;
beforeAll(() => {
  lm = loadModel();
  restorer = new Restorer(lm);
});
const finder = new FormulaFinder(ENGINE_CONFUSIONS);
const found = (line: string) => finder.find(line).map((f) => [line.slice(f.start, f.end), f.text]);

describe('a formula read badly is found and written as printed', () => {
  it.each([
    ['CONG HOA xA 1191 CHU NGHTA VIT NAM', 'CONG HOA xA 1191 CHU NGHTA VIT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['TỈNH X          ceNG no.r, xA Her cHU Ncni.l vIDT NAM', 'ceNG no.r, xA Her cHU Ncni.l vIDT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['sdxQr W              DQc lfl p-Tgdo-H4 nh phtc', 'DQc lfl p-Tgdo-H4 nh phtc', 'Độc lập - Tự do - Hạnh phúc'],
    ['UY BAN NHAN DAN         Mic lap - Tir do - Hanh pluic', 'UY BAN NHAN DAN', 'ỦY BAN NHÂN DÂN'],
    ['QUYTTDINH', 'QUYTTDINH', 'QUYẾT ĐỊNH'],
    // The signer's office over the signature, a G read as a c by an engine that judges case by height.
    ['.f rrnN cuA PHo cIAM Doc sO', 'PHo cIAM Doc', 'PHÓ GIÁM ĐỐC'],
    ['KT. GIAM DOC', 'GIAM DOC', 'GIÁM ĐỐC'],
    ['TRUONG PHONG', 'TRUONG PHONG', 'TRƯỞNG PHÒNG'],
    ['KT. CHU TICH                      PHO CHU TICH', 'PHO CHU TICH', 'PHÓ CHỦ TỊCH'],
    // The signer's office of a general department or a ministry's department, its TRƯỞNG garbled or run together.
    ['Noi nltQn: TL. TONG CUC TRTIOI\\G', 'TONG CUC TRTIOI\\G', 'TỔNG CỤC TRƯỞNG'],
    ['- Vu PC, KK&KIT (TCT); PHOVUTRUOI{G', 'PHOVUTRUOI{G', 'PHÓ VỤ TRƯỞNG'],
    ['- Nhu tr6n; KT. VU TRUONG', 'VU TRUONG', 'VỤ TRƯỞNG'],
    ['KT. BO TRUONG                      THU TRUONG', 'THU TRUONG', 'THỨ TRƯỞNG'],
    // The Prime Minister, one edit from THỨ TRƯỞNG, is found as himself.
    ['THU TUONG CHINH PHU         CONG HOA XA HOI CHU NGHIA VIET NAM', 'THU TUONG', 'THỦ TƯỚNG'],
    // The ministry or department an issuer block opens with, alone on its line or before the header's other column.
    ['Be cONG rnuoNc                  ceNG HoA xA ngr cHU Ncnia vrpr NAM', 'Be cONG rnuoNc', 'BỘ CÔNG THƯƠNG'],
    ['B0 TAI CHiNH', 'B0 TAI CHiNH', 'BỘ TÀI CHÍNH'],
    ['Sd NOI VU              DQc lQp - Tqr do - Hgnh phric', 'Sd NOI VU', 'SỞ NỘI VỤ'],
    ['  BQ Y TE', 'BQ Y TE', 'BỘ Y TẾ'],
  ])('%s', (line, span, text) => {
    expect(found(line)).toContainEqual([span, text]);
  });
});

describe('the Prime Minister read right stays himself', () => {
  // A real Tesseract layer of a Prime Minister's decision (ocr-text-heldout13 o13a): its garbled motto made the
  // layer garbled, and "THỦ TƯỚNG" was found as THỨ TRƯỞNG, one edit away.
  it('a garbled layer\'s "THỦ TƯỚNG CHÍNH PHỦ" is never written THỨ TRƯỞNG', async () => {
    const layer = readFileSync(new URL('../real/ocr-text-heldout13/o13a_QD_central_02-QD-TTg.txt', import.meta.url), 'utf8');
    const out = await normalizeText(layer, testContext(), { restore: 'auto', tones: 'modern' } as never);
    expect(out.text).not.toContain('THỨ TRƯỞNG');
    expect(out.text).toContain('THỦ TƯỚNG CHÍNH PHỦ');
  });
});

describe('nothing else is taken for a formula', () => {
  it.each([
    // The council is not a misread ỦY BAN; a formula printed right needs no fix.
    ['HỘI ĐỒNG NHÂN DÂN TỈNH'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    // Two letters from QUYẾT ĐỊNH is another word.
    ['QUY ĐỊNH CHUNG'],
    ['QUY DINH'],
    // Prose in small letters is no heading, whatever its letters.
    ['ban nhan dan xa to chuc hop'],
    ['ngay 12 thang 3 nam 2024 cong van so 15'],
    // A match that starts deep inside a word is no formula.
    ['KHOIUY BAN NHAN DAN'],
    [''],
    // Other bodies "… NHÂN DÂN", printed right, are no misread ỦY BAN.
    ['TÒA ÁN NHÂN DÂN'],
    ['CÔNG AN NHÂN DÂN VIỆT NAM'],
    ['VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO'],
    // The motto's words in a sentence, without its dashes.
    ['vi doc lap tu do hanh phuc cua nhan dan'],
    // A school's or a body's heading one letter from a signer's office is no office.
    ['TRUONG THONG TIN'],
    ['TRUONG THCS PHONG PHU'],
    ['TRUONG PHO THONG'],
    ['PHO TRUONG THONG'],
    // A signer's office in prose after a name, in small letters: no heading.
    ['2. Ph6 Cht tich HQi ddng: Ong D5 Vin Chung - Gi6m d6c Sd NOi vu.'],
    ['b) 6ng LC Thanh Li6m - Ph6 Gi6m tt6c Sd Khoa hgc vd C6ng nghQ;'],
    // A ministry or department named in prose, however an engine cased it, stays as the words read it.
    ['2. Sd NOi vu lir co quan thulng truc cta HQi d6ng.'],
    ['BO NOi vu vd vi€c huong dAn m6J s6 nQi dung'],
    ['cua Sd NOI VU'],
    // … nor where a line of prose wraps to leave it alone, in the case a sentence gives it.
    ['BQTai chinh'],
    ['vU Tai chinh         He finh vd Thri tru6rng'],
    // A department is no misread ministry, one letter apart.
    ['SỞ TÀI CHÍNH'],
    // A general department's office named in prose is no heading.
    ['theo y ki6n cta Tdng cqc trudng Tdng cgc Thu6'],
    ['TRUONG DAI HOC LUAT'],
  ])('%j', (line) => {
    expect(found(line)).toEqual([]);
  });

  it.each([
    // A general department's heading beside the motto: the motto alone, no signer's office.
    ['TONG CUC THUE DQc l$p - TF do - H4nh phric', 'DQc l$p - TF do - H4nh phric'],
    ['rONc cUC THUE DQc l{p - Tr; do - H4nh phric', 'DQc l{p - Tr; do - H4nh phric'],
  ])('a general department heading is no signer office: %s', (line, motto) => {
    expect(found(line)).toEqual([[motto, 'Độc lập - Tự do - Hạnh phúc']]);
  });

  it.each([
    ['TOA AN NHAN DAN TINH SON LA', 'TOA AN NHAN DAN', 'TÒA ÁN NHÂN DÂN'],
    ['HOI DONG DAN TOC', 'HOI DONG DAN TOC', 'HỘI ĐỒNG DÂN TỘC'],
  ])('a neighbour of a formula is read as itself: %s', (line, span, text) => {
    expect(found(line)).toEqual([[span, text]]);
  });
});

describe('changes stay in step with the text when formulas are written in', () => {
  const layer = [
    'uv sA.N NUANoAN              ceNG no.r, xA Her cHU Ncni.l vIDT NAM',
    'riNu LAM DONG              DQc lfl p-Tgdo-H4 nh phtc',
    'Cdn c* Luqt TO ch*c chinh quyin dia phuong ngdy 16 thdng 6 ndm 2025;',
    'Theo di nghi cua Sd N1/ vu tqi Td trinh ngdy 08 thdng 10',
  ].join('\n');
  it('each change holds its replacement, and undoing them gives the input back', () => {
    const r = restorer.restore(layer);
    expect(r.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.text).toContain('Độc lập - Tự do - Hạnh phúc');
    let undone = r.text;
    for (const c of [...r.changes].sort((a, b) => b.span.start - a.span.start)) {
      expect(r.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
      undone = undone.slice(0, c.span.start) + c.original + undone.slice(c.span.end);
    }
    expect(undone).toBe(layer);
  });
  it('a formula lands on its own words after lines whose debris was dropped', () => {
    const withDebris = [
      'Cdn c* Luqt TO ch*c chinh quyin •> r * ~ dia phuong ngdy 16 thdng 6 ndm 2025;',
      'Theo di nghi cua Sd N1/ vu • ^ > tqi Td trinh ngdy 08 thdng 10',
      'SO NOI VU                          DQc lfl p-Tgdo-H4 nh phtc',
      'Cdn c* Nghi dinh s6 15 ngdy 08 thdng 10 ndm 2025',
    ].join('\n');
    const r = restorer.restore(withDebris);
    const third = r.text.split('\n')[2]!;
    expect(third.endsWith('Độc lập - Tự do - Hạnh phúc')).toBe(true);
    expect(third.startsWith('S')).toBe(true);
    for (const c of r.changes) expect(r.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  });
  it('applyFormulas moves later changes by the length it changed', () => {
    const text = 'CONG HOA xA 1191 CHU NGHTA VIT NAM x\nabc de';
    const restored = 'CONG HOA xA 1191 CHU NGHTA VIT NAM x\nabc dé';
    const later = { span: { start: restored.indexOf('dé'), end: restored.indexOf('dé') + 2 }, original: 'de', replacement: 'dé', kind: 'diacritics' as const, confidence: 1 };
    const out = applyFormulas(text, restored, [later], finder, () => true);
    const moved = out.changes.find((c) => c.replacement === 'dé')!;
    expect(out.text.slice(moved.span.start, moved.span.end)).toBe('dé');
    expect(out.changes).toHaveLength(2);
  });
  it('a restorer built without formulas leaves the heading to the decoder', () => {
    const plain = new Restorer(lm, undefined, undefined, undefined, { formulas: [] });
    expect(plain.restore(layer).text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});

describe('learned confusions', () => {
  const learned = loadLearnedConfusions();
  const listed = new Set(LISTED_ENGINE_CONFUSIONS.map((c) => `${c.read}>${c.meant}`));
  const added = learned.filter((c) => !listed.has(`${c.read}>${c.meant}`));
  it('the committed table is well formed and adds to the listed confusions', () => {
    expect(learned.length).toBeGreaterThan(0);
    for (const c of learned) {
      expect(c.read.length).toBeGreaterThan(0);
      expect(c.cost).toBeGreaterThan(0);
    }
    expect(added.length).toBeGreaterThan(0);
  });
  it('a pair both have keeps its listed cost; a new pair joins at its learned cost', () => {
    const merged = withLearned([{ read: 'q', meant: 'o', cost: 1.5 }], [
      { read: 'q', meant: 'o', cost: 0.5 },
      { read: 'tt', meant: 'd', cost: 0.9 },
      { read: 'x', meant: 'x', cost: 0.1 },
    ]);
    expect(merged).toEqual([
      { read: 'q', meant: 'o', cost: 1.5 },
      { read: 'tt', meant: 'd', cost: 0.9 },
    ]);
  });
  it('each added confusion makes some word reachable that the listed ones alone do not reach', () => {
    const isKey = (k: string) => syllableInventory().has(k);
    // For each added pair: a syllable key holding the meant letters, written with the read ones.
    let checked = 0;
    for (const c of added) {
      if (!c.meant || c.cost > 1.2) continue;
      const key = [...syllableInventory().keys()].find((k) => k.includes(c.meant) && !isKey(k.replace(c.meant, c.read)));
      if (!key) continue;
      const written = key.replace(c.meant, c.read);
      const withIt = ocrCandidates(written, isKey, 50, ENGINE_CONFUSIONS, true).map((x) => x.key);
      expect(withIt, `${written} → ${key}`).toContain(key);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('channel weight of the decoder', () => {
  it.each([
    // Weight 0: the model alone chooses (the commoner word); a large weight: the cheaper candidate.
    [0, 'của'],
    [100, 'cưa'],
  ])('weight %d chooses %s', (weight, expected) => {
    const ids = ['cưa', 'của'].map((s) => lm.id(s));
    const slot = { ids, costs: [0, 1] };
    const decoded = viterbi(lm, [{ ids: [lm.id('trách')], costs: [0] }, { ids: [lm.id('nhiệm')], costs: [0] }, slot], { channelWeight: weight });
    expect(['cưa', 'của'][decoded.choice[2]!]).toBe(expected);
  });
});
