// The offices that head a body and sign for it ("Chủ tịch", "Phó Giám đốc", "VỤ TRƯỞNG"), folded.
// One list for every reader of a signature block and of a citation's author, so that an office one
// reader knows is never missed by another.

const HEAD_OFFICES = [
  'chu tich',
  'tong giam doc',
  'giam doc',
  'thu tuong',
  'bo truong',
  'thu truong',
  'tong cuc truong',
  'cuc truong',
  'vu truong',
  'vien truong',
  'hieu truong',
  'truong ban',
  'truong phong',
  'truong khoa',
  'truong tram',
  'truong doan',
  'chanh an',
  'chanh van phong',
  'chanh thanh tra',
  'bi thu',
  'chu nhiem',
];

/** A head's office, its deputy's too ("pho giam doc"), as a pattern for a folded text: no anchor, no flags. */
export const HEAD_OFFICE = String.raw`(?:pho\s+)?(?:${HEAD_OFFICES.join('|')})`;
