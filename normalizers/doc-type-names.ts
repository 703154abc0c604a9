// The names of document types and their abbreviations (Nghị định 30/2020/NĐ-CP, Phụ lục III), plus the
// legal-document types plans cite (laws, decrees, circulars) that carry no Phụ lục III code. Here, below
// the extractors, so that a normaliser can tell a type's heading too (run-on-lines.ts).

export const DOC_TYPE_TABLE: ReadonlyArray<[name: string, code: string | null]> = [
  ['Nghị quyết liên tịch', 'NQLT'],
  ['Nghị quyết', 'NQ'],
  ['Kết luận', 'KL'],
  ['Văn bản hợp nhất', 'VBHN'],
  ['Kế hoạch hành động', 'KHHĐ'],
  ['Quyết định', 'QĐ'],
  ['Chỉ thị', 'CT'],
  ['Quy chế', 'QC'],
  ['Quy định', 'QyĐ'],
  // The charter of an association or a fund, issued with the decision that approves it.
  ['Điều lệ', null],
  // A press release: printed under this heading, without a number of its own.
  ['Thông cáo báo chí', null],
  ['Thông cáo', 'TC'],
  ['Thông báo', 'TB'],
  // Joint documents of several bodies, printed under these headings (symbol HDLN-…, CTPH-…).
  // Joint programmes are often numbered CTr-… too: the number's code wins then (typeCodeFor).
  ['Hướng dẫn liên ngành', 'HDLN'],
  ['Hướng dẫn', 'HD'],
  ['Chương trình hành động', 'CTr'],
  ['Chương trình phối hợp', 'CTPH'],
  ['Chương trình', 'CTr'],
  ['Kế hoạch liên tịch', 'KH'],
  ['Kế hoạch', 'KH'],
  ['Phương án', 'PA'],
  ['Đề án', 'ĐA'],
  ['Dự án', 'DA'],
  ['Báo cáo', 'BC'],
  ['Biên bản', 'BB'],
  ['Tờ trình', 'TTr'],
  ['Hợp đồng', 'HĐ'],
  ['Công điện', 'CĐ'],
  ['Bản ghi nhớ', 'BGN'],
  ['Bản thỏa thuận', 'BTT'],
  ['Giấy ủy quyền', 'GUQ'],
  ['Giấy mời', 'GM'],
  ['Giấy giới thiệu', 'GGT'],
  ['Giấy nghỉ phép', 'GNP'],
  // A registration a unit sends up (a youth union's pledge to keep a street, a contest's entry):
  // printed under "BẢNG ĐĂNG KÝ" or "BẢN ĐĂNG KÝ" with what is registered, no number, no Phụ lục III code.
  ['Bảng đăng ký', null],
  ['Bản đăng ký', null],
  // A licence a province or a ministry grants (mining, explosives, building): numbered …/GP-UBND, …/GP-BCT,
  // printed under "GIẤY PHÉP …" with its object, the enacting "QUYẾT ĐỊNH:" below the basis lines.
  ['Giấy phép', 'GP'],
  ['Phiếu gửi', 'PG'],
  ['Phiếu chuyển', 'PC'],
  ['Phiếu báo', 'PB'],
  // An office's routing slip that puts an incoming document before its leaders (Văn phòng UBND).
  ['Phiếu trình', 'PT'],
  // Legal documents: the code is the type part of their symbol (NĐ-CP, TT-BNV).
  ['Nghị định', 'NĐ'],
  ['Thông tư liên tịch', 'TTLT'],
  ['Thông tư', 'TT'],
  ['Bộ luật', null],
  ['Luật', null],
  ['Pháp lệnh', null],
  ['Hiến pháp', null],
  ['Công văn', null],
];
