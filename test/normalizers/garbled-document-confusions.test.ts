// A garbled layer's own confusions (document-confusions.ts): an engine that reads every ơ as an a
// ("nuac", "truang", "Chuang") shows it in the words it cannot hide it in, and its valid-looking
// words ("vai" = với, "ca sa" = cơ sở) are then read with that confusion cheaper, in that layer only.
import { beforeAll, describe, expect, it } from 'vitest';
import { documentConfusions, substitutions } from '../../normalizers/diacritics/document-confusions.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import type { Placed } from '../../normalizers/diacritics/placed.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

describe('the letters a reading changes', () => {
  it.each([
    ['nuac', 'nước', ['a→o']],
    ['vai', 'với', ['a→o']],
    ['Chuang', 'chương', ['a→o']],
    ['th6ng', 'thông', ['6→o']],
    ['tr4ng', 'trạng', ['4→a']],
    ['nhan', 'nhân', []],
    // Another length: the stretch between the common start and end.
    ['Thirc', 'thực', ['ir→u']],
    ['thm', 'thời', ['m→oi']],
    // A letter put in or left out is none.
    ['vai', 'và', null],
    ['inh', 'đinh', null],
    // More than two letters changed, or a longer stretch.
    ['abcd', 'wxyz', null],
    ['nfun', 'năm', null],
  ])('%s read %s: %j', (token, form, expected) => {
    expect(substitutions(token, form)).toEqual(expected);
  });
});

/** A placed token with its readings (forms) and the decoder's choice among them. */
function placed(text: string, forms: Array<string | null>, choice: number, confidence: number, from = 0, to = text.length): Placed {
  return {
    line: 0,
    start: 0,
    end: text.length,
    text,
    reading: { slot: { ids: forms.map((_, k) => k + 10), costs: forms.map(() => 1) }, forms, kinds: forms.map(() => 'diacritics'), from, to, digitRepair: false },
    choice,
    confidence,
  };
}

describe("the layer's confusions", () => {
  const habit = () => [placed('nuac', ['nước', 'nữa'], 0, 0.99), placed('truang', ['trường'], 0, 1), placed('Chuang', ['chương'], 0, 0.95)];

  it('lower the cost of the readings made of a confusion shown three times', () => {
    const vai = placed('vai', ['vài', 'với', 'và', null], 0, 0.6);
    const bonuses = documentConfusions([[...habit(), vai]]);
    const got = bonuses?.of(vai);
    expect(got?.[1]).toBeGreaterThan(0);
    // vài is the token's own letters, và another length, the kept token no reading: no bonus.
    expect([got?.[0], got?.[2], got?.[3]]).toEqual([0, 0, 0]);
    expect(bonuses!.max).toBeGreaterThanOrEqual(got![1]!);
  });

  it.each([
    ['shown twice', () => habit().slice(0, 2)],
    ['shown by unsure choices', () => habit().map((p) => ({ ...p, confidence: 0.5 }))],
    ['shown by readings of a word inside digits kept', () => habit().map((p) => ({ ...p, reading: { ...p.reading, from: 1 } }))],
  ])('are none when %s', (_, layer) => {
    expect(documentConfusions([layer(), [placed('vai', ['vài', 'với'], 0, 0.6)]])).toBeNull();
  });
});

describe('a layer that reads its ơ as a', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });

  it('reads its valid-looking words with the ơ', () => {
    // Written for this test in the manner of the "6,2,0,77" engine family (marks stripped, "~" for lost letters).
    const layer = [
      'Phat huy k~t qua chuang trinh ph6i hgp cua cac nuac trong khu vuc;',
      'Nha nuac tang cuang cong tac tuyen truyen trong truang hoc va dia phuang;',
      '85% ca quan, dan vi d~t chu~n van hoa; nang cao dai s6ng van hoa ca sa;',
      'Cac dan vi phai gfut vai vi~c thuc hi~n nhi~m vu duoc giao.',
    ];
    const out = restorer.restore(layer.join('\n')).text.split('\n');
    expect(out[2]).toMatch(/văn hóa cơ sở;$/);
    expect(out[3]).toContain('với việc');
  });
});
