// Instantiates a model: runs each compiled equation over its domain into rows (sparse linear part,
// constant folded into the bounds, nonlinear part as a root in the expression graph), assigns
// columns to the variable records the rows use, and returns the ModelProblem with its maps back
// to symbols. Imports check/ (compiled equations), bind/, model/.
import { GraphBuilder, Op } from './expr-graph.ts';
import { operators } from '../ops/table.ts';
import { TupleIndex } from '../bind/tuple-index.ts';
import type { ModelProblem, SosSet } from './problem.ts';
import {
  tupleKey,
  keysOf,
  defaultBounds,
  newVarRecord,
  type VarRecord,
  type EquRecord,
  type VariableSymbol,
  type EquationSymbol,
  type TupleKey,
} from '../bind/symbols.ts';
import { ExecError, MAX_SLOTS } from '../check/expressions.ts';
import { RowAccumulator, lowerEquation, type GenContext } from './lower.ts';
import { equationIterator } from '../interp/evaluate.ts';
import type { CEquation } from '../check/checker.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import { modelMessages as MM } from '../diagnostics/messages/model.ts';
import type { Universe } from '../bind/symbols.ts';

export interface RowOrigin {
  readonly eq: CEquation;
  readonly keys: number[];
}
/**
 * Where the columns come from: column j is the record of `sym[j]` with tuple key `key[j]`. Two
 * parallel arrays rather than an object per column: a model of 10^6 columns must not allocate
 * 10^6 origin objects and label arrays (keysOf decodes the labels when a name is needed).
 */
export interface ColOrigins {
  readonly sym: VariableSymbol[];
  readonly key: TupleKey[];
}

/** Columns of one variable by tuple key (typed arrays: 10^6 columns are not 10^6 Map entries). */
export class ColumnMap {
  private readonly index = new TupleIndex();
  private cols = new Int32Array(16);
  /** Column of a key, or -1. */
  get(k: TupleKey): number {
    const e = this.index.find(k);
    return e < 0 ? -1 : this.cols[e];
  }
  /** Column of a key, given `next` when the key is new (then `added` is true). */
  getOrAdd(k: TupleKey, next: number): number {
    const ix = this.index;
    const e = ix.insert(k);
    if (!ix.added) return this.cols[e];
    if (e >= this.cols.length) {
      const c = new Int32Array(this.cols.length * 2);
      c.set(this.cols);
      this.cols = c;
    }
    this.cols[e] = next;
    return next;
  }
  get added(): boolean {
    return this.index.added;
  }
  /** Room for n keys before the first (no rehashing while a 10^6-column variable fills). */
  reserve(n: number): void {
    this.index.reserve(n);
    if (n > this.cols.length) this.cols = new Int32Array(n);
  }
}

/** Columns reserved up front in one generation, at most (see denseSize): 2^21 is 24 MB. */
const RESERVE_BUDGET = 1 << 21;

/** The number of tuples of v's domain (the product of its sets' sizes; Infinity over `*`). */
function denseSize(v: VariableSymbol): number {
  let n = 1;
  for (const d of v.domain) n *= d ? d.records.size : Infinity;
  return n;
}

export interface GeneratedModel {
  readonly problem: ModelProblem;
  readonly rows: RowOrigin[];
  readonly cols: ColOrigins;
  /** Column of the objective variable. */
  readonly objCol: number;
  /** Equations with at least one nonlinear row (for classification messages). */
  readonly nonlinearEquations: CEquation[];
  readonly nonsmoothEquations: CEquation[];
  readonly discreteCount: number;
  /** Rows [start, end) of each equation (same order as the equations given), and how many of its
   * instances were dropped for holding no variable. */
  readonly eqRows: {
    start: number;
    end: number;
    dropped: number;
    nonlinear: boolean;
    /** Parameter slots [paramStart, paramEnd) of the equation's Param leaves, in emission order. */
    paramStart: number;
    paramEnd: number;
  }[];
  /** The graph's builder, kept for re-solves: re-emitting a row with it adds no node exactly when
   * the row's nonlinear structure is unchanged (hash-consing), which is how refresh checks it. */
  readonly builder: GraphBuilder;
  /** Column lookup of this generation (a re-solve maps terms to the same columns). */
  readonly colMaps: Map<VariableSymbol, ColumnMap>;
  /**
   * The right-hand side (minus the constant) of each =n= row, 0 for the others: both bounds of an
   * =n= row are infinite, and an MCP, where the row is F = lhs − rhs, needs it.
   */
  readonly nRowRhs: Float64Array;
  readonly relaxIntegers: boolean;
  /** The records behind the columns and rows, once results were written back (fast re-solves). */
  colRecs?: VarRecord[];
  rowRecs?: EquRecord[];
  /**
   * The point last written back into the records, and the versions of the model's variables and
   * equations right after (see noteWrittenBack). While no statement touched those symbols since,
   * the records hold exactly this point and the bounds read before: a re-solve copies the point
   * instead of walking 10^5 record objects.
   */
  recordSyms?: { version?: number }[];
  written?: { x: Float64Array; colM?: Float64Array; rowM?: Float64Array; versions: number[] };
}

/** The variable and equation records of every column and row, created where missing (cached). */
export function modelRecords(gen: GeneratedModel): { cols: VarRecord[]; rows: EquRecord[] } {
  if (!gen.colRecs) {
    const { sym: syms, key: ks } = gen.cols;
    const recs: VarRecord[] = new Array(syms.length);
    for (let j = 0; j < syms.length; j++) {
      const sym = syms[j];
      const k = ks[j];
      let rec = sym.records.get(k);
      if (!rec) {
        rec = newVarRecord(sym.varType, keysOf(k, sym.domain.length));
        sym.records.set(k, rec);
      }
      recs[j] = rec;
    }
    gen.colRecs = recs;
  }
  if (!gen.rowRecs) {
    gen.rowRecs = gen.rows.map(({ eq, keys }) => {
      const k = tupleKey(keys);
      let rec = eq.sym.records.get(k);
      if (!rec) {
        rec = { keys, l: 0, m: 0, lo: 0, up: 0, scale: 1 };
        eq.sym.records.set(k, rec);
      }
      return rec;
    });
  }
  return { cols: gen.colRecs, rows: gen.rowRecs };
}

/**
 * Generate rows for the given equations. Throws ExecError for user errors found while generating
 * (division by zero in coefficients, an equation without variables that does not hold).
 */
export function generateModel(
  equations: readonly CEquation[],
  /** Absent for a model without an objective (MCP): objCol is then -1. */
  objective: VariableSymbol | undefined,
  sense: 'min' | 'max',
  universe: Universe,
  relaxIntegers: boolean,
): GeneratedModel {
  const gb = new GraphBuilder();
  const acc = new RowAccumulator();
  const colMaps = new Map<VariableSymbol, ColumnMap>();
  const cols: ColOrigins = { sym: [], key: [] };
  const colSym = cols.sym;
  const colKey = cols.key;
  let lastSym: VariableSymbol | undefined;
  let lastMap: ColumnMap | undefined;
  // A variable's map is sized for its whole domain when that fits the budget: a variable over
  // small sets is usually dense (x(i,j) of a transport model), and a sparse one over large sets
  // is past the budget and grows as it fills.
  let budget = RESERVE_BUDGET;
  const col = (v: VariableSymbol, k: TupleKey): number => {
    let m = v === lastSym ? lastMap! : colMaps.get(v);
    if (!m) {
      m = new ColumnMap();
      const n = denseSize(v);
      if (n > 16 && n <= budget) {
        m.reserve(n);
        budget -= n;
      }
      colMaps.set(v, m);
    }
    lastSym = v;
    lastMap = m;
    const j = m.getOrAdd(k, colSym.length);
    if (m.added) {
      colSym.push(v);
      colKey.push(k);
    }
    return j;
  };
  const params: number[] = [];
  let nanParams = 0;
  let infParam = false;
  const g: GenContext = {
    gb,
    acc,
    col,
    param: (v) => {
      if (Number.isNaN(v)) nanParams++;
      else if (!Number.isFinite(v)) infParam = true;
      params.push(v);
      return gb.param(params.length - 1);
    },
    dataMult: 0,
  };
  const env = new Int32Array(MAX_SLOTS);

  const rows: RowOrigin[] = [];
  const rowLo: number[] = [];
  const rowUp: number[] = [];
  const rowStart: number[] = [0];
  // Growable typed buffers for the CSR arrays (10^6 nonzeros without boxed JS arrays).
  let colIdx = new Int32Array(1024);
  let coefs = new Float64Array(1024);
  let nnz = 0;
  const rowNl: number[] = [];
  const nonlinearEquations: CEquation[] = [];
  const nonsmoothEquations: CEquation[] = [];

  const names = (o: { sym: { name: string }; keys: number[] }) =>
    o.keys.length ? `${o.sym.name}(${o.keys.map((k) => universe.name(k)).join(',')})` : o.sym.name;
  const colName = (j: number) => names({ sym: colSym[j], keys: keysOf(colKey[j], colSym[j].domain.length) });
  const eqRows: GeneratedModel['eqRows'] = [];
  const nRowRhs: number[] = [];
  for (const eq of equations) {
    let sawNl = false;
    const start = rows.length;
    const paramStart = params.length;
    let dropped = 0;
    const { lhs, rhs } = lowerEquation(eq);
    equationIterator(eq)(env, () => {
      acc.reset();
      lhs.emit(env, 1, g);
      rhs.emit(env, -1, g);
      const keys = eq.slots.map((s) => env[s]);
      if (acc.nl.length === 0 && noLinearTerm(acc.touched, acc.coef)) {
        // No variable in this instance (none, or terms that cancel: dyncge's pf(h,j) =e= pf(h,i)
        // at i = j): GAMS drops it when it holds and stops when it does not.
        const c = acc.constant;
        const holds =
          eq.rel === 'e'
            ? Math.abs(c) <= 1e-12
            : eq.rel === 'l'
              ? c <= 1e-12
              : eq.rel === 'g'
                ? c >= -1e-12
                : true;
        if (!holds) {
          const name = keys.length
            ? `${eq.sym.name}(${keys.map((k) => universe.name(k)).join(',')})`
            : eq.sym.name;
          const relText = { e: '=e=', l: '=l=', g: '=g=', n: '=n=' }[eq.rel];
          acc.reset();
          lhs.emit(env, 1, g);
          const lhsValue = acc.constant;
          throw new ExecError(X.Equation_0_without_variables_infeasible, eq.def.name.span, [
            name,
            `${fmt(lhsValue)} ${relText} ${fmt(lhsValue - c)}`,
          ]);
        }
        dropped++;
        return;
      }
      const nl = nonlinearRoot(acc, g);
      // NA data (or an undefined value) in a coefficient, a constant or a Param leaf: an error at
      // the equation.
      let bad = Number.isNaN(acc.constant) || gb.nanConstants > 0 || nanParams > 0;
      // Columns in first-use order; solvers that need sorted rows sort them (linear-form.ts).
      const touched = acc.touched;
      const coef = acc.coef;
      const rowName = () =>
        keys.length ? `${eq.sym.name}(${keys.map((k) => universe.name(k)).join(',')})` : eq.sym.name;
      for (let t = 0; t < touched.length; t++) {
        const j = touched[t];
        const c = coef[j];
        if (c !== 0) {
          if (c !== c)
            bad = true; // NaN
          else if (c === Infinity || c === -Infinity)
            // A solver would read it as a huge number or drop it (GLPK took inf*x >= 1 as 0 >= 1
            // and still said optimal): an error, as GAMS reports it.
            throw new ExecError(
              MM.Infinite_coefficient_0_of_1,
              eq.def.span,
              [rowName(), colName(j)],
              'give the data a finite value, or exclude the term with a $ condition.',
            );
          if (nnz === colIdx.length) {
            const ci = new Int32Array(nnz * 2);
            ci.set(colIdx);
            colIdx = ci;
            const cv = new Float64Array(nnz * 2);
            cv.set(coefs);
            coefs = cv;
          }
          colIdx[nnz] = j;
          coefs[nnz++] = c;
        }
      }
      if (bad) {
        const name = keys.length
          ? `${eq.sym.name}(${keys.map((k) => universe.name(k)).join(',')})`
          : eq.sym.name;
        throw new ExecError(
          X.Undefined_value_0,
          eq.def.span,
          [`equation ${name}`],
          'NA (not available) data reaches the model; give the parameter a value or exclude it with a $ condition.',
        );
      }
      if (infParam) {
        infParam = false;
        throw new ExecError(
          MM.Infinite_data_in_nonlinear_0,
          eq.def.span,
          [rowName()],
          'give the data a finite value, or exclude the term with a $ condition.',
        );
      }
      const c = acc.constant;
      const why = infiniteSideError(eq.rel, c);
      if (why) throw new ExecError(MM.Row_0_cannot_hold_1, eq.def.span, [rowName(), why], INF_ROW_HINT);
      rowStart.push(nnz);
      if (nl >= 0) sawNl = true;
      rowNl.push(nl);
      rowLo.push(eq.rel === 'e' || eq.rel === 'g' ? -c : -Infinity);
      rowUp.push(eq.rel === 'e' || eq.rel === 'l' ? -c : Infinity);
      nRowRhs.push(eq.rel === 'n' ? -c : 0);
      rows.push({ eq, keys });
    });
    eqRows.push({ start, end: rows.length, dropped, nonlinear: sawNl, paramStart, paramEnd: params.length });
    if (sawNl) {
      nonlinearEquations.push(eq);
      if (eq.facts.of(eq.lhs).nonsmooth || eq.facts.of(eq.rhs).nonsmooth) nonsmoothEquations.push(eq);
    }
  }

  const objMap = objective && colMaps.get(objective);
  const objCol = objMap ? objMap.get(tupleKey([])) : -1;

  const n = colSym.length;
  const xl = new Float64Array(n);
  const xu = new Float64Array(n);
  const x0 = new Float64Array(n);
  const z0 = new Float64Array(n);
  const varKind = new Uint8Array(n);
  const discreteCount = readColumns(cols, xl, xu, x0, z0, varKind, relaxIntegers);
  const sos = relaxIntegers ? [] : sosSets(cols);
  const m = rows.length;
  const lambda0 = new Float64Array(m);
  readRowMarginals(rows, lambda0);
  void readColumns;
  const rowName = (i: number) => names({ sym: rows[i].eq.sym, keys: rows[i].keys });
  const problem: ModelProblem = {
    n,
    m,
    sense,
    xl,
    xu,
    x0,
    varKind,
    z0,
    objConst: 0,
    objIdx: Int32Array.from(objCol >= 0 ? [objCol] : []),
    objCoef: Float64Array.from(objCol >= 0 ? [1] : []),
    objNl: -1,
    rowLo: Float64Array.from(rowLo),
    rowUp: Float64Array.from(rowUp),
    rowStart: Int32Array.from(rowStart),
    col: colIdx.slice(0, nnz),
    coef: coefs.slice(0, nnz),
    rowNl: Int32Array.from(rowNl),
    lambda0,
    graph: gb.build(),
    params: Float64Array.from(params),
    varNames: lazyNames(n, colName),
    rowNames: lazyNames(m, rowName),
    ...(sos.length ? { sos } : {}),
  };
  return {
    problem,
    rows,
    cols,
    objCol,
    nonlinearEquations,
    nonsmoothEquations,
    discreteCount,
    eqRows,
    builder: gb,
    colMaps,
    nRowRhs: Float64Array.from(nRowRhs),
    relaxIntegers,
  };
}

const INF_ROW_HINT =
  'as in GAMS, a =l= row with a right-hand side of +inf (or =g= with -inf) is free; any other infinite right-hand side cannot hold.';

/**
 * Why a row with constant `c` moved to the left (row: terms + c rel 0) cannot hold, or undefined:
 * `=g= +inf`, `=l= -inf` and `=e= ±inf` leave no value of the terms that satisfies the row.
 */
function infiniteSideError(rel: string, c: number): string | undefined {
  if (c === Infinity || c === -Infinity) {
    const rhs = -c;
    const r = { e: '=e=', l: '=l=', g: '=g=', n: '=n=' }[rel] ?? rel;
    if (rel === 'e' || (rel === 'g' && rhs > 0) || (rel === 'l' && rhs < 0))
      return `its right-hand side is ${rhs > 0 ? '+inf' : '-inf'} in a ${r} row`;
  }
  return undefined;
}

/**
 * The nonlinear part of the row in `acc` as one graph node (-1 when none): its terms times their
 * multipliers, a multiplier from data as a Param leaf. Generation and refresh build it alike.
 */
function nonlinearRoot(acc: RowAccumulator, g: GenContext): number {
  if (!acc.nl.length) return -1;
  const gb = g.gb;
  const terms = acc.nl.map((n, k) => {
    const mult = acc.nlMult[k];
    if (acc.nlData[k]) return gb.node(Op.Mul, [g.param(mult), n]);
    return mult === 1 ? n : mult === -1 ? gb.node(Op.Neg, [n]) : gb.node(Op.Mul, [gb.constant(mult), n]);
  });
  return terms.length === 1 ? terms[0] : gb.node(Op.Add, terms);
}

/** Bounds, start levels, marginals and kinds of the columns, from the variables' records. */
function readColumns(
  cols: ColOrigins,
  xl: Float64Array,
  xu: Float64Array,
  x0: Float64Array,
  z0: Float64Array,
  varKind: Uint8Array,
  relaxIntegers: boolean,
): number {
  let discreteCount = 0;
  const { sym: syms, key: keys } = cols;
  let lastSym: VariableSymbol | undefined;
  let d = { lo: 0, up: 0 };
  let kind = 0;
  for (let j = 0; j < syms.length; j++) {
    const sym = syms[j];
    if (sym !== lastSym) {
      lastSym = sym;
      d = defaultBounds(sym.varType);
      kind = relaxIntegers ? 0 : sym.varType === 'binary' ? 1 : sym.varType === 'integer' ? 2 : 0;
    }
    // Records are created when results are written back; a missing one has the type's defaults.
    const r = sym.records.size ? sym.records.get(keys[j]) : undefined;
    if (r) {
      xl[j] = r.lo;
      xu[j] = r.up;
      x0[j] = r.l;
      z0[j] = r.m;
    } else {
      xl[j] = d.lo;
      xu[j] = d.up;
      x0[j] = 0;
      z0[j] = 0;
    }
    // A discrete variable whose priority is +INF is relaxed to a continuous one, as in GAMS
    // (`k.prior(t) = inf;` in the library's lrs).
    varKind[j] = r && r.prior === Infinity ? 0 : kind;
    if (sym.varType !== 'free' && sym.varType !== 'positive' && sym.varType !== 'negative') discreteCount++;
  }
  return discreteCount;
}

/**
 * The special ordered sets of the sos1/sos2 columns. As GAMS: one set per variable and value of all
 * but its last index, ordered by the last index's labels (label ids, GAMS's entry order); a
 * one-dimensional variable is one set; only the variable's columns in the model are members.
 */
function sosSets(cols: ColOrigins): SosSet[] {
  const groups = new Map<VariableSymbol, Map<string, { label: number; col: number }[]>>();
  for (let j = 0; j < cols.sym.length; j++) {
    const sym = cols.sym[j];
    if (sym.varType !== 'sos1' && sym.varType !== 'sos2') continue;
    const keys = keysOf(cols.key[j], sym.domain.length);
    let bySet = groups.get(sym);
    if (!bySet) groups.set(sym, (bySet = new Map()));
    const head = keys.slice(0, -1).join(',');
    const members = bySet.get(head) ?? [];
    members.push({ label: keys.length ? keys[keys.length - 1] : 0, col: j });
    bySet.set(head, members);
  }
  const out: SosSet[] = [];
  for (const [sym, bySet] of groups)
    for (const members of bySet.values()) {
      members.sort((a, b) => a.label - b.label);
      out.push({ type: sym.varType === 'sos1' ? 1 : 2, cols: Int32Array.from(members, (m) => m.col) });
    }
  return out;
}

function readRowMarginals(rows: readonly RowOrigin[], lambda0: Float64Array): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i].eq.sym.records.get(tupleKey(rows[i].keys));
    lambda0[i] = r ? r.m : 0;
  }
}

export type RefreshKind = 'unchanged' | 'constants' | 'coefficients';

/** Buffers reused by every refresh (a loop of 1,000 re-solves should not allocate them 1,000 times). */
const refreshScratch: { env?: Int32Array; acc?: RowAccumulator } = {};

/**
 * Update a generated model in place for a re-solve: `kinds[e]` says what changed in the data read
 * by equation e — nothing, only its constant terms, or its coefficients. Constants are recomputed
 * from the equations' constant parts without touching variables; coefficients by re-emitting the
 * equation's rows into the same columns, and the values of its Param leaves (data in nonlinear
 * terms) in place. Bounds, levels and marginals are always re-read. Returns false when the
 * structure changed (other domain members, other sparsity, another nonlinear expression: the
 * graph's builder would have to add a node): the caller then regenerates.
 */
export function refreshModel(
  gen: GeneratedModel,
  equations: readonly CEquation[],
  kinds: readonly RefreshKind[],
): boolean {
  const p = gen.problem;
  const env = (refreshScratch.env ??= new Int32Array(MAX_SLOTS));
  const acc = (refreshScratch.acc ??= new RowAccumulator());
  let structureChanged = false;
  const col = (v: VariableSymbol, k: TupleKey): number => {
    const j = gen.colMaps.get(v)?.get(k) ?? -1;
    if (j < 0) {
      structureChanged = true;
      return 0;
    }
    return j;
  };
  const gb = gen.builder;
  const nodesBefore = gb.nodeCount;
  const params = p.params as Float64Array;
  let cursor = 0;
  let paramEnd = 0;
  const g: GenContext = {
    gb,
    acc,
    col,
    param: (v) => {
      const k = cursor++;
      if (k < paramEnd && Number.isFinite(v)) params[k] = v;
      else structureChanged = true; // NA or infinite data: regeneration reports it
      return gb.param(k);
    },
    dataMult: 0,
  };
  const rowLo = p.rowLo as Float64Array;
  const rowUp = p.rowUp as Float64Array;
  const coef = p.coef as Float64Array;
  const setBounds = (i: number, rel: string, c: number) => {
    rowLo[i] = rel === 'e' || rel === 'g' ? -c : -Infinity;
    rowUp[i] = rel === 'e' || rel === 'l' ? -c : Infinity;
    gen.nRowRhs[i] = rel === 'n' ? -c : 0;
  };
  for (let e = 0; e < equations.length; e++) {
    const kind = kinds[e];
    if (kind === 'unchanged') continue;
    const eq = equations[e];
    const { start, end, dropped, paramStart } = gen.eqRows[e];
    if (dropped > 0) return false;
    cursor = paramStart;
    paramEnd = gen.eqRows[e].paramEnd;
    const { lhs, rhs } = lowerEquation(eq);
    const lk = lhs.konst;
    const rk = rhs.konst;
    let i = start;
    let ok = true;
    if (kind === 'constants' && lk && rk) {
      equationIterator(eq)(env, () => {
        if (!ok) return;
        if (i >= end || !sameKeys(gen.rows[i].keys, eq.slots, env)) {
          ok = false;
          return;
        }
        const c = lk(env) - rk(env);
        // NA data or an infinite right-hand side that cannot hold: regeneration reports it at the
        // equation.
        if (c !== c || infiniteSideError(eq.rel, c)) {
          ok = false;
          return;
        }
        setBounds(i, eq.rel, c);
        i++;
      });
    } else {
      equationIterator(eq)(env, () => {
        if (!ok) return;
        if (i >= end || !sameKeys(gen.rows[i].keys, eq.slots, env)) {
          ok = false;
          return;
        }
        acc.reset();
        g.dataMult = 0;
        lhs.emit(env, 1, g);
        rhs.emit(env, -1, g);
        const nl = nonlinearRoot(acc, g);
        if (
          structureChanged ||
          nl !== p.rowNl[i] ||
          acc.constant !== acc.constant ||
          infiniteSideError(eq.rel, acc.constant)
        ) {
          ok = false;
          return;
        }
        // Same columns in the same order as the stored row (zero coefficients were dropped).
        let k = p.rowStart[i];
        const kEnd = p.rowStart[i + 1];
        for (const j of acc.touched) {
          const c = acc.coef[j];
          if (c === 0) continue;
          if (k >= kEnd || p.col[k] !== j || !Number.isFinite(c)) {
            ok = false;
            return;
          }
          coef[k++] = c;
        }
        if (k !== kEnd) {
          ok = false;
          return;
        }
        setBounds(i, eq.rel, acc.constant);
        i++;
      });
    }
    if (!ok || i !== end || cursor !== paramEnd) return false;
  }
  if (gb.nodeCount !== nodesBefore) return false;
  const w = gen.written;
  if (w && recordVersionsOf(gen).every((v, k) => v === w.versions[k])) {
    (p.x0 as Float64Array).set(w.x);
    if (w.colM) (p.z0 as Float64Array).set(w.colM);
    else (p.z0 as Float64Array).fill(0);
    if (w.rowM) (p.lambda0 as Float64Array).set(w.rowM);
    else (p.lambda0 as Float64Array).fill(0);
    return true;
  }
  if (gen.colRecs && gen.rowRecs) {
    const { xl, xu, x0, z0, lambda0 } = p as {
      xl: Float64Array;
      xu: Float64Array;
      x0: Float64Array;
      z0: Float64Array;
      lambda0: Float64Array;
    };
    const cr = gen.colRecs;
    for (let j = 0; j < cr.length; j++) {
      const r = cr[j];
      xl[j] = r.lo;
      xu[j] = r.up;
      x0[j] = r.l;
      z0[j] = r.m;
    }
    const rr = gen.rowRecs;
    for (let i = 0; i < rr.length; i++) lambda0[i] = rr[i].m;
    return true;
  }
  readColumns(
    gen.cols,
    p.xl as Float64Array,
    p.xu as Float64Array,
    p.x0 as Float64Array,
    p.z0 as Float64Array,
    p.varKind as Uint8Array,
    gen.relaxIntegers,
  );
  readRowMarginals(gen.rows, p.lambda0 as Float64Array);
  return true;
}

/** The variables and equations whose records a generated model reads and writes back. */
function recordSymbols(gen: GeneratedModel): { version?: number }[] {
  return (gen.recordSyms ??= [...gen.colMaps.keys(), ...new Set(gen.rows.map((r) => r.eq.sym))]);
}

function recordVersionsOf(gen: GeneratedModel): number[] {
  return recordSymbols(gen).map((s) => s.version ?? 0);
}

/**
 * After results were written back into the records and the symbols bumped: remember the point
 * (x, column and row marginals, as written) and the versions, for the next refresh.
 */
export function noteWrittenBack(
  gen: GeneratedModel,
  x: Float64Array,
  colM: Float64Array | undefined,
  rowM: Float64Array | undefined,
): void {
  gen.written = { x, colM, rowM, versions: recordVersionsOf(gen) };
}

function sameKeys(keys: readonly number[], slots: readonly number[], env: Int32Array): boolean {
  for (let k = 0; k < slots.length; k++) if (keys[k] !== env[slots[k]]) return false;
  return true;
}

/**
 * Names are only needed for messages and logs; building 10^6 strings eagerly would cost more than
 * generating the model. An array-like view computes each name on first access and caches it.
 */
export function lazyNames(length: number, name: (i: number) => string): readonly string[] {
  const cache: (string | undefined)[] = [];
  const materialize = () => Array.from({ length }, (_, i) => (cache[i] ??= name(i)));
  return new Proxy([] as string[], {
    get(_t, prop) {
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0);
        if (c >= 48 && c <= 57) {
          const i = Number(prop);
          return i < length ? (cache[i] ??= name(i)) : undefined;
        }
        if (prop === 'length') return length;
      }
      const arr = materialize();
      const v = Reflect.get(arr, prop);
      return typeof v === 'function' ? v.bind(arr) : v;
    },
    has(_t, prop) {
      return typeof prop === 'string' && /^\d+$/.test(prop) ? Number(prop) < length : Reflect.has([], prop);
    },
    ownKeys() {
      return [...Array.from({ length }, (_, i) => String(i)), 'length'];
    },
    getOwnPropertyDescriptor(_t, prop) {
      if (prop === 'length') return { value: length, writable: true, enumerable: false, configurable: false };
      if (typeof prop === 'string' && /^\d+$/.test(prop) && Number(prop) < length)
        return {
          value: (cache[Number(prop)] ??= name(Number(prop))),
          writable: false,
          enumerable: true,
          configurable: true,
        };
      return undefined;
    },
  });
}

const fmt = (v: number) => String(Number(v.toPrecision(12)));

/** Evaluate the graph at x (forward sweep); used for row levels after a solve. */
export function evaluateGraph(p: ModelProblem, x: Float64Array): Float64Array {
  const gr = p.graph;
  const v = new Float64Array(gr.nodeCount);
  for (let i = 0; i < gr.nodeCount; i++) {
    const op = gr.op[i];
    const s = gr.childStart[i];
    const e = gr.childStart[i + 1];
    // Values of the first two children (no closure per node: write-back evaluates every re-solve).
    const a0 = e > s ? v[gr.children[s]] : NaN;
    const a1 = e > s + 1 ? v[gr.children[s + 1]] : NaN;
    switch (op) {
      case Op.Const:
        v[i] = gr.value[i];
        break;
      case Op.Var:
        v[i] = x[gr.value[i]];
        break;
      case Op.Param:
        v[i] = p.params[gr.value[i]];
        break;
      case Op.Add: {
        let t = 0;
        for (let k = s; k < e; k++) t += v[gr.children[k]];
        v[i] = t;
        break;
      }
      case Op.Mul: {
        let t = 1;
        for (let k = s; k < e; k++) t *= v[gr.children[k]];
        v[i] = t;
        break;
      }
      case Op.Neg:
        v[i] = -a0;
        break;
      case Op.Sub:
        v[i] = a0 - a1;
        break;
      case Op.Div:
        v[i] = a0 / a1;
        break;
      case Op.Sqr:
        v[i] = a0 * a0;
        break;
      case Op.Min: {
        let t = Infinity;
        for (let k = s; k < e; k++) t = Math.min(t, v[gr.children[k]]);
        v[i] = t;
        break;
      }
      case Op.Max: {
        let t = -Infinity;
        for (let k = s; k < e; k++) t = Math.max(t, v[gr.children[k]]);
        v[i] = t;
        break;
      }
      default: {
        // Every other operator: its rule in the operator table, by the number of arguments.
        const d = operators[op];
        if (e - s === 1 && d?.unary) v[i] = d.unary.f(a0);
        else if (e - s === 2 && d?.binary) v[i] = d.binary.f(a0, a1);
        else v[i] = NaN;
      }
    }
  }
  return v;
}

/** Row activities (linear + nonlinear part) at x. */
export function rowActivities(p: ModelProblem, x: Float64Array): Float64Array {
  const out = new Float64Array(p.m);
  const v = p.graph.nodeCount ? evaluateGraph(p, x) : undefined;
  for (let i = 0; i < p.m; i++) {
    let t = 0;
    for (let k = p.rowStart[i]; k < p.rowStart[i + 1]; k++) t += p.coef[k] * x[p.col[k]];
    if (p.rowNl[i] >= 0 && v) t += v[p.rowNl[i]];
    out[i] = t;
  }
  return out;
}

export type { EquationSymbol };

/** Whether every touched column's coefficient is 0 (no term, or terms that cancel). */
function noLinearTerm(touched: ArrayLike<number>, coef: ArrayLike<number>): boolean {
  for (let t = 0; t < touched.length; t++) if (coef[touched[t]] !== 0) return false;
  return true;
}
