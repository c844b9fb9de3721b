// Reverse-mode AD on the expression graph read as a tape (Griewank & Walther 2008, ch. 3-4): a
// forward sweep of values, a pass of local partial derivatives per edge (and second partials per
// node for the Hessian), and reverse sweeps of adjoints over one function's node list. Every buffer
// is allocated once per plan; the sweeps allocate nothing. Imports model/, operators.ts, plan.ts.
import type { ModelProblem } from '../model/problem.ts';
import { Op } from '../model/expr-graph.ts';
import { operators, type UnaryRule, type BinaryRule } from './operators.ts';
import { Kind, type AdPlan } from './plan.ts';

type F1 = (x: number) => number;
type F1d = (x: number, fx: number) => number;
type F2 = (a: number, b: number) => number;
type F2d = (a: number, b: number, fx: number, out: Float64Array) => void;

const nan1: F1 = () => NaN;
const nan2: F2 = () => NaN;
const nanG: F2d = (_a, _b, _fx, out) => out.fill(NaN, 0, 3);

// Flat lookup arrays indexed by op code (one indirect call per node instead of a property chain).
const UF: F1[] = operators.map((d) => d.unary?.f ?? nan1);
const UD1: F1d[] = operators.map((d) => (d.unary as UnaryRule | undefined)?.d1 ?? nan1);
const UD2: F1d[] = operators.map((d) => (d.unary as UnaryRule | undefined)?.d2 ?? nan1);
const BF: F2[] = operators.map((d) => d.binary?.f ?? nan2);
const BG: F2d[] = operators.map((d) => (d.binary as BinaryRule | undefined)?.grad ?? nanG);
const BH: F2d[] = operators.map((d) => (d.binary as BinaryRule | undefined)?.hess ?? nanG);

export class Tape {
  /** Node values: inactive nodes hold their constant value, active ones the value at the last x. */
  readonly v: Float64Array;
  /** Local partial derivative of each edge: d node / d child, at children index e (active parents). */
  readonly pd: Float64Array;
  /** Second partials per node: unary f'' at 3i; binary [faa, fab, fbb] at 3i..3i+2. */
  readonly h2: Float64Array;
  /** First-order adjoints, tangents and second-order adjoints (scratch, indexed by node). */
  readonly adj: Float64Array;
  readonly td: Float64Array;
  readonly sadj: Float64Array;
  /** Dual-number prefix products of an n-ary product (value, tangent), for its second-order adjoint. */
  readonly preV: Float64Array;
  readonly preT: Float64Array;
  private readonly tmp = new Float64Array(4);

  constructor(
    readonly plan: AdPlan,
    readonly p: ModelProblem,
  ) {
    const N = plan.nodeCount;
    this.v = new Float64Array(N);
    this.pd = new Float64Array(p.graph.children.length);
    this.h2 = new Float64Array(3 * N);
    this.adj = new Float64Array(N);
    this.td = new Float64Array(N);
    this.sadj = new Float64Array(N);
    this.preV = new Float64Array(plan.maxArity + 1);
    this.preT = new Float64Array(plan.maxArity + 1);
    this.evalInactive();
  }

  /** Values of the inactive nodes (constants, parameters and expressions of them): once per parameter set. */
  evalInactive(): void {
    const g = this.p.graph;
    const { op, childStart: cs, children: ch, value } = g;
    const v = this.v;
    const args = this.preV;
    const list = this.plan.inactive;
    for (let q = 0; q < list.length; q++) {
      const i = list[q];
      const o = op[i];
      const s = cs[i];
      const e = cs[i + 1];
      const d = operators[o];
      if (o === Op.Const) v[i] = value[i];
      else if (o === Op.Param) v[i] = this.p.params[value[i]] ?? NaN;
      else if (d.nary && (o !== Op.Mul || e - s !== 2)) {
        for (let k = s; k < e; k++) args[k - s] = v[ch[k]];
        v[i] = d.nary.f(args.subarray(0, e - s));
      } else if (e - s === 1 && d.unary) v[i] = d.unary.f(v[ch[s]]);
      else if (e - s === 2 && d.binary) v[i] = d.binary.f(v[ch[s]], v[ch[s + 1]]);
      else v[i] = NaN;
    }
  }

  /** Values of the active nodes in `list` (topological) at x. */
  forward(x: Float64Array, list: Int32Array): void {
    const g = this.p.graph;
    const { op, childStart: cs, children: ch, value } = g;
    const kind = this.plan.kind;
    const v = this.v;
    for (let q = 0; q < list.length; q++) {
      const i = list[q];
      const s = cs[i];
      switch (kind[i]) {
        case Kind.Var:
          v[i] = x[value[i]];
          break;
        case Kind.Unary:
          v[i] = UF[op[i]](v[ch[s]]);
          break;
        case Kind.Binary:
          v[i] = BF[op[i]](v[ch[s]], v[ch[s + 1]]);
          break;
        case Kind.Add: {
          const e = cs[i + 1];
          let t = 0;
          for (let k = s; k < e; k++) t += v[ch[k]];
          v[i] = t;
          break;
        }
        case Kind.Mul: {
          const e = cs[i + 1];
          let t = 1;
          for (let k = s; k < e; k++) t *= v[ch[k]];
          v[i] = t;
          break;
        }
        case Kind.Min: {
          const e = cs[i + 1];
          let t = v[ch[s]];
          for (let k = s + 1; k < e; k++) t = Math.min(t, v[ch[k]]);
          v[i] = t;
          break;
        }
        case Kind.Max: {
          const e = cs[i + 1];
          let t = v[ch[s]];
          for (let k = s + 1; k < e; k++) t = Math.max(t, v[ch[k]]);
          v[i] = t;
          break;
        }
      }
    }
  }

  /** Local first partials of every edge of the active nodes in `list` (values must be current). */
  partials(list: Int32Array): void {
    const g = this.p.graph;
    const { op, childStart: cs, children: ch } = g;
    const kind = this.plan.kind;
    const v = this.v;
    const pd = this.pd;
    const tmp = this.tmp;
    for (let q = 0; q < list.length; q++) {
      const i = list[q];
      const s = cs[i];
      switch (kind[i]) {
        case Kind.Unary:
          pd[s] = UD1[op[i]](v[ch[s]], v[i]);
          break;
        case Kind.Binary:
          BG[op[i]](v[ch[s]], v[ch[s + 1]], v[i], tmp);
          pd[s] = tmp[0];
          pd[s + 1] = tmp[1];
          break;
        case Kind.Add: {
          const e = cs[i + 1];
          for (let k = s; k < e; k++) pd[k] = 1;
          break;
        }
        case Kind.Mul: {
          // Product of the other factors by prefix and suffix products: exact when a factor is 0.
          const e = cs[i + 1];
          let pre = 1;
          for (let k = s; k < e; k++) {
            pd[k] = pre;
            pre *= v[ch[k]];
          }
          let suf = 1;
          for (let k = e - 1; k >= s; k--) {
            pd[k] *= suf;
            suf *= v[ch[k]];
          }
          break;
        }
        case Kind.Min:
        case Kind.Max: {
          const e = cs[i + 1];
          for (let k = s; k < e; k++) pd[k] = 0;
          // Ties go to the first argument, as in the operator table.
          let best = v[ch[s]];
          let at = s;
          const isMin = kind[i] === Kind.Min;
          for (let k = s + 1; k < e; k++) {
            const w = v[ch[k]];
            if (isMin ? w < best : w > best) {
              best = w;
              at = k;
            }
          }
          pd[at] = 1;
          break;
        }
      }
    }
  }

  /** Second partials of the unary and binary active nodes in `list`. */
  second(list: Int32Array): void {
    const g = this.p.graph;
    const { op, childStart: cs, children: ch } = g;
    const kind = this.plan.kind;
    const v = this.v;
    const h2 = this.h2;
    const tmp = this.tmp;
    for (let q = 0; q < list.length; q++) {
      const i = list[q];
      const s = cs[i];
      const k = kind[i];
      if (k === Kind.Unary) h2[3 * i] = UD2[op[i]](v[ch[s]], v[i]);
      else if (k === Kind.Binary) {
        BH[op[i]](v[ch[s]], v[ch[s + 1]], v[i], tmp);
        h2[3 * i] = tmp[0];
        h2[3 * i + 1] = tmp[1];
        h2[3 * i + 2] = tmp[2];
      }
    }
  }

  /**
   * Reverse sweep over nodes[s..e) (one function's or term's active nodes, ascending) with
   * adj[root] = seed: afterwards adj[i] = seed * d root / d node i for every node of the list.
   */
  reverse(nodes: Int32Array, s: number, e: number, root: number, seed: number): void {
    const g = this.p.graph;
    const { childStart: cs, children: ch } = g;
    const act = this.plan.act;
    const adj = this.adj;
    const pd = this.pd;
    for (let q = s; q < e; q++) adj[nodes[q]] = 0;
    adj[root] = seed;
    for (let q = e - 1; q >= s; q--) {
      const i = nodes[q];
      const a = adj[i];
      if (a === 0) continue;
      const ce = cs[i + 1];
      for (let k = cs[i]; k < ce; k++) {
        const c = ch[k];
        if (act[c]) adj[c] += a * pd[k];
      }
    }
  }
}
