// Writes LP/MIP/QP data in CPLEX LP format (the text HiGHS, GLPK, CPLEX and Gurobi read), for
// exporting a generated model and for checking the adapters' data. Columns are x0, x1, ... and
// rows r0, r1, ...: never user names (they may hold characters the format forbids); the returned
// maps give the names back. Imports linear-form.ts only.
//
// Numbers are written with JavaScript's shortest round-trip form (String(v)): parsing the text
// gives back the same double. Infinite bounds are written as -inf/+inf, a free row as `>= -inf`.
// A ranged row lo <= a'x <= up becomes a'x - s_i = 0 with lo <= s_i <= up (HiGHS's LP reader
// aborts on `lo <= a'x <= up`); the row's dual is unchanged. The quadratic objective is
// `+ [ ... ] / 2` with the monomials of x'Qx.
import type { LinearForm } from '../linear-form.ts';

export interface LpText {
  readonly text: string;
  /** Names in the text → indices: colName[j] = 'x' + j, rowName[i] = 'r' + i. */
  readonly colNames: readonly string[];
  readonly rowNames: readonly string[];
  /** The slack column s<i> of each ranged row i. */
  readonly rangeSlacks: ReadonlyMap<number, string>;
}

/** The shortest decimal that reads back as the same double (never '-0'). */
export function formatNumber(v: number): string {
  if (v === Infinity) return '+inf';
  if (v === -Infinity) return '-inf';
  if (Number.isNaN(v)) throw new Error('internal error: NaN in LP data');
  return String(v === 0 ? 0 : v);
}

/** Appends ` + c name` / ` - c name` terms, wrapping lines so that none gets long. */
class TermWriter {
  private line = '';
  private count = 0;
  constructor(
    private readonly out: string[],
    head: string,
  ) {
    this.line = head;
  }
  term(coef: number, name: string): void {
    if (coef === 0) return;
    const sign = coef < 0 ? '-' : '+';
    const a = Math.abs(coef);
    const body = a === 1 ? name : `${formatNumber(a)} ${name}`;
    this.line += this.count === 0 && sign === '+' ? ` ${body}` : ` ${sign} ${body}`;
    this.count++;
    if (this.line.length > 200) this.flush();
  }
  raw(s: string): void {
    this.line += ` ${s}`;
    if (this.line.length > 200) this.flush();
  }
  empty(): boolean {
    return this.count === 0;
  }
  flush(): void {
    if (this.line.trim()) this.out.push(this.line);
    this.line = '  ';
  }
}

export function writeCplexLp(lp: LinearForm, opts: { relax?: boolean } = {}): LpText {
  const colNames = Array.from({ length: lp.n }, (_, j) => `x${j}`);
  const rowNames = Array.from({ length: lp.m }, (_, i) => `r${i}`);
  const out: string[] = [
    '\\ Written by EMD (src/solvers/highs/lp-writer.ts)',
    lp.sense === 'min' ? 'Minimize' : 'Maximize',
  ];
  const obj = new TermWriter(out, ' obj:');
  for (let j = 0; j < lp.n; j++) obj.term(lp.c[j], colNames[j]);
  if (lp.q) {
    // x'Qx = sum_i Q_ii x_i^2 + sum_{i>j} 2 Q_ij x_i x_j; the bracket is halved by '/ 2'.
    const parts: string[] = [];
    const q = lp.q;
    for (let j = 0; j < lp.n; j++) {
      for (let k = q.start[j]; k < q.start[j + 1]; k++) {
        const i = q.rows[k];
        const c = i === j ? q.vals[k] : 2 * q.vals[k];
        if (c === 0) continue;
        const mono = i === j ? `${colNames[j]} ^ 2` : `${colNames[j]} * ${colNames[i]}`;
        parts.push(
          `${parts.length === 0 ? (c < 0 ? '- ' : '') : c < 0 ? '- ' : '+ '}${formatNumber(Math.abs(c))} ${mono}`,
        );
      }
    }
    if (parts.length) {
      obj.raw('+ [');
      for (const p of parts) obj.raw(p);
      obj.raw('] / 2');
    }
  }
  if (lp.c0 !== 0) obj.raw(`${lp.c0 < 0 ? '-' : '+'} ${formatNumber(Math.abs(lp.c0))}`);
  if (obj.empty() && !lp.q && lp.c0 === 0 && lp.n > 0) obj.raw(`0 ${colNames[0]}`);
  obj.flush();
  out.push('Subject To');
  const rangeSlacks = new Map<number, string>();
  for (let i = 0; i < lp.m; i++) {
    const lo = lp.rowLo[i];
    const up = lp.rowUp[i];
    const w = new TermWriter(out, ` ${rowNames[i]}:`);
    for (let k = lp.rowStart[i]; k < lp.rowStart[i + 1]; k++) w.term(lp.rowVal[k], colNames[lp.rowCol[k]]);
    if (lo !== up && lo > -Infinity && up < Infinity) {
      const s = `s${i}`;
      rangeSlacks.set(i, s);
      w.term(-1, s);
      w.raw('= 0');
    } else {
      if (w.empty()) w.raw(`0 ${colNames[0] ?? 'x0'}`);
      if (lo === up) w.raw(`= ${formatNumber(lo)}`);
      else if (up < Infinity) w.raw(`<= ${formatNumber(up)}`);
      else w.raw(`>= ${formatNumber(lo)}`);
    }
    w.flush();
  }
  out.push('Bounds');
  const bound = (x: string, lo: number, up: number) => {
    if (lo === -Infinity && up === Infinity) out.push(` ${x} free`);
    else if (lo === up) out.push(` ${x} = ${formatNumber(lo)}`);
    else out.push(` ${formatNumber(lo)} <= ${x} <= ${formatNumber(up)}`);
  };
  for (let j = 0; j < lp.n; j++) bound(colNames[j], lp.xl[j], lp.xu[j]);
  for (const [i, s] of rangeSlacks) bound(s, lp.rowLo[i], lp.rowUp[i]);
  const ints = opts.relax ? [] : colNames.filter((_, j) => lp.integer[j]);
  if (ints.length) {
    out.push('General');
    for (let s = 0; s < ints.length; s += 10) out.push(' ' + ints.slice(s, s + 10).join(' '));
  }
  out.push('End');
  return { text: out.join('\n') + '\n', colNames, rowNames, rangeSlacks };
}
