import { describe, expect, it } from 'vitest';
import { processBytes } from '../../pipeline/run.js';
import { log } from '../../output/diagnostics.js';
import type { Stage } from '../../output/stage.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('processBytes', () => {
  it('fails with EMPTY_FILE and no record on an empty file', async () => {
    const result = await processBytes('empty.txt', new Uint8Array());
    expect(result.status).toBe('failure');
    expect(result.record).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['EMPTY_FILE']);
  });

  it('keeps text.original byte-for-byte as read while normalising', async () => {
    const original = 'Số: 01/KH-UBND\n\n**KẾ HOẠCH**\nCông tác thi đua\u00ad năm 2024';
    const result = await processBytes('plan.md', utf8(original), { after: [] });
    // The original keeps the markup; the normalised text does not.
    expect(result.record?.text.original).toBe(original);
    expect(result.record?.text.normalized).not.toContain('**');
    expect(result.record?.text.normalized).not.toContain('\u00ad');
  });

  it('turns an error diagnostic from a later stage into partial_success, keeping the record', async () => {
    const flagging: Stage = (doc, ctx) => {
      ctx.message(log.ocrFailed('simulated'));
      return doc;
    };
    const text = 'Số: 01/KH-UBND\nHà Nội, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\nCông tác thi đua của các đơn vị\nCHỦ TỊCH\nNguyễn Văn An';
    const result = await processBytes('plan.txt', utf8(text), { after: [['flag', flagging]] });
    expect(result.status).toBe('partial_success');
    expect(result.record?.pipeline.status).toBe('partial_success');
    expect(result.diagnostics.map((d) => d.code)).toContain('OCR_FAILED');
  });

  it('turns a stage that throws into a diagnostic instead of crashing the batch', async () => {
    const crashing: Stage = () => {
      throw new Error('boom');
    };
    const result = await processBytes('plan.txt', utf8('Số: 01/KH-UBND'), { after: [['crash', crashing]] });
    expect(result.status).toBe('failure');
    const last = result.diagnostics.at(-1)!;
    expect(last.code).toBe('STAGE_FAILED');
    expect(last.message).toContain('crash stage failed: boom');
    expect(last.source).toBe('crash');
  });

  it('marks each diagnostic with the stage, and the part of it, that raised it', async () => {
    const reporting: Stage = (doc, ctx) => {
      ctx.message({ code: 'X', severity: 'info', message: 'from the stage' });
      ctx.within('part').message({ code: 'Y', severity: 'info', message: 'from a part' });
      return doc;
    };
    const text = 'Số: 01/KH-UBND\nHà Nội, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\nCông tác thi đua\nCHỦ TỊCH\nNguyễn Văn An';
    const result = await processBytes('plan.txt', utf8(text), { after: [['mine', reporting]] });
    const bySource = Object.fromEntries(result.diagnostics.map((d) => [d.code, d.source]));
    expect(bySource).toMatchObject({ X: 'mine', Y: 'mine:part' });
    expect(result.record?.diagnostics.find((d) => d.code === 'Y')?.source).toBe('mine:part');
  });

  it('records the time of every stage it ran', async () => {
    const text = 'Số: 01/KH-UBND\nHà Nội, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\nCông tác thi đua\nCHỦ TỊCH\nNguyễn Văn An';
    const result = await processBytes('plan.txt', utf8(text));
    expect(result.record?.pipeline.stages.map((s) => s.name)).toEqual(['read', 'normalize', 'extract', 'validate']);
  });
});

describe('diagnostic positions', () => {
  it('are line:column in the finished text.normalized, whatever stage reported them', async () => {
    const text = 'Số: 01/KH-UBND\nHà Nội, ngày 02 tháng 01 năm 2024\n**KẾ HOẠCH**\nCông tác thi đua\nCHỦ TỊCH\nNguyễn Văn An';
    const pointing: Stage = (doc, ctx) => {
      const start = doc.normalized.indexOf('KẾ HOẠCH');
      ctx.message(log.missingTitle(), { span: { start, end: start + 'KẾ HOẠCH'.length } });
      return doc;
    };
    const result = await processBytes('plan.md', utf8(text), { after: [['point', pointing]] });
    const reported = result.diagnostics.find((d) => d.code === 'MISSING_TITLE' && d.span);
    // The markup was removed by normalisation, so the title line starts at column 1.
    expect(String(reported)).toBe('3:1-3:9: no title (trích yếu) found');
  });
});
