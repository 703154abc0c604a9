// composeIssuer: the body of a block's last line joined to the parent above it.
import { describe, expect, it } from 'vitest';
import { composeIssuer } from '../../extractors/issuer-block.js';
import type { ParsedIssuer } from '../../extractors/issuer.js';

const issuer = (over: Partial<ParsedIssuer>): ParsedIssuer => ({
  name: 'Phòng Nội vụ',
  body: 'Phòng Nội vụ',
  level: null,
  locality: null,
  unitWord: null,
  relative: false,
  unresolved: false,
  unit: null,
  ...over,
});

describe('composeIssuer', () => {
  it.each([
    ['parent with its unit word', { unitWord: 'tỉnh', locality: 'Hưng Yên', level: 'province' as const }, 'Phòng Nội vụ tỉnh Hưng Yên'],
    ['parent whose unit word OCR glued away', { unitWord: null, locality: 'Tỉnhhưngyên', level: null }, 'Phòng Nội vụ Tỉnhhưngyên'],
  ])('%s', (_name, parentParts, expected) => {
    const parent = issuer({ name: 'Hội đồng nhân dân', body: 'Hội đồng nhân dân', ...parentParts });
    const composed = composeIssuer([parent, issuer({})]);
    expect(composed?.issuer.name).toBe(expected);
    expect(composed?.issuer.name).not.toMatch(/\bnull\b|undefined/);
  });
});
