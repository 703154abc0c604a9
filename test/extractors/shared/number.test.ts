import { describe, expect, it } from 'vitest';
import { readNumberLine } from '../../../extractors/header/header-zone.js';
import { canonicalSymbolPart, parsePlanNumber, readPlanNumber, numberKey } from '../../../extractors/shared/number.js';

describe('parsePlanNumber', () => {
  it.each([
    ['51 /KH-HĐTĐKT', '51/KH-HĐTĐKT', '51', 'KH-HĐTĐKT', 'KH'],
    ['01/KH- TĐKT', '01/KH-TĐKT', '01', 'KH-TĐKT', 'KH'],
    ['29 /KH-UBND', '29/KH-UBND', '29', 'KH-UBND', 'KH'],
    ['31/2020/QĐ-UBND', '31/2020/QĐ-UBND', '31/2020', 'QĐ-UBND', 'QĐ'],
    ['121/2005/NĐ-CP', '121/2005/NĐ-CP', '121/2005', 'NĐ-CP', 'NĐ'],
    ['91 / 2017 / NĐ-CP', '91/2017/NĐ-CP', '91/2017', 'NĐ-CP', 'NĐ'],
    ['153/KH-UBND-NV', '153/KH-UBND-NV', '153', 'KH-UBND-NV', 'KH'],
    // A company's own numbering ends the symbol in a short number.
    ['01/CV-01', '01/CV-01', '01', 'CV-01', null],
    // or in its year, joined tight or after the space a joined line break left
    ['0001/TB-2016', '0001/TB-2016', '0001', 'TB-2016', 'TB'],
    ['0001/TB- 2016', '0001/TB-2016', '0001', 'TB-2016', 'TB'],
    ['34-CT/TW', '34-CT/TW', '34', 'CT/TW', 'CT'],
    ['124-KH/TU', '124-KH/TU', '124', 'KH/TU', 'KH'],
    ['01-CTr/QU', '01-CTr/QU', '01', 'CTr/QU', 'CTr'],
    ['04-CTr-TU', '04-CTr-TU', '04', 'CTr-TU', 'CTr'],
    ['09-NQ/TW', '09-NQ/TW', '09', 'NQ/TW', 'NQ'],
    ['18/CT-TTg', '18/CT-TTg', '18', 'CT-TTg', 'CT'],
    ['228/CTr-UBND', '228/CTr-UBND', '228', 'CTr-UBND', 'CTr'],
    ['12/2019/TT-BNV', '12/2019/TT-BNV', '12/2019', 'TT-BNV', 'TT'],
    ['06/2022/QH15', '06/2022/QH15', '06/2022', 'QH15', null],
    ['1234/UBND-NC', '1234/UBND-NC', '1234', 'UBND-NC', null],
    ['45/TTr-UBND', '45/TTr-UBND', '45', 'TTr-UBND', 'TTr'],
    ['7/HD-HĐTĐKT', '7/HD-HĐTĐKT', '7', 'HD-HĐTĐKT', 'HD'],
    ['02/BC-UBND;', '02/BC-UBND', '02', 'BC-UBND', 'BC'],
    // the year joined to the serial by a hyphen, kept as printed
    ['19-2017/NQ-CP', '19-2017/NQ-CP', '19-2017', 'NQ-CP', 'NQ'],
    // a serial with a small letter after its figures (the Government's 30c/NQ-CP)
    ['30c/NQ-CP', '30c/NQ-CP', '30c', 'NQ-CP', 'NQ'],
    ['12a/2014/QĐ-UBND', '12a/2014/QĐ-UBND', '12a/2014', 'QĐ-UBND', 'QĐ'],
    ['05-2009/TT-BNV', '05-2009/TT-BNV', '05-2009', 'TT-BNV', 'TT'],
    // a company's serial within the month
    ['01-10/2025/CV-TKV', '01-10/2025/CV-TKV', '01-10/2025', 'CV-TKV', null],
  ])('%s → %s', (raw, number, serial, symbol, typeCode) => {
    expect(parsePlanNumber(raw)).toMatchObject({ number, serial, symbol, typeCode });
  });

  it.each([
    ['03 /KH-HDTDKT', '03/KH-HĐTĐKT'],
    ['12/QD-UBND', '12/QĐ-UBND'],
    ['5/KH-TDKT', '5/KH-TĐKT'],
    ['8/KH-TTHDTDKT', '8/KH-TTHĐTĐKT'],
    ['77/2017/ND-CP', '77/2017/NĐ-CP'],
    ['3/CTR-UBND', '3/CTr-UBND'],
    ['10/CT-TTG', '10/CT-TTg'],
    ['2/KH-DU', '2/KH-ĐU'],
    ['14/NQ-HDND', '14/NQ-HĐND'],
  ])('restores Vietnamese letters: %s → %s', (raw, number) => {
    expect(parsePlanNumber(raw)?.number).toBe(number);
  });

  it.each([
    ['    /KH-UBND', 'KH-UBND'],
    ['…/KH-UBND', 'KH-UBND'],
    ['...../KH-HĐTĐKT', 'KH-HĐTĐKT'],
    ['/KH-HĐTĐKT', 'KH-HĐTĐKT'],
    ['___/QĐ-UBND', 'QĐ-UBND'],
  ])('a blank serial %j keeps the symbol and no number', (raw, symbol) => {
    expect(parsePlanNumber(raw)).toMatchObject({ number: null, serial: null, symbol });
  });

  it.each(['/2025/QĐ-UBND', '2016-2020', '2016-2020/', '19-17/NQ-CP', '01-10/2025', '01-10/KH-UBND', '07/4/2014', 'QUÝ I/2018', 'Tháng 01/2018', 'abc', '', '2016-XYZ/AB', '12', 'c/NQ-CP', '30cd/NQ-CP'])('%j is not a number', (raw) => {
    expect(parsePlanNumber(raw)).toBeNull();
  });

  it('reads a number at the start of running text and says where it ends', () => {
    const m = readPlanNumber('29 /KH-UBND\tBa Đình, ngày 22 tháng 01 năm 2021');
    expect(m?.value.number).toBe('29/KH-UBND');
    expect(m?.length).toBe('29 /KH-UBND'.length);
  });

  it('keeps a part written with Đ, and an unknown part, as written', () => {
    expect(canonicalSymbolPart('HĐ')).toBe('HĐ');
    expect(canonicalSymbolPart('XYZ')).toBe('XYZ');
    expect(canonicalSymbolPart('cp')).toBe('CP');
  });
});

describe('numberKey', () => {
  it.each([
    ['04-CTr-TU', '04-CTr/TU'],
    ['03/KH-HĐTĐKT', '03/kh-hdtdkt'],
    ['51 /KH-HĐTĐKT', '51/KH-HĐTĐKT'],
  ])('%s and %s are the same document', (a, b) => {
    expect(numberKey(a)).toBe(numberKey(b));
  });
  it('keeps different documents apart', () => {
    expect(numberKey('34-CT/TW')).not.toBe(numberKey('37-CT/TU'));
  });
});

describe('numbers as real copies print them', () => {
  it.each([
    ['27/NQ- TW', '27-NQ/TW', 'NQ/TW'],
    ['296\u2011QĐ/TW', '296-QĐ/TW', 'QĐ/TW'],
    ['163-CV/ĐU', '163-CV/ĐU', 'CV/ĐU'],
    ['15972/SXD-QLN& TTBĐS', '15972/SXD-QLN&TTBĐS', 'SXD-QLN&TTBĐS'],
    ['11554/VPCP-V.I', '11554/VPCP-V.I', 'VPCP-V.I'],
    ['66.2/2025/NQ-CP', '66.2/2025/NQ-CP', 'NQ-CP'],
    ['102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN', '102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN', 'NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN'],
    ['12/2024/TT-BT\u0421', '12/2024/TT-BTC', 'TT-BTC'],
    // OCR of scans: an eth for Đ, the crossed stroke read twice; a doubled T stays (TTT is a body).
    ['87/QĐÐ-UBND', '87/QĐ-UBND', 'QĐ-UBND'],
    ['1488/TTT-VP', '1488/TTT-VP', 'TTT-VP'],
    // Slashes of other kinds (OCR engines, some fonts): fraction, division, full-width.
    ['01\u20442016/TTLT-TANDTC-VKSNDTC-BTP', '01/2016/TTLT-TANDTC-VKSNDTC-BTP', 'TTLT-TANDTC-VKSNDTC-BTP'],
    ['12\u2215QĐ-UBND', '12/QĐ-UBND', 'QĐ-UBND'],
    ['35/2016\u2044TT-BTC', '35/2016/TT-BTC', 'TT-BTC'],
    ['7\uFF0FKH-UBND', '7/KH-UBND', 'KH-UBND'],
  ])('%s → %s', (printed, number, symbol) => {
    expect(parsePlanNumber(printed)).toMatchObject({ number, symbol });
  });

  it.each([
    ['... /2020/NĐ-CP', 'NĐ-CP'],
    ['… /KH-UBND', 'KH-UBND'],
  ])('a blank serial %s keeps its symbol (and drops a year printed after the blank)', (printed, symbol) => {
    expect(parsePlanNumber(printed)).toMatchObject({ number: null, serial: null, symbol });
  });

  it('a hyphen at the end of a line does not join the next line to the symbol', () => {
    expect(readPlanNumber('48/NQ-CP\n- Tập trung')?.value.number).toBe('48/NQ-CP');
  });

  it.each([
    // a span of years after the symbol is no part of it
    ['45/KH-UBND-2016-2020 giai đoạn', '45/KH-UBND'],
    ['12/KH-UBND 2016 ngày', '12/KH-UBND'],
    ['0001/TB-20160 ngày', '0001/TB'],
  ])('%s reads %s', (text, number) => {
    expect(readPlanNumber(text)?.value.number).toBe(number);
  });
});

describe('readNumberLine: a handwritten serial OCR read as strokes', () => {
  it.each([
    ["/ ?'KH-VP", 'KH-VP'],
    ["/#?'KH-VP", 'KH-VP'],
    ['4#/KH-VP', 'KH-VP'],
    ['... /STTTT-CNTT', 'STTTT-CNTT'],
  ])('%s → blank serial, symbol %s', (line, symbol) => {
    expect(readNumberLine(line)?.value).toMatchObject({ serial: null, number: null, symbol });
  });

  it('a serial with a fraction slash is printed, not illegible', () => {
    const read = readNumberLine('01\u20442016/TTLT-TANDTC-VKSNDTC-BTP');
    expect(read?.value).toMatchObject({ serial: '01/2016', number: '01/2016/TTLT-TANDTC-VKSNDTC-BTP' });
    expect(read?.illegible).toBeUndefined();
  });

  it.each([
    ['01NQ-HĐQLQ', '01/NQ-HĐQLQ', 'NQ-HĐQLQ'],
    ['6191BVT-TCKT', '6191/BVT-TCKT', 'BVT-TCKT'],
  ])('the slash lost: %s → %s', (line, number, symbol) => {
    expect(readNumberLine(line)?.value).toMatchObject({ number, symbol });
    expect(readNumberLine(line)?.length).toBe(line.length);
  });

  it.each([["12/ ?'KH-VP"], ["/ ?'kh"], ['/ ?'], ['2024 KẾ HOẠCH'], ['12ABC']])('%s → not read', (line) => {
    expect(readNumberLine(line)).toBeNull();
  });
});

describe('symbol parts OCR misreads on scans', () => {
  it.each([
    // A subscript 1 closing a provincial office's part, read as a small i or l.
    ['1378/UBND-NCi', '1378/UBND-NC1'],
    ['7954/UBND-NLl', '7954/UBND-NL1'],
    ['1297/UBND-KGVXi', '1297/UBND-KGVX1'],
    // The Prime Minister's TTg with its g read as 9.
    ['58/2015/QĐ-TT9', '58/2015/QĐ-TTg'],
  ])('%s → %s', (read, number) => {
    expect(parsePlanNumber(read)?.number).toBe(number);
  });

  it.each([
    // Official parts with small letters stay as written.
    ['01/2025/QĐ-TTg', '01/2025/QĐ-TTg'],
    ['12/CTr-UBND', '12/CTr-UBND'],
    ['293/TTr-BVHTTDL', '293/TTr-BVHTTDL'],
    // A small i after one capital is no subscript: kept.
    ['5/Ci-AB', '5/Ci-AB'],
  ])('%s stays %s', (read, number) => {
    expect(parsePlanNumber(read)?.number).toBe(number);
  });
});

describe('a Party-form serial ending with a letter', () => {
  // The separators stay as printed (numberKey folds them when plans are matched).
  it.each([
    ['36a-NQ/CP ngày 14/10/2015', '36a-NQ/CP'],
    ['15a-NQ/TW', '15a-NQ/TW'],
    ['57-NQ/TW', '57-NQ/TW'],
    ['3260-KH/ĐĐQH15', '3260-KH/ĐĐQH15'],
  ])('%s reads as %s', (text, number) => {
    expect(readPlanNumber(text)?.value).toMatchObject({ number, serial: number.split('-')[0], party: true });
  });
});

describe('a Party number with a space for its hyphen, or its serial blank', () => {
  it.each([
    ['53 KH/ĐTN', '53-KH/ĐTN', '53', 'KH/ĐTN'],
    ['45 KH/ĐTN ngày 14/01/2019', '45-KH/ĐTN', '45', 'KH/ĐTN'],
    ['... KH/ĐTN', null, null, 'KH/ĐTN'],
    ['... -TB/ĐTN', null, null, 'TB/ĐTN'],
    ['40 -TB/ĐTN', '40-TB/ĐTN', '40', 'TB/ĐTN'],
    // A signed PDF's layer without the stamped serial: nothing before the hyphen.
    ['-CTr/TU', null, null, 'CTr/TU'],
    ['         -CTr/TU', null, null, 'CTr/TU'],
  ])('%s', (text, number, serial, symbol) => {
    const read = readPlanNumber(text)!;
    expect(read.value).toMatchObject({ number, serial, symbol, party: true });
  });

  it.each([
    ['a space before TYPE-ISSUER is no Party number', '12 KH-UBND'],
    ['letters that are no type code', '12 AB/ĐTN'],
  ])('%s', (_name, text) => {
    expect(readPlanNumber(text)?.value.party ?? false).toBe(false);
  });
});

describe('a blank serial before a hyphen only in the Party form', () => {
  // Without the Party's slash after the type, no number: "-QĐ-UBND" is no blank serial.
  it.each(['-QĐ-UBND', '   -KH-UBND'])('%s', (text) => {
    expect(readPlanNumber(text)?.value.party ?? false).toBe(false);
  });
});
