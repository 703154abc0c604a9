import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { restoreDocumentDiacritics } from '../../normalizers/diacritics/index.js';
import { main } from '../../pipeline/cli/main.js';
import { FileContext } from '../../pipeline/context.js';
import { parseOptions } from '../../pipeline/options.js';
import { PipelineServices } from '../../output/services.js';

function context(tones = 'modern') {
  const options = parseOptions({ tones });
  return new FileContext(new PipelineServices(options));
}

describe('restoreDocumentDiacritics', () => {
  it('restores through the shared model and reports the share restored', async () => {
    const ctx = context();
    const out = await restoreDocumentDiacritics('KE HOACH\nThuc hien cong tac thi dua, khen thuong nam 2021', ctx);
    expect(out.text).toBe('KẾ HOẠCH\nThực hiện công tác thi đua, khen thưởng năm 2021');
    expect(out.diacriticsRestored).toBe(true);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(['DIACRITICS_RESTORED']);
  });
  it('returns marked text unchanged with no diagnostic', async () => {
    const ctx = context();
    const text = 'Thực hiện công tác thi đua, khen thưởng năm 2021';
    expect(await restoreDocumentDiacritics(text, ctx)).toEqual({ text, diacriticsRestored: false, changes: [] });
    expect(ctx.diagnostics).toHaveLength(0);
  });
  it('repairs a garbled text layer, lists the changes and warns that the layer was garbled', async () => {
    const ctx = context();
    const original = 'Kế hoạch triển khai cüa Ủy ban nhân dân về Näng cao chất lượng';
    const out = await restoreDocumentDiacritics(original, ctx);
    expect(out.text).toBe('Kế hoạch triển khai của Ủy ban nhân dân về Nâng cao chất lượng');
    expect(out.changes.map((c) => c.original)).toEqual(['cüa', 'Näng']);
    expect(ctx.diagnostics.map((d) => d.code)).toContain('GARBLED_TEXT_LAYER');
    expect(original).toBe('Kế hoạch triển khai cüa Ủy ban nhân dân về Näng cao chất lượng');
  });
  it('reports dropped stray marks', async () => {
    const ctx = context();
    await restoreDocumentDiacritics('phat trien kinh te - xa f d\nhoi nam 2021 *9 r * •> t r', ctx);
    expect(ctx.diagnostics.map((d) => d.code)).toContain('STRAY_MARKS');
  });
});

describe('kehoach restore', () => {
  it('prints the restored text line for line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-restore-'));
    writeFileSync(join(dir, 'in.txt'), 'HOI DONG THI DUA\n\ncua quan Long Bien\n');
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += c));
    const code = await main(['restore', 'in.txt', '--tones', 'classic'], { stdout, stderr, env: {}, cwd: dir });
    expect(code).toBe(0);
    expect(out).toBe('HỘI ĐỒNG THI ĐUA\n\ncủa quận Long Biên\n');
  });
  it('rejects a bad tone convention with a usage error', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    expect(await main(['restore', 'x.txt', '--tones', 'old'], { stdout, stderr, env: {}, cwd: tmpdir() })).toBe(2);
  });
});
