// Real files of the family (test/real/files, copied byte for byte, see SOURCES.md) whose reading
// needed more than the text layer: header fields against their hand gold.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../pipeline/options.js';
import { processBytes } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';

const real = (p: string) => resolve(import.meta.dirname, '../real/files', p);
interface Gold {
  document: { number: string | null; date: string | null; issuer: { name: string | null; level: string | null } };
  signer: { name: string | null };
}
const gold = (name: string) => JSON.parse(readFileSync(real(name.replace(/\.[a-z]+$/, '.gold.json')), 'utf8')) as Gold;
const options = parseOptions({});
const services = new PipelineServices(options);
afterAll(() => services.close());

describe('real files', () => {
  // Quảng Ngãi's e-office system stamps the serial and the day into the header's blanks as
  // digital-signature widgets at signing time; the signing body's box sits in the top corner.
  it.each(['qngai-11-TB-UBND.pdf', 'qngai-565-TB-UBND.pdf'])('%s: serial and day from the signature widgets, the corner box left out, the signer beside "Nơi nhận"', async (name) => {
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    const want = gold(name);
    const record = result.record!;
    expect(record.document.number).toBe(want.document.number);
    expect(record.document.date).toBe(want.document.date);
    expect(record.signer.name).toBe(want.signer.name);
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['ANNOTATION_TEXT', 'ANNOTATION_LEFT_OUT']));
    // The corner box ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", an e-mail, a timestamp) is nowhere in the text.
    expect(record.text.original).not.toMatch(/@|CÔNG BÁO/);
  });

  it('a DOCX whose footnotes follow the signature: the signer is read, the footnote number is not glued to the name', async () => {
    const name = 'quangninh-HD-MTTQ-BTT.docx';
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    expect(result.record!.signer.name).toBe(gold(name).signer.name);
  });

  it('a .doc of a national council ("quốc gia"): a central body', async () => {
    const name = 'hdbcqg-40-NQ.doc';
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    expect(result.record!.document.issuer.level).toBe(gold(name).document.issuer.level);
  });

  it('a web application\'s "Word" export (.doc holding an HTML fragment): read as HTML, its header table column by column', async () => {
    const name = 'qbinh-QD-web-export.doc';
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    expect(result.record!.source.format).toBe('html');
    expect(result.record!.document.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Quảng Bình', level: 'province' });
  });

  it('a Unicode .doc whose font table also names a TCVN3 font: its Unicode text is not converted', async () => {
    const name = 'bng-03-2018-TT-BNG.doc';
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    expect(result.diagnostics.map((d) => d.code)).not.toContain('LEGACY_ENCODING');
    expect(result.record!.text.original).toMatch(/khen thưởng/);
    expect(result.record!.text.original).not.toMatch(/bỏo cỏo|thỏng/);
  });

  it('a signed PDF of another province (Quảng Bình): serial and day from its signature widgets', async () => {
    const name = 'qbinh-1445-SLDTBXH.pdf';
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    expect(result.record!.document).toMatchObject({ number: gold(name).document.number, date: gold(name).document.date });
  });

  it('an RTF file named .doc (a district\'s document-handling slip): read as RTF, Unicode escapes without their fallback characters', async () => {
    const name = 'phutho-y-kien-rtf.doc';
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    expect(result.record!.source.format).toBe('rtf');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('MISLABELLED');
    expect(result.record!.text.original).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(result.record!.text.original).toMatch(/UBND HUYỆN QUẢNG NINH/);
  });

  it('an RTF whose Vietnamese runs are set in "Times New Roman CE" (\\fcharset238): ă and đ, not ã and ð; the header page number left out', async () => {
    const name = 'binhthuan-phieu-trinh-253.rtf';
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    const text = result.record!.text.original;
    expect(text).toMatch(/VĂN PHÒNG UBND TỈNH/);
    expect(text).toMatch(/Lãnh đạo Văn phòng UBND tỉnh/);
    expect(text).not.toMatch(/VÃN|ðạo|nãm 2025/);
    expect(text.trimStart().startsWith('VĂN PHÒNG')).toBe(true);
  });

  it.each(['luongminh-KH-hiep-thuong.htm', 'luongminh-KH-hiep-thuong-lan-hai.htm'])(
    '%s: a Word web page whose header rules sit in <![if !vml]> markers: the issuer is read whole',
    async (name) => {
      const result = await processBytes(name, readFileSync(real(name)), { options, services });
      expect(result.record!.text.original).not.toMatch(/<!\[|endif/);
      expect(result.record!.document.issuer.name).toBe(gold(name).document.issuer.name);
    },
  );

  it('a typed .doc with English layout terms in its body: no line is "repaired" as garbled OCR', async () => {
    const name = 'bnv-01-2011-TT-BNV.doc';
    const result = await processBytes(name, readFileSync(real(name)), { options, services });
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('GARBLED_TEXT_LAYER');
    expect(result.record!.text.normalized).toMatch(/giữa các dòng hay cách dòng \(line spacing\)/);
  });
});

