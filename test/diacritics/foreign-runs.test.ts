// Vietnamese runs inside lines read as foreign (English notices of a crawled page, product names).
import { beforeAll, describe, expect, it } from 'vitest';
import { amongStripped, vietnameseRuns } from '../../normalizers/diacritics/foreign-runs.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';
import { syllableInventory } from '../../normalizers/syllables.js';

const inventory = syllableInventory();
const isSyllable = (t: string) => inventory.has(t.toLowerCase());
const runWords = (line: string) => {
  const pieces = splitPieces(line);
  return vietnameseRuns(line, pieces, isSyllable).map((k) => pieces[k]!.text).join(' ');
};

describe('vietnameseRuns', () => {
  it.each([
    ['THU VIEN PHAP LUAT has the copyright on this translation.', 'THU VIEN PHAP LUAT'],
    ['Ten thuong mai: Kester 275 Flux-Cored Wire', 'Ten thuong mai'],
    ['lay mau nuoc bang Aquatabs, Chloramine B', 'lay mau nuoc bang'],
    // English function words that are also bare syllables make no run on their own.
    ['is a violation against the Law on Intellectual Property.', ''],
    ['go to the Help page', ''],
    // Punctuation between two syllables ends a run.
    ['Hg, Pb, As, nang', ''],
  ])('%s → %s', (line, expected) => {
    expect(runWords(line)).toBe(expected);
  });
});

describe('amongStripped', () => {
  it.each([
    [['stripped', 'foreign', 'marked'], 1, true],
    [['marked', 'foreign', 'stripped'], 1, false],
    [['empty', 'foreign', 'empty', 'stripped'], 1, true],
    [['foreign', 'foreign'], 0, false],
  ])('%j at %i → %s', (states, at, expected) => {
    expect(amongStripped(states as string[], at as number)).toBe(expected);
  });
});

describe('foreign lines of a stripped document', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });
  it('restores the Vietnamese run and leaves the English words as written', () => {
    const text = ['Ke hoach trien khai cong tac thi dua khen thuong nam 2024', 'THU VIEN PHAP LUAT has the copyright on this translation.', 'Uy ban nhan dan tinh giao cac so, ban, nganh thuc hien'].join('\n');
    const line = restorer.restore(text).text.split('\n')[1]!;
    expect(line).toBe('THƯ VIỆN PHÁP LUẬT has the copyright on this translation.');
  });
  it('reads unit words in a run of a foreign line without tripping over the pieces left out', () => {
    const text = ['Ke hoach trien khai cong tac thi dua nam 2024 cua tinh', 'Email: Contact Support Team, Website Portal Online, cac xa phuong thuoc tinh', 'Uy ban nhan dan tinh giao cac so, ban, nganh thuc hien'].join('\n');
    expect(restorer.restore(text).text.split('\n')[1]).toBe('Email: Contact Support Team, Website Portal Online, các xã phường thuộc tỉnh');
  });
  it.each([
    ['**FILE ATTACHED TO DOCUMENT**', 'foreign'],
    ['**FILE DUOC DINH KEM THEO VAN BAN**', 'stripped'],
    ['UBND TINH GIAO CAC SO NGANH', 'stripped'],
  ])('reads upper-case English words as foreign, codes as no evidence: %s → %s', (line, state) => {
    const lines = ['Ke hoach trien khai cong tac thi dua nam 2024 cua tinh', line, 'Uy ban nhan dan tinh giao cac so, ban, nganh thuc hien'];
    expect(restorer.lineStates(lines)[1]).toBe(state);
  });
  it('leaves a foreign line among marked lines alone', () => {
    const text = ['Kế hoạch triển khai công tác thi đua khen thưởng năm 2024', 'THU VIEN PHAP LUAT has the copyright on this translation.', 'Ủy ban nhân dân tỉnh giao các sở, ban, ngành thực hiện'].join('\n');
    expect(restorer.restore(text).text.split('\n')[1]).toBe('THU VIEN PHAP LUAT has the copyright on this translation.');
  });
});
