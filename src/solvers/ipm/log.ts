// Ipopt's iteration log: the header and one line per iteration, formatted as Ipopt's
// OrigIterationOutput does ("%4d%c%14.7e %7.2e %7.2e %5.1f %7.2e %5s %7.2e %7.2e%c%3d").
// Imports types.ts.
import type { IterationRecord } from '../types.ts';

export const ITERATION_HEADER =
  'iter    objective    inf_pr   inf_du lg(mu)  ||d||  lg(rg) alpha_du alpha_pr  ls';

/** C-style %W.De: exponent with at least two digits, right-aligned in width W. */
export function formatExp(x: number, digits: number, width: number): string {
  let s: string;
  if (!Number.isFinite(x)) s = Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  else {
    s = x.toExponential(digits);
    s = s.replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return s.padStart(width);
}

/** C-style %W.Df. */
export function formatFixed(x: number, digits: number, width: number): string {
  return (Number.isFinite(x) ? x.toFixed(digits) : String(x)).padStart(width);
}

/** One line of the iteration log (without a newline). */
export function formatIterationLine(rec: IterationRecord): string {
  const it = String(rec.iter).padStart(4) + (rec.restoration ? 'r' : ' ');
  const rg = rec.regularization > 0 ? formatFixed(Math.log10(rec.regularization), 1, 5) : '   - ';
  return (
    it +
    formatExp(rec.objective, 7, 14) +
    ' ' +
    formatExp(rec.infPr, 2, 7) +
    ' ' +
    formatExp(rec.infDu, 2, 7) +
    ' ' +
    formatFixed(rec.lgMu, 1, 5) +
    ' ' +
    formatExp(rec.dNorm, 2, 7) +
    ' ' +
    rg +
    ' ' +
    formatExp(rec.alphaDu, 2, 7) +
    ' ' +
    formatExp(rec.alphaPr, 2, 7) +
    (rec.stepType ?? ' ') +
    String(rec.lsTrials).padStart(3)
  );
}
