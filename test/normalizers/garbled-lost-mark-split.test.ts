// Two words a garbling engine ran together that read as one strained syllable: a lost-letter mark that
// closed the first word ("V@tang" = Về tăng, not "Voảng") and a misread word run into a capitalised one
// ("dOcSa" = đốc Sở, not "đoàn"). The lines are written for these tests in the manner of the "6,2,0,77"
// engine's layers (marks stripped, "~" and "@" for lost letters, capitals for marked vowels).
import { beforeAll, describe, expect, it } from 'vitest';
import { misreadThenCapitalisedSplit } from '../../normalizers/diacritics/glued-words.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { lostMarkClosesWord } from '../../normalizers/diacritics/speck-words.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

const SYLLABLES = new Set(['tang', 'cuong', 'nam', 'u', 'hi', 't', 'my', 'ti']);
const syllable = (t: string) => SYLLABLES.has(t.toLowerCase());
const WORDS = new Set(['v@', 'v~', 'hi~u', 'vi~t', 'hi@', 'di~']);
const word = (t: string) => WORDS.has(t.toLowerCase());

describe('a lost-letter mark that closed the word before it', () => {
  it.each([
    ['V@tang', 'V', 'tang', true],
    ['v~cuong', 'v', 'cuong', true],
    // Inside a word the mark leaves a vowel ("hi~u" = hiệu) or a coda ("Vi~t") after it.
    ['hi~u', 'hi', 'u', false],
    ['Vi~t', 'Vi', 't', false],
    // Not a syllable after it, or no word before it with the mark: no cut.
    ['V@tnam', 'V', 'tnam', false],
    ['xy@tang', 'xy', 'tang', false],
    // Two letters after the mark are as often the rest of the word: a coda and the next word glued ("hi@my" =
    // hiểm y), a misread ending ("Di~ti" = Điều), review 12 G1.
    ['hi@my', 'hi', 'my', false],
    ['Di~ti', 'Di', 'ti', false],
    // Another speck is no lost letter.
    ["v'tang", 'v', 'tang', false],
  ])('%s: %s', (joined, left, right, closes) => {
    expect(lostMarkClosesWord(joined, left, right, syllable, word)).toBe(closes);
  });
});

describe('a misread word run into a capitalised one', () => {
  const COSTS: Record<string, number> = { dOcSa: 4.4, dOc: 0.3, Sa: 0, dQngTinh: Infinity, dQng: 0.3, Tinh: 0, hOaS: 1 };
  const cost = (t: string) => COSTS[t] ?? Infinity;
  it.each([
    ['dOcSa', 3],
    // The whole reads cheaply as one word: kept.
    ['hOaS', -1],
    // A small-letter head is caseSplit's; a capitalised tail must follow the misread head.
    ['chinhNhd', -1],
    ['dOcsa', -1],
  ])('%s cut at %i', (text, at) => {
    expect(misreadThenCapitalisedSplit(text, cost)).toBe(at);
  });

  it('leaves a word with Vietnamese marks', () => {
    expect(misreadThenCapitalisedSplit('đOcSa', () => 0)).toBe(-1);
  });
});

describe('in a layer', () => {
  const layer = [
    'CQNG HOA XA HQI CHU NGHiA VI~T NAM',
    'Dc Ip - Tir do - Hnh phiic',
    'Thuc hi~n Chi thi s6 05-CT/TW "V@tang cuong cong tac ki~m tra cua Dang',
    'd6i voi t6 chuc co sa dang; Ban Giam dOcSa Tu phap chi dao vi~c tri~n khai.',
    'Noi nh~n: Ban Giam dOcSa; Van phong Uy ban nhan dan tinh.',
  ];
  it.each([
    [2, 'Chỉ thị số 05-CT/TW "Về tăng cường công tác kiểm tra'],
    [3, 'Ban Giám đốc Sở Tư pháp chỉ đạo'],
    [4, 'Nơi nhận: Ban Giám đốc Sở;'],
  ])('line %i reads %s', (line, text) => {
    expect(restorer.restore(layer.join('\n')).text.split('\n')[line]).toContain(text);
  });

  it('keeps a mark inside a word', () => {
    expect(restorer.restore(layer.join('\n')).text.split('\n')[0]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});
