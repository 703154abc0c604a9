// A chapter's name under "Chương I" ("QUY ĐỊNH CHUNG", "KẾ HOẠCH THỰC HIỆN") names the chapter,
// never the document's type: a document whose own type heading OCR garbled keeps the type its
// number says.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function typeOf(heading: string, chapter: string, chapterName: string): string | null {
  const text = [
    'BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 05/2024/TT-BNV Hà Nội, ngày 10 tháng 5 năm 2024',
    '',
    heading,
    'Hướng dẫn công tác thi đua, khen thưởng',
    '',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    '',
    // Centred as a text layer lays them out.
    `${' '.repeat(34)}${chapter}`,
    `${' '.repeat(28)}${chapterName}`,
    '     Điều 1. Phạm vi điều chỉnh',
  ].join('\n');
  return extractHeader(text, testContext(), noSigner).type;
}

describe('the line under a chapter heading', () => {
  it.each([
    ['THÔNG Tư ư', 'Chương I', 'QUY ĐỊNH CHUNG'],
    ['THÔNG T ư', 'CHƯƠNG 1', 'QUY ĐỊNH CHUNG'],
    ['THONG T11', 'Chương II', 'KẾ HOẠCH THỰC HIỆN'],
    ['TH0NG TU', 'Phần thứ nhất', 'QUY CHẾ CHUNG'],
  ])('under %j: %j then %j is no type heading', (heading, chapter, name) => {
    expect(typeOf(heading, chapter, name)).toBe('Thông tư');
  });

  it('a type heading in its place still gives the type', () => {
    expect(typeOf('QUY ĐỊNH', 'Chương I', 'QUY ĐỊNH CHUNG')).toBe('Quy định');
  });
});
