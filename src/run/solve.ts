// The solve pipeline: runs a `solve` statement the interpreter hands over (interp/solve-host.ts):
// generates the model, checks it against the model type, reduces it through a Chain
// (src/reform/), chooses the solver (command line > option > capability table), calls the
// adapter and writes levels, marginals and model attributes back to the symbols. Imports
// interp/ (the host), check/, bind/, model/, reform/, solvers/.
import type { CEquation } from '../check/checker.ts';
import type { SolveHost, SolveStmt } from '../interp/solve-host.ts';
import type { RunSlot } from '../interp/run-context.ts';
import { ExecError } from '../check/expressions.ts';
import {
  generateModel,
  refreshModel,
  rowActivities,
  modelRecords,
  noteWrittenBack,
  type GeneratedModel,
  type RefreshKind,
} from '../model/generate.ts';
import { equationReads } from '../check/reads.ts';
import type {
  EquationSymbol,
  ModelSymbol,
  SetSymbol,
  Sym,
  TupleKey,
  VariableSymbol,
} from '../bind/symbols.ts';
import { bump, tupleKey, versionOf } from '../bind/symbols.ts';
import { checkMessages as M } from '../diagnostics/messages/check.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import { modelMessages as MM } from '../diagnostics/messages/model.ts';
import { hostMessages as H } from '../diagnostics/messages/host.ts';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { solverMessages as S } from '../diagnostics/messages/solver.ts';
import { gamsConverters, gamsSolvers } from '../check/gams-solvers.ts';
import {
  modelStatusText,
  solveStatusText,
  hasSolution,
  isInfeasible,
  ModelStat,
  SolveStat,
} from '../solvers/status.ts';
import type { ProblemClass, SolverResult } from '../solvers/types.ts';
import {
  getSolver,
  defaultSolverFor,
  gamsLimitDefaults,
  mipPortfolio,
  solverNames,
} from '../solvers/registry.ts';
import { ClassificationCache, classifyProblem, qpReason } from '../model/classify.ts';
import { Op } from '../model/expr-graph.ts';
import type { ModelProblem } from '../model/problem.ts';
import { Chain, type AppliedChain } from '../reform/chain.ts';
import { sosBigM, sosBinaries } from '../reform/sos.ts';
import { objectiveElimination } from '../reform/eliminate-objective.ts';
import { nonsmoothSmoothing, type Smoothing } from '../reform/smooth-nonsmooth.ts';
import {
  explainInfeasible,
  formatExplanation,
  type InfeasibilityReport,
} from '../reform/explain-infeasible.ts';
import type { ModelType } from '../syntax/ast.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { isAsyncLink, type AsyncFailure } from '../interp/async-solves.ts';
import { solveMcpModel } from '../solvers/mcp/adapter.ts';
import { matchMcp, type McpMatching } from './mcp-match.ts';
import { MCP_SOLVER, mcpJob, solveJob, wantsFallback } from './job.ts';

export interface SolveSummary {
  model: string;
  type: string;
  solver: string;
  sense: 'min' | 'max';
  objectiveVariable: string;
  objective: number | null;
  modelStatus: number;
  modelStatusText: string;
  solveStatus: number;
  solveStatusText: string;
  iterations: number;
  /** Seconds of the whole solve statement: generation, reformulations, solver, write-back. */
  seconds: number;
  /** Seconds inside the solver adapter (its data conversion and the solver itself). */
  solverSeconds: number;
  /** Rows, columns and nonzeros of the generated model. */
  rows: number;
  columns: number;
  nonzeros: number;
  /** Problem class found in the model (lp, mip, qp, qcp, nlp, dnlp) and why. */
  problemClass: string;
  /** Why: the first term that makes it that class, e.g. "row 1 (prod) contains x*y". */
  problemClassReason: string;
  /**
   * How the model was instantiated: generated from scratch, refreshed in place (a re-solve after
   * data changes that keep the structure), or reused unchanged; and the seconds that took.
   */
  generation: 'generated' | 'refreshed' | 'reused';
  generationSeconds: number;
  message?: string;
  /** Why the model is infeasible (with --explain-infeasible or `option explain = 1;`). */
  infeasibility?: InfeasibilityReport;
  /** A MIP's stopping gaps (GAMS optcr and optca): its objective is within them of the optimum. */
  optcr?: number;
  optca?: number;
  /**
   * An asynchronous solve's handle (solveLink 3 or 6). Handles increase in the order the solve
   * statements ran; the summaries come in the order the model collected them, which can depend
   * on which job finished first.
   */
  handle?: number;
}

function modelEquations(host: SolveHost, model: ModelSymbol, s: SolveStmt): CEquation[] {
  const eqs: CEquation[] = [];
  const list: EquationSymbol[] =
    model.equations === 'all'
      ? (host.prog.table.ordered.filter((x) => x.kind === 'equation') as EquationSymbol[]).slice(
          0,
          model.allDeclared,
        )
      : model.equations;
  for (const e of list) {
    const c = host.prog.equations.get(e);
    if (!c) {
      if (model.equations === 'all' && !e.definition) continue;
      throw new ExecError(M.Equation_0_has_no_definition, s.stmt.model.span, [e.name, model.name]);
    }
    eqs.push(c);
  }
  return eqs;
}

const relaxed: Record<ModelType, boolean> = {
  lp: true,
  rmip: true,
  qcp: true,
  nlp: true,
  dnlp: true,
  cns: true,
  mcp: true,
  mip: false,
  minlp: false,
  miqcp: false,
};

/**
 * Runs one solve statement, as a pipeline of named steps: instantiate the model (generated, or
 * the cached generation refreshed), check it against the model type, reduce it (a Chain of
 * reductions from src/reform/), choose the solver and call its adapter, map the solution back
 * through the chain, write it to the symbols, and explain an infeasibility when asked.
 * Errors in the model are thrown as ExecError (a diagnostic at the statement).
 */
export async function runSolve(host: SolveHost, s: SolveStmt): Promise<SolveSummary | undefined> {
  const { model, objective, stmt } = s;
  const type = stmt.modelType;
  if (type === 'mcp' || (type === 'cns' && cnsOnMcp(host, s))) return await runMcp(host, s);
  const t0 = performance.now();
  const plan = planOf(host, s);
  const link = model.attrs.get('solvelink') ?? host.solveLink;
  const asyncSolves = isAsyncLink(link) ? host.asyncSolves : undefined;
  const inst = instantiate(host, model, plan, objective, stmt.sense, type);
  const generation = inst.generation;
  // An asynchronous solve is collected later: it keeps its own copy of the problem, which the
  // refresh of the next solve of the same model leaves alone.
  const gen = asyncSolves ? { ...inst.gen, problem: copyProblem(inst.gen.problem) } : inst.gen;
  const generationSeconds = (performance.now() - t0) / 1000;
  checkModel(host, s, gen);
  const cls = problemClassOf(type, gen, inst.gen);
  if ((cls.cls as string) === 'unsupported')
    throw new ExecError(X.Model_type_0_not_supported, stmt.modelTypeSpan, [type.toUpperCase()]);
  const reduced = reduce(host, s, gen, cls);
  const solverName = await chooseAvailableSolver(host, s, cls.cls);
  const resolve = generation !== 'generated';
  const done: Finish = { gen, eqs: plan.eqs, t0, generation, generationSeconds, cls };
  if (asyncSolves) {
    // The job carries the reduced problem; its result is mapped back through the chain when it is
    // collected (a local run of the same job returns it already mapped back).
    const handle = await asyncSolves.submit(
      {
        problem: reduced.problem,
        cls: cls.cls,
        solver: solverName,
        fallback: fallbackSolver(host, type, cls.cls, solverName),
        options: { ...solverOptionFile(host, model, solverName, s), ...host.opts.solverOptions },
        warmStart: resolve && host.warmStart,
        ...limitsOf(host, model),
      },
      { model: model.name, span: stmt.span, link: link! },
      async () => (await callSolver(host, s, reduced, cls.cls, solverName, resolve)).result,
      (r, local, handle, failure) => {
        if (failure)
          return { ...finishSolve(host, s, done, failedJobResult(solverName, failure), solverName), handle };
        const result = r as SolverResult;
        // The solver that answered: the job's fallback took over (wantsFallback), or its solver.
        const fallback = fallbackSolver(host, type, cls.cls, solverName);
        const used = fallback !== undefined && result.solver === fallback ? fallback : solverName;
        return { ...finishSolve(host, s, done, local ? result : reduced.invert(result), used), handle };
      },
    );
    model.attrs.set('handle', handle);
    return undefined;
  }
  const solved = await callSolver(host, s, reduced, cls.cls, solverName, resolve);
  const summary = finishSolve(host, s, done, solved.result, solved.solver);
  const infeasibility = await explain(host, gen, solved.result, solverName);
  if (infeasibility) summary.infeasibility = infeasibility;
  return summary;
}

/**
 * A CNS solve goes to the complementarity solver (a Newton method on F(x) = 0, as GAMS's PATHCNS)
 * when every row is an equality and no EMD solver was named for it (--solver, `option cns =
 * ipopt`); a CNS with inequalities (their slacks count as variables) stays a feasibility NLP.
 */
function cnsOnMcp(host: SolveHost, s: SolveStmt): boolean {
  const chosen = host.opts.solver ?? host.solverChoice.get('cns');
  if (chosen !== undefined && chosen !== 'default' && getSolver(chosen)) return false;
  return planOf(host, s).eqs.every((e) => e.rel === 'e');
}

/**
 * The CNS pairing: rows in order with the columns that are not fixed, in order. The bounds of a
 * CNS must not bind at the solution, so which column a row's F is complementary to does not
 * matter when they do not; runMcp checks that they do not.
 */
function cnsPairs(p: ModelProblem): McpMatching {
  const colOfRow = new Int32Array(p.m);
  let i = 0;
  for (let j = 0; j < p.n; j++) if (p.xl[j] !== p.xu[j]) colOfRow[i++] = j;
  return { colOfRow, implicit: new Uint8Array(p.m).fill(1) };
}

/** A CNS solution is one where every equation holds (to this absolute tolerance, as PATH's 1e-6). */
const CNS_TOLERANCE = 1e-6;

/**
 * `solve m using mcp;`: the model generated without an objective, its rows matched to columns by
 * the model's `e.x` pairs and GAMS's implicit matching (mcp-match.ts), solved by EMD's complementarity solver (src/solvers/mcp/). A model that
 * is not square is an error at the statement; a problem without a solution is a status. Also
 * `solve m using cns;` of a system of equalities (cnsOnMcp): model status 16 Solved when every
 * equation holds, 5 Locally Infeasible when a bound binds. An asynchronous solve (solveLink 3, 4,
 * 6, 7) submits the problem and its matching as a job (job.ts's mcpJob), loaded at handleCollect.
 */
async function runMcp(host: SolveHost, s: SolveStmt): Promise<SolveSummary | undefined> {
  const { model, stmt } = s;
  const cns = stmt.modelType === 'cns';
  const t0 = performance.now();
  const plan = planOf(host, s);
  const inst = instantiate(host, model, plan, undefined, 'min', stmt.modelType);
  const link = model.attrs.get('solvelink') ?? host.solveLink;
  const asyncSolves = isAsyncLink(link) ? host.asyncSolves : undefined;
  // An asynchronous solve keeps its own copy of the problem (see runSolve).
  const gen = asyncSolves ? { ...inst.gen, problem: copyProblem(inst.gen.problem) } : inst.gen;
  const generationSeconds = (performance.now() - t0) / 1000;
  const p = gen.problem;
  if (p.m === 0) throw new ExecError(X.Model_has_no_rows_0, stmt.model.span, [model.name]);
  if (cns) checkSquare(p, model.name, stmt.span);
  const { colOfRow, implicit } = cns ? cnsPairs(p) : matchMcp(gen, model.matches ?? [], stmt.span);
  const done = { gen, plan, t0, generation: inst.generation, generationSeconds, colOfRow };
  if (asyncSolves) {
    // The job: the problem with its matching (job.ts solves it as the lines below do).
    const job = mcpJob(p, colOfRow, implicit, gen.nRowRhs);
    const handle = await asyncSolves.submit(
      job,
      { model: model.name, span: stmt.span, link: link! },
      async () => solveJob({ ...job, id: 0 }),
      (r, _local, handle, failure) => ({
        ...finishMcp(host, s, done, failure ? failedJobResult(MCP_SOLVER, failure) : (r as SolverResult)),
        handle,
      }),
    );
    model.attrs.set('handle', handle);
    return undefined;
  }
  const result = solveMcpModel(p, colOfRow, implicit, gen.nRowRhs);
  return finishMcp(host, s, done, result);
}

/** The end of an MCP (or CNS) solve, synchronous or collected (a failed job has no residual). */
function finishMcp(
  host: SolveHost,
  s: SolveStmt,
  done: {
    gen: GeneratedModel;
    plan: SolvePlan;
    t0: number;
    generation: SolveSummary['generation'];
    generationSeconds: number;
    colOfRow: Int32Array;
  },
  result: SolverResult & { residual?: number },
): SolveSummary {
  const { model, stmt } = s;
  const cns = stmt.modelType === 'cns';
  const { gen, plan, t0, generationSeconds } = done;
  const p = gen.problem;
  if (cns && result.x) cnsStatus(p, done.colOfRow, result);
  writeBack(gen, result);
  for (const v of gen.colMaps.keys()) bump(v);
  for (const e of plan.eqs) bump(e.sym);
  noteWrittenBack(gen, result.x!, result.colMarginal, result.rowMarginal);
  setModelAttributes(stateOf(host).nonzeros, model, gen, result, null);
  model.lastType = stmt.modelType;
  if (!hasSolution(result.modelStatus))
    host.diagnostics.push(
      diag(
        X.Solve_did_not_find_solution_0,
        stmt.span,
        [model.name, modelStatusText[result.modelStatus], solveStatusText[result.solveStatus]],
        result.message,
      ),
    );
  return {
    model: model.name,
    type: cns ? 'CNS' : 'MCP',
    solver: result.solver,
    sense: 'min',
    objectiveVariable: '',
    objective: null,
    modelStatus: result.modelStatus,
    modelStatusText: modelStatusText[result.modelStatus] ?? 'Unknown',
    solveStatus: result.solveStatus,
    solveStatusText: solveStatusText[result.solveStatus] ?? 'Unknown',
    iterations: result.iterations,
    seconds: (performance.now() - t0) / 1000,
    solverSeconds: result.seconds,
    rows: p.m,
    columns: p.n,
    nonzeros: jacobianNonzeros(stateOf(host).nonzeros, p),
    problemClass: 'mcp',
    problemClassReason:
      result.residual === undefined
        ? 'no point'
        : `complementarity residual ${result.residual.toExponential(2)}`,
    generation: done.generation,
    generationSeconds,
    message: result.message,
  };
}

/**
 * A CNS solved as an MCP: Solved (16) when every equation holds, else Locally Infeasible with the
 * worst row (a bound that binds, or no convergence). Its marginals are zero (no objective).
 */
function cnsStatus(p: ModelProblem, colOfRow: Int32Array, result: SolverResult): void {
  let worst = 0;
  let row = -1;
  for (let i = 0; i < p.m; i++) {
    const f = Math.abs(result.colMarginal![colOfRow[i]]);
    if (!(f <= worst)) {
      worst = f;
      row = i;
    }
  }
  result.colMarginal!.fill(0);
  result.rowMarginal!.fill(0);
  if (worst <= CNS_TOLERANCE) {
    result.modelStatus = ModelStat.Solved;
    return;
  }
  result.modelStatus = ModelStat.LocallyInfeasible;
  // The solver's own message when it stopped short; else it met F = 0 or a bound, and a bound binds.
  result.message ??= `equation ${p.rowNames[row]} does not hold (residual ${worst.toExponential(3)}): a bound of a variable binds, and the bounds of a CNS must not bind at its solution.`;
}

/**
 * What collecting a failed asynchronous job loads: no point, and the statuses of a solve that
 * did not happen (13 Error No Solution / 13 System Failure, or 14 No Solution Returned /
 * 3 Resource Interrupt past the time limit); the levels stay as they were.
 */
function failedJobResult(solver: string, f: AsyncFailure): SolverResult {
  const time = f.kind === 'time-limit';
  return {
    solver,
    modelStatus: time ? ModelStat.NoSolutionReturned : ModelStat.ErrorNoSolution,
    solveStatus: time ? SolveStat.ResourceInterrupt : SolveStat.SystemFailure,
    iterations: 0,
    seconds: 0,
    message: `The asynchronous job failed: ${f.message}.`,
  };
}

/** What the end of a solve needs from its start (kept with an asynchronous job until collected). */
interface Finish {
  gen: GeneratedModel;
  eqs: readonly CEquation[];
  t0: number;
  generation: SolveSummary['generation'];
  generationSeconds: number;
  cls: SolveClass;
}

/**
 * The end of a solve, synchronous or collected: the results written back into the symbols, the
 * model's attributes, the diagnostic of a solve without a solution, and the summary.
 */
function finishSolve(
  host: SolveHost,
  s: SolveStmt,
  done: Finish,
  result: SolverResult,
  usedSolver: string,
): SolveSummary {
  // CNS solves have no objective (MCP solves go through runMcp).
  const { model, objective, stmt } = s;
  const type = stmt.modelType;
  const { gen, eqs, t0, generation, generationSeconds, cls } = done;
  // A point where the objective is not finite (a division by a variable that reached zero, a
  // function outside its domain) is not a solution, whatever the solver says.
  if (objective && result.x && hasSolution(result.modelStatus) && !Number.isFinite(result.x[gen.objCol])) {
    result.modelStatus = ModelStat.ErrorNoSolution;
    result.solveStatus = SolveStat.EvaluationInterrupt;
    result.message = `The objective ${objective.name} is not finite at the point the solver returned (a division by a variable that reached zero, or a function outside its domain).`;
  }
  writeBack(gen, result);
  stateOf(host).last.set(model, { gen, result });
  // Levels and marginals changed: equations that read them (x.l, e.m) must see the change.
  for (const v of gen.colMaps.keys()) bump(v);
  for (const e of eqs) bump(e.sym);
  if (result.x) noteWrittenBack(gen, result.x, result.colMarginal, result.rowMarginal);
  else gen.written = undefined;
  const objVal = result.x && objective ? result.x[gen.objCol] : null;
  // A CNS solve reports a solved system (GAMS: 16 Solved), not an optimum.
  if (type === 'cns' && hasSolution(result.modelStatus)) result.modelStatus = ModelStat.Solved;
  setModelAttributes(stateOf(host).nonzeros, model, gen, result, objVal);
  model.lastType = type;
  if (!hasSolution(result.modelStatus)) {
    host.diagnostics.push(
      diag(
        X.Solve_did_not_find_solution_0,
        stmt.span,
        [
          model.name,
          modelStatusText[result.modelStatus] ?? String(result.modelStatus),
          solveStatusText[result.solveStatus] ?? String(result.solveStatus),
        ],
        result.message,
      ),
    );
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    model: model.name,
    type: type.toUpperCase(),
    solver: usedSolver,
    sense: stmt.sense,
    objectiveVariable: objective?.name ?? '',
    objective: hasSolution(result.modelStatus) ? objVal : null,
    modelStatus: result.modelStatus,
    modelStatusText: modelStatusText[result.modelStatus] ?? 'Unknown',
    solveStatus: result.solveStatus,
    solveStatusText: solveStatusText[result.solveStatus] ?? 'Unknown',
    iterations: result.iterations,
    seconds,
    solverSeconds: result.seconds,
    rows: gen.problem.m,
    columns: gen.problem.n,
    nonzeros: jacobianNonzeros(stateOf(host).nonzeros, gen.problem),
    problemClass: cls.cls,
    problemClassReason: cls.reason,
    generation,
    generationSeconds,
    message: result.message,
    ...(cls.cls === 'mip' ? gapsOf(limitsOf(host, model)) : {}),
  };
}

const gapsOf = (l: ReturnType<typeof limitsOf>) => ({ optcr: l.relativeGap, optca: l.absoluteGap });

/**
 * A copy of a problem's arrays that later refreshes of the generation leave alone (names, lazy and
 * fixed by the structure, are shared).
 */
export function copyProblem(p: ModelProblem): ModelProblem {
  const out: Record<string, unknown> = { ...p };
  for (const [k, v] of Object.entries(p)) if (ArrayBuffer.isView(v)) out[k] = (v as Float64Array).slice();
  const g = p.graph;
  out.graph = {
    nodeCount: g.nodeCount,
    op: g.op.slice(),
    childStart: g.childStart.slice(),
    children: g.children.slice(),
    value: g.value.slice(),
  };
  return out as unknown as ModelProblem;
}

/**
 * The generated model against the solve statement: an objective in the model, rows, bounds a
 * solver can take (the start projected onto them, as GAMS), and content the model type allows
 * (GAMS: an LP with a nonlinear term is an error).
 */
function checkModel(host: SolveHost, s: SolveStmt, gen: GeneratedModel): void {
  // CNS solves have no objective (MCP solves go through runMcp).
  const { model, objective, stmt } = s;
  const type = stmt.modelType;
  if (objective && gen.objCol < 0)
    throw new ExecError(M.Objective_0_not_in_model_1, stmt.objective!.span, [objective.name, model.name]);
  if (gen.problem.m === 0) throw new ExecError(X.Model_has_no_rows_0, stmt.model.span, [model.name]);
  if (type === 'cns') checkSquare(gen.problem, model.name, stmt.span);
  const { xl, xu } = gen.problem;
  const x0 = gen.problem.x0 as Float64Array;
  for (let j = 0; j < gen.problem.n; j++) {
    const lo = xl[j];
    const up = xu[j];
    // The column's name (a lazy list: each name is built on first use) only for a diagnostic: a
    // re-solve in a loop checks every column each time.
    if (!(lo <= up) || lo === Infinity || up === -Infinity) {
      checkBounds(gen.problem.varNames[j], lo, up, stmt.span);
      throw new ExecError(X.Bounds_crossed_0, stmt.span, [gen.problem.varNames[j], lo, up]);
    }
    // As GAMS: the start is the level projected onto the bounds.
    if (x0[j] < xl[j]) x0[j] = xl[j];
    else if (x0[j] > xu[j]) x0[j] = xu[j];
  }
  if ((type === 'lp' || type === 'mip' || type === 'rmip') && gen.nonlinearEquations.length) {
    const eq = gen.nonlinearEquations[0];
    const nl = eq.facts.of(eq.lhs).nl ?? eq.facts.of(eq.rhs).nl;
    throw new ExecError(
      MM.Nonlinear_term_in_0_model,
      nl?.span ?? eq.def.span,
      [model.name, type.toUpperCase(), eq.sym.name, nl?.what ?? 'a nonlinear term'],
      `solve it as NLP (or DNLP), e.g. 'solve ${model.name} using nlp ${stmt.sense === 'min' ? 'minimizing' : 'maximizing'} ${objective?.name ?? 'z'};'.`,
    );
  }
  if ((type === 'nlp' || type === 'qcp') && gen.nonsmoothEquations.length) {
    const eq = gen.nonsmoothEquations[0];
    const ns = eq.facts.of(eq.lhs).nonsmooth ?? eq.facts.of(eq.rhs).nonsmooth!;
    throw new ExecError(MM.Nonsmooth_in_nlp_0, ns.span, [model.name, eq.sym.name, ns.fn]);
  }
  if (relaxed[type] && gen.discreteCount > 0 && type !== 'rmip') {
    host.diagnostics.push(
      diag(MM.Discrete_variables_in_continuous_0, stmt.span, [
        model.name,
        type.toUpperCase(),
        gen.discreteCount,
      ]),
    );
  }
}

/**
 * The reductions of a problem class, in order. Nonlinear models: the objective variable is
 * substituted by its defining row, as GAMS does before calling an NLP solver (a model variable
 * with a near-zero Hessian makes the first steps huge), and QP solvers need a quadratic objective
 * rather than a quadratic row. DNLP: min/max/abs become epigraph/hypograph variables where sound.
 */
const chains: Partial<Record<ProblemClass, Chain>> = {
  nlp: new Chain([objectiveElimination]),
  dnlp: new Chain([objectiveElimination, nonsmoothSmoothing]),
  mip: new Chain([sosBinaries]),
};

/**
 * Applies the class's chain to the generated problem. A nonlinear model whose reduced problem is
 * a QP changes class (`cls` is updated). Logs the class and reports the non-smooth terms, once
 * per solve statement.
 */
function reduce(host: SolveHost, s: SolveStmt, gen: GeneratedModel, cls: SolveClass): AppliedChain {
  const applied = (chains[cls.cls] ?? noReductions).apply(gen.problem);
  if (cls.cls === 'mip' && gen.problem.sos?.length && !applied.step(sosBinaries)) {
    const b = sosBigM(gen.problem);
    if ('unbounded' in b) {
      const j = b.unbounded;
      const v = gen.cols.sym[j];
      throw new ExecError(
        M.Sos_member_0_unbounded,
        s.stmt.span,
        [v.varType === 'sos1' ? 1 : 2, gen.problem.varNames[j], b.side === 'up' ? 'upper' : 'lower'],
        `EMD solves SOS sets with binaries, which need a bound on each member: give one, e.g. '${v.name}.up(...) = ...;'.`,
      );
    }
  }
  const elim = applied.step(objectiveElimination);
  // The reduced problem is a QP when none of its rows is nonlinear and its objective, the
  // eliminated row's nonlinear part times a constant, is quadratic or affine: exactly when that
  // row was the problem's only nonlinear part and it was quadratic, so that classifyProblem found
  // a QCP (what it finds for the reduced problem; not classified a second time).
  if (elim && cls.qcpDegree !== undefined && !elim.problem.rowNl.some((r) => r >= 0)) {
    cls.cls = 'qp';
    cls.reason = qpReason(cls.qcpDegree);
  }
  // The class and its reason, on the log before the solver's, once per solve statement.
  if (!host.opts.quiet && cls.cls !== 'lp' && cls.cls !== 'mip') {
    const seen = stateOf(host).seen(s);
    const k = `class|${cls.cls}|${cls.reason}`;
    if (!seen.has(k)) {
      seen.add(k);
      host.opts.log(`Model ${s.model.name} is ${cls.cls.toUpperCase()}: ${cls.reason}.`);
    }
  }
  const smooth = applied.step(nonsmoothSmoothing);
  if (smooth) reportSmoothing(host, s, gen, applied, smooth.inverseData);
  return applied;
}

const noReductions = new Chain([]);

/** The non-smooth terms reformulated or passed through, grouped by equation, function and kind. */
function reportSmoothing(
  host: SolveHost,
  s: SolveStmt,
  gen: GeneratedModel,
  applied: AppliedChain,
  sm: Smoothing,
): void {
  const groups = new Map<string, { eq?: CEquation; op: string; kind?: string; count: number }>();
  const rowEq = (row: number) => (row >= 0 && row < gen.rows.length ? gen.rows[row].eq : undefined);
  for (const t of [
    ...sm.terms.map((t) => ({ ...t, kind: t.kind as string | undefined })),
    ...sm.remaining.map((r) => ({ ...r, kind: undefined })),
  ]) {
    // Row numbers refer to the problem given to the smoothing: map back through the chain.
    const eq = rowEq(applied.originalRow(nonsmoothSmoothing, t.row));
    const k = `${eq?.sym.name}|${t.op}|${t.kind}`;
    const g = groups.get(k) ?? { eq, op: t.op, kind: t.kind, count: 0 };
    g.count++;
    groups.set(k, g);
  }
  // Reported once per solve statement, not at every pass of a loop around it.
  const seen = stateOf(host).seen(s);
  for (const g of groups.values()) {
    const k = `${g.eq?.sym.name}|${g.op}|${g.kind}|${g.count}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const where = g.eq?.def.span ?? s.stmt.span;
    const name = g.eq?.sym.name ?? 'objective';
    if (g.kind)
      host.diagnostics.push(diag(MM.Nonsmooth_term_0_reformulated, where, [g.count, g.op, name, g.kind]));
    else host.diagnostics.push(diag(MM.Nonsmooth_term_0_passed_through, where, [g.count, g.op, name]));
  }
}

/**
 * The solver of this solve (see chooseSolver), replaced by the class's default when it cannot run
 * here and nobody named it on the command line (`option nlp = ipopt;` on a machine without the
 * Ipopt library: a note). Refuses a solver that does not take the class.
 */
async function chooseAvailableSolver(host: SolveHost, s: SolveStmt, cls: ProblemClass): Promise<string> {
  const { stmt } = s;
  let solverName = chooseSolver(host, stmt.modelType, cls, s);
  const avail = await getSolver(solverName)!.available();
  if (!avail.ok) {
    const fallback = defaultSolverFor(cls);
    if (host.opts.solver !== undefined || fallback === solverName)
      throw new ExecError(X.Solver_0_unavailable_1, stmt.span, [solverName, avail.reason]);
    noteOnce(
      host,
      s,
      diag(S.Solver_0_unavailable_1_replaced_by_2, stmt.span, [
        solverName,
        withoutFinalStop(avail.reason),
        fallback,
        cls.toUpperCase(),
      ]),
    );
    solverName = fallback;
  }
  if (!getSolver(solverName)!.classes.includes(cls)) {
    throw new ExecError(
      X.Solver_0_cannot_solve_1,
      stmt.span,
      [solverName, cls.toUpperCase()],
      `solvers for ${cls.toUpperCase()}: ${solverNames.filter((n) => getSolver(n)!.classes.includes(cls)).join(', ')}.`,
    );
  }
  return solverName;
}

/** A reason as a clause inside a sentence. */
function withoutFinalStop(reason: string): string {
  return reason.endsWith('.') ? reason.slice(0, -1) : reason;
}

/**
 * Calls the adapter on the reduced problem and maps its solution back through the chain. A model
 * declared nonlinear that turned out a QP goes to the QP default (HiGHS), which takes convex QPs
 * only: when nobody chose the solver and the adapter reports a capability problem, the NLP
 * default solves it instead (a local optimum), and the log says why.
 */
async function callSolver(
  host: SolveHost,
  s: SolveStmt,
  reduced: AppliedChain,
  cls: ProblemClass,
  solverName: string,
  resolve: boolean,
): Promise<{ result: SolverResult; solver: string }> {
  const { model, stmt } = s;
  const type = stmt.modelType;
  const watch = solveWatch(host, model.name);
  const limits = limitsOf(host, model);
  const run = async (name: string, timeLimit = limits.timeLimit) => {
    const options = { ...solverOptionFile(host, model, name, s), ...host.opts.solverOptions };
    // A re-solve starts from the previous levels (always, as GAMS) and multipliers (by default).
    const warmStart = resolve && host.warmStart;
    const progress = watch.progress(name);
    // On another thread when the front end offers one for this job (SIGINT can then stop it).
    const job = {
      id: 0,
      problem: reduced.problem,
      cls,
      solver: name,
      options,
      warmStart,
      ...limits,
      timeLimit,
    };
    const log = host.opts.quiet ? undefined : watch.log;
    const elsewhere = host.opts.solveOnThread?.(job, { log, progress });
    return reduced.invert(
      elsewhere
        ? ((await elsewhere) as SolverResult)
        : await getSolver(name)!.solve(reduced.problem, cls, {
            quiet: host.opts.quiet,
            log: watch.log,
            progress,
            shouldStop: host.opts.interrupted,
            beforeBlocking: host.opts.beforeBlockingSolve,
            options,
            warmStart,
            ...limits,
            timeLimit,
          }),
    );
  };
  if (cls === 'mip' && solverName === mipPortfolio.first && !emdSolverChosen(host, type, cls))
    return portfolio(host, run, limits.timeLimit, reduced.problem.sense);
  const result = await run(solverName);
  // Likewise when HiGHS's QP point fails its duality check (feasible, not proven optimal).
  const fallback = fallbackSolver(host, type, cls, solverName);
  if (fallback && wantsFallback(result)) {
    if (!host.opts.quiet)
      host.opts.log(
        `${solverName}: ${result.issue?.reason ?? result.message}. Solving it as an NLP with ${fallback} (a local optimum).`,
      );
    return { result: await run(fallback), solver: fallback };
  }
  return { result, solver: solverName };
}

/**
 * The solver that takes over a QP declared nonlinear when its solver refuses it (wantsFallback):
 * the NLP default, unless somebody chose the solver. Asynchronous jobs carry it.
 */
function fallbackSolver(
  host: SolveHost,
  type: ModelType,
  cls: ProblemClass,
  solverName: string,
): string | undefined {
  const nlpDefault = defaultSolverFor('nlp');
  return cls === 'qp' &&
    (type === 'nlp' || type === 'dnlp' || type === 'qcp') &&
    !emdSolverChosen(host, type, cls) &&
    solverName !== nlpDefault
    ? nlpDefault
    : undefined;
}

/** GAMS's default iterlim (2e9 since release 24.x): no limit of its own. */
const GAMS_DEFAULT_ITERLIM = 2e9;

/**
 * The GAMS limits of a solve: the model's attribute (`m.optcr = 0;`), else the option
 * (`option optcr = 0;`), else GAMS's default. reslim is a time limit in seconds; iterlim an
 * iteration limit (GAMS's default, 2e9, and anything above it leave the solver's own limit); optcr
 * and optca are the MIP stopping gaps (SolveOptions says how each backend reads them).
 */
function limitsOf(
  host: SolveHost,
  model: ModelSymbol,
): { timeLimit?: number; iterLimit?: number; relativeGap: number; absoluteGap: number } {
  const get = (k: 'optcr' | 'optca' | 'reslim' | 'iterlim') => model.attrs.get(k) ?? host.solveLimits.get(k);
  const reslim = get('reslim');
  const iterlim = get('iterlim');
  return {
    ...(reslim !== undefined ? { timeLimit: reslim } : {}),
    ...(iterlim !== undefined && iterlim < GAMS_DEFAULT_ITERLIM
      ? { iterLimit: Math.max(0, Math.floor(iterlim)) }
      : {}),
    relativeGap: get('optcr') ?? gamsLimitDefaults.optcr,
    absoluteGap: get('optca') ?? gamsLimitDefaults.optca,
  };
}

/**
 * The MIP portfolio (registry.ts's mipPortfolio): the first solver within its budget; a search it
 * did not finish by then (stopped on time, by the budget and not by the model's reslim) goes to
 * the second with the rest of the time. The second's answer is kept when it is proven optimal or
 * has the better point; else the first's incumbent stands.
 */
export async function portfolio(
  host: SolveHost,
  run: (name: string, timeLimit?: number) => Promise<SolverResult>,
  reslim: number | undefined,
  sense: 'min' | 'max',
): Promise<{ result: SolverResult; solver: string }> {
  const { first, then, seconds } = mipPortfolio;
  const budget = reslim === undefined ? seconds : Math.min(seconds, reslim);
  const t0 = performance.now();
  const a = await run(first, budget);
  const elapsed = (performance.now() - t0) / 1000;
  const rest = reslim === undefined ? undefined : reslim - elapsed;
  const cut = a.solveStatus === SolveStat.ResourceInterrupt && budget < (reslim ?? Infinity);
  if (!cut || (rest !== undefined && rest <= 0) || !(await getSolver(then)!.available()).ok)
    return { result: a, solver: first };
  if (!host.opts.quiet)
    host.opts.log(
      `${first}: no proven optimum within ${budget} s. Solving it with ${then}${rest === undefined ? '' : ` (${rest.toFixed(1)} s left of reslim)`}.`,
    );
  const b = await run(then, rest);
  const better = (u: SolverResult, v: SolverResult) =>
    u.objective !== undefined &&
    (v.objective === undefined || (sense === 'min' ? u.objective < v.objective : u.objective > v.objective));
  const result = b.modelStatus === ModelStat.Optimal || !a.x || (b.x && better(b, a)) ? b : a;
  result.seconds = (performance.now() - t0) / 1000;
  return { result, solver: result === b ? then : first };
}

/** The model attributes a solve sets (m.modelstat, m.objval, m.numequ, ...). */
function setModelAttributes(
  nonzeros: WeakMap<ModelProblem, number>,
  model: ModelSymbol,
  gen: GeneratedModel,
  result: SolverResult,
  objVal: number | null,
): void {
  model.attrs.set('modelstat', result.modelStatus);
  model.attrs.set('solvestat', result.solveStatus);
  model.attrs.set('objval', objVal ?? NaN);
  model.attrs.set('iterusd', result.iterations);
  model.attrs.set('resusd', result.seconds);
  model.attrs.set('numequ', gen.problem.m);
  model.attrs.set('numvar', gen.problem.n);
  model.attrs.set('numnz', jacobianNonzeros(nonzeros, gen.problem));
}

/**
 * Why the model is infeasible (--explain-infeasible or `option explain = 1;`): the elastic
 * relaxation of the original problem, solved by the model's solver when it takes the relaxation's
 * class, else by the class default.
 */
async function explain(
  host: SolveHost,
  gen: GeneratedModel,
  result: SolverResult,
  solverName: string,
): Promise<InfeasibilityReport | undefined> {
  // Intermediate Infeasible too: the solver stopped (iterlim, reslim, a failed restoration) at a
  // point that violates rows, and the user asked why; the relaxation says whether any point holds.
  const stoppedInfeasible = result.modelStatus === ModelStat.IntermediateInfeasible;
  if (
    !(host.opts.explainInfeasible || host.explain) ||
    !(isInfeasible(result.modelStatus) || stoppedInfeasible)
  )
    return undefined;
  const adapter = getSolver(solverName)!;
  const infeasibility = await explainInfeasible(
    gen.problem,
    (q, c) => {
      const a = adapter.classes.includes(c) ? adapter : getSolver(defaultSolverFor(c))!;
      return a.solve(q, c, { quiet: true, options: host.opts.solverOptions, timeLimit: 60 });
    },
    { rowSpans: gen.rows.map((r) => r.eq.def.span) },
  );
  (host.opts.report ?? host.opts.log)(formatExplanation(infeasibility));
  return infeasibility;
}

/**
 * A CNS model must be square, as GAMS requires: as many equations as variables that are not fixed
 * (E1323 otherwise).
 */
function checkSquare(p: ModelProblem, model: string, span: SolveStmt['span']): void {
  let free = 0;
  for (let j = 0; j < p.n; j++) if (p.xl[j] !== p.xu[j]) free++;
  if (free !== p.m) throw new ExecError(X.Cns_not_square_0_1_2, span, [model, p.m, free]);
}

/**
 * Bounds no solver can take, as GAMS reports them: NA (`x.up = na`), a lower bound of +inf or an
 * upper bound of -inf (no value satisfies them). An infinite bound on the other side is free.
 */
function checkBounds(name: string, lo: number, up: number, span: SolveStmt['span']): void {
  const hint = (attr: string) =>
    `an assignment to ${name.replace(/\(.*/, '')}${attr} (or .fx) before this solve sets it.`;
  if (lo !== lo) throw new ExecError(X.Variable_0_bound_1_is_na, span, [name, '.lo'], hint('.lo'));
  if (up !== up) throw new ExecError(X.Variable_0_bound_1_is_na, span, [name, '.up'], hint('.up'));
  if (lo === Infinity)
    throw new ExecError(X.Variable_0_bound_1_is_2, span, [name, '.lo', '+inf'], hint('.lo'));
  if (up === -Infinity)
    throw new ExecError(X.Variable_0_bound_1_is_2, span, [name, '.up', '-inf'], hint('.up'));
}

/**
 * The log of one solve and its progress lines: `[solve m] glpk: 12.0 s, <the solver's latest
 * figure>` on the log (stderr) whenever the solver reports (its callback) and nothing was printed
 * for `progressSeconds` (1 s by default), so a long solve never stays silent for 2 s while its solver reports. Off with
 * quiet.
 */
function solveWatch(
  host: SolveHost,
  model: string,
): { log: (line: string) => void; progress: (solver: string) => ((detail: string) => void) | undefined } {
  const t0 = performance.now();
  const every = (host.opts.progressSeconds ?? 1) * 1000;
  let last = t0;
  const log = (line: string) => {
    last = performance.now();
    host.opts.log(line);
  };
  return {
    log,
    progress: (solver) =>
      host.opts.quiet
        ? undefined
        : (detail) => {
            const now = performance.now();
            if (now - last < every) return;
            // A progress line says the solve is a long one: from here on a Ctrl-C must be seen even
            // while the solver blocks the thread (the CLI's watcher thread; idempotent). Without
            // this, a solver that arms on its own clock could print the line first (HiGHS's MIP
            // callback did, when building the model took a tenth of a second on a loaded machine).
            host.opts.beforeBlockingSolve?.();
            log(`[solve ${model}] ${solver}: ${((now - t0) / 1000).toFixed(1)} s, ${detail}`);
          },
  };
}

/**
 * GAMS-style solver options file: with `m.optfile = k;` (k ≥ 1) the solve reads `<solver>.opt`
 * (k = 1) or `<solver>.op<k>` beside the model: one `name value` (or `name = value`) per line,
 * `*` comment lines. Options given on the command line win. Names are validated by the adapter.
 */
function solverOptionFile(
  host: SolveHost,
  model: ModelSymbol,
  solver: string,
  s: SolveStmt,
): Record<string, number | string> {
  const k = Math.round(model.attrs.get('optfile') ?? 0);
  if (k <= 0) return {};
  const name = k === 1 ? `${solver}.opt` : `${solver}.op${k}`;
  const text = host.opts.readOptionFile?.(name);
  if (text === undefined) {
    // As GAMS: a missing options file is reported and the solver runs with its defaults.
    host.diagnostics.push(
      diag(
        X.Option_file_0_not_found,
        s.span,
        [name],
        `${model.name}.optfile = ${k} asks for it; put it beside the model.`,
      ),
    );
    return {};
  }
  const out: Record<string, number | string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('*') || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][\w.]*)\s*(?:=\s*|\s+)(.+)$/.exec(line);
    if (!m) throw new ExecError(X.Option_file_0_bad_line_1, s.span, [name, line]);
    const v = m[2].trim().replace(/^["']|["']$/g, '');
    const n = Number(v);
    out[m[1]] = v !== '' && Number.isFinite(n) ? n : v;
  }
  return out;
}

/**
 * The solve pipeline's state in one run (interp/run-context.ts): what was reported per solve
 * statement (notes once per statement, not at every pass of a loop), the plan of each statement,
 * the generations kept per model for re-solves, and the Jacobian nonzeros per generated problem.
 */
class SolveState {
  readonly reported = new WeakMap<SolveStmt, Set<string>>();
  readonly plans = new WeakMap<SolveStmt, SolvePlan>();
  readonly generations = new Map<ModelSymbol, SolveCache[]>();
  readonly nonzeros = new WeakMap<ModelProblem, number>();
  /** The last synchronous or collected solve of each model (execute_critical_region reads it). */
  readonly last = new Map<ModelSymbol, { gen: GeneratedModel; result: SolverResult }>();

  /** The keys reported for `s` in this run. */
  seen(s: SolveStmt): Set<string> {
    let set = this.reported.get(s);
    if (!set) this.reported.set(s, (set = new Set()));
    return set;
  }
}

const solveState: RunSlot<SolveState> = { name: 'solve', create: () => new SolveState() };
const stateOf = (host: SolveHost): SolveState => host.context.get(solveState);

/** The generation and result of the last solve of `model` in this run (execute_critical_region). */
export function lastSolve(
  host: SolveHost,
  model: ModelSymbol,
): { gen: GeneratedModel; result: SolverResult } | undefined {
  return stateOf(host).last.get(model);
}

interface SolveCache {
  readonly key: string;
  readonly gen: GeneratedModel;
  /** Versions of the plan's symbols when `gen` was generated or last refreshed. */
  readonly versions: number[];
  /** Contents (tuple keys in order) of the plan's sets when `gen` was generated, by symbol index. */
  readonly sets: Map<number, TupleKey[]>;
}

/** The tuple keys of a set in order. */
function setContents(s: SetSymbol): TupleKey[] {
  return [...s.records.keys()];
}

/**
 * Whether the plan's sets hold what they held when `c` was generated. A set assigned since
 * (`nn(n) = yes` at every pass of a decomposition loop) may hold the same members again: then
 * its version in `c` is brought up to date, and the equations reading it count as unchanged.
 */
function sameSets(plan: SolvePlan, c: SolveCache): boolean {
  for (const [k, keys] of c.sets) {
    const s = plan.syms[k] as SetSymbol;
    if (versionOf(s) === c.versions[k]) continue;
    if (s.records.size !== keys.length) return false;
    let q = 0;
    for (const key of s.records.keys()) if (key !== keys[q++]) return false;
    c.versions[k] = versionOf(s);
  }
  return true;
}

/**
 * Generations kept per model. A decomposition loop solves one model for each of its subproblems
 * in turn (`act(n) = yes; solve prosumer ...` over 69 prosumers): each subproblem's generation is
 * kept and refreshed when its turn comes again, instead of regenerating at every solve. Bounded
 * by count and by size (nonzeros + graph nodes + rows + columns, most recent first).
 */
const MAX_CACHED_GENERATIONS = 256;
const MAX_CACHED_SIZE = 4_000_000;

function sizeOf(gen: GeneratedModel): number {
  const p = gen.problem;
  return p.rowStart[p.m] + p.graph.nodeCount + p.m + p.n;
}

/**
 * What a solve statement needs on every pass, computed once: its equations, the cache key of its
 * generation, and the symbols each equation reads (indices into `syms`), split into those that
 * shape rows and coefficients and those that only move right-hand sides.
 */
interface SolvePlan {
  readonly eqs: CEquation[];
  readonly key: string;
  readonly syms: Sym[];
  readonly structural: number[][];
  readonly constantOnly: number[][];
}

function planOf(host: SolveHost, s: SolveStmt): SolvePlan {
  const plans = stateOf(host).plans;
  let plan = plans.get(s);
  if (plan) return plan;
  const { model, objective, stmt } = s;
  const eqs = modelEquations(host, model, s);
  const syms: Sym[] = [];
  const slot = new Map<Sym, number>();
  const indices = (set: ReadonlySet<Sym>) =>
    [...set].map((x) => {
      let k = slot.get(x);
      if (k === undefined) {
        k = syms.length;
        syms.push(x);
        slot.set(x, k);
      }
      return k;
    });
  const reads = eqs.map((e) => equationReads(e));
  plan = {
    eqs,
    key: `${stmt.modelType}|${stmt.sense}|${objective?.name ?? ''}|${eqs.map((e) => e.sym.name).join(',')}`,
    syms,
    structural: reads.map((r) => indices(r.structural)),
    constantOnly: reads.map((r) => indices(r.constantOnly)),
  };
  plans.set(s, plan);
  return plan;
}

/**
 * The generated model of a solve: the previous one of the same model refreshed in place when only
 * data values changed (parameters are inputs: coefficients and right-hand sides are updated where
 * they are read), a new one when the structure changed or on the first solve.
 */
function instantiate(
  host: SolveHost,
  model: ModelSymbol,
  plan: SolvePlan,
  objective: VariableSymbol | undefined,
  sense: 'min' | 'max',
  type: ModelType,
): { gen: GeneratedModel; generation: 'generated' | 'refreshed' | 'reused' } {
  const { eqs, key, syms } = plan;
  const generations = stateOf(host).generations;
  const caches = generations.get(model) ?? [];
  const at = host.reuse ? caches.findIndex((c) => c.key === key && sameSets(plan, c)) : -1;
  if (at >= 0) {
    const cache = caches[at];
    caches.splice(at, 1);
    const v = cache.versions;
    const changed = (idx: number[]) => {
      for (const k of idx) if (versionOf(syms[k]) !== v[k]) return true;
      return false;
    };
    const kinds: RefreshKind[] = eqs.map((_, e) =>
      changed(plan.structural[e])
        ? 'coefficients'
        : changed(plan.constantOnly[e])
          ? 'constants'
          : 'unchanged',
    );
    if (refreshModel(cache.gen, eqs, kinds)) {
      for (let k = 0; k < syms.length; k++) v[k] = versionOf(syms[k]);
      caches.unshift(cache);
      generations.set(model, caches);
      return { gen: cache.gen, generation: kinds.every((k) => k === 'unchanged') ? 'reused' : 'refreshed' };
    }
  }
  const gen = generateModel(eqs, objective, sense, host.prog.table.universe, relaxed[type]);
  const sets = new Map<number, TupleKey[]>();
  syms.forEach((x, k) => {
    if (x.kind === 'set') sets.set(k, setContents(x));
  });
  caches.unshift({ key, sets, gen, versions: syms.map(versionOf) });
  let keep = 0;
  let size = 0;
  while (keep < caches.length && keep < (host.reuse ? MAX_CACHED_GENERATIONS : 1)) {
    size += sizeOf(caches[keep].gen);
    if (keep > 0 && size > MAX_CACHED_SIZE) break;
    keep++;
  }
  caches.length = keep;
  generations.set(model, caches);
  return { gen, generation: 'generated' };
}

/**
 * The class of a solve's problem and why; for a QCP found in an NLP solve, the degree of its first
 * nonlinear row (reduce: whether the problem without its objective variable is a QP).
 */
interface SolveClass {
  cls: ProblemClass;
  reason: string;
  qcpDegree?: number;
}

/** The classifications of the models' generations (a loop of re-solves classifies each). */
const classifications = new ClassificationCache();

/** The class of gen's problem; `cached`: the generation whose last classification may be reused. */
function problemClassOf(type: ModelType, gen: GeneratedModel, cached: GeneratedModel): SolveClass {
  // CNS: a square system, solved as a feasibility problem (no objective) of its class.
  if (type === 'cns') {
    if (gen.nonlinearEquations.length === 0) return { cls: 'lp', reason: 'a linear square system' };
    const c = classifyProblem(gen.problem);
    return { cls: c.cls === 'dnlp' ? 'dnlp' : 'nlp', reason: `a square system, ${c.reason}` };
  }
  if (type === 'qcp' || type === 'nlp' || type === 'dnlp') {
    const c = classifications.classify(cached, gen.problem);
    if (c.cls === 'dnlp') return { cls: 'dnlp', reason: c.reason };
    return { cls: 'nlp', reason: c.reason, qcpDegree: c.firstRowDegree };
  }
  if (type === 'lp' || type === 'rmip') return { cls: 'lp', reason: 'linear' };
  if (type === 'mip') return { cls: 'mip', reason: 'linear with discrete variables' };
  return { cls: 'unsupported' as ProblemClass, reason: type };
}

/**
 * Nonzeros of the constraint Jacobian, as GAMS counts them: the linear coefficients plus each
 * variable a row's nonlinear part reaches and its linear part lacks. Counted once per generated
 * problem (a refresh in place keeps the structure, and the object).
 */
function jacobianNonzeros(nonzeroCounts: WeakMap<ModelProblem, number>, p: ModelProblem): number {
  const known = nonzeroCounts.get(p);
  if (known !== undefined) return known;
  let count = p.rowStart[p.m];
  const g = p.graph;
  const seenNode = new Int32Array(g.nodeCount).fill(-1);
  const seenVar = new Int32Array(p.n).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < p.m; i++) {
    if (p.rowNl[i] < 0) continue;
    for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) seenVar[p.col[k]] = i;
    stack.push(p.rowNl[i]);
    while (stack.length) {
      const v = stack.pop()!;
      if (seenNode[v] === i) continue;
      seenNode[v] = i;
      if (g.op[v] === Op.Var) {
        const j = g.value[v];
        if (seenVar[j] !== i) {
          seenVar[j] = i;
          count++;
        }
      }
      for (let c = g.childStart[v]; c < g.childStart[v + 1]; c++) stack.push(g.children[c]);
    }
  }
  nonzeroCounts.set(p, count);
  return count;
}

function chooseSolver(host: SolveHost, type: ModelType, cls: ProblemClass, s: SolveStmt): string {
  const chosen = host.opts.solver ?? host.solverChoice.get(type) ?? host.solverChoice.get(cls);
  const fallback = defaultSolverFor(cls);
  if (chosen === undefined || chosen === 'default') return fallback;
  if (getSolver(chosen)) return chosen;
  // `option lp = cplex;` in a GAMS model: EMD's solver of the class runs, with a note (once per
  // solve statement). --solver on the command line names EMD's solvers only.
  if (host.opts.solver === undefined && gamsSolvers.has(chosen)) {
    noteOnce(
      host,
      s,
      diag(gamsConverters.has(chosen) ? S.Convert_0_solves_with_1 : S.Gams_solver_0_replaced_by_1, s.span, [
        chosen,
        fallback,
        cls.toUpperCase(),
      ]),
    );
    return fallback;
  }
  const near = suggest(chosen, solverNames);
  throw new ExecError(
    H.Unknown_solver_0,
    s.span,
    [chosen],
    near ? `did you mean '${near}'?` : `solvers: ${solverNames.join(', ')}.`,
  );
}

/**
 * Whether the user named one of EMD's solvers for this solve (--solver, or `option nlp = ipopt;`).
 * A GAMS solver name EMD lacks (`option nlp = conopt;`) leaves the choice to EMD.
 */
function emdSolverChosen(host: SolveHost, type: ModelType, cls: ProblemClass): boolean {
  if (host.opts.solver !== undefined) return true;
  const chosen = host.solverChoice.get(type) ?? host.solverChoice.get(cls);
  return chosen !== undefined && chosen !== 'default' && getSolver(chosen) !== undefined;
}

/** Push a diagnostic once per solve statement (not at every pass of a loop around it). */
function noteOnce(host: SolveHost, s: SolveStmt, d: Diagnostic): void {
  const seen = stateOf(host).seen(s);
  const k = `${d.code}|${d.message}`;
  if (seen.has(k)) return;
  seen.add(k);
  host.diagnostics.push(d);
}

export function writeBack(gen: GeneratedModel, r: SolverResult): void {
  const p = gen.problem;
  if (!r.x) return;
  const x = r.x;
  const recs = modelRecords(gen);
  const cm = r.colMarginal;
  for (let j = 0; j < p.n; j++) {
    const rec = recs.cols[j];
    rec.l = x[j];
    rec.m = cm ? cm[j] : 0;
  }
  const act = rowActivities(p, x);
  const rm = r.rowMarginal;
  for (let i = 0; i < p.m; i++) {
    const rec = recs.rows[i];
    rec.l = act[i];
    rec.lo = p.rowLo[i];
    rec.up = p.rowUp[i];
    rec.m = rm ? rm[i] : 0;
  }
}

export { ModelStat, SolveStat };
