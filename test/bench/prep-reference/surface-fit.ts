// A smooth surface z(x, y) through scattered samples: least squares over the products of powers
// of x (up to `degreeX`) and y (up to `degreeY`), coordinates scaled to −1…1 so the powers stay
// of one size. Used for the bend of a page's text lines (dewarp.ts), where it keeps what is
// smooth (a curl of the paper) and drops what is not (one window matched against the wrong line).

export interface SurfaceSample {
  x: number;
  y: number;
  z: number;
}

/** The fitted surface, or null when the samples do not determine it (too few, or all in a line). */
export function fitSurface(samples: readonly SurfaceSample[], width: number, height: number, degreeX: number, degreeY: number): ((x: number, y: number) => number) | null {
  const terms: [number, number][] = [];
  for (let i = 0; i <= degreeX; i++) for (let j = 0; j <= degreeY; j++) terms.push([i, j]);
  const n = terms.length;
  if (samples.length < 2 * n) return null;
  // Powers by repeated products (no Math.pow): the surface is evaluated for every row of every slab.
  const us = new Float64Array(degreeX + 1);
  const vs = new Float64Array(degreeY + 1);
  const basis = (x: number, y: number, into: Float64Array) => {
    const u = (2 * x) / width - 1;
    const v = (2 * y) / height - 1;
    us[0] = 1;
    vs[0] = 1;
    for (let i = 1; i <= degreeX; i++) us[i] = us[i - 1]! * u;
    for (let j = 1; j <= degreeY; j++) vs[j] = vs[j - 1]! * v;
    for (let k = 0; k < n; k++) into[k] = us[terms[k]![0]]! * vs[terms[k]![1]]!;
  };
  // Normal equations [AᵀA | Aᵀz], solved by Gauss–Jordan elimination with partial pivoting.
  const a = Array.from({ length: n }, () => new Float64Array(n + 1));
  const b = new Float64Array(n);
  for (const { x, y, z } of samples) {
    basis(x, y, b);
    for (let r = 0; r < n; r++) {
      const row = a[r]!;
      for (let c = 0; c < n; c++) row[c]! += b[r]! * b[c]!;
      row[n]! += b[r]! * z;
    }
  }
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    if (Math.abs(a[pivot]![c]!) < 1e-9 * samples.length) return null;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      if (f !== 0) for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const coefficients = a.map((row, i) => row[n]! / row[i]!);
  const at = new Float64Array(n);
  return (x, y) => {
    basis(x, y, at);
    let sum = 0;
    for (let k = 0; k < n; k++) sum += coefficients[k]! * at[k]!;
    return sum;
  };
}
