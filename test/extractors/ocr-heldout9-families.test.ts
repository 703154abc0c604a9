// Families of other engines' OCR text of letters (ocr-text-heldout9): a recipients' list whose dashes
// an engine read as tildes, a viewer's address after the signer's name, a family name whose first
// letter the page's edge took, an L read as I, an unmarked name whose syllables fold like a title, a
// social insurance office as the issuer, and a handwritten serial's scraps no number reading takes.
// Each with the typed or plain case it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { withLReadAsI } from '../../extractors/closing/l-read-as-i.js';
import { LEADING_DASH } from '../../extractors/closing/list-dash.js';
import { looksLikeReadName, nameAsEngineRead } from '../../extractors/ocr-repairs/ocr-signer-name.js';
import { extractRecipients } from '../../extractors/closing/recipients.js';
import { extractSigner } from '../../extractors/closing/signer.js';
import { isPersonName } from '../../extractors/closing/person-name.js';
import { withoutTrailingAddress } from '../../extractors/closing/url-tail.js';
import type { Cell } from '../../extractors/shared/layout.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

describe('a recipients list whose dashes an engine read as tildes', () => {
  const tail = (list: string[]) => ['Cục Hải quan tỉnh Bình Dương trả lời cho công ty được biết và thực hiện.', '', 'Nơi nhận:        KT. CỤC TRƯỞNG', ...list, '', 'Nguyễn Thanh Bình', ''].join('\n');

  it('the tilde opens an item', () => {
    expect(LEADING_DASH.test('~ Như trên;')).toBe(true);
    expect(extractRecipients(tail(['~ Như trên;         PHÓ CỤC TRƯỞNG', '~ Lưu: VT, GSQL (2b).']), testContext())).toEqual(['Như trên', 'Lưu: VT, GSQL (2b).']);
  });

  it("the list's filing line under tildes leads to the name below it", () => {
    expect(extractSigner(tail(['~ Như trên;         PHÓ CỤC TRƯỞNG', '~ Lưu: VT, GSQL (2b). ~']), testContext()).name).toBe('Nguyễn Thanh Bình');
  });

  it('a line of prose between the list and the name still stands between them', () => {
    const text = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'Đề nghị các đơn vị thực hiện nghiêm túc nội dung trên', '', 'Nguyễn Thanh Bình', ''].join('\n');
    expect(extractSigner(text, testContext()).name).toBeNull();
  });
});

describe("a viewer's address read after the text of a line", () => {
  const cell = (text: string): Cell => ({ text, folded: foldVietnamese(text), start: 100, end: 100 + text.length, line: 7, column: 0 }) as Cell;

  it('is cut off after a long run of white space too, the spaces with it', () => {
    expect(withoutTrailingAddress(cell(`Nguyễn Thanh Bình${'\u00a0 '.repeat(20000)}https://x.vn/a.pdf`)).text).toBe('Nguyễn Thanh Bình');
  });

  it('is cut off the name', () => {
    const out = withoutTrailingAddress(cell('Nguyễn Thanh Bình file:///var/mobile/Containers/Data/Application/45D36...'));
    expect(out.text).toBe('Nguyễn Thanh Bình');
    expect(out.end).toBe(100 + 'Nguyễn Thanh Bình'.length);
  });

  it.each([
    ['a line with no address', 'Nguyễn Thanh Bình'],
    ['a line that is the address alone', 'https://thuvienphapluat.vn/van-ban/abc'],
    ['a colon that opens no address', 'Nơi nhận: Sở Tư pháp'],
    ['an address inside the line, text after it', 'Xem tại https://example.vn/a rồi gửi lại'],
    ['an address glued to the text, no space before it', 'Bìnhfile:///var/a'],
  ])('%s stays whole', (_how, text) => {
    expect(withoutTrailingAddress(cell(text)).text).toBe(text);
  });
});

describe("a family name whose first letter the page's edge took", () => {
  it('an engine line of small letters ending one family name, before two capitalised words, is a name', () => {
    expect(looksLikeReadName('guyén Thanh Bình')).toBe(true);
    expect(nameAsEngineRead('huyện Thanh Bình', 'huyện Thanh Bình', 'guyén Thanh Bình')).toEqual({ kind: 'name', name: 'Nguyễn Thanh Bình' });
  });

  it.each([
    ['two words only', 'guyén Bình'],
    ['a word ending no family name', 'huyện Thanh Bình'],
    ['a sentence in small letters', 'guyén tắc thực hiện'],
  ])('%s: no name', (_how, read) => {
    expect(looksLikeReadName(read)).toBe(false);
  });
});

describe('an L an engine read as I in a family name', () => {
  it.each([
    ['Iê Đức Luận', 'Lê Đức Luận'],
    ['Iâm Văn Hòa', 'Lâm Văn Hòa'],
    ['Iương Thị Mai', 'Lương Thị Mai'],
  ])('%s is %s', (read, name) => {
    expect(withLReadAsI(read)).toBe(name);
  });

  it.each([['Lê Đức Luận'], ['Ia Văn Nam'], ['IÊ ĐỨC LUẬN'], ['Ikeda Taro']])('%s stays as read', (name) => {
    expect(withLReadAsI(name)).toBe(name);
  });
});

describe('an unmarked name whose syllables fold like a title or a unit', () => {
  it.each([['Tran Quan'], ['Truong Minh Tuan'], ['Nguyen Thi Huyen']])('%s is a name', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(true);
  });

  it.each([['TRUONG PHONG'], ['Chu Tich'], ['Pho Truong Ban'], ['Quan Hoan Kiem']])('%s is none', (text) => {
    expect(isPersonName(text, foldVietnamese(text))).toBe(false);
  });
});

describe('a social insurance office as the issuer', () => {
  const header = (issuerLines: string[], dateLine: string, body = '') =>
    extractHeader(
      [`${issuerLines[0]}        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `${issuerLines[1] ?? ''}        Độc lập - Tự do - Hạnh phúc`, `Số: 12/BHXH-BT        ${dateLine}`, 'V/v thủ tục tham gia bảo hiểm xã hội', '', 'Kính gửi: Công ty A', body].join('\n'),
      testContext(),
      noSigner,
    ).issuer;

  it('national when named for the country', () => {
    expect(header(['BẢO HIỂM XÃ HỘI VIỆT NAM'], 'Hà Nội, ngày 17 tháng 10 năm 2019')).toMatchObject({ level: 'central' });
  });

  it("a province's office with its unit word", () => {
    expect(header(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG'], 'Bình Dương, ngày 5 tháng 12 năm 2014')).toMatchObject({ level: 'province', locality: 'Bình Dương' });
  });

  it('a district office named bare, its district named in the text', () => {
    const issuer = header(['BẢO HIỂM XÃ HỘI HƯNG YÊN', 'BẢO HIỂM XÃ HỘI YÊN MỸ'], 'Yên Mỹ, ngày 20 tháng 10 năm 2016', 'Bảo hiểm xã hội huyện Yên Mỹ có ý kiến như sau:');
    expect(issuer).toMatchObject({ level: 'district', locality: 'Yên Mỹ', name: 'Bảo hiểm xã hội huyện Yên Mỹ' });
  });

  it('an office named bare for a place the text does not name has no level', () => {
    expect(header(['BẢO HIỂM XÃ HỘI HƯNG YÊN', 'BẢO HIỂM XÃ HỘI KHOÁI CHÂU'], 'Hưng Yên, ngày 20 tháng 10 năm 2016').level).not.toBe('district');
  });
});

describe("a handwritten serial's scraps that no number reading takes", () => {
  const letter = (numberLine: string, ocr: boolean) => {
    const ctx = testContext();
    const doc = extractHeader(
      ['BỘ LAO ĐỘNG - THƯƠNG BINH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VÀ XÃ HỘI        Độc lập - Tự do - Hạnh phúc', 'CỤC VIỆC LÀM', `${numberLine} Hà Nội, ngày 28 tháng 01 năm 2019`, 'V/v cấp giấy phép lao động', '', 'Kính gửi: Công ty A'].join('\n'),
      ctx,
      noSigner,
      undefined,
      ocr,
    );
    return { doc, codes: ctx.codes() };
  };

  it('OCR: the printed symbol after them is kept, the serial blank and reported', () => {
    const { doc, codes } = letter('Số: Z#_/CVL-QLLĐ', true);
    expect(doc.symbol).toBe('CVL-QLLĐ');
    expect(doc.number).toBeNull();
    expect(codes).toContain('OCR_ILLEGIBLE');
  });

  it('typed text reads no number from scraps', () => {
    expect(letter('Số: Z#_/CVL-QLLĐ', false).doc.symbol).toBeNull();
  });
});
