import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const BODY = 'Trên đây là Kế hoạch công tác thi đua khen thưởng năm 2018, đề nghị các đơn vị thực hiện./.\n\n';
const RECIPIENTS = 'Nơi nhận:\n- UBND thành phố;\n- Lưu: VT, NV.\n\n';

function signer(text: string) {
  const ctx = testContext();
  const value = extractSigner(text, ctx);
  return { value, codes: ctx.codes(), text };
}

describe('extractSigner', () => {
  it.each([
    ['TM. HỘI ĐỒNG\nCHỦ TỊCH\n\n\n\nCHỦ TỊCH UBND PHƯỜNG\nLương Hồng Điệp', 'Lương Hồng Điệp', 'CHỦ TỊCH UBND PHƯỜNG', 'TM.'],
    ['TM. HỘI ĐỒNG\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nPHÓ CHỦ TỊCH UBND QUẬN\nĐinh Thị Thu Hương', 'Đinh Thị Thu Hương', 'PHÓ CHỦ TỊCH UBND QUẬN', 'KT.'],
    ['ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTạ Nam Chiến', 'Tạ Nam Chiến', 'CHỦ TỊCH', null],
    ['TM. HỘI ĐỒNG TĐKT\n\nCHỦ TỊCH\n(đã ký)\nCHỦ TỊCH UBND THỊ XÃ\nNguyễn Đức Hóa', 'Nguyễn Đức Hóa', 'CHỦ TỊCH UBND THỊ XÃ', 'TM.'],
    ['TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nTrần Văn Bình', 'Trần Văn Bình', 'CHÁNH VĂN PHÒNG', 'TL.'],
    ['TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\nPhạm Thị Lan', 'Phạm Thị Lan', 'GIÁM ĐỐC SỞ NỘI VỤ', 'TUQ.'],
    ['Q. CHỦ TỊCH\n\nHoàng Minh Tuấn', 'Hoàng Minh Tuấn', 'CHỦ TỊCH', 'Q.'],
    ['T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVũ Hồng Khanh', 'Vũ Hồng Khanh', 'CHỦ TỊCH', 'TM.'],
    // The head of government signs as "THỦ TƯỚNG", a committee's head as "CHỦ NHIỆM".
    ['THỦ TƯỚNG\nPhạm Minh Chính', 'Phạm Minh Chính', 'THỦ TƯỚNG', null],
    ['TM. ỦY BAN\nCHỦ NHIỆM\n\nLê Văn Hùng', 'Lê Văn Hùng', 'CHỦ NHIỆM', 'TM.'],
    ['TM.ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký)\nTrần Tuấn Anh', 'Trần Tuấn Anh', 'PHÓ CHỦ TỊCH', 'KT.'],
    // The head of the Government Inspectorate; a web copy's "– Đã ký" after the name.
    ['TỔNG THANH TRA\nTrần Văn Truyền – Đã ký', 'Trần Văn Truyền', 'TỔNG THANH TRA', null],
    ['TỔNG KIỂM TOÁN\n\nNgô Văn Tuấn (đã ký)', 'Ngô Văn Tuấn', 'TỔNG KIỂM TOÁN', null],
  ])('block %#', (block, name, title, authority) => {
    expect(signer(BODY + RECIPIENTS + block).value).toMatchObject({ name, title, authority });
    // The signature may also stand before the recipients.
    expect(signer(BODY + block + '\n\n' + RECIPIENTS).value).toMatchObject({ name, title, authority });
  });

  it.each([
    // A joint resolution: three bodies sign side by side, the lead body (first in the header) on the right.
    [
      'TM. ĐOÀN CHỦ TỊCH UB TW MẶT TRẬN TỔ QUỐC VIỆT NAM\nCHỦ TỊCH\n\nĐỗ Văn Chiến\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\nTrần Thanh Mẫn',
      'Trần Thanh Mẫn',
    ],
    ['KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn Hùng\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Thị Mai', 'Lê Thị Mai'],
    // A second block without an authority line (a drafter, a countersignature) is not a joint signer.
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n\nNGƯỜI LẬP\nChuyên viên\n\nNguyễn Thị Hoa', 'Trần Văn Bình'],
    // A joint plan: a department under its own name beside the lead body's "TM." block, read left then right.
    ['PHÒNG GD&ĐT QUẬN\nTRƯỞNG PHÒNG\n\nNguyễn Lâm\n\nTM. BAN THƯỜNG VỤ QUẬN ĐOÀN\nBÍ THƯ\n\nHoàng Trân Châu', 'Hoàng Trân Châu'],
    // After a signer under its body's name, a copy's "TL." block is no joint signer.
    ['ỦY BAN NHÂN DÂN XÃ\nCHỦ TỊCH\n\nTrần Văn Bình\n\nTL. CHỦ TỊCH\nCÔNG CHỨC VĂN PHÒNG\n\nNguyễn Thị Hoa', 'Trần Văn Bình'],
  ])('joint signature blocks %#: the lead (rightmost) signer', (blocks, name) => {
    expect(signer(BODY + blocks + '\n\n' + RECIPIENTS).value.name).toBe(name);
  });

  it('reads the scan where OCR glued the title to "Nơi nhận" and the list sits inside the block (hand-restored)', () => {
    const text =
      BODY +
      'I\n\n.1\'\n\nTM. HỘI ĐỒNG\nCHỦ TỊCHNơi nhận:\n\n- Ban TĐ-KT Thành phố;\n- TT Quận ủy, HĐND, UBND Quận;\n- Các phòng, ban, ngành, đoàn thể, đơn vị\nthuộc Quận ủy, UBND quận;\n- Lưu: VT, NV. (03)\n\nCHỦ TỊCH UBND QUẬN\nNguyễn Mạnh Hà\n UBND QUẬN LONG BIÊN';
    const { value } = signer(text);
    expect(value).toMatchObject({ name: 'Nguyễn Mạnh Hà', title: 'CHỦ TỊCH UBND QUẬN', authority: 'TM.' });
    expect(text.slice(value.span!.start, value.span!.end)).toMatch(/^TM\. HỘI ĐỒNG[\s\S]*Nguyễn Mạnh Hà$/);
  });

  it('reads the stripped scan too', () => {
    const text = BODY + 'TM. HOI DONG\nCHU TICHNoi nhan:\n\n- Ban TD-KT Thanh pho;\n- Liru: VT, NV. (03)\n\nCHU TICH UBND QUAN\nNguyen Manh Ha\n';
    expect(signer(text).value).toMatchObject({ name: 'Nguyen Manh Ha', title: 'CHU TICH UBND QUAN', authority: 'TM.' });
  });

  it('reads past words of the seal read between the title and the name (a scan)', () => {
    const text = BODY + RECIPIENTS + 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nGiáo\nĐÀO\nTrần Nguyễn Minh Thành';
    expect(signer(text).value).toMatchObject({ name: 'Trần Nguyễn Minh Thành', title: 'PHÓ GIÁM ĐỐC', authority: 'KT.' });
    // More than a seal's few words between them: not one block.
    const far = BODY + RECIPIENTS + 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nMột\nHai\nBốn\nNăm\nSáu\nTrần Nguyễn Minh Thành';
    expect(signer(far).value.name).toBeNull();
  });

  it('reads a two-column block (recipients left, signature right)', () => {
    const text = BODY + 'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n\n\tNguyễn Văn Hùng';
    expect(signer(text).value).toMatchObject({ name: 'Nguyễn Văn Hùng', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' });
  });

  it('reads a two-column block whose recipients wrap onto lines starting with a capital', () => {
    const text =
      BODY +
      'Nơi nhận:\tTL. CHỦ TỊCH\n- CT, PCT UBND tỉnh;\tKT. CHÁNH VĂN PHÒNG\n- Các Sở: Tài chính, Kế hoạch và Đầu tư,\tPHÓ CHÁNH VĂN PHÒNG\n' +
      'Tài nguyên và Môi trường, Xây dựng, Nội vụ, Tư pháp;\n- Thanh tra tỉnh;\n- Lưu: VT, KTTH.\tNguyễn Phước Bình';
    expect(signer(text).value).toMatchObject({ name: 'Nguyễn Phước Bình', title: 'PHÓ CHÁNH VĂN PHÒNG', authority: 'KT.' });
  });

  it.each([
    ['no signature at all', BODY + RECIPIENTS],
    ['a name in a table cell, not under a title', 'TT\tNội dung\tChủ trì\n1.\tTổng kết\tChii tich HDTDKT\nNguyễn Mạnh Hà\n'],
    ['capitals that are not a name', 'TM. HỘI ĐỒNG\nCHỦ TỊCH\nCHỦ TỊCH UBND PHƯỜNG\n'],
  ])('%s → nulls and MISSING_SIGNER', (_label, text) => {
    const { value, codes } = signer(text);
    expect(value).toEqual({ name: null, title: null, authority: null });
    expect(codes).toEqual(['MISSING_SIGNER']);
  });
});

describe('a last page numbered at its foot: the number joined to the name line', () => {
  it.each([
    // a lone title after the recipients, no authority line
    ['Nơi nhận:\n- Chủ tịch HĐND tỉnh;\n- Lưu: VT.\n(để báo cáo)\nCHÁNH VĂN PHÒNG\nNguyễn Anh Hào 2', { name: 'Nguyễn Anh Hào', title: 'CHÁNH VĂN PHÒNG', authority: null }],
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai 12', { name: 'Trần Thị Mai', title: 'PHÓ GIÁM ĐỐC', authority: 'KT.' }],
  ])('block %#', (block, expected) => {
    const { value, text } = signer(BODY + block);
    expect(value).toMatchObject(expected);
    expect(text.slice(value.span!.start, value.span!.end)).toMatch(new RegExp(`${expected.name}$`));
  });

  it('a year or a long number after a name is no page number', () => {
    expect(signer(BODY + RECIPIENTS + 'CHÁNH VĂN PHÒNG\nNguyễn Anh Hào 2018').value.name).toBeNull();
  });
});

describe('a signature column collapsed into the recipients', () => {
  it.each([
    // the title after a recipient's ";" (one space where the column gap was)
    ['Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT, TCBC.\n\n\nNguyễn Đức Vũ', { name: 'Nguyễn Đức Vũ', title: 'PHÓ GIÁM ĐỐC', authority: 'KT.' }],
    ['Nơi nhận:\tTL. CHỦ TỊCH\n- Như trên;\tKT. CHÁNH VĂN PHÒNG\n- Bộ Tài chính (b/cáo); PHÓ CHÁNH VĂN PHÒNG\n- Lưu: VT.\nPhùng Văn Long', { name: 'Phùng Văn Long', title: 'PHÓ CHÁNH VĂN PHÒNG', authority: 'KT.' }],
    // the authority alone on its line, the office on the next
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT.\nTRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nNguyễn Tấn Lợi', { name: 'Nguyễn Tấn Lợi', title: 'PHÓ TRƯỞNG THUẾ TỈNH', authority: 'KT.' }],
    // the office signed for wrapped onto the deputy's title line
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ\nVỀ HQ PHÓ TRƯỞNG BAN\nNguyễn Bắc Hải', { name: 'Nguyễn Bắc Hải', title: 'PHÓ TRƯỞNG BAN', authority: 'KT.' }],
    // the drafter's filing mark joined to the deputy's title line
    ['Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- Lưu: VT, VP2, VP7.\nLQ_VP7_QS.2024 PHÓ CHỦ TỊCH\n\n\nTống Quang Thìn', { name: 'Tống Quang Thìn', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' }],
    ['Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- Lưu: VT, VP3.\nLNT_VP3_KH12 PHÓ CHỦ TỊCH\nTrần Song Tùng', { name: 'Trần Song Tùng', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' }],
    // the name joined to a recipient's line further down
    ['Nơi nhận: KT. CHỦ TỊCH\n- Như Điều 3; PHÓ CHỦ TỊCH\n- Bộ Công an;\n- Các sở, ban, ngành; Nguyễn Cao Sơn\n- UBND các huyện, thành phố;\n- Lưu: VT, VP4.', { name: 'Nguyễn Cao Sơn', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' }],
    // … or to the name line
    ['Nơi nhận: TM. UỶ BAN NHÂN DÂN\n- Bộ Văn hóa, Thể thao và Du lịch; KT. CHỦ TỊCH\n- Thường trực Tỉnh ủy (B/c); PHÓ CHỦ TỊCH\n- Lưu: VT, VP6,2,3,4,5.\nTN_VP6_30.KH Tống Quang Thìn', { name: 'Tống Quang Thìn', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' }],
  ])('block %#', (block, expected) => {
    expect(signer(BODY + block).value).toMatchObject(expected);
  });

  it.each([
    // capitals after a recipient that name no title stay with the recipient
    ['Nơi nhận:\n- Như trên; UBND TỈNH\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Tám', { name: 'Lê Văn Tám', title: 'GIÁM ĐỐC', authority: null }],
    // a recipient's own words in title case after a ";" are not a name
    ['Nơi nhận:\n- Như trên; Sở Tài Chính\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Tám', { name: 'Lê Văn Tám', title: 'GIÁM ĐỐC', authority: null }],
    // a deputy title standing alone is kept whole
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Tám', { name: 'Lê Văn Tám', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' }],
  ])('kept as it is %#', (block, expected) => {
    expect(signer(BODY + block).value).toMatchObject(expected);
  });
});

describe('a signature block in a table printed with "|" borders', () => {
  it.each([
    // antiword: each row between "|", the name in the right column of the last row
    [
      '|Nơi nhận:                                   |GIÁM ĐỐC                       |\n|- Giám đốc;                                 |                               |\n|- Lưu: VT, P.CNTT.                          |                               |\n|                                            |Phan Quang Thao                |\n',
      { name: 'Phan Quang Thao', title: 'GIÁM ĐỐC', authority: null },
    ],
    // a markdown copy (emphasis already dropped by the normaliser): lone "|" lines, the border glued to the name
    ['|\nNơi nhận:\n- Các bộ;\n- Lưu: VT.\n|\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n|Nguyễn Văn An\n|\n', { name: 'Nguyễn Văn An', title: 'THỨ TRƯỞNG', authority: 'KT.' }],
    // a markdown row: recipients in one cell, the title lines and the name run together in the other
    [
      '| Nơi nhận: - Thủ tướng, các Phó Thủ tướng Chính phủ; - UBND các tỉnh, thành phố trực thuộc TW; - Lưu: VT, BCĐ(3b) | TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân |\n|---|---|\n',
      { name: 'Nguyễn Thiện Nhân', title: 'TRƯỞNG BAN PHÓ THỦ TƯỚNG' },
    ],
  ])('block %#', (block, expected) => {
    expect(signer(BODY + block).value).toMatchObject(expected);
  });
});

describe('signature blocks of real scans: a rank, a seal over the name, a title the seal made unreadable', () => {
  it.each([
    // an officer's rank before the name is not part of it
    ['Nơi nhận: PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH\n- Như trên;\n- Lưu PA83.\n`\nTrung tá Ngô Văn Công', { name: 'Ngô Văn Công', title: 'PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH' }],
    ['_Nơi nhận: GIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\nĐại úy Lê Thị Hoa', { name: 'Lê Thị Hoa', title: 'GIÁM ĐỐC' }],
    // the seal's ring took the name's first letters; strokes read before it
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nhạm Trường Thọ', { name: 'Phạm Trường Thọ', title: 'PHÓ CHỦ TỊCH' }],
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\ntu rần Ngọc Căng', { name: 'Trần Ngọc Căng', title: 'CHỦ TỊCH' }],
    // a recipient's note in brackets between the title and the name
    ['Nơi nhận:\n- Chủ tịch HĐND tỉnh;\n- Lưu: VT.\nCHÁNH VĂN PHÒNG\n(để báo cáo)\nNguyễn Anh Hào', { name: 'Nguyễn Anh Hào', title: 'CHÁNH VĂN PHÒNG' }],
    // the title lost under the seal: a name alone after the list's last line, no title reported
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT, P.Th.\nrần Ngọc Căng', { name: 'Trần Ngọc Căng', title: null }],
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nMSGHÍNH PHÙ\nWUYƯỚNG\nVN\nNguyễn Xuân Phúc', { name: 'Nguyễn Xuân Phúc', title: null }],
  ])('block %#', (block, expected) => {
    expect(signer(BODY + block).value).toMatchObject(expected);
  });

  it.each([
    // a first word that ends no single family name, or would need more than two letters put back
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nng Trường Thọ'],
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nn Văn Bình'],
    // a name alone that does not follow the list's last line is nobody's signature
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCác đơn vị phối hợp thực hiện.\nNguyễn Văn Bình'],
    // a rank with no name after it
    ['Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrung tá'],
  ])('no name: %s', (block) => {
    expect(signer(BODY + block).value.name).toBeNull();
  });
});

describe('two signatures side by side: the right one signs', () => {
  it.each([
    ['a biên bản: secretary left, chair right', 'Cuộc họp kết thúc lúc 16h30.\nTHƯ KÝ\tCHỦ TOẠ\nNguyễn Văn Nghĩa\tTrần Chí Tiến\nNơi nhận:\n- Lưu: VT.', { name: 'Trần Chí Tiến', title: 'CHỦ TOẠ', authority: null }],
    ['the chair\'s title lost under the seal, strokes around the name', 'Cuộc họp kết thúc lúc 16h30.\nTHƯ KÝ\t¬ mã nên Ä. z rm+É\nNguyễn Văn Nghĩa\t.._ Trân Chí Tiên cu,\nNơi nhận:\n- Lưu: VT, VP.', { name: 'Trân Chí Tiên', title: null, authority: null }],
    ['a joint plan, each column under its authority', 'Kết thúc.\nTM. BAN THƯỜNG TRỰC\tTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\tCHỦ TỊCH\nNguyễn Văn An\tTrần Văn Bình\n', { name: 'Trần Văn Bình', title: 'CHỦ TỊCH', authority: 'TM.' }],
  ])('%s', (_name, text, expected) => {
    expect(signer(text).value).toMatchObject(expected);
  });

  it.each([
    ['two names in a table with no title above', 'Danh sách:\nHọ tên\tĐơn vị\nNguyễn Văn An\tTrần Văn Bình\nKết thúc.'],
    ['a name with a year after it', 'Danh sách:\nHọ tên\tĐơn vị\nNguyễn Văn An\tTrần Văn Bình 2024\nKết thúc.'],
  ])('no signer: %s', (_name, text) => {
    expect(signer(text).value.name).toBeNull();
  });
});

describe('two signatures side by side, their column gap collapsed to one space', () => {
  const joint = (names: string) =>
    `Tổ chức thực hiện./.\nKT. BỘ TRƯỞNG KT. BỘ TRƯỞNG\nBỘ QUỐC PHÒNG BỘ CÔNG AN\nTHỨ TRƯỞNG THỨ TRƯỞNG\n\n\n${names}\n`;

  it('two officers under the same title twice: the right one signs, his rank no part of the name', () => {
    expect(signer(joint('Thượng tướng Nguyễn Văn Gấu Thượng tướng Nguyễn Văn Long')).value).toMatchObject({ name: 'Nguyễn Văn Long', title: 'THỨ TRƯỞNG', authority: 'KT.' });
  });

  it.each([
    // One ranked officer alone: no pair to split.
    ['Thượng tướng Nguyễn Văn Long', 'Nguyễn Văn Long'],
  ])('%s → %s', (names, name) => {
    expect(signer(joint(names)).value.name).toBe(name);
  });

  it.each([
    // A title line that only repeats a word is no doubled title ("CHỦ TỊCH" is not "CHỦ" twice).
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An', 'Nguyễn Văn An', 'CHỦ TỊCH'],
    // Capitals doubled that name no office stay one line.
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nSỞ Y TẾ SỞ Y TẾ\nNguyễn Văn An', 'Nguyễn Văn An', 'SỞ Y TẾ SỞ Y TẾ'],
  ])('unchanged: %s', (text, name, title) => {
    expect(signer(text).value).toMatchObject({ name, title });
  });
});

describe('a recipient line is no name with strokes around it', () => {
  it('"- Các Phó Giám đốc;" beside the signature column', () => {
    const text = 'Nội dung.\n|Nơi nhận:\t|GIÁM ĐỐC\n|- Giám đốc;\t|\n|- Các Phó Giám đốc;\t|\n|- Lưu: VT, P.CNTT.\t|\n|\t|Phan Quang Thao\n';
    expect(signer(text).value.name).toBe('Phan Quang Thao');
  });
});
