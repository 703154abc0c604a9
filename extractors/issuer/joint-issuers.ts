// Two bodies of one unit issuing together stack their names over one place line: "ỦY BAN NHÂN
// DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH ĐẮK LẮK" (a joint rule of cooperation, a joint resolution).
// Neither is the other's parent: the people's committee, the people's council and the Front's
// committee of a unit are peers. Read as one issuer, each body named with the shared place.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { ParsedIssuer } from './issuer.js';
import type { BlockBody } from './issuer-block.js';

const PEERS = new Set(['uy ban nhan dan', 'hoi dong nhan dan', 'uy ban mat tran to quoc viet nam']);

const isPeer = (b: ParsedIssuer) => PEERS.has(foldVietnamese(b.body).toLowerCase());

/** The joint issuer of a block whose peer bodies share the last one's place; null when the block is no such. */
export function jointIssuer(bodies: readonly ParsedIssuer[]): ParsedIssuer | null {
  if (bodies.length < 2 || !bodies.every(isPeer)) return null;
  const last = bodies.at(-1)!;
  if (!last.locality || !last.unitWord) return null;
  if (bodies.slice(0, -1).some((b) => b.locality || b.unitWord)) return null;
  if (new Set(bodies.map((b) => foldVietnamese(b.body).toLowerCase())).size !== bodies.length) return null;
  const name = bodies.map((b) => `${b.body} ${last.unitWord} ${last.locality}`).join(' - ');
  return { ...last, name };
}

/**
 * Two bodies of one province issuing together, the first line closed by a dash over the second and
 * the shared place under both ("LIÊN ĐOÀN LAO ĐỘNG - / SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH / TỈNH AN
 * GIANG", a joint programme): the dash joins them as peers, not the first as the second's parent.
 * Each is named with the place; null when the block is no such (`text`: the block's joined text).
 */
export function dashJoinedIssuer(bodies: readonly BlockBody[], text: string, breaks: readonly number[]): ParsedIssuer | null {
  if (bodies.length !== 2) return null;
  const [first, last] = [bodies[0]!, bodies[1]!];
  if (first.parsed.locality || first.parsed.unitWord || !last.parsed.locality || !last.parsed.unitWord) return null;
  // A central body over a province's ("BỘ CÔNG AN - / CÔNG AN TỈNH AN GIANG", a seal's edge read as a dash)
  // is its parent: a province has no ministry of its own to issue with.
  if (first.parsed.level === 'central') return null;
  // The dash ends the first body's line, the second opening the next line ("SỞ LAO ĐỘNG -\nTHƯƠNG BINH
  // VÀ XÃ HỘI", one name wrapped at its own dash, opens no second body: it is one body, never this).
  if (!breaks.includes(last.start) || !/[-–—]\s*$/.test(text.slice(first.start, last.start))) return null;
  const place = `${last.parsed.unitWord} ${last.parsed.locality}`;
  return { ...last.parsed, name: `${first.parsed.body} ${place} - ${last.parsed.name}` };
}
