// The bodies a header's issuer block opens with, as printed: the ministries (of the present government
// and of the ones before, which archives keep) and a province's departments. Shared by the repairs that
// find such a heading letter by letter in misread text (our own OCR's header, pipeline/ocr/header-repair.ts;
// a garbling engine's layer, diacritics/formula-lines.ts).

/** Ministries and ministry-level bodies. */
export const MINISTRY_HEADINGS: readonly string[] = [
  'BỘ QUỐC PHÒNG', 'BỘ CÔNG AN', 'BỘ NGOẠI GIAO', 'BỘ NỘI VỤ', 'BỘ TƯ PHÁP', 'BỘ TÀI CHÍNH', 'BỘ CÔNG THƯƠNG',
  'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'BỘ XÂY DỰNG', 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'BỘ KHOA HỌC VÀ CÔNG NGHỆ',
  'BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'BỘ Y TẾ', 'BỘ DÂN TỘC VÀ TÔN GIÁO', 'BỘ KẾ HOẠCH VÀ ĐẦU TƯ', 'BỘ GIAO THÔNG VẬN TẢI',
  'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
  'BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
];

/** A province's departments. */
export const DEPARTMENT_HEADINGS: readonly string[] = [
  'SỞ NỘI VỤ', 'SỞ TÀI CHÍNH', 'SỞ TƯ PHÁP', 'SỞ Y TẾ', 'SỞ XÂY DỰNG', 'SỞ CÔNG THƯƠNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ',
  'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'SỞ GIAO THÔNG VẬN TẢI', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
];
