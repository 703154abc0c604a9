import { describe, expect, it } from 'vitest';
import { Diagnostic, log, pageAt, pointAt } from '../../output/diagnostics.js';

describe('Diagnostic', () => {
  it('prints page and line:column range like vfile', () => {
    const d = new Diagnostic(log.missingTitle(), { page: 3, start: { line: 12, column: 4 }, end: { line: 12, column: 9 } });
    expect(String(d)).toBe('p3 12:4-12:9: no title (trích yếu) found');
  });

  it('prints only the reason when it has no place', () => {
    expect(String(new Diagnostic(log.emptyFile()))).toBe('the file is empty');
  });

  it('serialises to the contract shape without undefined keys', () => {
    const d = new Diagnostic(log.encrypted(), { span: { start: 1, end: 2 } });
    expect(d.toJSON()).toEqual({
      code: 'ENCRYPTED',
      severity: 'error',
      message: 'encrypted: a password is needed',
      span: { start: 1, end: 2 },
    });
    expect(d.fatal).toBe(true);
  });

  it('every factory has a unique, upper-case code', () => {
    const codes = Object.values(log).map((make) => (make as (...a: unknown[]) => { code: string })(1, 1, 1).code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });
});

describe('positions', () => {
  const text = 'ab\ncde\fxy\nz';
  it.each([
    [0, 1, 1, 1],
    [3, 2, 1, 1],
    [5, 2, 3, 1],
    [7, 2, 5, 2],
    [10, 3, 1, 2],
  ])('offset %i is line %i column %i on page %i', (offset, line, column, page) => {
    expect(pointAt(text, offset)).toEqual({ line, column });
    expect(pageAt(text, offset)).toBe(page);
  });
});
