// Builds the tree of a chain of left-associative binary operators (`a + b - c + …`, `a * b / c`,
// `p and q and r`) so that its depth stays small: every stage walks expressions recursively, and a
// left-deep tree of 10^6 terms overflows any stack. Imports ast.ts and text/.
//
// Up to CHAIN_LEAF terms the tree is the usual left-deep one. A longer chain is split at its middle
// operator into two halves, each built the same way: `t0 op1 … t(m-1) op(m) t(m) … tn` becomes
// `(t0 … t(m-1)) op(m) (t(m) … tn)`, where the right half's operators are flipped after a `-` or a
// `/` (`a - b + c` = `a - (b - c)`), which is exact in real arithmetic. The nodes of a right half
// are marked `chained`, so printers can write the chain back without parentheses (flattenChain).
// Depth: CHAIN_LEAF + log2(n). Used by grammar/parser.ts and the importer's printer.
import type * as A from './ast.ts';
import { span } from '../text/source-file.ts';

/** Longest chain kept left-deep (the order of evaluation is then exactly the written one). */
export const CHAIN_LEAF = 256;

const FLIP: Partial<Record<A.BinaryOp, A.BinaryOp>> = { '+': '-', '-': '+', '*': '/', '/': '*' };
const ASSOCIATIVE = new Set<A.BinaryOp>(['and', 'or', 'xor', 'eqv']);

/** Whether a chain of these operators may be regrouped (all additive, all multiplicative, or one associative). */
function regroupable(ops: readonly A.BinaryOp[]): boolean {
  const add = (o: A.BinaryOp) => o === '+' || o === '-';
  const mul = (o: A.BinaryOp) => o === '*' || o === '/';
  if (ops.every(add) || ops.every(mul)) return true;
  return ASSOCIATIVE.has(ops[0]) && ops.every((o) => o === ops[0]);
}

function binary(op: A.BinaryOp, left: A.Expr, right: A.Expr, chained: boolean): A.BinaryExpr {
  const sp =
    left.span.file === right.span.file
      ? span(left.span.file, left.span.start, Math.max(left.span.end, right.span.end))
      : left.span;
  return chained
    ? { kind: 'Binary', op, left, right, span: sp, chained: true }
    : { kind: 'Binary', op, left, right, span: sp };
}

/** The tree of `terms[0] ops[0] terms[1] … ops[n-2] terms[n-1]` (`ops.length === terms.length - 1`). */
export function buildChain(terms: readonly A.Expr[], ops: readonly A.BinaryOp[]): A.Expr {
  const split = terms.length > CHAIN_LEAF && regroupable(ops);
  const eff = (k: number, flip: boolean): A.BinaryOp => (flip ? (FLIP[ops[k]] ?? ops[k]) : ops[k]);
  // Terms lo..hi (inclusive), operators flipped when `flip`; recursion depth is log2(n / CHAIN_LEAF).
  const build = (lo: number, hi: number, flip: boolean, chained: boolean): A.Expr => {
    if (!split || hi - lo + 1 <= CHAIN_LEAF) {
      let e = terms[lo];
      for (let k = lo + 1; k <= hi; k++) e = binary(eff(k - 1, flip), e, terms[k], chained);
      return e;
    }
    const mid = (lo + hi + 1) >> 1;
    const op = eff(mid - 1, flip);
    const left = build(lo, mid - 1, flip, chained);
    const right = build(mid, hi, flip !== (op === '-' || op === '/'), true);
    return binary(op, left, right, chained);
  };
  return build(0, terms.length - 1, false, false);
}

const GROUP: Partial<Record<A.BinaryOp, number>> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/**
 * The terms of an additive or multiplicative chain as written, `[{ op: '', e: t0 }, { op, e: t1 }…]`:
 * left operands of the same group and `chained` right halves are opened (undoing buildChain's
 * regrouping and its flipped operators); every other operand is one term.
 */
export function flattenChain(e: A.BinaryExpr): { op: A.BinaryOp | ''; e: A.Expr }[] {
  const group = GROUP[e.op];
  const out: { op: A.BinaryOp | ''; e: A.Expr }[] = [];
  const inGroup = (x: A.Expr): x is A.BinaryExpr => x.kind === 'Binary' && GROUP[x.op] === group;
  const walk = (x: A.Expr, flip: boolean, lead: A.BinaryOp | '', top: boolean): void => {
    if (group === undefined || !inGroup(x) || !(top || x.chained)) {
      out.push({ op: lead, e: x });
      return;
    }
    walk(x.left, flip, lead, top);
    const op = flip ? (FLIP[x.op] ?? x.op) : x.op;
    if (inGroup(x.right) && x.right.chained) walk(x.right, flip !== (op === '-' || op === '/'), op, false);
    else out.push({ op, e: x.right });
  };
  walk(e, false, '', true);
  return out;
}
