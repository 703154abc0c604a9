// An issuer block given as its printed lines: the bodies read from them and the issuer they compose.
import { bodiesOf, composeIssuer } from '../../extractors/issuer/issuer-block.js';

export function issuerOfLines(lines: readonly string[]) {
  const breaks: number[] = [];
  let at = 0;
  for (const l of lines) {
    breaks.push(at);
    at += l.length + 1;
  }
  const bodies = bodiesOf(lines.join(' '), breaks, []);
  return { names: bodies.map((b) => b.parsed.name), composed: composeIssuer(bodies.map((b) => b.parsed)) };
}
