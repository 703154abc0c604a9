import { describe, expect, it } from 'vitest';
import { contentSimilarity, normalizeValue, prf, referenceKey, scoreFields, scoreSets, scoreTasks, titleMatches, type GoldTask } from './scoring.js';

const task = (over: Partial<GoldTask>): GoldTask => ({
  index: '1', section: 'QUÝ I', content: 'Xây dựng kế hoạch thi đua', lead: ['Phòng Nội vụ'], support: [], supervisor: null,
  deadline: { text: 'Tháng 01/2021', start: '2021-01', end: '2021-01', recurring: false }, ...over,
});

describe('eval scoring', () => {
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  });

  it('normalises diacritics, case, quotes and spacing only in normalised mode', () => {
    expect(normalizeValue('Hội đồng  “TĐKT”', 'normalized')).toBe(normalizeValue('hoi dong TDKT', 'normalized'));
    expect(normalizeValue('Hội đồng', 'exact')).not.toBe(normalizeValue('Hoi dong', 'exact'));
  });

  it('counts a wrong field as a false positive and a false negative', () => {
    expect(scoreFields({ a: 'x', b: 'y', c: null }, { a: 'x', b: 'z', c: 'w' }, 'exact')).toEqual({ tp: 1, fp: 2, fn: 1 });
  });

  it('matches references by number and date', () => {
    const gold = [{ number: '34-CT/TW', date: '2014-04-07' }, { number: '05/KH-HĐTĐKT', date: '2016-06-23' }];
    const pred = [{ number: '34-CT/TW', date: '2014-04-07' }, { number: '05/KH-HĐTĐKT', date: '2016-06-24' }];
    expect(scoreSets(gold, pred, referenceKey, referenceKey)).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it.each([
    ['Luật Đất đai 2024', '2024', 'Luật Đất đai', '2024', true],
    ['Luật Bảo vệ môi trường năm 2020', '2020', 'Luật Bảo vệ môi trường', '2020', true],
    ['Luật Đất đai 2024', '2024', 'Luật Đất đai 2013', '2013', false],
    ['Luật Đất đai', '2024', 'Luật Đất đai', null, false],
    ['Luật Thi đua, khen thưởng', null, 'Luật Khen thưởng', null, false],
    ['Luật Nhà ở 2023', '2023', 'Luật Nhà', '2023', false],
  ])('keys a law cited by name %s (%s) against %s (%s) without the year its name closes with: %s', (a, da, b, db, same) => {
    const key = (title: string, date: string | null) => referenceKey({ number: null, date, title });
    expect(key(a, da) === key(b, db)).toBe(same);
  });

  it('pairs task rows by content and scores their cells', () => {
    const gold = [task({}), task({ index: '2', content: 'Tổng kết phong trào Người tốt việc tốt' })];
    const pred = [task({ index: '2', content: 'Tong ket phong trao Nguoi tot viec tot', supervisor: 'Đ/c A' }), task({ content: 'Hoàn toàn khác nội dung' })];
    const s = scoreTasks(gold, pred);
    expect(s.matched).toBe(1);
    expect(s.rowRecall).toBe(0.5);
    expect(s.perCell.content).toBe(1);
    expect(s.perCell.supervisor).toBe(0);
    expect(s.cellAccuracy.normalized).toBeCloseTo(5 / 6);
    expect(contentSimilarity('a b c d', 'a b c e')).toBeCloseTo(0.75);
  });
});

describe('titleMatches', () => {
  it.each([
    ['the same title in other case and marks', 'Tổ chức Hội nghị tổng kết năm 2024', 'TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2024', true],
    ['an OCR slip of two letters', 'Phiên họp Tổng kết công tác năm 2014', 'Phiên hợp Tông kết công tác năm 2014', true],
    ['quotes and punctuation aside', 'Về việc "Tháng hành động"', 'Về việc Tháng hành động.', true],
    ['the body run on into the title', 'Phiên họp Tổng kết công tác năm 2014', 'Phiên họp Tổng kết công tác năm 2014 Ngày 19/01/2014, tại trụ sở Bộ Giao thông vận tải', false],
    ['debris before it', 'Phiên họp Tổng kết công tác năm 2014', 'ÁN giBäY ø hoài Phiên họp Tổng kết công tác năm 2014', false],
    ['a title missed', 'Phiên họp Tổng kết công tác năm 2014', null, false],
    ['none in either', null, null, true],
    ["a công văn's V/v kept or left out", 'Thuế suất thuế GTGT', 'V/v thuế suất thuế GTGT', true],
    ['"Về việc" is part of the title', 'Về việc công bố Nghị định', 'Công bố Nghị định', false],
  ] as const)('%s', (_how, gold, predicted, same) => expect(titleMatches(gold, predicted)).toBe(same));
});
