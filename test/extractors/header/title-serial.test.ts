// An e-signed document copied to the web or to markdown: the serial the signature stamped beside
// "Số:" is lost, the page's title above the document names it (heldout-fresh9 h9a).
import { describe, expect, it } from 'vitest';
import { docTypeByName } from '../../../extractors/shared/doctypes.js';
import type { PlanNumber } from '../../../extractors/shared/number.js';
import { serialFromTitle } from '../../../extractors/header/title-serial.js';
import { processBytes } from '../../../pipeline/run.js';

const KH = docTypeByName('Kế hoạch');
const QD = docTypeByName('Quyết định');
/** The number line as read: "Số:         /KH-UBND". */
const BLANK: PlanNumber = { number: null, serial: null, symbol: 'KH-UBND', typeCode: 'KH', party: false };

/** The title lines, then a header whose number line is blank. */
function copy(title: string, symbol = 'KH-UBND'): { text: string; at: number } {
  const text = `${title}\n\nỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố:         /${symbol}\nNinh Bình, ngày   tháng 3 năm 2026\n`;
  return { text, at: text.indexOf('Số:') };
}

describe('serialFromTitle', () => {
  it.each([
    ['a converter\'s markdown title', '# Kế hoạch 75/KH-UBND phát triển du lịch biển tỉnh Ninh Bình 2026-2030', KH, '75/KH-UBND'],
    ['a site\'s title with "số" in bold', '**Kế hoạch số 75/KH-UBND năm 2026 về phát triển du lịch biển**', KH, '75/KH-UBND'],
    ['a title under a source line', 'Nguồn: vhtt.ninhbinh.gov.vn\nKế hoạch 75/KH-UBND ngày 11/3/2026', KH, '75/KH-UBND'],
  ])('takes the serial from %s', (_what, title, type, number) => {
    const { text, at } = copy(title);
    expect(serialFromTitle(text, at, BLANK, type)?.number.number).toBe(number);
  });

  it.each([
    ['a title that only cites a plan', 'Triển khai Kế hoạch 12/KH-UBND của UBND tỉnh', KH],
    ['a title of another type', '# Quyết định 75/QĐ-UBND ban hành Kế hoạch', KH],
    ['a title of the type with another symbol', '# Kế hoạch 75/KH-SVHTT phát triển du lịch', KH],
    ['a type heading that is not the title\'s', '# Kế hoạch 75/KH-UBND phát triển du lịch', QD],
    ['no title above the header', '', KH],
  ])('gives nothing for %s', (_what, title, type) => {
    const { text, at } = copy(title);
    expect(serialFromTitle(text, at, BLANK, type)).toBeNull();
  });

  it('reads no title below the number line', () => {
    const text = 'ỦY BAN NHÂN DÂN\nSố:   /KH-UBND\nKế hoạch 75/KH-UBND\n';
    expect(serialFromTitle(text, text.indexOf('Số:'), BLANK, KH)).toBeNull();
  });
});

describe('a copy of an e-signed plan', () => {
  it('keeps the titled serial, says where it came from, and no longer calls it blank', async () => {
    const text = [
      '# Kế hoạch 75/KH-UBND phát triển du lịch biển tỉnh Ninh Bình 2026-2030',
      '',
      'ỦY BAN NHÂN DÂN',
      'TỈNH NINH BÌNH',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:         /KH-UBND',
      '                     Ninh Bình, ngày        tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Phát triển du lịch biển giai đoạn 2026 - 2030',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nội dung.',
    ].join('\n');
    const result = await processBytes('copy.md', new TextEncoder().encode(text));
    expect(result.record?.document.number).toBe('75/KH-UBND');
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toContain('SERIAL_FROM_TITLE');
    expect(codes).not.toContain('BLANK_SERIAL');
  });
});
