// `execute_critical_region m, theta, out=role, ...;`: what a coordinator needs from the last solve
// of model m when the fixed entries of variable theta are its parameters θ (the boundary values of
// a decomposition: multi-parametric programming, src/solvers/critical-region.ts).
//   - An optimal LP/QP: the critical region of its active set, {θ : rows·θ ≤ rhs}, and the value
//     function there, J(θ) = value + grad·(θ − θ₀) + ½ (θ − θ₀)ᵀ hess (θ − θ₀) (status 1).
//   - An infeasible one: the elastic relaxation (reform/elastic.ts, rows elastic, bounds hard, θ
//     fixed) solved by HiGHS; its optimal value v(θ) is convex in θ and v(θ₀) > 0, so every θ that
//     admits a solution satisfies the feasibility cut v(θ₀) + grad·(θ − θ₀) ≤ 0, grad = ∂v/∂θ the
//     reduced costs of θ (status 2). The relaxation's point and its duals are written back as the
//     levels and marginals of the model's variables and equations: `e.l` against `e.lo`/`e.up`
//     shows which rows give way, and by how much.
// Imports interp/ (the host), check/, bind/, model/, reform/, solvers/ and run/solve.ts.
import type { RegionStmt, SolveHost } from '../interp/solve-host.ts';
import { ExecError } from '../check/expressions.ts';
import type { RegionRole } from '../check/region-statement.ts';
import { bump, keysOf, tupleKey, type ParameterSymbol } from '../bind/symbols.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import { extractQuadratic } from '../model/classify.ts';
import type { GeneratedModel } from '../model/generate.ts';
import type { ModelProblem } from '../model/problem.ts';
import { objectiveElimination } from '../reform/eliminate-objective.ts';
import { elasticRelaxation } from '../reform/elastic.ts';
import { criticalRegion, type ParametricQp } from '../solvers/critical-region.ts';
import { linearForm, describeLinearFormError } from '../solvers/linear-form.ts';
import { getSolver } from '../solvers/registry.ts';
import { hasSolution, isInfeasible, ModelStat, provenOptimal } from '../solvers/status.ts';
import type { SolverResult } from '../solvers/types.ts';
import { lastSolve, writeBack } from './solve.ts';

/** What the statement writes: θ's labels, then the roles (absent: not computed). */
interface RegionOutput {
  status: number;
  value?: number;
  grad?: Float64Array;
  /** Row-major p × p. */
  hess?: Float64Array;
  /** Rows over θ (row-major), in absolute θ: rows·θ ≤ rhs. */
  rows?: Float64Array;
  rhs?: Float64Array;
}

export async function runCriticalRegion(host: SolveHost, s: RegionStmt): Promise<void> {
  const last = lastSolve(host, s.model);
  if (!last) throw new ExecError(X.Region_0_not_solved, s.span, [s.model.name]);
  const { gen, result } = last;
  const p = gen.problem;
  const theta: number[] = [];
  for (let j = 0; j < p.n; j++) if (gen.cols.sym[j] === s.theta && p.xl[j] === p.xu[j]) theta.push(j);
  if (theta.length === 0) throw new ExecError(X.Region_0_no_fixed_1, s.span, [s.theta.name, s.model.name]);
  let out: RegionOutput = { status: 0 };
  // Locally optimal (an interior-point solver's word) is optimal for the convex LP/QP this takes.
  const optimal = provenOptimal(result.modelStatus) || result.modelStatus === ModelStat.LocallyOptimal;
  if (result.x && hasSolution(result.modelStatus) && optimal) out = optimalRegion(s, gen, result, theta);
  else if (isInfeasible(result.modelStatus)) out = await feasibilityCut(gen, theta);
  write(s, gen, theta, out);
}

/** The critical region of an optimal point, in the reduced problem (objective row substituted). */
function optimalRegion(s: RegionStmt, gen: GeneratedModel, r: SolverResult, theta: number[]): RegionOutput {
  const p = gen.problem;
  const elim = objectiveElimination.apply(p);
  const q: ModelProblem = elim?.problem ?? p;
  const oldOf = elim ? elim.inverseData.oldOf : Array.from({ length: p.n }, (_, j) => j);
  const rowsKept = elim ? elim.inverseData.rowsKept : Array.from({ length: p.m }, (_, i) => i);
  const lf = linearForm(q, { integer: false, extractQuadratic });
  if (!lf.ok)
    throw new ExecError(X.Region_0_not_linear_1, s.span, [
      s.model.name,
      describeLinearFormError(lf.error, 'the region'),
    ]);
  const lp = lf.lp;
  const sign = lp.sense === 'max' ? -1 : 1;
  const newOf = new Int32Array(p.n).fill(-1);
  oldOf.forEach((j, k) => (newOf[j] = k));
  const x = Float64Array.from(oldOf, (j) => r.x![j]);
  const y = Float64Array.from(rowsKept, (i) => sign * (r.rowMarginal?.[i] ?? 0));
  const qRow: number[] = [];
  const qCol: number[] = [];
  const qVal: number[] = [];
  if (lp.q)
    for (let j = 0; j < lp.q.dim; j++)
      for (let k = lp.q.start[j]; k < lp.q.start[j + 1]; k++) {
        qRow.push(lp.q.rows[k]);
        qCol.push(j);
        qVal.push(sign * lp.q.vals[k]);
      }
  const qp: ParametricQp = {
    n: lp.n,
    m: lp.m,
    c: lp.c.map((v) => sign * v),
    qRow: Int32Array.from(qRow),
    qCol: Int32Array.from(qCol),
    qVal: Float64Array.from(qVal),
    rowStart: lp.rowStart,
    col: lp.rowCol,
    coef: lp.rowVal,
    rowLo: lp.rowLo,
    rowUp: lp.rowUp,
    xl: lp.xl,
    xu: lp.xu,
    params: Int32Array.from(theta, (j) => newOf[j]),
  };
  const cr = criticalRegion(qp, x, y);
  if (!cr.ok) return { status: 0 };
  const { region } = cr;
  const np = theta.length;
  const nr = region.w.length;
  const rhs = new Float64Array(nr);
  for (let i = 0; i < nr; i++) {
    let s0 = region.w[i];
    for (let k = 0; k < np; k++) s0 += region.G[i * np + k] * x[qp.params[k]];
    rhs[i] = s0;
  }
  return {
    status: 1,
    value: sign * region.value + lp.c0,
    grad: region.g.map((v) => sign * v),
    hess: region.H.map((v) => sign * v),
    rows: region.G,
    rhs,
  };
}

/** The feasibility cut of an infeasible model from its elastic relaxation (see the file header). */
async function feasibilityCut(gen: GeneratedModel, theta: number[]): Promise<RegionOutput> {
  const p = gen.problem;
  const relax = elasticRelaxation(p, { bounds: false });
  const highs = getSolver('highs')!;
  const raw = await highs.solve(relax.problem, 'lp', { quiet: true, timeLimit: 60 });
  if (!raw.x || !provenOptimal(raw.modelStatus)) return { status: 0 };
  const r = relax.invert(raw);
  writeBack(gen, r);
  for (const v of gen.colMaps.keys()) bump(v);
  for (const e of new Set(gen.rows.map((o) => o.eq.sym))) bump(e);
  const v = raw.objective ?? 0;
  const grad = Float64Array.from(theta, (j) => r.colMarginal?.[j] ?? 0);
  let rhs = -v;
  theta.forEach((j, k) => (rhs += grad[k] * p.xl[j]));
  return { status: 2, value: v, grad, rows: grad.slice(), rhs: Float64Array.of(rhs) };
}

/** Writes the roles into their parameters (cleared first; zeros are not stored, as in GAMS). */
function write(s: RegionStmt, gen: GeneratedModel, theta: number[], out: RegionOutput): void {
  const d = s.theta.domain.length;
  const labels = theta.map((j) => keysOf(gen.cols.key[j], d));
  const np = theta.length;
  const nr = out.rhs?.length ?? 0;
  const rowIds = s.rowSet ? [...s.rowSet.records.values()].map((r) => r.keys[0]) : [];
  if (s.rowSet && (s.outputs.has('rows') || s.outputs.has('rhs')) && nr > rowIds.length)
    throw new ExecError(X.Region_0_rows_1_set_2_3, s.span, [s.model.name, nr, s.rowSet.name, rowIds.length]);
  const put = (role: RegionRole, fill: (set: (keys: number[], v: number) => void) => void) => {
    const sym: ParameterSymbol | undefined = s.outputs.get(role);
    if (!sym) return;
    sym.records.clear();
    fill((keys, v) => {
      if (v !== 0) sym.records.set(tupleKey(keys, keys.length), v);
    });
    sym.hasData = true;
    bump(sym);
  };
  put('status', (set) => set([], out.status));
  put('count', (set) => set([], nr));
  put('value', (set) => out.value !== undefined && set([], out.value));
  put('grad', (set) => out.grad?.forEach((v, k) => set(labels[k], v)));
  put('hess', (set) => {
    if (!out.hess) return;
    for (let a = 0; a < np; a++)
      for (let b = 0; b < np; b++) set([...labels[a], ...labels[b]], out.hess[a * np + b]);
  });
  put('rows', (set) => {
    if (!out.rows) return;
    for (let i = 0; i < nr; i++)
      for (let k = 0; k < np; k++) set([rowIds[i], ...labels[k]], out.rows[i * np + k]);
  });
  put('rhs', (set) => out.rhs?.forEach((v, i) => set([rowIds[i]], v)));
}
