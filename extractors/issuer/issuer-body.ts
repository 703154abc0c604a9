// The shape of a known issuing body, apart from the list of them (issuer.ts), so that lists kept
// in files of their own (youth-union-bodies.ts) need not import the module that reads them.

export interface Body {
  tokens: string[][];
  name: string;
  /** Central bodies have no locality. */
  central?: boolean;
  /** Party committees name their unit in the body ("Thành ủy"): the unit word it implies. */
  impliedUnit?: string;
  /** When set, the body is known only as printed so, marks and all, case aside ("quận đoàn", not "Quân đoàn"). */
  written?: string[];
}
