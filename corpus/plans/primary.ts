// Which source of a plan is the primary one, whose record is the plan's record.
// The rule: the reviewer's choice while it is still a source; else a whole copy of the document
// over an appendix filed alone; then a text layer (DOCX, HTML,
// text, a PDF's own text) over OCR; then fewer error diagnostics; then the newer pipeline
// version; then the earlier ingested (stable as sources are added); then the smaller id.

export interface PrimaryCandidate {
  docId: string;
  /** 1: the whole document; 0: an appendix filed alone. Absent: whole. */
  whole?: 0 | 1;
  textLayer: 0 | 1;
  errorCount: number;
  pipelineVersion: string;
  ingestedAt: string;
}

/** Compare dotted versions numerically ("0.10.0" > "0.9.2"); non-numeric parts as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const order = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}

/** Sorts better primaries first. */
export function primaryOrder(a: PrimaryCandidate, b: PrimaryCandidate): number {
  return (
    (b.whole ?? 1) - (a.whole ?? 1) ||
    b.textLayer - a.textLayer ||
    a.errorCount - b.errorCount ||
    compareVersions(b.pipelineVersion, a.pipelineVersion) ||
    a.ingestedAt.localeCompare(b.ingestedAt) ||
    a.docId.localeCompare(b.docId)
  );
}

export function choosePrimary(sources: readonly PrimaryCandidate[], chosen: string | null): string | null {
  if (sources.length === 0) return null;
  if (chosen !== null && sources.some((s) => s.docId === chosen)) return chosen;
  return [...sources].sort(primaryOrder)[0]!.docId;
}
