// The expression graph of an instantiated model: a DAG of nodes in flat typed arrays, children
// before parents (topological order), with shared subexpressions (hash-consing in the builder).
// Consumed by src/ad (derivatives), src/reform and the solvers. Imports ops/ only.
//
// Node i has operator op[i]; its children are children[childStart[i] .. childStart[i+1]).
// Leaves: Const (value[i] is the constant), Var (value[i] is the variable index),
// Param (value[i] is an index into the model's parameter vector: a value that may change between
// solves without regenerating the graph).

// Operator codes come from the operator table (src/ops/table.ts), the one place operators are defined.
import { Op, opNames, type OpCode } from '../ops/table.ts';
export { Op, opNames, type OpCode };

export interface ExprGraph {
  readonly nodeCount: number;
  readonly op: Uint8Array;
  readonly childStart: Int32Array; // length nodeCount + 1
  readonly children: Int32Array;
  readonly value: Float64Array; // Const: value; Var: variable index; Param: parameter index
}

/**
 * Builds an ExprGraph with hash-consing: structurally equal nodes are created once.
 * Constant folding of operations on constants is done here, so that `2*3` never reaches AD.
 */
export class GraphBuilder {
  private ops: number[] = [];
  private starts: number[] = [0];
  private kids: number[] = [];
  private vals: number[] = [];
  /**
   * Hash-consing table: node id + 1 per slot, 0 = empty (open addressing, power-of-two length).
   * Numeric hashes of (op, value, children) rather than string keys: generating a model of 10^5
   * nonlinear terms, or re-emitting a row at every re-solve, must not build a string per node.
   */
  private table = new Int32Array(1024);
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);

  get nodeCount(): number {
    return this.ops.length;
  }

  private hash(op: number, children: readonly number[], value: number): number {
    this.f64[0] = value === 0 ? 0 : value; // -0 and 0 are one constant, as in the string keys
    let h = Math.imul(op + 1, 0x9e3779b1) ^ this.u32[0];
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ this.u32[1];
    for (let k = 0; k < children.length; k++) h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) + children[k];
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    return (h ^ (h >>> 13)) >>> 0;
  }

  private same(id: number, op: number, children: readonly number[], value: number): boolean {
    if (this.ops[id] !== op) return false;
    const v = this.vals[id];
    // NaN constants are one node (the string keys said "NaN" for all of them).
    if (v !== value && !(v !== v && value !== value)) return false;
    const s = this.starts[id];
    if (this.starts[id + 1] - s !== children.length) return false;
    for (let k = 0; k < children.length; k++) if (this.kids[s + k] !== children[k]) return false;
    return true;
  }

  private push(op: number, children: readonly number[], value: number): number {
    const t = this.table;
    const mask = t.length - 1;
    let h = this.hash(op, children, value) & mask;
    for (;;) {
      const e = t[h];
      if (e === 0) break;
      if (this.same(e - 1, op, children, value)) return e - 1;
      h = (h + 1) & mask;
    }
    const id = this.ops.length;
    this.ops.push(op);
    for (const c of children) this.kids.push(c);
    this.starts.push(this.kids.length);
    this.vals.push(value);
    t[h] = id + 1;
    if (this.ops.length * 2 > t.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const t = new Int32Array(this.table.length * 2);
    const mask = t.length - 1;
    for (let id = 0; id < this.ops.length; id++) {
      const s = this.starts[id];
      let h = this.hash(this.ops[id], this.kids.slice(s, this.starts[id + 1]), this.vals[id]) & mask;
      while (t[h] !== 0) h = (h + 1) & mask;
      t[h] = id + 1;
    }
    this.table = t;
  }

  /** Number of NaN constants created so far (NA data reaching a model: checked by generation). */
  nanConstants = 0;

  constant(v: number): number {
    if (Number.isNaN(v)) this.nanConstants++;
    return this.push(Op.Const, [], v);
  }
  variable(j: number): number {
    return this.push(Op.Var, [], j);
  }
  param(p: number): number {
    return this.push(Op.Param, [], p);
  }
  isConst(id: number): boolean {
    return this.ops[id] === Op.Const;
  }
  constValue(id: number): number {
    return this.vals[id];
  }
  opOf(id: number): number {
    return this.ops[id];
  }
  childrenOf(id: number): number[] {
    return this.kids.slice(this.starts[id], this.starts[id + 1]);
  }

  /** A node with the given operator and children (no folding beyond n-ary flattening of Add). */
  node(op: number, children: readonly number[]): number {
    if ((op === Op.Add || op === Op.Mul) && children.length === 1) return children[0];
    return this.push(op, children, 0);
  }

  build(): ExprGraph {
    return {
      nodeCount: this.ops.length,
      op: Uint8Array.from(this.ops),
      childStart: Int32Array.from(this.starts),
      children: Int32Array.from(this.kids),
      value: Float64Array.from(this.vals),
    };
  }
}
