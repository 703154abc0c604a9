// The reference graph: each reference a plan makes ("Thực hiện Kế hoạch số 05/KH-HĐTĐKT ngày
// 23/6/2016 của Hội đồng TĐKT quận…") resolved to a stored document, so a ward plan can be
// followed up to its district and city plans and a city plan down to everything implementing it.
//
// A number alone does not name a document: serials restart every year and every council keeps
// its own series, so "05/KH-HĐTĐKT" exists in each district every year. A link needs the number
// and then agreement of the date and of the issuer's locality; drafts that leave the serial
// blank ("Kế hoạch số …/KH-HĐTĐKT ngày …/2017 của Hội đồng TĐKT quận Long Biên") are linked on
// type, year and issuer alone, with a lower confidence. Links live in doc_links
// (migration 020) and are rebuilt by resolveLinks() after every ingest.
import type { Relation } from '../output/schema.js';
import { levelRank } from './compare/dates.js';
import { foldKey } from './compare/similarity.js';
import type { DocumentRow, PlanHeading, Store } from './store.js';

export type LinkMethod = 'exact' | 'number' | 'serial-blank' | 'symbol';

/** Links scoring below this are not stored: the reference stays unresolved. */
export const MIN_LINK_CONFIDENCE = 0.45;

/** The columns of a stored document that resolving a reference looks at. */
type DocRow = Pick<DocumentRow, 'id' | 'symbol' | 'type_code' | 'issuer_name' | 'issuer_level' | 'issuer_locality' | 'date' | 'year'> & {
  number_key: string | null;
};

interface RefRow {
  doc_id: string;
  ord: number;
  type_code: string | null;
  number: string | null;
  number_key: string | null;
  date: string | null;
  issuer: string | null;
  relation: Relation;
}

export interface ResolvedLink {
  fromDoc: string;
  refOrd: number;
  toDoc: string;
  relation: Relation;
  confidence: number;
  method: LinkMethod;
}

// Words that name a level of government in an issuer ("Hội đồng TĐKT thành phố Hà Nội").
const LEVEL_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/\b(trung uong|chinh phu|thu tuong|bo chinh tri|ban bi thu|quoc hoi|bo [a-z]+)\b/, 3],
  [/\b(thanh pho|tinh|thanh uy|tinh uy)\b/, 2],
  [/\b(quan|huyen|thi xa|quan uy|huyen uy)\b/, 1],
  [/\b(phuong|xa|thi tran|dang uy)\b/, 0],
];
// "cơ quan" (an agency) is not a district.
const PLACE_WORD = /(?<!\bco )\b(?:thanh pho|tinh|quan|huyen|thi xa|phuong|xa|thi tran)\s+([a-z0-9]+(?:\s+[a-z0-9]+)*)/;
// After a place word, these are not a place name ("quận về việc…", "thành phố năm 2020").
const NOT_A_NAME = /^(ve|nam|giai|theo|tai|cua|va|ngay|so|trong|tren|da|duoc|thuc|xay)\b/;

/**
 * What a reference says of its issuer, read once per reference: folding and the place and level
 * patterns are the costly part, and a reference is weighed against every document of its number.
 */
interface RefIssuer {
  /** The issuer folded, a space at each end; null when the reference names none. */
  folded: string | null;
  /** It names a locality ("… quận Long Biên"). */
  namesPlace: boolean;
  /** The level its words name (LEVEL_WORDS), if any. */
  rank: number | undefined;
}

function readRefIssuer(refIssuer: string | null): RefIssuer {
  if (!refIssuer) return { folded: null, namesPlace: false, rank: undefined };
  const folded = ` ${foldKey(refIssuer)} `;
  const named = PLACE_WORD.exec(folded.trim());
  return {
    folded,
    namesPlace: named !== null && !NOT_A_NAME.test(named[1]!),
    rank: LEVEL_WORDS.find(([pattern]) => pattern.test(folded))?.[1],
  };
}

/** A document's locality folded, a space at each end (' long bien '); '' when it has none. */
const localityKey = (doc: Pick<DocRow, 'issuer_locality'>) => (doc.issuer_locality ? ` ${foldKey(doc.issuer_locality)} ` : '');

function agreement(ref: RefIssuer, locality: string, level: string | null): number {
  if (ref.folded === null) return 0.6;
  if (locality && ref.folded.includes(locality)) return 1;
  // The reference names another locality: another body's series.
  if (ref.namesPlace && locality) return 0.1;
  const rank = levelRank(level as never);
  if (ref.rank === undefined || rank === null) return ref.namesPlace ? 0.5 : 0.6;
  return ref.rank === rank ? 0.75 : 0.2;
}

/** How well the issuer named in a reference fits a stored document's issuer: 0..1. */
export function issuerAgreement(refIssuer: string | null, candidate: Pick<DocRow, 'issuer_level' | 'issuer_locality' | 'issuer_name'>): number {
  return agreement(readRefIssuer(refIssuer), localityKey(candidate), candidate.issuer_level);
}

/** How well a reference's date fits a document's: 1 equal, 0.9 one is a part of the other, 0 another year. */
export function dateAgreement(refDate: string | null, docDate: string | null): number {
  if (!refDate || !docDate) return 0.7;
  if (refDate === docDate) return 1;
  if (refDate.startsWith(docDate) || docDate.startsWith(refDate)) return 0.9;
  // Serials restart each year: the same number in the same year is the same document, read
  // with a mistyped day; another year is another document.
  return refDate.slice(0, 4) === docDate.slice(0, 4) ? 0.6 : 0;
}

const yearOf = (date: string | null) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);
const typeKey = (code: string | null) => (code ? foldKey(code) : '');

/** The symbol of a canonical number: "05/KH-HĐTĐKT" → "kh hdtdkt", "31/2020/QĐ-UBND" → "qd ubnd". */
function symbolKey(number: string): string {
  const parts = number.split('/');
  return foldKey(parts[parts.length - 1] ?? '');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Resolve every stored reference; pure, for tests and for resolveLinks. */
export function computeLinks(docs: readonly DocRow[], refs: readonly RefRow[]): ResolvedLink[] {
  const byNumber = new Map<string, DocRow[]>();
  const byTypeYear = new Map<string, DocRow[]>();
  const blankBySymbolYear = new Map<string, DocRow[]>();
  const byId = new Map<string, DocRow>();
  const localities = new Map<DocRow, string>();
  const refIssuers = new Map<string | null, RefIssuer>();
  for (const doc of docs) {
    byId.set(doc.id, doc);
    localities.set(doc, localityKey(doc));
    if (doc.number_key) push(byNumber, doc.number_key, doc);
    if (doc.type_code && doc.year !== null) push(byTypeYear, `${typeKey(doc.type_code)}|${doc.year}`, doc);
    if (!doc.number_key && doc.symbol && doc.year !== null) push(blankBySymbolYear, `${foldKey(doc.symbol)}|${doc.year}`, doc);
  }
  const links: ResolvedLink[] = [];
  for (const ref of refs) {
    const citing = byId.get(ref.doc_id);
    let refIssuer = refIssuers.get(ref.issuer);
    if (!refIssuer) refIssuers.set(ref.issuer, (refIssuer = readRefIssuer(ref.issuer)));
    const issuerOf = (doc: DocRow) => agreement(refIssuer, localities.get(doc)!, doc.issuer_level);
    const scored: Array<{ doc: DocRow; confidence: number; method: LinkMethod }> = [];
    const consider = (doc: DocRow, confidence: number, method: LinkMethod) => {
      if (doc.id !== ref.doc_id && confidence >= MIN_LINK_CONFIDENCE) scored.push({ doc, confidence, method });
    };
    if (ref.number_key) {
      for (const doc of byNumber.get(ref.number_key) ?? []) {
        const date = dateAgreement(ref.date, doc.date);
        const issuer = issuerOf(doc);
        const confidence = date * (0.5 + 0.5 * issuer);
        consider(doc, confidence, date === 1 && issuer >= 0.75 ? 'exact' : 'number');
      }
      const year = yearOf(ref.date);
      if (scored.length === 0 && ref.number && year !== null) {
        // The document itself was stored as a draft with a blank serial.
        for (const doc of blankBySymbolYear.get(`${symbolKey(ref.number)}|${year}`) ?? []) {
          const issuer = issuerOf(doc);
          if (issuer >= 0.75) consider(doc, 0.55 * issuer * dateAgreement(ref.date, doc.date), 'symbol');
        }
      }
    } else {
      const year = yearOf(ref.date);
      if (ref.type_code && year !== null) {
        for (const doc of byTypeYear.get(`${typeKey(ref.type_code)}|${year}`) ?? []) {
          const issuer = issuerOf(doc);
          // Without a serial only an issuer that names the locality, or the right level, will do;
          // and a plan implements its own level or one above, never one below.
          const citingRank = levelRank(citing?.issuer_level as never);
          const rank = levelRank(doc.issuer_level as never);
          if (issuer < 0.75 || (citingRank !== null && rank !== null && rank < citingRank)) continue;
          consider(doc, 0.6 * issuer * dateAgreement(ref.date, doc.date), 'serial-blank');
        }
      }
    }
    if (scored.length === 0) continue;
    scored.sort((x, y) => y.confidence - x.confidence || x.doc.id.localeCompare(y.doc.id));
    const best = scored[0]!;
    // Several documents fitting as well (different issuers not told apart): say so in the score,
    // unless they are copies of one document (same number and date ingested twice).
    const rivals = scored.filter(
      (s) => s.confidence >= best.confidence - 0.05 && !(s.doc.number_key === best.doc.number_key && s.doc.date === best.doc.date),
    ).length;
    const confidence = Math.round((best.confidence / Math.max(1, rivals)) * 1000) / 1000;
    if (confidence < MIN_LINK_CONFIDENCE && best.method !== 'exact') continue;
    links.push({ fromDoc: ref.doc_id, refOrd: ref.ord, toDoc: best.doc.id, relation: ref.relation, confidence, method: best.method });
  }
  return links;
}

/**
 * Rebuild doc_links from every stored document and reference, in one transaction. Returns the
 * number of links written. Call after an ingest: a new document can resolve old references.
 */
export function resolveLinks(store: Store): number {
  const db = store.db;
  const docs = db
    .prepare<[], DocRow>(
      'SELECT id, number_key, symbol, type_code, issuer_name, issuer_level, issuer_locality, date, year FROM documents',
    )
    .all();
  const refs = db
    .prepare<[], RefRow>('SELECT doc_id, ord, type_code, number, number_key, date, issuer, relation FROM doc_references')
    .all();
  const links = computeLinks(docs, refs);
  const insert = db.prepare(
    'INSERT INTO doc_links (from_doc, ref_ord, to_doc, relation, confidence, method) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const state = documentsState(store);
  db.transaction(() => {
    db.prepare('DELETE FROM doc_links').run();
    for (const l of links) insert.run(l.fromDoc, l.refOrd, l.toDoc, l.relation, l.confidence, l.method);
    db.prepare(
      `INSERT INTO doc_links_state (id, documents, latest, resolved_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, latest = excluded.latest, resolved_at = excluded.resolved_at`,
    ).run(state.documents, state.latest, new Date().toISOString());
  }).immediate();
  return links.length;
}

function documentsState(store: Store): { documents: number; latest: string | null } {
  return store.db
    .prepare<[], { documents: number; latest: string | null }>('SELECT count(*) AS documents, max(ingested_at) AS latest FROM documents')
    .get()!;
}

/** True when documents were added, replaced or removed since the links were last resolved. */
export function linksAreStale(store: Store): boolean {
  const built = store.db
    .prepare<[], { documents: number; latest: string | null }>('SELECT documents, latest FROM doc_links_state WHERE id = 1')
    .get();
  const now = documentsState(store);
  return !built || built.documents !== now.documents || built.latest !== now.latest;
}

/** resolveLinks() only when the documents changed since the last time. */
export function ensureLinks(store: Store): void {
  if (linksAreStale(store)) resolveLinks(store);
}

export interface LinkedDocument extends PlanHeading {
  /** 1 for a direct link, 2 for a link of a linked document, … */
  depth: number;
  /** The document on the near side of this link. */
  via: string;
  /** The reference (its position in `via`'s references, or in this document's for downstream). */
  refOrd: number;
  relation: Relation;
  confidence: number;
  method: LinkMethod;
  /** Product of the confidences along the path. */
  pathConfidence: number;
}

export interface UnresolvedReference {
  ord: number;
  type: string | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  relation: Relation;
}

export interface PlanLinks {
  upstream: LinkedDocument[];
  downstream: LinkedDocument[];
  unresolved: UnresolvedReference[];
}

const MAX_DEPTH = 8;
const LINKED_COLUMNS = `t.doc AS id, d.number, d.title, d.issuer_name AS issuer, d.issuer_level AS level, d.date,
  t.depth, t.via, t.ref_ord AS refOrd, t.relation, t.confidence, t.method, t.path_confidence AS pathConfidence`;

/**
 * What a plan implements (upstream, followed through implements/basis links to the top), what
 * implements it (downstream, likewise), and its references no stored document answers.
 * Mentions are listed one step away and not followed.
 */
export function planLinks(store: Store, id: string): PlanLinks {
  const db = store.db;
  const walk = (from: 'from_doc' | 'to_doc', to: 'from_doc' | 'to_doc') =>
    db
      .prepare<{ id: string; depth: number }, LinkedDocument>(
        `WITH RECURSIVE t(doc, depth, via, ref_ord, relation, confidence, method, path_confidence, path) AS (
           SELECT ${to}, 1, ${from}, ref_ord, relation, confidence, method, confidence, '/' || @id || '/' || ${to} || '/'
           FROM doc_links WHERE ${from} = @id AND ${to} != @id
           UNION ALL
           SELECT l.${to}, t.depth + 1, l.${from}, l.ref_ord, l.relation, l.confidence, l.method,
                  t.path_confidence * l.confidence, t.path || l.${to} || '/'
           FROM doc_links l JOIN t ON l.${from} = t.doc
           WHERE t.relation != 'mentions' AND l.relation != 'mentions' AND t.depth < @depth
             AND instr(t.path, '/' || l.${to} || '/') = 0)
         SELECT ${LINKED_COLUMNS} FROM t JOIN documents d ON d.id = t.doc
         ORDER BY t.depth, t.path_confidence DESC, d.date, t.doc`,
      )
      .all({ id, depth: MAX_DEPTH });
  const unresolved = db
    .prepare<[string], UnresolvedReference>(
      `SELECT r.ord, r.type, r.number, r.date, r.issuer, r.relation FROM doc_references r
       WHERE r.doc_id = ? AND NOT EXISTS (SELECT 1 FROM doc_links l WHERE l.from_doc = r.doc_id AND l.ref_ord = r.ord)
       ORDER BY r.ord`,
    )
    .all(id);
  return { upstream: dedupe(walk('from_doc', 'to_doc')), downstream: dedupe(walk('to_doc', 'from_doc')), unresolved };
}

/** A document reached by two paths is listed once, at its shortest (then most confident) path. */
function dedupe(rows: LinkedDocument[]): LinkedDocument[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
