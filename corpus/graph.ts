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
import type { LinkCandidate, LinkedDocument, LinkMethod, LinkReference, ResolvedLink, Store, UnresolvedReference } from './store.js';

export type { LinkedDocument, LinkMethod, ResolvedLink, UnresolvedReference } from './store.js';

/** Links scoring below this are not stored: the reference stays unresolved. */
export const MIN_LINK_CONFIDENCE = 0.45;

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
const localityKey = (doc: Pick<LinkCandidate, 'issuerLocality'>) => (doc.issuerLocality ? ` ${foldKey(doc.issuerLocality)} ` : '');

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
export function issuerAgreement(refIssuer: string | null, candidate: Pick<LinkCandidate, 'issuerLevel' | 'issuerLocality' | 'issuerName'>): number {
  return agreement(readRefIssuer(refIssuer), localityKey(candidate), candidate.issuerLevel);
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
export function computeLinks(docs: readonly LinkCandidate[], refs: readonly LinkReference[]): ResolvedLink[] {
  const byNumber = new Map<string, LinkCandidate[]>();
  const byTypeYear = new Map<string, LinkCandidate[]>();
  const blankBySymbolYear = new Map<string, LinkCandidate[]>();
  const byId = new Map<string, LinkCandidate>();
  const localities = new Map<LinkCandidate, string>();
  const refIssuers = new Map<string | null, RefIssuer>();
  for (const doc of docs) {
    byId.set(doc.id, doc);
    localities.set(doc, localityKey(doc));
    if (doc.numberKey) push(byNumber, doc.numberKey, doc);
    if (doc.typeCode && doc.year !== null) push(byTypeYear, `${typeKey(doc.typeCode)}|${doc.year}`, doc);
    if (!doc.numberKey && doc.symbol && doc.year !== null) push(blankBySymbolYear, `${foldKey(doc.symbol)}|${doc.year}`, doc);
  }
  const links: ResolvedLink[] = [];
  for (const ref of refs) {
    const citing = byId.get(ref.docId);
    let refIssuer = refIssuers.get(ref.issuer);
    if (!refIssuer) refIssuers.set(ref.issuer, (refIssuer = readRefIssuer(ref.issuer)));
    const issuerOf = (doc: LinkCandidate) => agreement(refIssuer, localities.get(doc)!, doc.issuerLevel);
    const scored: Array<{ doc: LinkCandidate; confidence: number; method: LinkMethod }> = [];
    const consider = (doc: LinkCandidate, confidence: number, method: LinkMethod) => {
      if (doc.id !== ref.docId && confidence >= MIN_LINK_CONFIDENCE) scored.push({ doc, confidence, method });
    };
    if (ref.numberKey) {
      for (const doc of byNumber.get(ref.numberKey) ?? []) {
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
      if (ref.typeCode && year !== null) {
        for (const doc of byTypeYear.get(`${typeKey(ref.typeCode)}|${year}`) ?? []) {
          const issuer = issuerOf(doc);
          // Without a serial only an issuer that names the locality, or the right level, will do;
          // and a plan implements its own level or one above, never one below.
          const citingRank = levelRank(citing?.issuerLevel as never);
          const rank = levelRank(doc.issuerLevel as never);
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
      (s) => s.confidence >= best.confidence - 0.05 && !(s.doc.numberKey === best.doc.numberKey && s.doc.date === best.doc.date),
    ).length;
    const confidence = Math.round((best.confidence / Math.max(1, rivals)) * 1000) / 1000;
    if (confidence < MIN_LINK_CONFIDENCE && best.method !== 'exact') continue;
    links.push({ fromDoc: ref.docId, refOrd: ref.ord, toDoc: best.doc.id, relation: ref.relation, confidence, method: best.method });
  }
  return links;
}

/**
 * Resolve every stored reference and store the links (replacing the old ones). Returns the
 * number of links. Call after an ingest: a new document can resolve old references.
 */
export async function resolveLinks(store: Store): Promise<number> {
  const { documents, references } = await store.graph.linkInputs();
  const links = computeLinks(documents, references);
  await store.graph.replaceLinks(links);
  return links.length;
}

/** True when documents were added, replaced or removed since the links were last resolved. */
export async function linksAreStale(store: Store): Promise<boolean> {
  return store.graph.linksAreStale();
}

/** resolveLinks() only when the documents changed since the last time. */
export async function ensureLinks(store: Store): Promise<void> {
  if (await store.graph.linksAreStale()) await resolveLinks(store);
}

export interface PlanLinks {
  upstream: LinkedDocument[];
  downstream: LinkedDocument[];
  unresolved: UnresolvedReference[];
}

const MAX_DEPTH = 8;

/**
 * What a plan implements (upstream, followed through implements/basis links to the top), what
 * implements it (downstream, likewise), and its references no stored document answers.
 * Mentions are listed one step away and not followed.
 */
export async function planLinks(store: Store, id: string): Promise<PlanLinks> {
  const [upstream, downstream, unresolved] = await Promise.all([
    store.graph.walkLinks(id, 'upstream', MAX_DEPTH),
    store.graph.walkLinks(id, 'downstream', MAX_DEPTH),
    store.graph.unresolvedReferences(id),
  ]);
  return { upstream: dedupe(upstream), downstream: dedupe(downstream), unresolved };
}

/** A document reached by two paths is listed once, at its shortest (then most confident) path. */
function dedupe(rows: LinkedDocument[]): LinkedDocument[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
