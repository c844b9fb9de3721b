// The checked statements as data (the statement half of the IR, next to ./ir.ts's expressions):
// assignments with their target, domain, condition and value, flow control, solve, display,
// option, put, abort and GDX statements, and the read and write sets of each (statementEffects,
// a table keyed by every statement kind). Nothing here is executable: src/interp/lower-statements.ts
// lowers these into runnable statements. Imports syntax/ (types), bind/, check/ir.ts, check/reads.ts.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../text/source-file.ts';
import type {
  EquationSymbol,
  FileSymbol,
  ModelSymbol,
  ParameterSymbol,
  SetSymbol,
  Sym,
  VariableSymbol,
} from '../bind/symbols.ts';
import type { EquAttr, IDriver, IExpr, IFilter, IIndex, VarAttr } from './ir.ts';
import type { GdxCStmt } from './gdx-load.ts';
import type { RegionCStmt } from './region-statement.ts';
import { exprReads } from './reads.ts';

/** The indices an assignment or loop controls: its sets, the env slots they bind, and the candidates. */
export interface IDomain {
  readonly sets: readonly SetSymbol[];
  readonly slots: readonly number[];
  /** The `$` condition on the controlled indices. */
  readonly cond?: IExpr;
  /** Candidates of the innermost index under a membership condition (see ExprChecker.innerFilter). */
  readonly filter?: IFilter;
  /** Sparse drivers of the iteration (see ExprChecker.sparseDrivers). */
  readonly drivers?: readonly IDriver[];
}

/** What an assignment writes. */
export type AssignTarget =
  | {
      readonly kind: 'param';
      readonly sym: ParameterSymbol;
      readonly indices: readonly IIndex[];
      /**
       * The `$` condition reads the target: the tuples are selected before any is assigned (imsl:
       * `w(m+1,n)$w(m,n) = 1-w(m,n)`), as GAMS does.
       */
      readonly selectFirst: boolean;
      /**
       * The value reads the target: it reads the records from before the statement (fertd's
       * `rail(i,ip) = rail(i,ip) + rail(ip,i)`), so the writes are applied after the iteration.
       */
      readonly deferWrites: boolean;
    }
  /** A set (changes applied after the iteration, as GAMS computes against the set as it was). */
  | {
      readonly kind: 'set';
      readonly sym: SetSymbol;
      readonly indices: readonly IIndex[];
      readonly span: Span;
    }
  | {
      readonly kind: 'var';
      readonly sym: VariableSymbol;
      readonly attr: VarAttr | 'fx';
      readonly indices: readonly IIndex[];
    }
  | {
      readonly kind: 'equ';
      readonly sym: EquationSymbol;
      readonly attr: EquAttr;
      readonly indices: readonly IIndex[];
    }
  | { readonly kind: 'model'; readonly sym: ModelSymbol; readonly attr: string }
  /** A put file attribute (`f.pw = 255;`): the value is computed and not applied. */
  | { readonly kind: 'fileAttr'; readonly sym: FileSymbol; readonly attr: string };

export type DisplayItem =
  { kind: 'text'; text: string } | { kind: 'symbol'; sym: Sym; attr?: string; span: Span };

/**
 * `option a < b;`: set a takes the tuples of b's records (a set's, or a parameter's nonzero ones),
 * position k of a from position positions[k] of b.
 */
export interface Projection {
  readonly target: SetSymbol;
  readonly source: SetSymbol | ParameterSymbol;
  /** b's dimension. */
  readonly n: number;
  readonly positions: readonly number[];
}

export interface OptionItem {
  readonly name: string;
  readonly value?: number | string;
  readonly span: Span;
  readonly sym?: Sym;
  /** An item that acts on data when reached (`option a < b;`). */
  readonly project?: Projection;
  /** `option clear = x;` / `option kill = x;`: x is reset to its state after declaration. */
  readonly clear?: Sym;
}

/** Where a put item sits in its field: text is left-aligned and numbers right-aligned by default. */
export type PutAlign = 'left' | 'right' | 'center';

export type PutCItem =
  | { kind: 'newline' }
  /** `@n`: move to column n. */
  | { kind: 'column'; span: Span; value: IExpr }
  | {
      kind: 'text';
      span: Span;
      text: string;
      width?: IExpr;
      align?: PutAlign;
      /** `put i.tl` / `i.te`: the label (or element text) of a controlled index, at run time. */
      label?: { readonly attr: 'tl' | 'te'; readonly slot: number; readonly set: SetSymbol };
      /** `put system.date` (`time`, `title`...): the attribute, read when the item is written. */
      system?: string;
    }
  | { kind: 'value'; span: Span; value: IExpr; width?: IExpr; decimals?: IExpr; align?: PutAlign };

/** A checked statement. Kinds are closed: statementEffects and the lowering switch over all of them. */
export type CStmt =
  | { kind: 'assign'; span: Span; target: AssignTarget; domain: IDomain; value: IExpr }
  | { kind: 'solve'; span: Span; stmt: A.SolveStmt; model: ModelSymbol; objective?: VariableSymbol }
  | { kind: 'display'; span: Span; cond?: IExpr; items: DisplayItem[] }
  | { kind: 'option'; span: Span; items: OptionItem[] }
  | {
      kind: 'loop';
      span: Span;
      /** The loop's sets and slots (fixed when the loop starts) and its `$` condition, tested per element. */
      sets: readonly SetSymbol[];
      slots: readonly number[];
      cond?: IExpr;
      /** Sparse drivers of the loop set; none whose symbol the body writes. */
      drivers?: readonly IDriver[];
      body: CStmt[];
    }
  | { kind: 'while'; span: Span; cond: IExpr; body: CStmt[] }
  | { kind: 'repeat'; span: Span; until: IExpr; body: CStmt[] }
  | {
      kind: 'for';
      span: Span;
      param: ParameterSymbol;
      from: IExpr;
      to: IExpr;
      /** Absent: 1. */
      step?: IExpr;
      down: boolean;
      body: CStmt[];
    }
  | { kind: 'if'; span: Span; branches: { cond: IExpr; body: CStmt[] }[]; elseBody?: CStmt[] }
  | { kind: 'break' | 'continue'; span: Span }
  | { kind: 'abort'; span: Span; noError?: boolean; cond?: IExpr; items: DisplayItem[] }
  | {
      kind: 'put';
      span: Span;
      file?: FileSymbol;
      close: boolean;
      items: PutCItem[];
      /** `puttl`, `puthd`: the page's title or header block; `putpage`: then the page is written. */
      block?: 'title' | 'header' | 'page';
      /** put_utility's command (`log`, `msg`, `msglog`, `title`). */
      utility?: string;
      cond?: IExpr;
    }
  | GdxCStmt
  | RegionCStmt;

export type CStmtKind = CStmt['kind'];

/** The symbols a statement reads and writes (its body's too, for flow control). */
export interface StmtEffects {
  readonly reads: Set<Sym>;
  readonly writes: Set<Sym>;
}

type Stmt<K extends CStmtKind> = Extract<CStmt, { kind: K }>;

/** The symbols an index list reads (sets of lags, singleton sets, lag amounts). */
function indexReads(idx: readonly IIndex[], into: Set<Sym>): void {
  for (const i of idx) {
    if (i.kind === 'Singleton') into.add(i.set);
    else if (i.kind === 'Lag') {
      into.add(i.set);
      exprReads(i.amount, into);
    }
  }
}

const targetIndices = (t: AssignTarget): readonly IIndex[] =>
  t.kind === 'model' || t.kind === 'fileAttr' ? [] : t.indices;

/**
 * What each kind of statement reads and writes by itself, keyed by every kind (a new kind is a
 * compile error until it says). Bodies of flow control are added by statementEffects.
 */
const ownEffects: { [K in CStmtKind]: (s: Stmt<K>, e: StmtEffects) => void } = {
  assign: (s, e) => {
    for (const set of s.domain.sets) e.reads.add(set);
    exprReads(s.domain.cond, e.reads);
    exprReads(s.value, e.reads);
    indexReads(targetIndices(s.target), e.reads);
    if (s.target.kind !== 'fileAttr') e.writes.add(s.target.sym);
  },
  // The solve reads the model's data and writes its variables' and equations' levels and
  // marginals: those are the model's, listed by the solve pipeline; here the model and objective.
  solve: (s, e) => {
    e.reads.add(s.model);
    e.writes.add(s.model);
    if (s.objective) e.writes.add(s.objective);
  },
  display: (s, e) => {
    exprReads(s.cond, e.reads);
    for (const it of s.items) if (it.kind === 'symbol') e.reads.add(it.sym);
  },
  option: (s, e) => {
    for (const it of s.items) {
      if (it.project) {
        e.reads.add(it.project.source);
        e.writes.add(it.project.target);
      } else if (it.clear) e.writes.add(it.clear);
      else if (it.sym) e.reads.add(it.sym);
    }
  },
  loop: (s, e) => {
    for (const set of s.sets) e.reads.add(set);
    exprReads(s.cond, e.reads);
  },
  while: (s, e) => exprReads(s.cond, e.reads),
  repeat: (s, e) => exprReads(s.until, e.reads),
  for: (s, e) => {
    exprReads(s.from, e.reads);
    exprReads(s.to, e.reads);
    exprReads(s.step, e.reads);
    e.writes.add(s.param);
  },
  if: (s, e) => {
    for (const b of s.branches) exprReads(b.cond, e.reads);
  },
  break: () => {},
  continue: () => {},
  abort: (s, e) => {
    exprReads(s.cond, e.reads);
    for (const it of s.items) if (it.kind === 'symbol') e.reads.add(it.sym);
  },
  put: (s, e) => {
    exprReads(s.cond, e.reads);
    for (const it of s.items) {
      if (it.kind === 'newline') continue;
      if (it.kind === 'column') {
        exprReads(it.value, e.reads);
        continue;
      }
      exprReads(it.width, e.reads);
      if (it.kind === 'value') {
        exprReads(it.value, e.reads);
        exprReads(it.decimals, e.reads);
      } else if (it.label?.attr === 'te') e.reads.add(it.label.set);
    }
    if (s.file) e.writes.add(s.file);
  },
  gdx: (s, e) => {
    if (s.items === 'all') return;
    for (const it of s.items) (s.op === 'unload' ? e.reads : e.writes).add(it.sym);
  },
  region: (s, e) => {
    e.reads.add(s.model);
    e.reads.add(s.theta);
    for (const p of s.outputs.values()) e.writes.add(p);
  },
};

/** The children statements of a flow-control statement. */
export function statementBodies(s: CStmt): readonly CStmt[][] {
  switch (s.kind) {
    case 'loop':
    case 'while':
    case 'repeat':
    case 'for':
      return [s.body];
    case 'if':
      return [...s.branches.map((b) => b.body), ...(s.elseBody ? [s.elseBody] : [])];
    default:
      return [];
  }
}

/**
 * The symbols a statement (with its body) reads and writes, as the IR names them (an alias read
 * in an expression counts as its set); `execute_unload` without a list reads everything and is
 * left out.
 */
export function statementEffects(
  s: CStmt,
  into: StmtEffects = { reads: new Set(), writes: new Set() },
): StmtEffects {
  (ownEffects[s.kind] as (s: CStmt, e: StmtEffects) => void)(s, into);
  for (const body of statementBodies(s)) for (const c of body) statementEffects(c, into);
  return into;
}
