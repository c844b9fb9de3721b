// An index of a parsed GAMS program for the importer: every declaration as written (kind, domain,
// text, data, duplicates), and every use of every name (references, indices, domains), with the
// equation each use sits in. Built from the AST alone, not from the checker's name links
// (CheckedProgram.names, which the language server reads): the importer's input is GAMS that often
// does not check, and the checker links nothing after a statement's first error (the bodies of
// undeclared or twice-defined equations, which the analysis reads), keeps one declaration per name
// (the index keeps the duplicates as written), and does not say in which context (equation,
// condition, assignment target) a name is used. Imports syntax/ast.ts, text/ and terms.ts (types).
import type * as A from '../syntax/ast.ts';
import type { Span } from '../text/source-file.ts';
import type { NameInfo, SymbolKind } from './terms.ts';

export interface Decl {
  readonly kind: SymbolKind;
  readonly name: string;
  readonly span: Span;
  readonly domain: readonly string[];
  readonly text?: string;
  readonly stmt: A.Statement;
  readonly item?: A.DeclItemBase;
  readonly itemIndex: number;
  /** Variables: type (updated by later `positive variable x;` statements). */
  varType?: A.VariableType;
  /** Parameters: data given in the declaration; sets: elements given. */
  readonly hasData: boolean;
  readonly isTable?: boolean;
  readonly isScalar?: boolean;
  readonly elements?: readonly A.DataRecord[];
  readonly aliasOf?: string;
}

export type UseContext =
  'equation' | 'assignment-target' | 'assignment' | 'condition' | 'display' | 'model' | 'solve' | 'other';

export interface Use {
  readonly span: Span;
  readonly ref?: A.SymbolRef;
  readonly context: UseContext;
  /** The equation definition the use sits in. */
  readonly equation?: A.EquationDef;
  /** Used as an index (set names): in a reference, a sum, a domain. */
  readonly asIndex?: boolean;
}

export interface ProgramIndex extends NameInfo {
  readonly decls: Map<string, Decl>;
  readonly ordered: Decl[];
  /** Second and later declarations of an already declared name. */
  readonly duplicates: { decl: Decl; first: Decl }[];
  readonly uses: Map<string, Use[]>;
  readonly equations: A.EquationDef[];
  readonly assignments: A.Assignment[];
  readonly solves: A.SolveStmt[];
  readonly models: A.ModelDecl[];
  /** Variables with a bound or level assigned (`x.lo(i) = ...`, `x.fx = ...`). */
  readonly bounded: Set<string>;
  /** Parameters assigned by a statement. */
  readonly assigned: Set<string>;
  get(name: string): Decl | undefined;
}

const k = (s: string) => s.toLowerCase();

export function indexProgram(program: A.Program): ProgramIndex {
  const decls = new Map<string, Decl>();
  const ordered: Decl[] = [];
  const duplicates: { decl: Decl; first: Decl }[] = [];
  const uses = new Map<string, Use[]>();
  const equations: A.EquationDef[] = [];
  const assignments: A.Assignment[] = [];
  const solves: A.SolveStmt[] = [];
  const models: A.ModelDecl[] = [];
  const bounded = new Set<string>();
  const assigned = new Set<string>();

  const declare = (d: Decl) => {
    const prev = decls.get(k(d.name));
    if (prev) {
      // `Positive Variable x;` after `Variable x(i);` only changes the type.
      if (
        prev.kind === 'variable' &&
        d.kind === 'variable' &&
        d.stmt.kind === 'VariableDecl' &&
        !d.domain.length &&
        d.stmt !== prev.stmt
      ) {
        prev.varType = d.varType;
        return;
      }
      duplicates.push({ decl: d, first: prev });
      return;
    }
    decls.set(k(d.name), d);
    ordered.push(d);
  };
  const use = (name: string, u: Use) => {
    const key = k(name);
    let l = uses.get(key);
    if (!l) uses.set(key, (l = []));
    l.push(u);
  };
  const domainUses = (stmt: A.Statement, dom: readonly A.DomainEntry[] | undefined) => {
    for (const d of dom ?? [])
      if (d.name !== '*') use(d.name, { span: d.span, context: 'other', asIndex: true });
    void stmt;
  };
  const names = (d: readonly A.DomainEntry[] | undefined) => (d ?? []).map((x) => x.name);

  const expr = (e: A.Expr, context: UseContext, equation?: A.EquationDef) => {
    switch (e.kind) {
      case 'Ref':
        use(e.name.name, { span: e.name.span, ref: e, context, equation });
        for (const ix of e.indices ?? []) {
          if (ix.kind !== 'IndexName') continue;
          use(ix.name.name, { span: ix.name.span, context, equation, asIndex: true });
          if (ix.lag) expr(ix.lag.amount, context, equation);
        }
        break;
      case 'Unary':
        expr(e.operand, context, equation);
        break;
      case 'Binary':
        expr(e.left, context, equation);
        expr(e.right, context, equation);
        break;
      case 'Dollar':
        expr(e.value, context, equation);
        expr(e.cond, 'condition', equation);
        break;
      case 'Call':
        for (const a of e.args) expr(a, context, equation);
        break;
      case 'Indexed':
        binding(e.binding, context, equation);
        expr(e.body, context, equation);
        break;
      default:
        break;
    }
  };
  const binding = (b: A.IndexBinding, context: UseContext, equation?: A.EquationDef) => {
    for (const i of b.indices) use(i.name, { span: i.span, context, equation, asIndex: true });
    if (b.cond) expr(b.cond, 'condition', equation);
  };

  const stmts = (list: readonly A.Statement[]) => {
    for (const s of list) stmt(s);
  };
  const stmt = (s: A.Statement) => {
    switch (s.kind) {
      case 'SetDecl':
        s.items.forEach((it, i) => {
          domainUses(s, it.domain);
          declare({
            kind: 'set',
            name: it.name.name,
            span: it.name.span,
            domain: names(it.domain),
            text: it.text,
            stmt: s,
            item: it,
            itemIndex: i,
            hasData: !!it.elements,
            elements: it.elements,
          });
        });
        break;
      case 'AliasDecl':
        for (const g of s.groups) {
          if (!g.length) continue;
          use(g[0].name, { span: g[0].span, context: 'other', asIndex: true });
          g.slice(1).forEach((a, i) =>
            declare({
              kind: 'alias',
              name: a.name,
              span: a.span,
              domain: [],
              stmt: s,
              itemIndex: i,
              hasData: true,
              aliasOf: g[0].name,
            }),
          );
        }
        break;
      case 'ParameterDecl':
        s.items.forEach((it, i) => {
          domainUses(s, it.domain);
          declare({
            kind: 'parameter',
            name: it.name.name,
            span: it.name.span,
            domain: names(it.domain),
            text: it.text,
            stmt: s,
            item: it,
            itemIndex: i,
            hasData: !!it.data && it.data.length > 0,
            isScalar: s.keyword === 'scalar' || !it.domain?.length,
          });
        });
        break;
      case 'TableDecl':
        domainUses(s, s.item.domain);
        declare({
          kind: 'parameter',
          name: s.item.name.name,
          span: s.item.name.span,
          domain: names(s.item.domain),
          text: s.item.text,
          stmt: s,
          item: s.item,
          itemIndex: 0,
          hasData: s.records.length > 0,
          isTable: true,
        });
        break;
      case 'VariableDecl':
        s.items.forEach((it, i) => {
          domainUses(s, it.domain);
          declare({
            kind: 'variable',
            name: it.name.name,
            span: it.name.span,
            domain: names(it.domain),
            text: it.text,
            stmt: s,
            item: it,
            itemIndex: i,
            hasData: false,
            varType: s.varType,
          });
        });
        break;
      case 'EquationDecl':
        s.items.forEach((it, i) => {
          domainUses(s, it.domain);
          declare({
            kind: 'equation',
            name: it.name.name,
            span: it.name.span,
            domain: names(it.domain),
            text: it.text,
            stmt: s,
            item: it,
            itemIndex: i,
            hasData: false,
          });
        });
        break;
      case 'EquationDef':
        equations.push(s);
        use(s.name.name, { span: s.name.span, context: 'equation', equation: s });
        for (const d of s.domain ?? [])
          use(d.name, { span: d.span, context: 'equation', equation: s, asIndex: true });
        if (s.cond) expr(s.cond, 'condition', s);
        expr(s.lhs, 'equation', s);
        expr(s.rhs, 'equation', s);
        break;
      case 'ModelDecl':
        models.push(s);
        s.items.forEach((m, i) => {
          declare({
            kind: 'model',
            name: m.name.name,
            span: m.name.span,
            domain: [],
            text: m.text,
            stmt: s,
            itemIndex: i,
            hasData: false,
          });
          if (m.equations !== 'all')
            for (const e of m.equations) use(e.name, { span: e.span, context: 'model' });
        });
        break;
      case 'FileDecl':
        declare({
          kind: 'file',
          name: s.name.name,
          span: s.name.span,
          domain: [],
          stmt: s,
          itemIndex: 0,
          hasData: false,
        });
        break;
      case 'Assignment': {
        assignments.push(s);
        const t = s.target;
        use(t.name.name, { span: t.name.span, ref: t, context: 'assignment-target' });
        for (const ix of t.indices ?? [])
          if (ix.kind === 'IndexName')
            use(ix.name.name, { span: ix.name.span, context: 'assignment', asIndex: true });
        if (t.attr) bounded.add(k(t.name.name));
        else assigned.add(k(t.name.name));
        if (s.cond) expr(s.cond, 'condition');
        expr(s.value, 'assignment');
        break;
      }
      case 'Solve':
        solves.push(s);
        use(s.model.name, { span: s.model.span, context: 'solve' });
        if (s.objective) use(s.objective.name, { span: s.objective.span, context: 'solve' });
        break;
      case 'Display':
        if (s.cond) expr(s.cond, 'condition');
        for (const it of s.items) if (it.kind === 'Ref') expr(it, 'display');
        break;
      case 'Option':
        for (const it of s.items) use(it.name.name, { span: it.name.span, context: 'other' });
        break;
      case 'Loop':
        binding(s.binding, 'condition');
        stmts(s.body);
        break;
      case 'While':
        expr(s.cond, 'condition');
        stmts(s.body);
        break;
      case 'Repeat':
        stmts(s.body);
        expr(s.until, 'condition');
        break;
      case 'For':
        use(s.variable.name, { span: s.variable.span, context: 'assignment-target' });
        assigned.add(k(s.variable.name));
        expr(s.from, 'condition');
        expr(s.to, 'condition');
        if (s.step) expr(s.step, 'condition');
        stmts(s.body);
        break;
      case 'If':
        for (const b of s.branches) {
          expr(b.cond, 'condition');
          stmts(b.body);
        }
        if (s.elseBody) stmts(s.elseBody);
        break;
      case 'Abort':
        if (s.cond) expr(s.cond, 'condition');
        for (const it of s.items) if (it.kind === 'Ref') expr(it, 'display');
        break;
      case 'Put':
        if (s.cond) expr(s.cond, 'condition');
        if (s.file) use(s.file.name, { span: s.file.span, context: 'other' });
        for (const p of s.items)
          if (p.kind === 'PutValue' || p.kind === 'PutColumn') expr(p.value, 'display');
        break;
      default:
        break;
    }
  };
  stmts(program.statements);

  return {
    decls,
    ordered,
    duplicates,
    uses,
    equations,
    assignments,
    solves,
    models,
    bounded,
    assigned,
    get: (name) => decls.get(k(name)),
    kindOf: (name) => decls.get(k(name))?.kind,
  };
}
