// The one walker over expression ASTs: the children of each kind of node, from a table keyed by
// every kind (a new kind is a compile error until it says what its children are). Imports
// syntax/ast.ts (types) only.
import type * as A from './ast.ts';

type Node<K extends A.Expr['kind']> = Extract<A.Expr, { kind: K }>;

/** The children of each kind of expression, in source order of evaluation. */
const childrenOf: { [K in A.Expr['kind']]: (e: Node<K>) => readonly (A.Expr | undefined)[] } = {
  Number: () => [],
  String: () => [],
  // Lag amounts: `x(t-k)` reads k.
  Ref: (e) => (e.indices ?? []).map((i) => (i.kind === 'IndexName' ? i.lag?.amount : undefined)),
  Unary: (e) => [e.operand],
  Binary: (e) => [e.left, e.right],
  Dollar: (e) => [e.value, e.cond],
  Call: (e) => e.args,
  Indexed: (e) => [e.binding.cond, e.body],
};

/** Calls `f` on each child expression of `e`. */
export function forEachChild(e: A.Expr, f: (child: A.Expr) => void): void {
  for (const c of (childrenOf[e.kind] as (e: A.Expr) => readonly (A.Expr | undefined)[])(e)) if (c) f(c);
}

/** Pre-order walk of an expression: `f` on e, then on its descendants. */
export function visit(e: A.Expr, f: (n: A.Expr) => void): void {
  f(e);
  forEachChild(e, (c) => visit(c, f));
}

/** Whether some node of `e` (e included) satisfies `test`. */
export function someNode(e: A.Expr, test: (n: A.Expr) => boolean): boolean {
  if (test(e)) return true;
  let found = false;
  forEachChild(e, (c) => {
    if (!found && someNode(c, test)) found = true;
  });
  return found;
}
