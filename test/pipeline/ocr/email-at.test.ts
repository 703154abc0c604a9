// An e-mail address whose "@" the engine read with a piece of its ring ("ttcbth(@quangngai.gov.vn",
// "thongtinchinhphu(@)chinhphu.vn": real scans of four sets) reads as printed, in the page's words
// and in a signature box read again alone; anything else holding an "@" or a bracket stays.
import { describe, expect, it } from 'vitest';
import { emailAtSigns } from '../../../pipeline/ocr/email-at.js';
import { ocrPreparedPage } from '../../../pipeline/ocr/page.js';
import { readBoxAgain } from '../../../pipeline/ocr/signature-box-text.js';
import type { OcrWord } from '../../../pipeline/ocr/types.js';
import { line } from '../../helpers/ocr-words.js';
import { pageScript, preparedGlyphPage } from '../../helpers/scripted-engine.js';

const WIDTH = 2400;
const HEIGHT = 3400;

describe('emailAtSigns', () => {
  it.each([
    ['both halves of the ring', 'thongtinchinhphu(@)chinhphu.vn', 'thongtinchinhphu@chinhphu.vn'],
    ['the ring opened before', 'ttcbth(@quangngai.gov.vn', 'ttcbth@quangngai.gov.vn'],
    ['the ring closed after', 'ttcbth@)quangngai.gov.vn', 'ttcbth@quangngai.gov.vn'],
    ['a colon after', 'sontv.hdg@:vnpt.vn', 'sontv.hdg@vnpt.vn'],
    ['square brackets, the address ending a clause', 'vietnt.hdg[@]vnpt.vn;', 'vietnt.hdg@vnpt.vn;'],
    ['an address read right stays', 'ttcbth@quangngai.gov.vn', 'ttcbth@quangngai.gov.vn'],
    ['a lone ring stays', '(@)', '(@)'],
    ['no name before it', '(@)chinhphu.vn', '(@)chinhphu.vn'],
    ['no domain after it (no dot)', 'abc(@)def', 'abc(@)def'],
    ['a bracket with no "@" stays', 'TMĐT(2025).', 'TMĐT(2025).'],
    ['a word without either stays', 'Hà', 'Hà'],
  ])('%s', (_name, read, text) => {
    const [word] = emailAtSigns(line(read, 0, 0, '1.1.1'));
    expect(word!.text).toBe(text);
  });

  it('keeps each word\'s box and the words it did not change as they were', () => {
    const words = line('email: ttcbth(@quangngai.gov.vn', 100, 200, '1.1.1');
    const out = emailAtSigns(words);
    expect(out[0]).toBe(words[0]);
    expect({ ...out[1], text: words[1]!.text }).toEqual(words[1]);
  });
});



describe('an address in the page\'s reading', () => {
  it('the page text gives the address as printed', async () => {
    const words: OcrWord[] = [
      ...line('Viễn thông Hải Dương rất mong nhận được ý kiến chỉ đạo', 300, 1800, '1.1.1'),
      ...line('Giám đốc TT CNTT, điện thoại: 0915151831, email: vietnt.hdg(@vnpt.vn', 300, 1860, '1.1.2'),
    ];
    const out = await ocrPreparedPage(pageScript({ width: WIDTH, height: HEIGHT, words, unread: [] }, []), await preparedGlyphPage(WIDTH, HEIGHT), { page: 2, header: false });
    expect(out.text).toContain('email: vietnt.hdg@vnpt.vn');
    expect(out.text).not.toContain('(@');
  });

  it('a signature box read again alone gives its address as printed', async () => {
    // The box as the page read it: small print split and garbled, so it is read again.
    const box = [...line('Ký bởi: Trung tâm Cô ng báo', 2000, 20, '1.1.1'), ...line('Email: Š ttcbth@quangngai', 2000, 70, '2.1.1')];
    const crop = [
      ...line('Ký bởi: Trung tâm Công báo', 40, 30, '1.1.1'),
      ...line('Email: ttcbth(@)quangngai.gov.vn', 40, 110, '1.1.2'),
    ];
    const text = await readBoxAgain(pageScript({ width: 0, height: 0, words: [] }, [{ width: 0, height: 0, words: crop }]), await preparedGlyphPage(WIDTH, HEIGHT), box);
    expect(text).toBe('Ký bởi: Trung tâm Công báo\nEmail: ttcbth@quangngai.gov.vn');
  });
});
