// A line of syllables whose every other word reads only through the engine confusions (a capital S
// for ế, ề, ể: "kS", "triSn", "thS") is the garbling engine's Vietnamese, read as garbled; a line
// with words of another language in it (names of countries, an English title) stays foreign, and so
// does the line in a layer no other line of which shows the engine.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

/** Stripped lines of a scanner's layer around the line under test, one of them the engine's own. */
const layer = [
  'Vd viQc thirnh lAp HQi tl6ng thAm tlinh, tl6nh gi6',
  'Can cu Luat to chuc chinh quyen dia phuong ngay 19 thang 6 nam 2015;',
  'Xet de nghi cua Giam doc So Tai chinh tai To trinh so 25/TTr-STC,',
  'Uy ban nhan dan tinh giao cac so, ban, nganh thuc hien cac nhiem vu sau:',
];
/** The same layer without a line that shows the engine: a stripped text. */
const stripped = layer.slice(1);

describe('a line of syllables and engine-read words', () => {
  it.each([
    ['Quoc hoi vS kS hoach phat triSn kinh tS - xa hoi nam 2021 - 2025;', 'garbled'],
    ['cua Ngan hang thS giai va DiSn dan kinh tS thS giai', 'garbled'],
    ['- Nhom chi tieu vS trinh dQ phat triSn dat t6i thiSu 35 diSm', 'garbled'],
    // Words of another language keep the line foreign, however many syllables it has.
    ['Singapore, Malaysia, Thai Lan, Philippines va Brunei', 'foreign'],
    ['chuong trinh Erasmus Mundus cua Ngan hang thS giai vS kS hoach', 'foreign'],
  ])('%s → %s', (line, state) => {
    const states = restorer.lineStates([...layer, line, ...stripped]);
    expect(states[layer.length]).toBe(state);
  });

  it('in a layer no other line of which shows the engine, the line stays foreign', () => {
    const line = 'Quoc hoi vS kS hoach phat triSn kinh tS - xa hoi nam 2021 - 2025;';
    expect(restorer.lineStates([...stripped, line, ...stripped])[stripped.length]).toBe('foreign');
  });

  it.each([
    ['Quoc hoi vS kS hoach phat triSn kinh tS - xa hoi nam 2021 - 2025;', 'kế hoạch phát triển kinh tế'],
    ['cua Ngan hang thS giai va DiSn dan kinh tS thS giai', 'Ngân hàng thế giới'],
  ])('%s is restored (%s)', (line, expected) => {
    const out = restorer.restore([...layer, line, ...stripped].join('\n')).text.split('\n')[layer.length]!;
    expect(out).toContain(expected);
  });
});
