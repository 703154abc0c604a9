// composeIssuer: the body of a block's last line joined to the parent above it.
import { describe, expect, it } from 'vitest';
import { composeIssuer } from '../../../extractors/issuer/issuer-block.js';
import type { ParsedIssuer } from '../../../extractors/issuer/issuer.js';

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

describe('composeIssuer: a school or an institute of a ministry', () => {
  const ministry = issuer({ name: 'Bộ Công Thương', body: 'Bộ Công Thương', level: 'central' });
  const placed = { level: 'city' as const, locality: 'Hồ Chí Minh', unitWord: 'thành phố' };
  it.each([
    ['a university named by its city', 'Trường Đại học Công Thương thành phố Hồ Chí Minh', 'Trường Đại học Công Thương', 'central', null],
    ['an institute named by its city', 'Viện Nghiên cứu thành phố Hồ Chí Minh', 'Viện Nghiên cứu', 'central', null],
    // a department of a ministry in a province stays where it is
    ['a department in a province', 'Cục Quản lý thị trường thành phố Hồ Chí Minh', 'Cục Quản lý thị trường', 'city', 'Hồ Chí Minh'],
  ])('%s', (_name, name, body, level, locality) => {
    const composed = composeIssuer([ministry, issuer({ name, body, ...placed })]);
    expect(composed?.issuer).toMatchObject({ name, level, locality });
  });

  it('a school under a city body stays the city\'s', () => {
    const city = issuer({ name: 'Ủy ban nhân dân thành phố Hồ Chí Minh', body: 'Ủy ban nhân dân', ...placed });
    const composed = composeIssuer([city, issuer({ name: 'Trường Cao đẳng thành phố Hồ Chí Minh', body: 'Trường Cao đẳng', ...placed })]);
    expect(composed?.issuer).toMatchObject({ level: 'city', locality: 'Hồ Chí Minh' });
  });
});
