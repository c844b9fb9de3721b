// The expression graph of an instantiated model: a DAG of nodes in flat typed arrays, children
// before parents (topological order), with shared subexpressions (hash-consing in the builder).
// Consumed by src/ad (derivatives), src/reform and the solvers. Imports nothing.
//
// Node i has operator op[i]; its children are children[childStart[i] .. childStart[i+1]).
// Leaves: Const (value[i] is the constant), Var (value[i] is the variable index),
// Param (value[i] is an index into the model's parameter vector: a value that may change between
// solves without regenerating the graph).

/** Operator codes. Keep in sync with the operator table in src/ad/operators.ts. */
export const Op = {
  Const: 0,
  Var: 1,
  Param: 2,
  Add: 3, // n-ary sum
  Mul: 4, // n-ary product
  Neg: 5,
  Sub: 6, // binary a - b
  Div: 7, // binary a / b
  Pow: 8, // binary a ** b (a > 0 when b is not an integer constant, as in GAMS)
  Sqr: 9,
  Sqrt: 10,
  Exp: 11,
  Log: 12,
  Log10: 13,
  Abs: 14, // non-smooth
  Min: 15, // n-ary, non-smooth
  Max: 16, // n-ary, non-smooth
  Sign: 17, // non-smooth (derivative 0 almost everywhere)
  Sin: 18,
  Cos: 19,
  Power: 20, // binary power(x, n): n integer constant, any sign of x
  Floor: 21, // discontinuous
  Ceil: 22, // discontinuous
  Round: 23, // discontinuous
  Mod: 24, // binary, discontinuous
  Tanh: 25,
  Log2: 26,
  Atan: 27,
} as const;
export type OpCode = (typeof Op)[keyof typeof Op];

export const opNames: readonly string[] = Object.entries(Op)
  .sort((a, b) => a[1] - b[1])
  .map(([k]) => k);

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
  private readonly memo = new Map<string, number>();

  get nodeCount(): number {
    return this.ops.length;
  }

  private push(op: number, children: readonly number[], value: number): number {
    const k = `${op}|${value}|${children.join(',')}`;
    const hit = this.memo.get(k);
    if (hit !== undefined) return hit;
    const id = this.ops.length;
    this.ops.push(op);
    for (const c of children) this.kids.push(c);
    this.starts.push(this.kids.length);
    this.vals.push(value);
    this.memo.set(k, id);
    return id;
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
