// Rewrites of a parsed program for the importer: calls that are really references to declared
// symbols named like built-in functions (`beta(n,i)` for a table `beta`), and renaming of symbols
// in the printed output. A structural copy; spans are kept. Imports syntax/ast.ts only.
import type * as A from '../syntax/ast.ts';

export interface Rewriter {
  /** Called bottom-up on every expression. */
  expr?(e: A.Expr): A.Expr;
  /** Called on every identifier that names a symbol or an index (never on labels). */
  ident?(id: A.Ident): A.Ident;
  /** Called on domain entries of declarations (set names). */
  domain?(d: A.DomainEntry): A.DomainEntry;
}

export function rewriteProgram(p: A.Program, rw: Rewriter): A.Program {
  const id = (i: A.Ident): A.Ident => (rw.ident ? rw.ident(i) : i);
  const dom = (d: readonly A.DomainEntry[] | undefined) => (d && rw.domain ? d.map((x) => rw.domain!(x)) : d);
  const item = <T extends A.DeclItemBase>(it: T): T => ({ ...it, name: id(it.name), domain: dom(it.domain) });

  const expr = (e: A.Expr): A.Expr => {
    let out: A.Expr;
    switch (e.kind) {
      case 'Ref':
        out = ref(e);
        break;
      case 'Unary':
        out = { ...e, operand: expr(e.operand) };
        break;
      case 'Binary':
        out = { ...e, left: expr(e.left), right: expr(e.right) };
        break;
      case 'Dollar':
        out = { ...e, value: expr(e.value), cond: expr(e.cond) };
        break;
      case 'Call':
        out = { ...e, args: e.args.map(expr) };
        break;
      case 'Indexed':
        out = { ...e, binding: binding(e.binding), body: expr(e.body) };
        break;
      default:
        out = e;
    }
    return rw.expr ? rw.expr(out) : out;
  };
  const ref = (r: A.SymbolRef): A.SymbolRef => ({
    ...r,
    name: id(r.name),
    indices: r.indices?.map((ix) =>
      ix.kind === 'IndexName'
        ? {
            ...ix,
            name: id(ix.name),
            lag: ix.lag ? { op: ix.lag.op, amount: expr(ix.lag.amount) } : undefined,
          }
        : ix,
    ),
  });
  const refOf = (r: A.SymbolRef): A.SymbolRef => {
    const e = expr(r);
    return e.kind === 'Ref' ? e : r;
  };
  const binding = (b: A.IndexBinding): A.IndexBinding => ({
    ...b,
    indices: b.indices.map(id),
    cond: b.cond ? expr(b.cond) : undefined,
    ...(b.restricted ? { restricted: b.restricted.map(id) } : {}),
    ...(b.tuples ? { tuples: b.tuples.map(refOf) } : {}),
  });
  const items = (xs: readonly (A.SymbolRef | A.StringLit)[]) =>
    xs.map((x) => (x.kind === 'Ref' ? refOf(x) : x));
  const stmts = (ss: readonly A.Statement[]): A.Statement[] => ss.map(stmt);

  const stmt = (s: A.Statement): A.Statement => {
    switch (s.kind) {
      case 'SetDecl':
        return { ...s, items: s.items.map(item) };
      case 'AliasDecl':
        return { ...s, groups: s.groups.map((g) => g.map(id)) };
      case 'ParameterDecl':
        return { ...s, items: s.items.map(item) };
      case 'TableDecl':
        return { ...s, item: item(s.item) };
      case 'VariableDecl':
        return { ...s, items: s.items.map(item) };
      case 'EquationDecl':
        return { ...s, items: s.items.map(item) };
      case 'EquationDef':
        return {
          ...s,
          name: id(s.name),
          domain: s.domain?.map(id),
          cond: s.cond ? expr(s.cond) : undefined,
          lhs: expr(s.lhs),
          rhs: expr(s.rhs),
        };
      case 'ModelDecl':
        return {
          ...s,
          items: s.items.map((m): A.ModelItem => ({
            ...m,
            name: id(m.name),
            equations: m.equations === 'all' ? 'all' : m.equations.map(id),
            ...(m.without ? { without: m.without.map(id) } : {}),
          })),
        };
      case 'Assignment':
        return {
          ...s,
          target: refOf(s.target),
          cond: s.cond ? expr(s.cond) : undefined,
          value: expr(s.value),
        };
      case 'Solve':
        return { ...s, model: id(s.model), ...(s.objective ? { objective: id(s.objective) } : {}) };
      case 'Display':
        return { ...s, cond: s.cond ? expr(s.cond) : undefined, items: items(s.items) };
      case 'Option':
        return { ...s, items: s.items.map((it) => ({ ...it, name: id(it.name) })) };
      case 'Loop':
        return { ...s, binding: binding(s.binding), body: stmts(s.body) };
      case 'While':
        return { ...s, cond: expr(s.cond), body: stmts(s.body) };
      case 'Repeat':
        return { ...s, body: stmts(s.body), until: expr(s.until) };
      case 'For':
        return {
          ...s,
          variable: id(s.variable),
          from: expr(s.from),
          to: expr(s.to),
          step: s.step ? expr(s.step) : undefined,
          body: stmts(s.body),
        };
      case 'If':
        return {
          ...s,
          branches: s.branches.map((b) => ({ cond: expr(b.cond), body: stmts(b.body) })),
          elseBody: s.elseBody ? stmts(s.elseBody) : undefined,
        };
      case 'Abort':
        return { ...s, cond: s.cond ? expr(s.cond) : undefined, items: items(s.items) };
      case 'FileDecl':
        return { ...s, name: id(s.name) };
      case 'Put':
        return {
          ...s,
          cond: s.cond ? expr(s.cond) : undefined,
          file: s.file ? id(s.file) : undefined,
          items: s.items.map((p) =>
            p.kind === 'PutValue'
              ? {
                  ...p,
                  value: expr(p.value),
                  width: p.width ? expr(p.width) : undefined,
                  decimals: p.decimals ? expr(p.decimals) : undefined,
                }
              : p.kind === 'PutColumn'
                ? { ...p, value: expr(p.value) }
                : p,
          ),
        };
      default:
        return s;
    }
  };
  return { ...p, statements: stmts(p.statements) };
}

/** An argument of a call read back as an index, when it is one (`i`, `t-1`, `'a'`). */
function asIndex(e: A.Expr): A.IndexArg | undefined {
  if (e.kind === 'Ref' && !e.attr && !e.indices) return { kind: 'IndexName', name: e.name, span: e.span };
  if (e.kind === 'String')
    return { kind: 'IndexLabel', label: { name: e.value, span: e.span, quoted: true }, span: e.span };
  if (
    e.kind === 'Binary' &&
    (e.op === '+' || e.op === '-') &&
    e.left.kind === 'Ref' &&
    !e.left.attr &&
    !e.left.indices
  )
    return { kind: 'IndexName', name: e.left.name, lag: { op: e.op, amount: e.right }, span: e.span };
  return undefined;
}

/**
 * Calls `name(args)` where `name` is one of `symbols` (lower case) become references, when every
 * argument reads as an index. Returns the program and the names that were rewritten.
 */
export function callsToRefs(
  p: A.Program,
  symbols: ReadonlySet<string>,
): { program: A.Program; names: Set<string> } {
  const names = new Set<string>();
  const program = rewriteProgram(p, {
    expr(e) {
      if (e.kind !== 'Call' || !symbols.has(e.fn.name.toLowerCase()) || !e.args.length) return e;
      const idx = e.args.map(asIndex);
      if (idx.some((x) => !x)) return e;
      names.add(e.fn.name.toLowerCase());
      return { kind: 'Ref', name: e.fn, indices: idx as A.IndexArg[], span: e.span };
    },
  });
  return { program, names };
}

/** Every symbol in `map` (lower-case name → new name) renamed. */
export function renameSymbols(p: A.Program, map: ReadonlyMap<string, string>): A.Program {
  if (!map.size) return p;
  return rewriteProgram(p, {
    ident: (i) => {
      const n = map.get(i.name.toLowerCase());
      return n ? { ...i, name: n } : i;
    },
    domain: (d) => {
      const n = map.get(d.name.toLowerCase());
      return n ? { ...d, name: n } : d;
    },
  });
}
