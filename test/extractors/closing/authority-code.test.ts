// The authority a signature block's code reads as, however it was typed or OCR'd: one reading for
// every reader of a block (signer.ts, the run-on, inline and signed-note readers, the OCR repairs).
import { describe, expect, it } from 'vitest';
import { authorityOf } from '../../../extractors/closing/signature-lines.js';

describe('authorityOf', () => {
  it.each([
    ['TM', 'TM.'],
    ['tm', 'TM.'],
    ['t/m', 'TM.'],
    ['T.M', 'TM.'],
    ['KT', 'KT.'],
    ['k/t', 'KT.'],
    ['k t', 'KT.'],
    ['TL', 'TL.'],
    ['t.l', 'TL.'],
    ['TUQ', 'TUQ.'],
    ['t u q', 'TUQ.'],
    ['Q', 'Q.'],
    ['TT', null],
    ['KTT', null],
    ['', null],
  ])('%j reads as %j', (code, authority) => {
    expect(authorityOf(code)).toBe(authority);
  });
});
