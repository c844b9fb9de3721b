// The abstract syntax tree of an EMD/GAMS program: the output of parsing (grammar/ + cst-to-ast),
// the input of binding, checking and execution. Imports text/ only.
//
// Every node carries a span (offsets into its source file). Names keep the user's spelling;
// comparisons are case-insensitive (use `key(name)`), as in GAMS.
import type { Span } from '../text/source-file.ts';

/** Case-insensitive identity of a symbol name or label. */
export function key(name: string): string {
  return name.toLowerCase();
}

export interface Node {
  readonly span: Span;
}

/** An identifier as written (symbol names, set names, function names, attributes). */
export interface Ident extends Node {
  readonly name: string;
}

/** A label (set element) as written in data: `seattle`, `new-york`, `1`, `h12`, `'a b'`. */
export interface Label extends Node {
  readonly name: string;
  /** True when the label was written in quotes. */
  readonly quoted?: boolean;
  /** `#s` in data: every element of set s (the checker expands it); name is the set's name. */
  readonly setRef?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  NumberLit | StringLit | SymbolRef | UnaryExpr | BinaryExpr | DollarExpr | CallExpr | IndexedOp;

/** A numeric literal, including the special values inf, -inf (via unary minus), eps, na, yes (1), no (0). */
export interface NumberLit extends Node {
  readonly kind: 'Number';
  readonly value: number;
  /** Set for the special spellings; `eps` has value 0 but is a present (non-default) value. */
  readonly special?: 'inf' | 'eps' | 'na' | 'yes' | 'no';
}

/** A quoted string in an expression: a label in `sameas(i, "a")`, a display text. */
export interface StringLit extends Node {
  readonly kind: 'String';
  readonly value: string;
}

/**
 * A reference to a symbol, possibly indexed and with an attribute:
 * `p`, `p(i,j)`, `x.l(i)`, `x.lo('a')`, `e.m(t)`, `m.modelstat`, `d(i,t-1)`, `s(t++1)`.
 */
export interface SymbolRef extends Node {
  readonly kind: 'Ref';
  readonly name: Ident;
  /** Attribute suffix (`l`, `lo`, `up`, `fx`, `m`, `scale`, `prior`, `modelstat`...), lower-cased. */
  readonly attr?: Ident;
  /** Index arguments; undefined when written without parentheses. */
  readonly indices?: readonly IndexArg[];
}

export type IndexArg = IndexName | IndexLabel;

/** An index written as a name: a set, an alias or a loop/sum-controlled index, optionally lagged. */
export interface IndexName extends Node {
  readonly kind: 'IndexName';
  readonly name: Ident;
  /** `t-1` linear lag, `t+2` linear lead, `t--1` circular lag, `t++1` circular lead. */
  readonly lag?: { readonly op: '+' | '-' | '++' | '--'; readonly amount: Expr };
}

/** A fixed element written in quotes: `x('seattle', 'new-york')`. */
export interface IndexLabel extends Node {
  readonly kind: 'IndexLabel';
  readonly label: Label;
}

export interface UnaryExpr extends Node {
  readonly kind: 'Unary';
  readonly op: '-' | '+' | 'not';
  readonly operand: Expr;
}

export type BinaryOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '**'
  | 'and'
  | 'or'
  | 'xor'
  | 'eqv'
  | 'imp'
  | 'lt'
  | 'le'
  | 'eq'
  | 'ne'
  | 'ge'
  | 'gt';

/** Binary operation. Relational spellings are normalised: `<` → lt, `<=` → le, `=` → eq, `<>` → ne ... */
export interface BinaryExpr extends Node {
  readonly kind: 'Binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
  /**
   * Set on the right half of a long chain written without parentheses (`a - b + c` kept as
   * `a - (b - c)`), which the parser regroups to keep trees shallow (grammar/chains.ts).
   */
  readonly chained?: true;
}

/** `value $ cond`: value when cond is non-zero, else 0 (term absent). */
export interface DollarExpr extends Node {
  readonly kind: 'Dollar';
  readonly value: Expr;
  readonly cond: Expr;
}

/**
 * A function call: `sqrt(x)`, `power(x, 2)`, `min(a, b, c)`, `ord(t)`, `card(s)`, `sameas(i, j)`.
 * The function name is kept as written; the checker validates it against the function table.
 */
export interface CallExpr extends Node {
  readonly kind: 'Call';
  readonly fn: Ident;
  readonly args: readonly Expr[];
}

/** `sum(i, e)`, `sum((i,j)$c, e)`, `prod`, `smin`, `smax`. */
export interface IndexedOp extends Node {
  readonly kind: 'Indexed';
  readonly op: 'sum' | 'prod' | 'smin' | 'smax';
  readonly binding: IndexBinding;
  readonly body: Expr;
}

/** The controlling indices of a sum, loop, equation or assignment domain, with an optional `$` condition. */
export interface IndexBinding extends Node {
  readonly indices: readonly Ident[];
  readonly cond?: Expr;
  /**
   * Indices that come from a restricting reference (`sum(arc(i,j), ...)`): one that an enclosing
   * sum, loop or domain already controls stays fixed instead of being controlled again.
   */
  readonly restricted?: readonly Ident[];
  /**
   * The restricting references themselves: inside the binding, the set's name written as one
   * index stands for all of its indices (`sum(ij(i,j), x(ij))` reads x(i,j)), as in GAMS.
   */
  readonly tuples?: readonly SymbolRef[];
}

// ---------------------------------------------------------------------------------------------
// Data (declarations with inline data and tables)

/** A domain position in a declaration: a set name or `*` (the universe). */
export interface DomainEntry extends Node {
  readonly name: string; // '*' for the universe
}

/** One data record: dotted label tuple and its value (`s.a 0.5`); value 1 when omitted for sets. */
export interface DataRecord extends Node {
  readonly keys: readonly Label[];
  readonly value: number;
  /** Span of the value (for error messages about it). */
  readonly valueSpan?: Span;
  /** Set element text (`/ a "first" /`). */
  readonly text?: string;
}

// ---------------------------------------------------------------------------------------------
// Statements

export type Statement =
  | SetDecl
  | AliasDecl
  | ParameterDecl
  | TableDecl
  | VariableDecl
  | EquationDecl
  | EquationDef
  | ModelDecl
  | Assignment
  | SolveStmt
  | DisplayStmt
  | OptionStmt
  | LoopStmt
  | WhileStmt
  | RepeatStmt
  | ForStmt
  | IfStmt
  | BreakStmt
  | ContinueStmt
  | AbortStmt
  | FileDecl
  | PutStmt
  | GdxStmt
  | CriticalRegionStmt
  | DirectiveStmt;

export interface DeclItemBase extends Node {
  readonly name: Ident;
  /** Undefined when declared without a domain (a scalar, a one-dimensional set over the universe). */
  readonly domain?: readonly DomainEntry[];
  /** Explanatory text, quoted or not. */
  readonly text?: string;
  /** This item follows a comma that ended the unquoted explanatory text of item `owner`. */
  readonly textAfter?: { readonly owner: string; readonly comma: Span };
}

/** `set(s) i "text" / a, b, c*e /, j(i) / a /;` and `singleton set(s) ...`. */
export interface SetDecl extends Node {
  readonly kind: 'SetDecl';
  /** `singleton set`: at most one element; an assignment replaces it. */
  readonly singleton?: true;
  readonly items: readonly SetItem[];
}
export interface SetItem extends DeclItemBase {
  /** Elements; ranges (`h1*h24`) already expanded by the parser. Undefined when no `/.../` given. */
  readonly elements?: readonly DataRecord[];
}

/** `alias (t, tp);` or `alias (i, j, k);` — the first is the set, the others its aliases. */
export interface AliasDecl extends Node {
  readonly kind: 'AliasDecl';
  readonly groups: readonly (readonly Ident[])[];
}

/** `scalar(s)` and `parameter(s)`; scalars have no domain. */
export interface ParameterDecl extends Node {
  readonly kind: 'ParameterDecl';
  /** `acronym`: scalars whose values are the acronyms themselves (GAMS's `acronym` statement). */
  readonly keyword: 'scalar' | 'parameter' | 'acronym';
  readonly items: readonly ParameterItem[];
}
export interface ParameterItem extends DeclItemBase {
  /** `/ a 1, b.c 2 /` records; for a scalar `/ 5 /` one record with no keys. */
  readonly data?: readonly DataRecord[];
}

/** `table d(i,j) text` followed by the column-layout body; records already aligned by the parser. */
export interface TableDecl extends Node {
  readonly kind: 'TableDecl';
  readonly item: DeclItemBase;
  /** The cells as DataRecords, made on first read from `cells` (the checker reads `cells`). */
  readonly records: readonly DataRecord[];
  /** The same cells in typed arrays (absent when the table has no body). */
  readonly cells?: TableCells;
}

/**
 * A table's cells without an object per cell: cell i is row tuple rowTuples[row[i]] followed by
 * column tuple colTuples[col[i]], with value[i]; record(i) makes its DataRecord (spans computed
 * from the number's offset) for diagnostics.
 */
export interface TableCells {
  readonly length: number;
  readonly rowTuples: readonly (readonly Label[])[];
  readonly colTuples: readonly (readonly Label[])[];
  /** Typed arrays of at least `length` entries. */
  readonly row: Int32Array;
  readonly col: Int32Array;
  readonly value: Float64Array;
  record(i: number): DataRecord;
  /** Every cell's record, made once (the TableDecl's records). */
  records(): readonly DataRecord[];
}

/** `sos1`/`sos2`: special ordered sets over the last index (reform/sos.ts reformulates them). */
export type VariableType = 'free' | 'positive' | 'negative' | 'binary' | 'integer' | 'sos1' | 'sos2';

export interface VariableDecl extends Node {
  readonly kind: 'VariableDecl';
  readonly varType: VariableType;
  readonly items: readonly DeclItemBase[];
}

export interface EquationDecl extends Node {
  readonly kind: 'EquationDecl';
  readonly items: readonly DeclItemBase[];
}

/** `name(i,j)$cond .. lhs =e= rhs;` */
export interface EquationDef extends Node {
  readonly kind: 'EquationDef';
  readonly name: Ident;
  /** Domain indices (names only) and optional `$` condition. */
  readonly domain?: readonly Ident[];
  readonly cond?: Expr;
  /** Restricting references of the domain (`defdist(low(n,nn))..`): `low` stands for (n,nn). */
  readonly tuples?: readonly SymbolRef[];
  /**
   * Labels written in the domain (`sy3("pulplogs",te)..`): the rows with that label in that
   * position (counted over the whole domain, names and labels).
   */
  readonly fixed?: readonly { readonly position: number; readonly label: Label }[];
  readonly lhs: Expr;
  readonly rel: 'e' | 'l' | 'g' | 'n';
  readonly relSpan: Span;
  readonly rhs: Expr;
}

/** `model m "text" / all /` or `/ e1, e2 /`; several models may be declared in one statement. */
export interface ModelDecl extends Node {
  readonly kind: 'ModelDecl';
  readonly items: readonly ModelItem[];
}
export interface ModelItem extends Node {
  readonly name: Ident;
  readonly text?: string;
  /** 'all' or a list of equation (or model) names. */
  readonly equations: 'all' | readonly Ident[];
  /** Equations or models taken out (`/ all - mn /`). */
  readonly without?: readonly Ident[];
  /** The `equation.variable` pairs of a complementarity model (their equations are in `equations`). */
  readonly matches?: readonly ModelMatch[];
}
/** `e.x` in a model's list: equation e complementary to variable x. */
export interface ModelMatch extends Node {
  readonly equation: Ident;
  readonly variable: Ident;
}

/**
 * `target $ cond = value;` — target is a parameter (or scalar, set membership `s(i) = yes`)
 * or a variable/equation attribute (`x.fx(i) = 0`), optionally with a domain.
 */
export interface Assignment extends Node {
  readonly kind: 'Assignment';
  readonly target: SymbolRef;
  /** Left-hand `$` condition: no assignment where false. */
  readonly cond?: Expr;
  readonly value: Expr;
  /** Restricting references of the target (`dis(huts(r,c),rr,cc) = ...`): `huts` stands for (r,c). */
  readonly tuples?: readonly SymbolRef[];
}

export type ModelType = 'lp' | 'mip' | 'rmip' | 'qcp' | 'nlp' | 'dnlp' | 'minlp' | 'miqcp' | 'cns' | 'mcp';

/** `solve m using lp minimizing z;` (the `using`/`minimizing` clauses may come in either order). */
export interface SolveStmt extends Node {
  readonly kind: 'Solve';
  readonly model: Ident;
  readonly modelType: ModelType;
  readonly modelTypeSpan: Span;
  readonly sense: 'min' | 'max';
  /** Absent for the model types without an objective: CNS (a square system), MCP (matched pairs). */
  readonly objective?: Ident;
}

/** `display p, x.l, "text";` */
export interface DisplayStmt extends Node {
  readonly kind: 'Display';
  /** `display$cond ...`: shown only when the condition holds (it is evaluated in any case). */
  readonly cond?: Expr;
  readonly items: readonly (SymbolRef | StringLit)[];
}

/** `option decimals = 4, lp = glpk;` — also `option p:3:1:1;` (display layout, value kept raw). */
export interface OptionStmt extends Node {
  readonly kind: 'Option';
  readonly items: readonly OptionItem[];
}
export interface OptionItem extends Node {
  readonly name: Ident;
  /** number, identifier/string value, or undefined for a bare `option x;` */
  readonly value?: number | string;
  readonly valueSpan?: Span;
  /** `option a < b;` / `a <= b`: a projection of b onto a (`value` names b). */
  readonly project?: '<' | '<=';
}

export interface LoopStmt extends Node {
  readonly kind: 'Loop';
  readonly binding: IndexBinding;
  readonly body: readonly Statement[];
}

export interface WhileStmt extends Node {
  readonly kind: 'While';
  readonly cond: Expr;
  readonly body: readonly Statement[];
}

export interface RepeatStmt extends Node {
  readonly kind: 'Repeat';
  readonly body: readonly Statement[];
  readonly until: Expr;
}

/** `for (s = a to b by c, ...)` or `downto`. The loop variable is a scalar parameter. */
export interface ForStmt extends Node {
  readonly kind: 'For';
  readonly variable: Ident;
  readonly from: Expr;
  readonly to: Expr;
  readonly step?: Expr;
  readonly down: boolean;
  readonly body: readonly Statement[];
}

export interface IfStmt extends Node {
  readonly kind: 'If';
  readonly branches: readonly { readonly cond: Expr; readonly body: readonly Statement[] }[];
  readonly elseBody?: readonly Statement[];
}

export interface BreakStmt extends Node {
  readonly kind: 'Break';
}
export interface ContinueStmt extends Node {
  readonly kind: 'Continue';
}

/** `abort $ cond "message", p;` */
export interface AbortStmt extends Node {
  readonly kind: 'Abort';
  /** `abort.noError`: execution ends without an error. */
  readonly noError?: boolean;
  readonly cond?: Expr;
  readonly items: readonly (SymbolRef | StringLit)[];
}

/** `file f / results.txt /;` (also `file f "text" / name /`). */
export interface FileDecl extends Node {
  readonly kind: 'FileDecl';
  readonly name: Ident;
  readonly path?: string;
}

/** `put f 'text' x.l:10:2 /;`, `putclose f;`. */
export interface PutStmt extends Node {
  readonly kind: 'Put';
  readonly close: boolean;
  /**
   * `put_utility$cond 'log' / text;`: the command (lower case: `log`, `msg`, `msglog`, `title`)
   * and the text its items make; nothing is written to a put file.
   */
  readonly utility?: string;
  readonly cond?: Expr;
  /** Leading file name (selects the current put file), if written. */
  readonly file?: Ident;
  /** `puttl` / `puthd`: the items go to the page's title or header block; `putpage`: then the page is written. */
  readonly block?: 'title' | 'header' | 'page';
  readonly items: readonly PutItem[];
}
export type PutItem =
  | { readonly kind: 'PutNewline'; readonly span: Span }
  /** `@n`: move to column n of the current line. */
  | { readonly kind: 'PutColumn'; readonly span: Span; readonly value: Expr }
  | {
      readonly kind: 'PutValue';
      readonly span: Span;
      readonly value: Expr;
      /** `:<`, `:>`, `:<>` before the width: left, right or centred in the field. */
      readonly align?: 'left' | 'right' | 'center';
      readonly width?: Expr;
      readonly decimals?: Expr;
    };

/**
 * `execute_load 'file', a, b=gdxname;`, `execute_loaddc ...`, `execute_unload 'file', a, b=gdxname;`
 * (no items: every symbol). `name=gdxname`: the program's `name` is `gdxname` in the file.
 */
export interface GdxStmt extends Node {
  readonly kind: 'Gdx';
  readonly op: 'load' | 'loaddc' | 'unload';
  readonly file: string;
  readonly fileSpan: Span;
  readonly items: readonly { readonly name: Ident; readonly gdxName?: Ident }[];
}

/**
 * `execute_critical_region m, theta, out=role, ...;` after a solve of model m: the critical region
 * of the solved point in the fixed entries of the variable theta (docs/language.md). Items without
 * `=` name theta; `out=role` names the parameter that receives role (value, grad, hess, rows, rhs,
 * status, count).
 */
export interface CriticalRegionStmt extends Node {
  readonly kind: 'CriticalRegion';
  readonly model: Ident;
  readonly items: readonly { readonly name: Ident; readonly role?: Ident }[];
}

/** A `$` control line kept in the tree (for example `$title`), for tools and warnings. */
export interface DirectiveStmt extends Node {
  readonly kind: 'Directive';
  readonly name: string;
  readonly args: string;
}

/** A parsed source: statements in order. */
export interface Program extends Node {
  readonly statements: readonly Statement[];
}
