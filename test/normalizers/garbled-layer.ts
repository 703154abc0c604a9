// A line of a garbling engine's layer restored among its neighbours: the restorer reads a line with
// its context, so a test line stands between lines the same engine wrote (marks dropped, "~" for a
// lost vowel, "\l" for a dotted one).
import type { Restorer } from '../../normalizers/diacritics/restorer.js';

const BEFORE = [
  'Can cu k~ hoach s6 12/KH-UBND ngay 05 thang 3 nam 2024 cua Uy ban nhan dan huy~n;',
  'D~ nghi cac don vi tri~n khai th\\lc hi~n nghiem tuc cac nQi dung sau:',
];
const AFTER = 'Trong qua trinh tri~n khai, n~u co vuong mac d~ nghi bao cao v~ Uy ban nhan dan huy~n.';

/** `line` as `restorer` restores it in an engine's layer. */
export function restoredInLayer(restorer: Restorer, line: string): string {
  return restorer.restore([...BEFORE, line, AFTER].join('\n')).text.split('\n')[BEFORE.length]!;
}
