// The body's closing mark "./." an engine read with a speck after it ("thực hiện/.„"): the body
// ends there, and the signature block under it (an authority line after the seal's scraps,
// "mm KT, CHI CỤC TRU") is no sentence carried on. OCR text only; typed text is joined as before.
import { describe, expect, it } from 'vitest';
import { rejoinWrappedLines } from '../../normalizers/lines.js';
import { extractPlan } from '../../extractors/index.js';
import { testContext } from '../extractors/context.js';

const CLOSE = (mark: string) => `Chi cục Hải quan thông báo để Quý Doanh nghiệp được biết và thực hiện${mark}\nmm KT, CHI CỤC TRƯỞNG\n“in VE BƠ, PHÓ CHI CỤC TRƯỞNG\n\noi\n\nTrin Khắc Lợi`;

describe('a closing mark with a speck after it ends the body', () => {
  it.each(['/.„', '/.,', "/.'"])('"%s": the block below stays apart', (mark) => {
    const lines = rejoinWrappedLines(CLOSE(mark), new Set(), true).split('\n');
    expect(lines[0]).toBe(`Chi cục Hải quan thông báo để Quý Doanh nghiệp được biết và thực hiện${mark}`);
    expect(lines.at(-1)).toBe('Trin Khắc Lợi');
  });

  it.each([
    // Typed text: as before (joined); a stroke inside a sentence ("1/.5") or a word after the mark.
    ['typed text', CLOSE('/.„'), false, true],
    ['no speck: a plain sentence end, as before', 'thực hiện/.\nmm KT, CHI CỤC TRƯỞNG', true, false],
    ['a word ending the line', 'thực hiện theo\nmm quy định', true, true],
  ])('%s', (_how, text, ocr, joined) => {
    const first = rejoinWrappedLines(text, new Set(), ocr).split('\n')[0]!;
    expect(first.includes('mm ')).toBe(joined);
  });

  it('the name under the block is the signer, its family name read back (Trần)', () => {
    const text = ['CHI CỤC HẢI QUAN KCN VIỆT NAM - SINGAPORE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 40/HQVSIP Bình Dương, ngày 12 tháng 3 năm 2019', 'V/v xuất khẩu tại chỗ', rejoinWrappedLines(CLOSE('/.„'), new Set(), true)].join('\n');
    expect(extractPlan(text, testContext(), [], { ocr: true }).signer?.name).toBe('Trần Khắc Lợi');
  });
});
