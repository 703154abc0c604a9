// The issuer of a mass organisation's header, completed where its block names the organisation
// only in part. Three forms, seen in real Đoàn and Hội headers:
// - "BAN CHẤP HÀNH TRUNG ƯƠNG" alone on the left, "ĐOÀN TNCS HỒ CHÍ MINH" on the right: the
//   Central Committee of the youth union, "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh" (under
//   the Party's "ĐẢNG CỘNG SẢN VIỆT NAM" the block stays "Ban Chấp hành Trung ương", as the Party's
//   own documents name it);
// - "BCH TRƯỜNG CĐ …" under that heading: an executive committee whose name holds no organisation
//   is the youth union's, "Ban Chấp hành Đoàn trường CĐ …";
// - "ỦY BAN HỘI QUẬN NGŨ HÀNH SƠN" under "HỘI LHTN VIỆT NAM TP. ĐÀ NẴNG": the bare "Hội" is the
//   organisation the parent line names in full, "Ủy ban Hội Liên hiệp Thanh niên Việt Nam quận …".
import { foldVietnamese } from '../../normalizers/fold.js';
import type { ParsedIssuer } from './issuer.js';
import type { MassHeading } from './mass-heading.js';

/** Words that name an organisation inside a body's name. */
const ORGANISATION_WORD = /(?<![a-z])(doan|hoi|dang|cong doan|mat tran|mttq|lien doan)(?![a-z])/;

/** Abbreviations a mass organisation's parent line prints, spelt out as its name is written. */
const SPELT_OUT: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}])LHTN(?![\p{L}])/gu, 'Liên hiệp Thanh niên'],
  [/(?<![\p{L}])LHPN(?![\p{L}])/gu, 'Liên hiệp Phụ nữ'],
  [/(?<![\p{L}])CCB(?![\p{L}])/gu, 'Cựu chiến binh'],
  [/(?<=Hội )ND(?![\p{L}])/gu, 'Nông dân'],
];

/** Bodies of an organisation that name it by one bare word at their end ("Ủy ban Hội", "Ban Chấp hành Đoàn"). */
const BARE_ORGANISATION = /^(?:uy ban|ban chap hanh|ban thuong vu|ban thuong truc) (hoi|doan)$/;

type Composed = { issuer: ParsedIssuer; parent: ParsedIssuer | null };

export function completeMassIssuer(composed: Composed, heading: MassHeading | null): Composed {
  const { issuer, parent } = composed;
  if (!issuer.name.startsWith(issuer.body)) return composed;
  const body = foldVietnamese(issuer.body).toLowerCase();
  if (heading && body === 'ban chap hanh trung uong' && issuer.level === 'central') {
    const name = `Ban Chấp hành Trung ương ${heading.name}`;
    return { issuer: { ...issuer, name, body: name }, parent };
  }
  if (heading && /^ban chap hanh(\s|$)/.test(body) && !ORGANISATION_WORD.test(body.slice('ban chap hanh'.length))) {
    const rest = issuer.body.slice('ban chap hanh'.length).trim();
    const own = ['Ban Chấp hành', heading.short, rest].filter(Boolean).join(' ');
    return { issuer: { ...issuer, name: `${own}${issuer.name.slice(issuer.body.length)}`, body: own }, parent };
  }
  const bare = BARE_ORGANISATION.exec(body);
  if (bare && parent) {
    const parentBody = foldVietnamese(parent.body).toLowerCase();
    // The parent names the organisation in full: its word and more ("Hội LHTN Việt Nam"), not a
    // committee of a unit ("Thành đoàn", "Quận đoàn").
    if (parentBody.startsWith(`${bare[1]} `)) {
      const full = SPELT_OUT.reduce((s, [re, out]) => s.replace(re, out), parent.body);
      const own = `${issuer.body.slice(0, issuer.body.length - bare[1]!.length).trim()} ${full}`;
      return { issuer: { ...issuer, name: `${own}${issuer.name.slice(issuer.body.length)}`, body: own }, parent };
    }
  }
  return composed;
}
