// Real documents of the kinds issue 12 was about (copied byte for byte, see test/real/*/SOURCES.md):
// a page photographed at 576×960 in two image files, and a Word 97–2003 .doc.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../pipeline/options.js';
import { groupPages } from '../../pipeline/page-groups.js';
import { processBytes, processParts } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';

const real = (p: string) => resolve(import.meta.dirname, '../real', p);
const gold = (p: string) => (JSON.parse(readFileSync(real(p), 'utf8')) as { document: Record<string, unknown> }).document;
const options = parseOptions({});
const services = new PipelineServices(options);
afterAll(() => services.close());

describe('real documents', () => {
  it('two small photos of one letter (…4_1.jpg, …4_2.jpg): one record, text upscaled, header fields read', { timeout: 120_000 }, async () => {
    const files = [real('scans/danang-photo-4_2.jpg'), real('scans/danang-photo-4_1.jpg')];
    const [group] = groupPages(files);
    expect(group?.kind).toBe('parts');
    if (group?.kind !== 'parts') return;
    const result = await processParts(group.parts.map((p) => ({ ...p, bytes: readFileSync(p.path) })), { options, services });
    const record = result.record!;
    const want = gold('scans/danang-photo-4_1.gold.json');
    expect(record.source.parts?.map((p) => p.page)).toEqual([1, 2]);
    expect(record.source.pageInfo!.every((p) => (p.upscale ?? 1) > 2)).toBe(true);
    expect(record.document.number).toBe(want.number);
    expect(record.document.date).toBe(want.date);
    expect(record.document.issuer.locality).toBe((want.issuer as { locality: string }).locality);
  });

  it('the last page of a decree alone, its signature column under the seal: a partial record with the signer', { timeout: 120_000 }, async () => {
    const result = await processBytes('cp-nd-p8.jpg', readFileSync(real('scans/cp-nd-p8.jpg')), { options, services });
    const want = JSON.parse(readFileSync(real('scans/cp-nd-p8.gold.json'), 'utf8')) as { signer: { name: string } };
    expect(result.status).toBe('partial_success');
    expect(result.record!.signer.name).toBe(want.signer.name);
    // The decree it cites ("Nghị định số 151/2013/NĐ-CP ngày 01 tháng 11 năm 2013 của Chính phủ") is not its date.
    expect(result.record!.document.date).toBeNull();
  });

  it('a phone scan whose app wrote its text layer in a font of its own: the layer refused, the page OCR\'d, nothing said of a legacy encoding', { timeout: 120_000 }, async () => {
    const result = await processBytes('tt.pdf', readFileSync(real('scans/lamdong-298-TTr-CAT-adobescan.pdf')), { options, services });
    const record = result.record!;
    const want = gold('scans/lamdong-298-TTr-CAT-adobescan.gold.json');
    expect(record.source.pageInfo?.[0]).toMatchObject({ method: 'ocr', reason: 'text-layer-not-vietnamese' });
    expect(record.diagnostics.map((d) => d.code)).not.toContain('LEGACY_ENCODING');
    expect(record.source.encoding).toBeUndefined();
    expect(record.document).toMatchObject({ symbol: want.symbol, date: want.date, place: want.place, issuer: want.issuer });
    // A printed figure of the body ("1.028 người") is not a handwritten one of the header.
    expect(record.text.original).toContain('1.028');
  });

  it('a Word 97–2003 .doc: header fields as the gold says', async () => {
    const result = await processBytes('nq.doc', readFileSync(real('files/quangninh-99-2025-NQ-HDND.doc')), { options, services });
    const want = gold('files/quangninh-99-2025-NQ-HDND.gold.json');
    expect(result.record!.source.format).toBe('doc');
    expect(result.record!.document).toMatchObject({ number: want.number, typeCode: want.typeCode, date: want.date });
  });
});
