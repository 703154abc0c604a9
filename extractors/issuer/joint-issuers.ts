// Two bodies of one unit issuing together stack their names over one place line: "ỦY BAN NHÂN
// DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH ĐẮK LẮK" (a joint rule of cooperation, a joint resolution).
// Neither is the other's parent: the people's committee, the people's council and the Front's
// committee of a unit are peers. Read as one issuer, each body named with the shared place.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { ParsedIssuer } from './issuer.js';

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
