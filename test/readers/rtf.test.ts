// The RTF reader on hand-written RTF: the answer is known by construction.
import { describe, expect, it } from 'vitest';
import { CELL_MARK } from '../../pipeline/readers/doc.js';
import { rtfText } from '../../pipeline/readers/rtf.js';
import { readAs } from './helpers.js';

const HEAD = String.raw`{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fnil\fcharset0{\*\panose 02020603050405020304}.VnTime;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}{\info{\title Ghi chu}{\author A}}`;
const rtf = (body: string) => `${HEAD}${body}}`;

describe('rtfText', () => {
  it.each([
    ['Unicode escapes, their fallback characters dropped', String.raw`\f0 K\u7870?HO\u7840?CH\par`, 'KẾHOẠCH\n'],
    ['\\uc2: two fallback characters dropped', '\\uc2' + String.raw`\f0 Vi\u7879\'3f?t\par`, 'Việt\n'],
    ['code-page bytes in Windows-1258 (combining tone marks composed)', String.raw`\f0 Qua\'d2ng Nga\'dei \'e3n\par`, 'Quảng Ngãi ăn\n'],
    ['a run in a TCVN3 font converted', String.raw`\f1 Th\'abng b\'b8o\f0  ok\par`, 'Thông báo ok\n'],
    ['escaped braces and backslash, tab, non-breaking space', String.raw`\f0 a\{b\}c\\d\tab e\~f\par`, 'a{b}c\\d\te\u00a0f\n'],
    ['skipped destinations: header, footnote, \* groups, pictures', String.raw`{\header H}{\footnote F}{\*\generator G}{\pict 0102}\f0 Text\par`, 'Text\n'],
    ['a table row: cells closed by marks, the row end after the last one', String.raw`\trowd\cellx100\cellx200\intbl A\cell B\cell\row\f0 After\par`, `A${CELL_MARK}B${CELL_MARK}\nAfter\n`],
    ['a field: its result kept, its instruction dropped', String.raw`{\field{\*\fldinst PAGE}{\fldrslt 4}}\par`, '4\n'],
    ['\\plain resets the font: a run after it is not read in the legacy font before it', String.raw`\f1 Th\'abng\plain  b\'e1o\par`, 'Thông báo\n'],
    ['a field inside a header: its result skipped with the header', String.raw`{\headerr {\field{\*\fldinst PAGE}{\fldrslt 2}}\par}\f0 Body\par`, 'Body\n'],
  ])('%s', (_name, body, expected) => {
    expect(rtfText(rtf(body)).body).toBe(expected);
  });

  // Word writes Vietnamese letters outside Windows-1252 as bytes of the run's font charset:
  // "Times New Roman CE" (\fcharset238, Windows-1250) holds ă (E3) and đ (F0), where 1252 has ã and ð.
  const CHARSETS = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f52\froman\fcharset238\fprq2 Times New Roman CE;}{\f60\froman\fcharset163 Times New Roman (Vietnamese);}{\f61\froman\fcharset204 Times New Roman Cyr;}}`;
  it.each([
    ['Central European (238 → 1250): ă and đ', String.raw`{\f52 N\'c3M n\'e3m \'f0\'e2y}{ PH\'d2NG}\par`, 'NĂM năm đây PHÒNG\n'],
    ['Vietnamese (163 → 1258): ơ and a combining acute', String.raw`{\f60 Th\'f5\'ecng}\par`, 'Th\u1edbng\n'],
    ['Cyrillic (204 → 1251)', String.raw`{\f61 \'c4\'e0}\par`, 'Да\n'],
    ['charset 0 defers to \\ansicpg (1252)', String.raw`{\f0 caf\'e9}\par`, 'café\n'],
    ['a run in an unlisted font defers to \\ansicpg', String.raw`{\f9 caf\'e9}\par`, 'café\n'],
  ])('code-page bytes by font charset: %s', (_name, body, expected) => {
    expect(rtfText(`${CHARSETS}${body}}`).body).toBe(expected);
  });

  it('reports the legacy encodings its runs were converted from', () => {
    expect(rtfText(rtf(String.raw`\f1 Th\'abng\par`)).legacy).toEqual(['tcvn3']);
    expect(rtfText(rtf(String.raw`\f0 Plain\par`)).legacy).toEqual([]);
  });

  it.each([
    ['unbalanced closing braces', '}}}{\\rtf1 a}}}'],
    ['groups never closed', `{\\rtf1 ${'{'.repeat(10_000)}x`],
    ['a control word cut off at the end', '{\\rtf1 a\\'],
    ['a hex escape cut off', "{\\rtf1 a\\'4"],
  ])('bad input: %s ends without throwing', (_name, source) => {
    expect(() => rtfText(source)).not.toThrow();
  });

  // How its time grows with the size: `npm run bench -- scaling --only rtfText`.
  it('reads every paragraph of a 1 MB RTF', () => {
    const body = String.raw`\f0 Nội dung c\u7911?a k\u7871? ho\u7841?ch\par `.repeat(20_000);
    expect(rtfText(rtf(body)).body).toBe('Nội dung của kế hoạch\n'.repeat(20_000));
  });
});

describe('RTF through the read stage', () => {
  it('a header table and paragraphs come out as a Word document reads', async () => {
    const body = String.raw`\trowd\cellx4000\cellx9000\intbl\f0 \u7910?Y BAN NH\u194?N D\u194?N\par X\u195? \u272?\u7890?NG T\u194?M\cell C\u7896?NG H\u210?A X\u195? H\u7896?I CH\u7910? NGH\u296?A VI\u7878?T NAM\cell\row\f0 K\u7870? HO\u7840?CH\par`;
    const { read, codes } = await readAs('plan.rtf', Buffer.from(rtf(body), 'latin1'));
    expect(codes).toEqual([]);
    expect(read!.format).toBe('rtf');
    expect(read!.text.split('\n\n')).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐỒNG TÂM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'KẾ HOẠCH']);
  });
});
