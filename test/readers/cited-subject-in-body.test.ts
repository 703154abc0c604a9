// A công văn whose "V/v" the layer misread ("V/w", heldout-vbai f07): its header zone runs on into the body,
// where "Tờ trình số 310/HHDN-K4 về việc xin phép …" cites a document. That "về việc" opens no trích yếu, and the
// body's citations stay references.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';

const file = resolve(import.meta.dirname, '../real/heldout-vbai/f07_CV_province_1925-STC-HTDN.pdf');
const options = parseOptions({});
const services = new PipelineServices(options);
afterAll(() => services.close());

describe('a cited number\'s "về việc" in the body', () => {
  it('opens no subject: the title is not the body\'s, and every citation is kept', async () => {
    const result = await processBytes('f07.pdf', readFileSync(file), { options, services });
    const record = result.record!;
    expect(record.document.title ?? '').not.toMatch(/xin phép/);
    expect(record.references.map((r) => r.number)).toEqual(expect.arrayContaining(['1185/SNV-CCVC', '574/UBND-NCKSTTHC', '325/STC-HTDN', '310/HHDN-K4']));
  });
});
