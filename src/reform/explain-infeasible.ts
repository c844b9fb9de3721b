// Explains why a model is infeasible, in two parts (Chinneck, "Feasibility and Infeasibility in
// Optimization", 2008): (a) the cheapest repair, from the elastic relaxation (elastic.ts): which rows
// and bounds must give way and by how much, at the least total violation; (b) an irreducible
// infeasible subset (IIS) of rows and bounds: a deletion filter (ch. 7, "deletion filter") over
// phase-1 feasibility tests, started from the support of the phase-1 duals (the sensitivity filter:
// for an LP the constraints with a nonzero multiplier in the elastic LP form an infeasible
// subsystem by weak duality), with blocks of constraints dropped at once while that works.
// The report is plain JSON (it goes into --json as solves[i].infeasibility). Imports model/,
// solvers/ (types, status), text/ and elastic.ts.
import type { ModelProblem } from '../model/problem.ts';
import type { ProblemClass, SolverResult } from '../solvers/types.ts';
import { hasSolution, modelStatusText, provenOptimal, ModelStat } from '../solvers/status.ts';
import { classifyProblem } from '../model/classify.ts';
import { lineAndColumn, type Span } from '../text/source-file.ts';
import {
  elasticRelaxation,
  nonlinearVariables,
  type ConstraintKind,
  type ElasticConstraint,
  type ElasticOptions,
  type ElasticRelaxation,
  type SlackInfo,
} from './elastic.ts';
import { pushAll } from '../text/arrays.ts';

/** Solves a relaxed problem; cls is the class explainInfeasible found for it (see elasticProblemClass). */
export type ExplainSolveFn = (q: ModelProblem, cls: ProblemClass) => Promise<SolverResult>;

export interface ExplainNames {
  /** Defaults: the problem's own names. */
  readonly rowNames?: readonly string[];
  readonly varNames?: readonly string[];
  /** Where each row's equation is defined, printed as file:line:column. */
  readonly rowSpans?: readonly (Span | undefined)[];
}

export interface ExplainOptions extends ElasticOptions {
  /** At most this many solves in all, repair included (default 200). */
  readonly maxSolves?: number;
  /** A slack counts when it exceeds tol·max(1, |right-hand side|); default 1e-7, 1e-6 for nonlinear models. */
  readonly tol?: number;
  /** Look for an IIS after the repair (default true). */
  readonly iis?: boolean;
}

/** A row or bound of the model. lo/up are null where infinite (JSON has no Infinity). */
export interface ConstraintRef {
  readonly kind: ConstraintKind;
  /** Row index, or variable index for bounds. */
  readonly index: number;
  /** `demand(new-york)`, or `x(seattle).lo` for a bound. */
  readonly name: string;
  /** Rows: =l=, =g=, =e= or ranged (lo <= row <= up). Bounds: >= (lower) or <= (upper). */
  readonly relation: '=l=' | '=g=' | '=e=' | 'ranged' | '>=' | '<=';
  readonly lo: number | null;
  readonly up: number | null;
  /** file:line:column of the equation's definition, when known. */
  readonly at?: string;
}

/** A row or bound that gives way in the cheapest repair. */
export interface Violation extends ConstraintRef {
  /** By how much its right-hand side (or bound) must move; > 0. */
  readonly amount: number;
  /** The side that gives way, and where it must move to. */
  readonly rhs: number;
  readonly newRhs: number;
  readonly direction: 'lower' | 'raise';
  /** "needs 125 less on its right-hand side (475 -> 350)", "must allow 125 more (...)". */
  readonly text: string;
}

export interface IisReport {
  readonly constraints: ConstraintRef[];
  /** Whether every member was shown necessary by an exact (LP/MIP) solve. */
  readonly proven: boolean;
  /** Why not proven (budget, a local NLP solver, a solve without a verdict); '' when proven. */
  readonly reason: string;
  /** Size of the set the deletion filter started from, and the solves it used. */
  readonly startSize: number;
  readonly solves: number;
}

export interface InfeasibilityReport {
  /**
   * infeasible: a repair with positive violation was found; feasible: the elastic problem has a
   * point without violation (a local solver stopped at a locally infeasible point, or round-off);
   * failed: the elastic problem was not solved (message says why).
   */
  readonly status: 'infeasible' | 'feasible' | 'failed';
  /** Class of the elastic problem (a QP's is an LP, a MIP's a MIP). */
  readonly problemClass: ProblemClass;
  /** Least weighted total violation found (Σ weight·amount; the plain sum with default weights). */
  readonly totalViolation: number | null;
  /** Model status of the elastic solve and its text ('Optimal', 'Locally Optimal', ...). */
  readonly repairModelStatus: number | null;
  readonly repairModelStatusText: string;
  /** Rows and bounds that give way, largest amount first. */
  readonly repair: Violation[];
  readonly iis: IisReport | null;
  /** Rows and bounds that were not relaxed, and why. */
  readonly notes: string[];
  readonly solves: number;
  readonly seconds: number;
  readonly message?: string;
}

/** The class to solve the elastic problem q as: a QP's relaxation is an LP, a MIP's a MIP. */
export function elasticProblemClass(q: ModelProblem): ProblemClass {
  let nonlinear = false;
  for (let i = 0; i < q.m && !nonlinear; i++) nonlinear = q.rowNl[i] >= 0;
  if (!nonlinear) return q.varKind.some((k) => k !== 0) ? 'mip' : 'lp';
  const c = classifyProblem(q).cls;
  return c === 'lp' || c === 'qp' ? 'lp' : c;
}

type Verdict = 'infeasible' | 'feasible' | 'unknown';

/**
 * Explain why p is infeasible (call it after a solve whose model status is 4, 5, 10 or 19).
 * solveFn solves a relaxed problem with the model's solver (any status it returns is handled;
 * exceptions propagate). Returns the JSON-serialisable report.
 */
export async function explainInfeasible(
  p: ModelProblem,
  solveFn: ExplainSolveFn,
  names: ExplainNames = {},
  opts: ExplainOptions = {},
): Promise<InfeasibilityReport> {
  const t0 = performance.now();
  const el = elasticRelaxation(p, opts);
  const q = el.problem;
  const cls = elasticProblemClass(q);
  const exact = cls === 'lp' || cls === 'mip';
  const tol = opts.tol ?? (exact ? 1e-7 : 1e-6);
  const maxSolves = Math.max(1, opts.maxSolves ?? 200);
  const ctx = new Describer(p, names);
  const notes = notesOf(el, p, ctx);
  let solves = 0;

  // Threshold of each slack, relative to the side it relaxes.
  const thr = Float64Array.from(el.slacks, (s) => tol * Math.max(1, Math.abs(sideOf(p, s))));

  const solve = async (
    dropped: ReadonlySet<number>,
    relax = false,
  ): Promise<{ verdict: Verdict; r: SolverResult }> => {
    let qq: ModelProblem = q;
    if (dropped.size) {
      const lo = Float64Array.from(q.rowLo);
      const up = Float64Array.from(q.rowUp);
      for (const k of dropped) {
        const c = el.constraints[k];
        if (c.side !== 'up') lo[c.row] = -Infinity;
        if (c.side !== 'lo') up[c.row] = Infinity;
      }
      qq = { ...q, rowLo: lo, rowUp: up };
    }
    if (relax) qq = { ...qq, varKind: new Uint8Array(q.n) };
    solves++;
    const r = await solveFn(qq, relax ? 'lp' : cls);
    return { verdict: verdictOf(r, dropped, relax ? 'lp' : cls), r };
  };
  const verdictOf = (r: SolverResult, dropped: ReadonlySet<number>, c: ProblemClass): Verdict => {
    if (!r.x || !hasSolution(r.modelStatus)) return 'unknown';
    let violated = false;
    el.constraints.forEach((con, k) => {
      if (dropped.has(k)) return;
      for (const s of con.slacks) if (r.x![el.slacks[s].col] > thr[s]) violated = true;
    });
    if (!violated) return 'feasible';
    // A local optimum of an LP (an interior-point solver's status 2) is a global one.
    if (c === 'lp')
      return provenOptimal(r.modelStatus) || r.modelStatus === ModelStat.LocallyOptimal
        ? 'infeasible'
        : 'unknown';
    if (c === 'mip') return provenOptimal(r.modelStatus) ? 'infeasible' : 'unknown';
    return 'infeasible'; // a local optimum of the violation: not a proof (see IisReport.proven)
  };

  type Outcome = Omit<InfeasibilityReport, 'problemClass' | 'notes' | 'solves' | 'seconds'>;
  const done = (o: Outcome): InfeasibilityReport => ({
    ...o,
    problemClass: cls,
    notes,
    solves,
    seconds: (performance.now() - t0) / 1000,
  });

  if (el.constraints.length === 0) {
    return done({
      status: 'failed',
      totalViolation: null,
      repairModelStatus: null,
      repairModelStatusText: '',
      repair: [],
      iis: null,
      message: 'No row or bound could be relaxed (all are hard; see the notes).',
    });
  }

  // (a) The cheapest repair.
  const none = new Set<number>();
  const first = await solve(none);
  const r1 = first.r;
  const statusText = modelStatusText[r1.modelStatus] ?? String(r1.modelStatus);
  if (!r1.x || !hasSolution(r1.modelStatus)) {
    return done({
      status: 'failed',
      totalViolation: null,
      repairModelStatus: r1.modelStatus,
      repairModelStatusText: statusText,
      repair: [],
      iis: null,
      message: `The elastic ${cls.toUpperCase()} was not solved (${statusText})${r1.message ? `: ${r1.message}` : ''}. The rows and bounds kept hard may be infeasible by themselves.`,
    });
  }
  const x1 = r1.x;
  let total = 0;
  for (const s of el.slacks) total += s.weight * x1[s.col];
  const repair: Violation[] = [];
  el.slacks.forEach((s, k) => {
    if (x1[s.col] > thr[k]) repair.push(ctx.violation(s, x1[s.col]));
  });
  repair.sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name));
  if (repair.length === 0) {
    return done({
      status: 'feasible',
      totalViolation: total,
      repairModelStatus: r1.modelStatus,
      repairModelStatusText: statusText,
      repair,
      iis: null,
      message: exact
        ? 'The elastic problem has a point without violation: the model is feasible within the tolerances (the solver stopped on round-off; try scaling or tighter tolerances).'
        : 'The elastic problem has a point without violation: the model is feasible, and the solver stopped at an infeasible point (a local infeasibility, or its iteration or time limit). Try another start point (.l), more iterations (iterlim) or another solver.',
    });
  }
  if (opts.iis === false) {
    return done({
      status: 'infeasible',
      totalViolation: total,
      repairModelStatus: r1.modelStatus,
      repairModelStatusText: statusText,
      repair,
      iis: null,
    });
  }

  // (b) IIS. Start set: the constraints with a nonzero multiplier or slack in a phase-1 solution
  // (for a MIP, of the LP relaxation when that is infeasible too), verified infeasible by one solve.
  const reasons: string[] = [];
  if (!exact) reasons.push('a local NLP solver cannot prove that a set of constraints is infeasible');
  if (first.verdict !== 'infeasible')
    reasons.push(`the elastic ${cls.toUpperCase()} stopped with status ${statusText}`);
  const all = el.constraints.map((_, k) => k);
  let support: Set<number> | undefined;
  if (cls === 'mip') {
    if (solves < maxSolves) {
      const rel = await solve(none, true);
      if (rel.verdict === 'infeasible') support = supportOf(el, rel.r, thr, tol);
    }
  } else support = supportOf(el, r1, thr, tol);
  let S = all;
  if (support && support.size < all.length && solves < maxSolves) {
    const rest = new Set(all.filter((k) => !support!.has(k)));
    const v = await solve(rest);
    if (v.verdict === 'infeasible') S = all.filter((k) => support!.has(k));
  }
  const startSize = S.length;
  const solvesBefore = solves;

  // Deletion order: bounds first, then rows without slack, then rows with slack (the last ones
  // tested are the likeliest to stay, so the IIS tends to name the rows of the repair).
  const slackPos = (k: number) => el.constraints[k].slacks.some((s) => x1[el.slacks[s].col] > thr[s]);
  const rank = (k: number) => (el.constraints[k].kind !== 'row' ? 0 : slackPos(k) ? 2 : 1);
  S = [...S].sort((a, b) => rank(a) - rank(b) || a - b);

  const inS = new Set(S);
  const dropped = new Set(all.filter((k) => !inS.has(k)));
  let i = 0;
  let size = S.length <= 16 ? 1 : Math.ceil(S.length / 8);
  let unknown = false;
  let exhausted = false;
  while (i < S.length) {
    if (solves >= maxSolves) {
      exhausted = true;
      break;
    }
    const block = S.slice(i, i + size);
    const trial = new Set(dropped);
    for (const k of block) trial.add(k);
    const { verdict } = await solve(trial);
    if (verdict === 'infeasible') {
      for (const k of block) dropped.add(k);
      S.splice(i, block.length);
      size *= 2;
    } else if (block.length > 1) {
      size = Math.ceil(block.length / 2);
    } else {
      if (verdict === 'unknown') unknown = true;
      i++;
    }
  }
  if (exhausted) reasons.push(`stopped after ${maxSolves} solves with ${S.length - i} constraints untested`);
  if (unknown) reasons.push('some solves ended without a verdict; those constraints were kept');
  const iis: IisReport = {
    constraints: [...S].sort((a, b) => a - b).map((k) => ctx.ref(el.constraints[k])),
    proven: reasons.length === 0,
    reason: reasons.join('; '),
    startSize,
    solves: solves - solvesBefore,
  };
  return done({
    status: 'infeasible',
    totalViolation: total,
    repairModelStatus: r1.modelStatus,
    repairModelStatusText: statusText,
    repair,
    iis,
  });
}

/** The side of the original model a slack relaxes (a row's lo or up, a variable's bound). */
function sideOf(p: ModelProblem, s: SlackInfo): number {
  if (s.kind === 'row') return s.sign === 1 ? p.rowLo[s.index] : p.rowUp[s.index];
  return s.kind === 'lower bound' ? p.xl[s.index] : p.xu[s.index];
}

/**
 * Constraints with a positive slack or a nonzero multiplier in r. For a bound row, only the side
 * that is active (x + t⁺ − t⁻ at lo or up).
 */
function supportOf(
  el: ElasticRelaxation,
  r: SolverResult,
  thr: Float64Array,
  tol: number,
): Set<number> | undefined {
  const x = r.x;
  if (!x) return undefined;
  const y = r.rowMarginal;
  const out = new Set<number>();
  el.constraints.forEach((c, k) => {
    if (c.slacks.some((s) => x[el.slacks[s].col] > thr[s])) {
      out.add(k);
      return;
    }
    if (!y || Math.abs(y[c.row]) <= 1e-9) return;
    if (c.kind === 'row') {
      out.add(k);
      return;
    }
    const q = el.problem;
    let act = 0;
    for (let e = q.rowStart[c.row]; e < q.rowStart[c.row + 1]; e++) act += q.coef[e] * x[q.col[e]];
    const side = c.side === 'lo' ? q.rowLo[c.row] : q.rowUp[c.row];
    if (Math.abs(act - side) <= Math.max(tol, 1e-7) * Math.max(1, Math.abs(side))) out.add(k);
  });
  return y ? out : undefined;
}

function notesOf(el: ElasticRelaxation, p: ModelProblem, d: Describer): string[] {
  const out: string[] = [];
  for (const i of el.droppedRows)
    out.push(`${d.rowName(i)} only defines the objective variable and is left out.`);
  for (const i of el.hardRows)
    out.push(`${d.rowName(i)} is kept hard (it defines the objective variable, or its weight is infinite).`);
  const nl = nonlinearVariables(p);
  const groups: [string, number[]][] = [
    ['binary variable', []],
    ['integer variable', []],
    ['variable in nonlinear terms', []],
    ['other variable (infinite weight, or bounds not relaxed)', []],
  ];
  for (const j of el.hardBoundVars) {
    const g = p.varKind[j] === 1 ? 0 : p.varKind[j] === 2 ? 1 : nl.has(j) ? 2 : 3;
    groups[g][1].push(j);
  }
  for (const [what, js] of groups) {
    if (!js.length) continue;
    const shown = js.slice(0, 5).map((j) => d.varName(j));
    const words = js.length === 1 ? what : what.replace('variable', 'variables');
    out.push(
      `The bounds of ${js.length} ${words} are kept hard: ${shown.join(', ')}${js.length > 5 ? ', ...' : ''}.`,
    );
  }
  return out;
}

/** Numbers as people read them: 8 significant digits, no exponent below 1e21. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '+inf' : v < 0 ? '-inf' : 'NaN';
  const r = Number(v.toPrecision(8));
  return String(Object.is(r, -0) ? 0 : r);
}

const fin = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** Names, relations and sentences for rows and bounds. */
class Describer {
  constructor(
    private readonly p: ModelProblem,
    private readonly names: ExplainNames,
  ) {}

  rowName(i: number): string {
    return this.names.rowNames?.[i] ?? this.p.rowNames[i] ?? `r${i}`;
  }
  varName(j: number): string {
    return this.names.varNames?.[j] ?? this.p.varNames[j] ?? `x${j}`;
  }
  at(i: number): string | undefined {
    const sp = this.names.rowSpans?.[i];
    if (!sp) return undefined;
    const { line, column } = lineAndColumn(sp.file, sp.start);
    return `${sp.file.name}:${line}:${column}`;
  }

  ref(c: { kind: ConstraintKind; index: number }): ConstraintRef {
    const p = this.p;
    if (c.kind === 'row') {
      const lo = p.rowLo[c.index];
      const up = p.rowUp[c.index];
      const relation = lo === up ? '=e=' : lo === -Infinity ? '=l=' : up === Infinity ? '=g=' : 'ranged';
      const at = this.at(c.index);
      return {
        kind: 'row',
        index: c.index,
        name: this.rowName(c.index),
        relation,
        lo: fin(lo),
        up: fin(up),
        ...(at ? { at } : {}),
      };
    }
    const lower = c.kind === 'lower bound';
    return {
      kind: c.kind,
      index: c.index,
      name: `${this.varName(c.index)}.${lower ? 'lo' : 'up'}`,
      relation: lower ? '>=' : '<=',
      lo: lower ? fin(p.xl[c.index]) : null,
      up: lower ? null : fin(p.xu[c.index]),
    };
  }

  violation(s: SlackInfo, amount: number): Violation {
    const ref = this.ref(s);
    const rhs = sideOf(this.p, s);
    const lower = s.sign === 1; // the lower side (or lower bound) gives way
    const newRhs = lower ? rhs - amount : rhs + amount;
    const a = formatNumber(amount);
    const move = `(${formatNumber(rhs)} -> ${formatNumber(newRhs)})`;
    let text: string;
    switch (ref.relation) {
      case '=g=':
        text = `needs ${a} less on its right-hand side ${move}`;
        break;
      case '=l=':
        text = `must allow ${a} more ${move}`;
        break;
      case '=e=':
        text = `needs ${a} ${lower ? 'less' : 'more'} on its right-hand side ${move}`;
        break;
      case 'ranged':
        text = lower
          ? `needs its lower limit ${a} lower ${move}`
          : `needs its upper limit ${a} higher ${move}`;
        break;
      case '>=':
        text = `must come down by ${a} ${move}`;
        break;
      case '<=':
        text = `must go up by ${a} ${move}`;
        break;
    }
    return { ...ref, amount, rhs, newRhs, direction: lower ? 'lower' : 'raise', text };
  }
}

/** How a constraint reads: `demand(new-york) =g= 475`, `x.lo = 5`, `2 <= r <= 7`. */
function constraintText(c: ConstraintRef): string {
  const f = (v: number | null, inf: number) => formatNumber(v ?? inf);
  switch (c.relation) {
    case 'ranged':
      return `${f(c.lo, -Infinity)} <= ${c.name} <= ${f(c.up, Infinity)}`;
    case '>=':
      return `${c.name} = ${f(c.lo, -Infinity)}`;
    case '<=':
      return `${c.name} = ${f(c.up, Infinity)}`;
    case '=g=':
      return `${c.name} =g= ${f(c.lo, -Infinity)}`;
    default:
      return `${c.name} ${c.relation} ${f(c.up, Infinity)}`;
  }
}

function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, k) => (widths[k] = Math.max(widths[k] ?? 0, cell.length)));
  return rows.map((r) =>
    ('  ' + r.map((cell, k) => (k === r.length - 1 ? cell : cell.padEnd(widths[k]))).join('  ')).trimEnd(),
  );
}

/** The report as text for the CLI and the listing. */
export function formatExplanation(report: InfeasibilityReport): string {
  const out: string[] = [];
  const how = `elastic ${report.problemClass.toUpperCase()}, ${report.solves} solve${report.solves === 1 ? '' : 's'}`;
  if (report.status === 'failed') {
    out.push(
      `Could not explain the infeasibility (${how}): ${report.message ?? 'the elastic problem was not solved.'}`,
    );
  } else if (report.status === 'feasible') {
    out.push(`No infeasibility found (${how}): ${report.message ?? ''}`.trimEnd());
  } else {
    const n = report.repair.length;
    const minimal =
      report.repairModelStatus !== null &&
      (provenOptimal(report.repairModelStatus) || report.repairModelStatus === ModelStat.LocallyOptimal);
    out.push(
      `The model is infeasible. ${minimal ? 'The smallest total violation is' : 'A repair (not proven smallest) has total violation'} ` +
        `${formatNumber(report.totalViolation ?? NaN)} (${how}); ${n === 1 ? 'this constraint gives' : `these ${n} constraints give`} way:`,
    );
    out.push(
      ...table(report.repair.map((v) => [constraintText(v), v.text, ...(v.at ? [`at ${v.at}`] : [])])),
    );
    const iis = report.iis;
    if (iis) {
      const k = iis.constraints.length;
      const hard = report.notes.some((n) => n.includes('kept hard')) ? ' (with what is kept hard)' : '';
      const head =
        k === 1
          ? `An irreducible infeasible subset (IIS): this constraint alone cannot hold${hard}`
          : `An irreducible infeasible subset (IIS) of ${k} constraints: they cannot all hold${hard}, and without any one of them the rest can`;
      out.push(`${head}${iis.proven ? '' : ` (not proven: ${iis.reason})`}:`);
      pushAll(out, table(iis.constraints.map((c) => [constraintText(c), ...(c.at ? [`at ${c.at}`] : [])])));
    }
  }
  for (const note of report.notes) out.push(`Note: ${note}`);
  return out.join('\n');
}
