// Binds and checks a parsed program: declares symbols in source order, loads compile-time data
// (set elements, parameter lists, tables) with domain checks, checks every reference. Expressions
// become IR (./ir.ts); equations keep it (lowered by src/model/lower.ts), and statements become
// statement IR (./statements.ts, lowered by src/interp/lower-statements.ts). The result is the
// CheckedProgram: data only, nothing executable. Imports syntax/, bind/, ops/, diagnostics/.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../text/source-file.ts';
import { lineAndColumn } from '../text/source-file.ts';
import { sharing } from '../text/share.ts';
import { diag, type Diagnostic, type MessageDef } from '../diagnostics/diagnostic.ts';
import { suggest } from '../diagnostics/suggest.ts';
import { checkMessages as M } from '../diagnostics/messages/check.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import { hostMessages as H } from '../diagnostics/messages/host.ts';
import { gamsModelTypeOptions, gamsSolvers, gamsStochastic } from './gams-solvers.ts';
import {
  SymbolTable,
  ParamRecords,
  resolveSet,
  tupleKey,
  key2,
  newVarRecord,
  type SetSymbol,
  type Sym,
  type ParameterSymbol,
  type VariableSymbol,
  type EquationSymbol,
  type ModelSymbol,
  type FileSymbol,
  type TupleKey,
  ACRONYM_BASE,
} from '../bind/symbols.ts';
import { ExprChecker, Scope, isSubsetOf, type CheckContext, type ExprMode } from './expressions.ts';
import {
  NameLinks,
  type EquAttr,
  type ExprFacts,
  type IDriver,
  type IExpr,
  type IFilter,
  type IIndex,
  type VarAttr,
} from './ir.ts';
import { exprReads } from './reads.ts';
import { TupleIndex } from '../bind/tuple-index.ts';
import { GdxDirectives, gdxStatement, type ReadBinary } from './gdx-load.ts';
import { regionStatement } from './region-statement.ts';
import {
  statementEffects,
  type AssignTarget,
  type CStmt,
  type DisplayItem,
  type OptionItem,
  type Projection,
  type PutCItem,
} from './statements.ts';

import { clearable } from './option-clear.ts';

export type { CStmt, DisplayItem, PutCItem } from './statements.ts';

/**
 * A checked equation definition: its domain iteration, and its two sides as IR (lowered into row
 * emitters by src/model/lower.ts) with the facts and symbol table they refer to.
 */
export interface CEquation {
  readonly sym: EquationSymbol;
  readonly def: A.EquationDef;
  readonly slots: number[];
  readonly sets: SetSymbol[];
  /** The env slots the domain's sets bind, in order (a multi-dimensional set binds one per dimension). */
  readonly boundSlots: readonly number[];
  /** The domain's `$` condition. */
  readonly cond?: IExpr;
  /** Candidates of the domain's innermost index under a membership condition. */
  readonly filter?: IFilter;
  /** Sparse drivers of the domain (see ExprChecker.sparseDrivers). */
  readonly drivers?: readonly IDriver[];
  /** Labels in the domain (`sy3("pulplogs",te)..`): slots of their own, set to the label once per generation. */
  readonly fixed: readonly { readonly slot: number; readonly id: number }[];
  readonly lhs: IExpr;
  readonly rhs: IExpr;
  readonly facts: ExprFacts;
  readonly table: SymbolTable;
  readonly rel: 'e' | 'l' | 'g' | 'n';
}

export interface CheckedProgram {
  readonly table: SymbolTable;
  readonly statements: CStmt[];
  readonly equations: Map<EquationSymbol, CEquation>;
  /** The facts about the IR's expression nodes (equations' and statements'). */
  readonly facts: ExprFacts;
  /** Every symbol name of the source and the symbol it resolved to (the language server's index). */
  readonly names: NameLinks;
  readonly diagnostics: Diagnostic[];
}

export const knownSolvers = ['glpk', 'highs', 'ipm', 'ipopt'];
const solverOptionKeys = gamsModelTypeOptions;
/**
 * GAMS options passed to the executor without a check of their own. optcr, optca, reslim and
 * iterlim are applied there (the solve limits of src/run/solve.ts); the others change GAMS's listing or its
 * own limits and are accepted and ignored.
 */
export const ignoredOptions = new Set([
  'limrow',
  'limcol',
  'solprint',
  'sysout',
  'optcr',
  'optca',
  'iterlim',
  'reslim',
  'seed',
  'solvelink',
  'eject',
  'profile',
  'threads',
  'bratio',
  'domlim',
  'holdfixed',
  'integer1',
  'savepoint',
  'solveopt',
  'work',
  // More of GAMS's option statement (UG_OptionStatement): listing, limits and solver controls.
  'asyncsollst',
  'checkerrorlevel',
  'cheat',
  'cutoff',
  'dispwidth',
  'dmpopt',
  'dmpsym',
  'dualcheck',
  'fddelta',
  'fdopt',
  'forlim',
  'integer2',
  'integer3',
  'integer4',
  'integer5',
  'intvarup',
  'keep',
  'measure',
  'memorystat',
  'nodlim',
  'optdir',
  'profiletol',
  'reform',
  'solslack',
  'solvercntr',
  'sparserun',
  'strictsingleton',
  'suppress',
  'threadsasync',
  'tryint',
  'workfactor',
  'workspace',
  'zerores',
  'zerorestol',
]);

/** Attributes of put files (GAMS UG_Put) that assignments may set. */
const putFileAttributes = new Set([
  'ap',
  'bm',
  'case',
  'cc',
  'cr',
  'ct',
  'hdd',
  'hdr',
  'ht',
  'lcw',
  'lj',
  'll',
  'lm',
  'lp',
  'lw',
  'nd',
  'nj',
  'nr',
  'nw',
  'nz',
  'pc',
  'pw',
  'ps',
  'sclj',
  'scr',
  'scw',
  'sj',
  'sw',
  'tf',
  'tj',
  'tm',
  'tw',
  'ws',
]);

/** GAMS's predefined scalars with their initial values. */
const systemScalars: Readonly<Record<string, number>> = { execerror: 0, execseed: 3141 };

export interface CheckOptions {
  /** Reads GDX files for `$gdxin` (relative to the model file that names them). */
  readBinary?: ReadBinary;
}

export function checkProgram(program: A.Program, opts: CheckOptions = {}): CheckedProgram {
  if (!sharing() || opts.readBinary) return checkUnshared(program, opts);
  let r = sharedChecks.get(program);
  if (!r) sharedChecks.set(program, (r = checkUnshared(program, opts)));
  return r;
}

/** Checks shared while src/text/share.ts's shareResults runs, by program (without options). */
const sharedChecks = new WeakMap<A.Program, CheckedProgram>();

function checkUnshared(program: A.Program, opts: CheckOptions): CheckedProgram {
  const c = new Checker(opts);
  const statements = c.statements(program.statements, new Scope(), { inLoop: false, inBlock: false });
  c.finish();
  return {
    table: c.table,
    statements,
    equations: c.equations,
    facts: c.facts,
    names: c.links,
    diagnostics: c.diagnostics,
  };
}

interface Ctx {
  inLoop: boolean;
  inBlock: boolean;
}

class Checker implements CheckContext {
  readonly table = new SymbolTable();
  readonly diagnostics: Diagnostic[] = [];
  readonly equations = new Map<EquationSymbol, CEquation>();
  readonly links = new NameLinks();
  private readonly ex = new ExprChecker(this);
  private readonly assigned = new Set<Sym>();
  /** Acronyms in declaration order (the k-th holds k * ACRONYM_BASE). */
  private readonly acronyms: ParameterSymbol[] = [];
  /** Symbols declared right after a comma that ended another item's unquoted explanatory text. */
  private readonly textSplits = new Map<Sym, NonNullable<A.DeclItemBase['textAfter']>>();
  private readonly gdx: GdxDirectives;

  constructor(opts: CheckOptions) {
    this.gdx = new GdxDirectives(
      this.table,
      opts.readBinary,
      (d) => this.diagnostics.push(d),
      (s) => this.assigned.add(s),
    );
  }

  get facts(): ExprFacts {
    return this.ex.facts;
  }

  /** An expression, checked in the scope. */
  private num(e: A.Expr, scope: Scope, mode: ExprMode): IExpr {
    return this.ex.check(e, scope, mode);
  }

  /** A reference's index arguments, checked against the symbol's domain. */
  private refIndices(ref: A.SymbolRef, sym: Sym, scope: Scope): IIndex[] | undefined {
    return this.ex.checkRefIndices(ref, sym, scope);
  }

  error(def: MessageDef, span: Span | undefined, args: (string | number)[] = [], hint?: string): void {
    this.diagnostics.push(diag(def, span, args, hint));
  }

  link(span: Span, sym: Sym, flags?: { decl?: boolean; write?: boolean }): void {
    this.links.add(span, sym, flags);
  }

  /** `file` (a keyword, no symbol's name) stands for the current put file in `file.cr`. */
  private putFileWord(id: A.Ident): FileSymbol | undefined {
    if (id.name.toLowerCase() !== 'file') return undefined;
    if (this.currentPutFile) return this.currentPutFile;
    for (let k = this.table.ordered.length - 1; k >= 0; k--) {
      const f = this.table.ordered[k];
      if (f.kind === 'file') return f;
    }
    return undefined;
  }

  /** The put file of the last put statement naming one (`file.cr` refers to it), else the last declared. */
  private currentPutFile?: FileSymbol;

  lookup(id: A.Ident): Sym | undefined {
    const s = this.table.get(id.name) ?? this.systemScalar(id) ?? this.putFileWord(id);
    if (s) this.links.add(id.span, s);
    else {
      const near = suggest(id.name, this.table.names());
      this.error(
        M.Symbol_0_is_not_declared,
        id.span,
        [id.name],
        near ? `did you mean '${near}'?` : undefined,
      );
    }
    return s;
  }

  /**
   * GAMS's predefined scalars (`execError`, `execSeed`), declared on first use. execSeed holds
   * the default seed; assigning it does not restart the random stream (use `option seed = n;`).
   */
  private systemScalar(id: A.Ident): Sym | undefined {
    const v = systemScalars[id.name.toLowerCase()];
    if (v === undefined) return undefined;
    const sym: ParameterSymbol = {
      kind: 'parameter',
      name: id.name,
      declSpan: id.span,
      domain: [],
      uses: 1,
      isScalar: true,
      isTable: false,
      records: new ParamRecords(0),
      hasData: true,
    };
    if (v !== 0) sym.records.set(tupleKey([]), v);
    this.table.add(sym);
    this.assigned.add(sym);
    return sym;
  }

  declHint(s: Sym): string {
    const { line, column } = lineAndColumn(s.declSpan.file, s.declSpan.start);
    const dom = s.domain.length ? `(${s.domain.map((d) => d?.name ?? '*').join(',')})` : '';
    return `declared at ${s.declSpan.file.name}:${line}:${column} as ${s.name}${dom}.`;
  }

  // ---------------------------------------------------------------------------------------------
  // Declarations

  private checkNew(id: A.Ident): boolean {
    const prev = this.table.get(id.name);
    if (prev) {
      this.error(
        M.Symbol_0_is_already_declared,
        id.span,
        [id.name, prev.kind],
        this.declHint(prev).replace('declared', 'first declared'),
      );
      return false;
    }
    return true;
  }

  /**
   * A declaration of a name that is already declared. GAMS accepts it when the symbol is of the
   * same kind, gets data it does not have yet, and the new declaration names the same domain or
   * none: `Set days; ... Set days / 951127, ... /` (qp1), `Set i(ii) subset;` in an include and
   * then `Set i(ii) / i1*i6 /` (tsp3), one parameter listed twice (dyncge). A symbol whose
   * dimension is still open takes the new domain. Returns the symbol to fill, undefined for a
   * name not declared yet, or false after E2002.
   */
  private redeclaration<K extends 'set' | 'parameter'>(
    item: A.DeclItemBase,
    kind: K,
    withData: boolean,
    scalar = false,
  ): Extract<Sym, { kind: K }> | undefined | false {
    const prev = this.table.get(item.name.name);
    if (!prev) return undefined;
    const refuse = (why: string) => {
      this.error(
        M.Symbol_0_is_already_declared,
        item.name.span,
        [item.name.name, prev.kind],
        `${this.declHint(prev).replace('declared', 'first declared')}${why}`,
      );
      return false as const;
    };
    if (prev.kind !== kind) return refuse('');
    const sym = prev as SetSymbol | ParameterSymbol;
    if (withData && sym.hasData) return refuse(' A symbol gets its data in one statement only.');
    if (scalar && sym.domain.length > 0 && !this.openDims.has(sym))
      return refuse(' Declared again, it must keep its domain.');
    if (item.domain) {
      const domain = this.domainOf(item);
      if (!domain) return false;
      if (this.openDims.delete(sym)) {
        sym.domain = domain;
        if (sym.kind === 'parameter') {
          sym.records = new ParamRecords(domain.length);
          (sym as { isScalar: boolean }).isScalar = domain.length === 0;
        }
      } else if (domain.length !== sym.domain.length || domain.some((d, k) => d !== sym.domain[k]))
        return refuse(' Declared again, it must keep its domain.');
    }
    if (item.text && !sym.text) sym.text = item.text;
    return sym as Extract<Sym, { kind: K }>;
  }

  /**
   * Symbols declared without a domain and without data (`Parameter rep;`, `Equation ddev;`,
   * `Set s;`, `Variable v;`): GAMS fixes their dimension at their first use, over the universe `*`.
   */
  private readonly openDims = new Set<Sym>();

  /** The statement that declared each variable and equation (a later statement may declare it again). */
  private readonly variableStatements = new Map<Sym, A.Statement>();

  /** Whether a declaration's domain names the same sets as the symbol's (aliases resolved). */
  private sameDomain(item: A.DeclItemBase, sym: Sym): boolean {
    const d = item.domain ?? [];
    if (d.length !== sym.domain.length) return false;
    return d.every((e, k) => {
      if (e.name === '*') return sym.domain[k] === undefined;
      const s = this.table.get(e.name);
      return !!s && (s.kind === 'set' || s.kind === 'alias') && resolveSet(s) === sym.domain[k];
    });
  }

  /** The first use of `sym` with n indices fixes its dimension if it is still open; no-op otherwise. */
  fixDimension(sym: Sym, n: number): void {
    if (!this.openDims.delete(sym) || n === sym.domain.length) return;
    if (sym.kind === 'set' && n === 0) return;
    sym.domain = new Array<undefined>(n).fill(undefined);
    if (sym.kind === 'parameter') {
      sym.records = new ParamRecords(n);
      (sym as { isScalar: boolean }).isScalar = n === 0;
    }
  }

  private domainOf(item: A.DeclItemBase): (SetSymbol | undefined)[] | undefined {
    if (!item.domain) return [];
    const out: (SetSymbol | undefined)[] = [];
    for (const d of item.domain) {
      if (d.name === '*') {
        out.push(undefined);
        continue;
      }
      const s = this.lookup({ name: d.name, span: d.span });
      if (!s) return undefined;
      if (s.kind !== 'set' && s.kind !== 'alias') {
        this.error(M.Name_0_is_not_a_set, d.span, [d.name, s.kind]);
        return undefined;
      }
      s.uses++;
      const set = resolveSet(s);
      // A domain over an alias of the universe is the universe itself.
      out.push(this.table.isUniverse(set) ? undefined : set);
    }
    return out;
  }

  /** `{ domainNames }` when the declaration wrote an alias among its indices, else nothing. */
  /** What every declared parameter, variable and equation starts with. */
  private symbolHead(item: A.DeclItemBase, domain: (SetSymbol | undefined)[]) {
    return {
      name: item.name.name,
      declSpan: item.name.span,
      text: item.text,
      domain,
      ...this.declaredNames(item, domain),
      uses: 0,
    };
  }

  private declaredNames(item: A.DeclItemBase, domain: readonly (SetSymbol | undefined)[]) {
    const names = item.domain?.map((d) => d.name);
    if (!names || names.every((n, k) => n === '*' || n.toLowerCase() === domain[k]?.name.toLowerCase()))
      return {};
    return { domainNames: names };
  }

  /**
   * Label ids of a data record, checked against the domain; undefined after an error. With
   * `known` (one map per index position), a label object already found in its domain at that
   * position is not looked up again: a table's row and column labels are the same objects in
   * every cell. The ids go into `out` when given (reused by the caller), else a new array.
   */
  private recordKeys(
    sym: Sym,
    dims: number,
    rec: A.DataRecord,
    what: string,
    known?: Map<A.Label, number>[],
    out?: number[],
  ): number[] | undefined {
    // Read once: a table record builds its keys on each read (grammar/table.ts's TableRecord).
    const keys = rec.keys;
    if (keys.length !== dims) {
      this.error(
        M.Data_has_1_labels_but_0_has_2_dims,
        rec.span,
        [sym.name, keys.length, dims],
        this.declHint(sym),
      );
      return undefined;
    }
    const ids: number[] = out ?? [];
    ids.length = 0;
    for (let k = 0; k < dims; k++) {
      const label = keys[k];
      const hit = known?.[k].get(label);
      if (hit !== undefined) {
        ids.push(hit);
        continue;
      }
      const id = this.table.universe.id(label.name);
      const dom = sym.domain[k];
      if (dom && !dom.records.has(dom.domain.length === 1 ? id : tupleKey([id]))) {
        const near = suggest(
          label.name,
          [...dom.records.values()].map((r) => this.table.universe.name(r.keys[0])),
        );
        this.error(
          M.Label_0_is_not_in_set_1,
          label.span,
          [label.name, dom.name],
          near ? `did you mean '${near}'?` : `${what} is declared over ${dom.name}.`,
        );
        return undefined;
      }
      known?.[k].set(label, id);
      ids.push(id);
    }
    return ids;
  }

  /**
   * Data records with `#s` labels (every element of set s, in its order) replaced by one record
   * per element (food: `stock(p) / #p 500 /`). E2004 when s is not a one-dimensional set.
   */
  private expandSetRefs(recs: readonly A.DataRecord[]): readonly A.DataRecord[] {
    if (!recs.some((r) => r.keys.some((k) => k.setRef))) return recs;
    const out: A.DataRecord[] = [];
    for (const rec of recs) {
      let tuples: A.Label[][] = [[]];
      let ok = true;
      for (const k of rec.keys) {
        if (!k.setRef) {
          tuples = tuples.map((t) => [...t, k]);
          continue;
        }
        const s = this.lookup({ name: k.name, span: k.span });
        if (!s) {
          ok = false;
          break;
        }
        if ((s.kind !== 'set' && s.kind !== 'alias') || s.domain.length !== 1) {
          this.error(M.Name_0_is_not_a_set, k.span, [k.name, s.kind]);
          ok = false;
          break;
        }
        s.uses++;
        const names = [...resolveSet(s).records.values()].map((r) => this.table.universe.name(r.keys[0]));
        tuples = tuples.flatMap((t) => names.map((name) => [...t, { name, span: k.span }]));
      }
      // Fields copied one by one: table records read them through getters.
      const { span, value, valueSpan, text } = rec;
      if (ok) for (const keys of tuples) out.push({ span, keys, value, valueSpan, text });
    }
    return out;
  }

  /** Remember a declaration that an unquoted text's comma split off (see finish). */
  private noteSplit(item: A.DeclItemBase): void {
    const sym = item.textAfter && this.table.get(item.name.name);
    if (sym && sym.declSpan === item.name.span) this.textSplits.set(sym, item.textAfter!);
  }

  private declareSet(item: A.SetItem, stmt: A.SetDecl): void {
    const prev = this.redeclaration(item, 'set', !!item.elements);
    if (prev === false) return;
    let sym: SetSymbol;
    if (prev) {
      sym = prev;
      if (item.elements) {
        sym.hasData = true;
        const n = item.elements[0]?.keys.length;
        if (n !== undefined) this.fixDimension(sym, n);
        else this.openDims.delete(sym);
      }
    } else {
      const domain = this.domainOf(item);
      if (!domain) return;
      // A set declared without a domain takes the dimension of its data (fertd: `Set hposx
      // / phos-acid.abu-zaabal /` is two-dimensional, over *).
      const n = item.domain ? 0 : (item.elements?.[0]?.keys.length ?? 1);
      sym = {
        kind: 'set',
        name: item.name.name,
        declSpan: item.name.span,
        text: item.text,
        domain: domain.length ? domain : new Array<undefined>(Math.max(1, n)).fill(undefined),
        uses: 0,
        records: new Map(),
        hasData: !!item.elements,
      };
      this.table.add(sym);
      if (!item.domain && !item.elements) this.openDims.add(sym);
    }
    const dims = sym.domain.length;
    for (const rec of this.expandSetRefs(item.elements ?? [])) {
      const ids = this.recordKeys(sym, dims, rec, `set ${sym.name}`);
      if (!ids) continue;
      const k = tupleKey(ids);
      if (!sym.records.has(k)) sym.records.set(k, { keys: ids, text: rec.text });
    }
    if (stmt.singleton) {
      sym.singleton = true;
      if (sym.records.size > 1)
        this.error(M.Singleton_0_gets_1_elements, item.name.span, [sym.name, sym.records.size]);
    }
  }

  private declareParameter(
    item: A.DeclItemBase,
    data: readonly A.DataRecord[] | undefined,
    keyword: 'scalar' | 'parameter' | 'table',
    /** A table's cells, read without a record per cell (then `data` is undefined). */
    cells?: A.TableCells,
  ): void {
    const given = !!(data || cells);
    const count = cells ? cells.length : (data?.length ?? 0);
    const firstDims = cells
      ? cells.length
        ? cells.rowTuples[cells.row[0]].length + cells.colTuples[cells.col[0]].length
        : undefined
      : data?.[0]?.keys.length;
    const prev = this.redeclaration(item, 'parameter', given, keyword === 'scalar');
    if (prev === false) return;
    let sym: ParameterSymbol;
    if (prev) {
      sym = prev;
      if (given) {
        sym.hasData = true;
        if (keyword === 'table') (sym as { isTable: boolean }).isTable = true;
        const n = firstDims;
        if (n !== undefined) this.fixDimension(sym, n);
        else this.openDims.delete(sym);
      }
    } else {
      const domain = keyword === 'scalar' ? [] : this.domainOf(item);
      if (!domain) return;
      // `Table td` or `Parameter p / a.x 1 /` without a domain: the dimension of the data, over `*`.
      const implicit = keyword !== 'scalar' && !item.domain;
      if (implicit && given && count) for (let k = firstDims!; k > 0; k--) domain.push(undefined);
      sym = {
        kind: 'parameter',
        ...this.symbolHead(item, domain),
        isScalar: domain.length === 0,
        isTable: keyword === 'table',
        records: new ParamRecords(domain.length),
        hasData: given,
      };
      this.table.add(sym);
      if (implicit && !given) this.openDims.add(sym);
    }
    if (given) this.assigned.add(sym);
    const domain = sym.domain;
    const records = sym.records;
    // Keys seen in this statement. Without earlier records (the usual case), those are the
    // records themselves plus the keys of zeros, which are not stored: no third index of a
    // table's 10^6 cells. Typed-array indexes, not Sets.
    const fresh = records.size === 0;
    const seen = new TupleIndex();
    if (fresh && given) records.reserve(count);
    const what = `${keyword} ${sym.name}`;
    if (cells && fresh && this.storeCells(sym, cells)) return;
    const known = domain.map(() => new Map<A.Label, number>());
    const scratch: number[] = [];
    for (const rec of this.expandSetRefs(data ?? cells?.records() ?? [])) {
      const ids = this.recordKeys(sym, domain.length, rec, what, known, scratch);
      if (!ids) continue;
      const k = tupleKey(ids);
      const nonzero = rec.value !== 0 || Object.is(rec.value, -0);
      let duplicate: boolean;
      if (fresh) {
        duplicate = seen.find(k) >= 0 || (nonzero ? !records.add(k, rec.value) : records.has(k));
        if (!duplicate && !nonzero) seen.insert(k);
      } else {
        seen.insert(k);
        duplicate = !seen.added;
        if (!duplicate && nonzero) records.set(k, rec.value);
      }
      if (duplicate) this.duplicateData(sym, rec);
    }
  }

  private duplicateData(sym: ParameterSymbol, rec: A.DataRecord): void {
    const label = rec.keys.map((l) => l.name).join('.');
    this.error(M.Duplicate_data_for_0, rec.span, [`${sym.name}(${label})`]);
  }

  /**
   * A table's cells stored into a parameter without records of its own yet, straight from the
   * typed arrays: the label ids of each row and column tuple are looked up once, in the order the
   * cells first use them (recordKeys's order, so the universe gives the same ids). Returns false,
   * having stored nothing, when a cell needs a diagnostic other than E-duplicate (a label outside
   * its domain, a wrong number of labels) or holds `#s`: then the records go one by one.
   */
  private storeCells(sym: ParameterSymbol, cells: A.TableCells): boolean {
    const n = cells.length;
    if (n === 0) return true;
    const { row, col, value, rowTuples, colTuples } = cells;
    const dims = sym.domain.length;
    const rl = rowTuples[row[0]].length;
    const cl = dims - rl;
    if (cl < 0) return false;
    const rowIds = new Int32Array(rowTuples.length * rl);
    const colIds = new Int32Array(colTuples.length * cl);
    const rowDone = new Uint8Array(rowTuples.length);
    const colDone = new Uint8Array(colTuples.length);
    const u = this.table.universe;
    const idsOf = (t: readonly A.Label[], at: number, out: Int32Array, o: number): boolean => {
      for (let k = 0; k < t.length; k++) {
        const label = t[k];
        if (label.setRef) return false;
        const id = u.id(label.name);
        const dom = sym.domain[at + k];
        if (dom && !dom.records.has(dom.domain.length === 1 ? id : tupleKey([id]))) return false;
        out[o + k] = id;
      }
      return true;
    };
    for (let i = 0; i < n; i++) {
      const r = row[i];
      const c = col[i];
      if (!rowDone[r]) {
        const t = rowTuples[r];
        if (t.length !== rl || !idsOf(t, 0, rowIds, r * rl)) return false;
        rowDone[r] = 1;
      }
      if (!colDone[c]) {
        const t = colTuples[c];
        if (t.length !== cl || !idsOf(t, rl, colIds, c * cl)) return false;
        colDone[c] = 1;
      }
    }
    const records = sym.records;
    // Keys of zeros (not stored), to find their duplicates.
    const zeros = new TupleIndex();
    const ids = new Int32Array(dims);
    for (let i = 0; i < n; i++) {
      let k: TupleKey;
      if (rl === 1 && cl === 1) k = key2(rowIds[row[i]], colIds[col[i]]);
      else {
        for (let j = 0; j < rl; j++) ids[j] = rowIds[row[i] * rl + j];
        for (let j = 0; j < cl; j++) ids[rl + j] = colIds[col[i] * cl + j];
        k = tupleKey(ids, dims);
      }
      const v = value[i];
      const nonzero = v !== 0 || Object.is(v, -0);
      const duplicate =
        (zeros.size > 0 && zeros.find(k) >= 0) || (nonzero ? !records.add(k, v) : records.has(k));
      if (!duplicate && !nonzero) zeros.insert(k);
      if (duplicate) this.duplicateData(sym, cells.record(i));
    }
    return true;
  }

  /** An acronym: a scalar holding its own value, k * ACRONYM_BASE for the k-th acronym declared. */
  private declareAcronym(item: A.DeclItemBase): void {
    const value = (this.acronyms.length + 1) * ACRONYM_BASE;
    this.declareParameter(item, [{ span: item.name.span, keys: [], value }], 'scalar');
    const sym = this.table.get(item.name.name);
    if (sym?.kind !== 'parameter' || sym.records.get(tupleKey([])) !== value) return;
    sym.acronym = this.acronyms.length + 1;
    this.acronyms.push(sym);
  }

  /**
   * GAMS allows an acronym only as a value to assign or to compare with eq/ne (`=`, `<>`); any
   * other use (arithmetic, a function argument) is E2300, where GAMS also stops.
   */
  private checkAcronymUses(s: A.Statement): void {
    if (!this.acronyms.length) return;
    const isAcronym = (e: A.Expr): boolean => {
      if (e.kind !== 'Ref' || e.indices?.length || e.attr) return false;
      const sym = this.table.get(e.name.name);
      return sym?.kind === 'parameter' && sym.acronym !== undefined;
    };
    const allowed = new Set<A.Expr>();
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (const x of node) walk(x);
        return;
      }
      const o = node as Record<string, unknown> & { kind?: string };
      if (o.kind === 'Assignment') {
        const a = o as unknown as A.Assignment;
        allowed.add(a.value);
        if (a.value.kind === 'Dollar') allowed.add(a.value.value);
      } else if (o.kind === 'Binary') {
        const b = o as unknown as A.BinaryExpr;
        if (b.op === 'eq' || b.op === 'ne') allowed.add(b.left).add(b.right);
      } else if (
        o.kind === 'Ref' &&
        isAcronym(o as unknown as A.Expr) &&
        !allowed.has(o as unknown as A.Expr)
      ) {
        const r = o as unknown as A.SymbolRef;
        this.error(M.Acronym_0_in_arithmetic, r.span, [r.name.name]);
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'span' && k !== 'name') walk(v);
    };
    walk(s);
  }

  private declareVariable(item: A.DeclItemBase, varType: A.VariableType, stmt?: A.Statement): void {
    const prev = this.table.get(item.name.name);
    // The same variable declared again by a later statement with the same domain and type
    // (harker: `Variable tt(l,lp)` twice) is the same variable; within one statement it is an error.
    if (
      prev &&
      prev.kind === 'variable' &&
      stmt &&
      this.variableStatements.get(prev) !== stmt &&
      (varType === 'free' || varType === prev.varType) &&
      (!item.domain || this.sameDomain(item, prev))
    ) {
      if (item.text && !prev.text) prev.text = item.text;
      return;
    }
    // A name listed twice in one type statement is accepted (egypt: `Positive Variable natq, ...,
    // natq`).
    if (
      prev &&
      prev.kind === 'variable' &&
      varType !== 'free' &&
      varType === prev.varType &&
      (!item.domain || item.domain.length === prev.domain.length)
    )
      return;
    if (prev && prev.kind === 'variable' && varType !== 'free' && varType !== prev.varType) {
      // `Variables x(i); Positive Variable x;` — the GAMS idiom to set the type after declaring.
      if (item.domain && item.domain.length !== prev.domain.length) {
        this.error(
          M.Symbol_0_takes_1_indices_but_is_used_with_2,
          item.name.span,
          [prev.name, prev.domain.length, item.domain.length],
          this.declHint(prev),
        );
        return;
      }
      prev.varType = varType;
      for (const r of prev.records.values()) {
        const d = newVarRecord(varType, r.keys);
        r.lo = d.lo;
        r.up = d.up;
      }
      return;
    }
    if (!this.checkNew(item.name)) return;
    const domain = this.domainOf(item);
    if (!domain) return;
    const v: VariableSymbol = {
      kind: 'variable',
      ...this.symbolHead(item, domain),
      varType,
      records: new Map(),
    };
    this.table.add(v);
    if (stmt) this.variableStatements.set(v, stmt);
    if (!item.domain) this.openDims.add(v);
  }

  private declareEquation(item: A.DeclItemBase, stmt?: A.Statement): void {
    const prev = this.table.get(item.name.name);
    // Declared again by a later statement with the same domain (harker): the same equation.
    if (
      prev?.kind === 'equation' &&
      stmt &&
      this.variableStatements.get(prev) !== stmt &&
      (!item.domain || this.sameDomain(item, prev))
    ) {
      if (item.text && !prev.text) prev.text = item.text;
      return;
    }
    if (!this.checkNew(item.name)) return;
    const domain = this.domainOf(item);
    if (!domain) return;
    const e: EquationSymbol = {
      kind: 'equation',
      ...this.symbolHead(item, domain),
      records: new Map(),
    };
    this.table.add(e);
    if (stmt) this.variableStatements.set(e, stmt);
    if (!item.domain) this.openDims.add(e);
  }

  private declareModel(item: A.ModelItem): void {
    if (!this.checkNew(item.name)) return;
    let equations: EquationSymbol[] | 'all' = 'all';
    if (item.equations !== 'all') {
      const list: EquationSymbol[] = [];
      // A model that lists a model of all equations (stablem: `model new / sm, cut /;` with
      // `model sm / all /;`) has all equations too.
      let all = false;
      for (const id of item.equations) {
        const s = this.lookup(id);
        if (!s) continue;
        s.uses++;
        if (s.kind === 'equation') list.push(s);
        else if (s.kind === 'model') {
          if (s.equations === 'all') all = true;
          else list.push(...s.equations);
        } else this.error(M.Name_0_is_not_a_model_or_equation, id.span, [id.name, s.kind]);
      }
      equations = all ? 'all' : list;
    }
    if (item.without) equations = this.modelWithout(equations, item.without);
    const matches = item.matches ? this.modelMatches(item) : undefined;
    this.table.add({
      kind: 'model',
      name: item.name.name,
      declSpan: item.name.span,
      text: item.text,
      domain: [],
      uses: 0,
      equations,
      ...(item.equations === 'all'
        ? { allDeclared: this.table.ordered.filter((x) => x.kind === 'equation').length }
        : {}),
      ...(matches ? { matches } : {}),
      attrs: new Map(),
    });
  }

  /**
   * `option a < b;` (or `<=`): set a holds the tuples of b's records (a set, or a parameter's
   * nonzero records) restricted to a's positions. Each position of a takes the first unused
   * position of b over the same set, as GAMS matches them by domain (E2302 when none is).
   */
  private projection(it: A.OptionItem): Projection | undefined {
    const target = this.lookup(it.name);
    const source = this.lookup({ name: String(it.value), span: it.valueSpan ?? it.span });
    if (!target || !source) return undefined;
    target.uses++;
    source.uses++;
    const sourceSet = source.kind === 'set' || source.kind === 'alias' ? resolveSet(source) : undefined;
    if ((target.kind !== 'set' && target.kind !== 'alias') || (!sourceSet && source.kind !== 'parameter')) {
      this.error(M.Projection_0_1_not_supported, it.span, [
        `${it.name.name} ${it.project} ${source.name}`,
        'it projects a set or a parameter onto a set',
      ]);
      return undefined;
    }
    const set = resolveSet(target);
    const from = sourceSet ?? (source as ParameterSymbol);
    // A one-dimensional source set over `*` is its own domain; a position of a over `*` takes any.
    const n = from.domain.length;
    const sourceDomain = (k: number): SetSymbol | undefined => {
      const e = from.domain[k];
      return e ? resolveSet(e) : n === 1 ? sourceSet : undefined;
    };
    const used = new Set<number>();
    const positions: number[] = [];
    for (const d of set.domain) {
      const q = from.domain.findIndex((_, k) => !used.has(k) && (!d || sourceDomain(k) === resolveSet(d)));
      if (q < 0) {
        this.error(M.Projection_0_1_not_supported, it.span, [
          `${it.name.name} ${it.project} ${source.name}`,
          `no position of '${source.name}' left is over '${d?.name ?? '*'}'`,
        ]);
        return undefined;
      }
      used.add(q);
      positions.push(q);
    }
    return { target: set, source: from, n, positions };
  }

  /**
   * `/ all - mn /`: the equations of a model less those of equations or models named; `all` is the
   * equations declared so far, as GAMS reads it at the model statement.
   */
  private modelWithout(equations: EquationSymbol[] | 'all', without: readonly A.Ident[]): EquationSymbol[] {
    const out = new Set(
      equations === 'all'
        ? this.table.ordered.filter((x): x is EquationSymbol => x.kind === 'equation')
        : equations,
    );
    for (const id of without) {
      const s = this.lookup(id);
      if (!s) continue;
      s.uses++;
      if (s.kind === 'equation') out.delete(s);
      else if (s.kind === 'model' && s.equations !== 'all') for (const e of s.equations) out.delete(e);
      else if (s.kind === 'model') out.clear();
      else this.error(M.Name_0_is_not_a_model_or_equation, id.span, [id.name, s.kind]);
    }
    return [...out];
  }

  /**
   * The `e.x` pairs of a complementarity model: x must be a variable with as many indices as e,
   * and no equation or variable may be matched twice.
   */
  private modelMatches(item: A.ModelItem): NonNullable<ModelSymbol['matches']> {
    const out: NonNullable<ModelSymbol['matches']> = [];
    const seenEq = new Set<EquationSymbol>();
    const seenVar = new Set<VariableSymbol>();
    for (const p of item.matches ?? []) {
      const e = this.lookup(p.equation);
      const v = this.lookup(p.variable);
      if (!e || !v || e.kind !== 'equation') continue;
      v.uses++;
      if (v.kind !== 'variable') {
        this.error(M.Match_0_is_not_a_variable, p.variable.span, [p.variable.name, v.kind]);
        continue;
      }
      // GAMS matches the instances by their labels (mrmc(l).x(n) in harkmcp, l a subset of n), so
      // only the dimensions must agree here; a row whose variable instance is absent is E5601.
      const open = this.openDims.has(e) || this.openDims.has(v);
      if (!open && e.domain.length !== v.domain.length) {
        const names = (s: EquationSymbol | VariableSymbol): string =>
          s.domain.map((d, k) => d?.name ?? s.domainNames?.[k] ?? '*').join(',');
        this.error(M.Match_0_1_domains_differ, p.span, [e.name, v.name, names(e), names(v)]);
        continue;
      }
      if (seenEq.has(e)) {
        this.error(M.Equation_0_matched_twice, p.equation.span, [e.name, item.name.name]);
        continue;
      }
      if (seenVar.has(v)) {
        this.error(M.Variable_0_matched_twice, p.variable.span, [v.name, item.name.name]);
        continue;
      }
      seenEq.add(e);
      seenVar.add(v);
      out.push({ equation: e, variable: v });
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  statements(list: readonly A.Statement[], scope: Scope, ctx: Ctx): CStmt[] {
    const out: CStmt[] = [];
    for (const s of list) {
      const c = this.statement(s, scope, ctx);
      this.linkDeclared(s);
      if (c) out.push(c);
    }
    return out;
  }

  /** Links the names a declaration statement declares (and their domains, alias targets, model lists) to their symbols. */
  private linkDeclared(s: A.Statement): void {
    const decl = (id: A.Ident, asDecl = true) => {
      const sym = this.table.get(id.name);
      if (sym) this.links.add(id.span, sym, asDecl ? { decl: true } : undefined);
    };
    const item = (it: A.DeclItemBase) => {
      decl(it.name);
      for (const d of it.domain ?? []) if (d.name !== '*') decl(d, false);
    };
    switch (s.kind) {
      case 'SetDecl':
      case 'ParameterDecl':
      case 'VariableDecl':
      case 'EquationDecl':
        for (const it of s.items) item(it);
        return;
      case 'TableDecl':
        item(s.item);
        return;
      case 'AliasDecl':
        // Written first is the aliased set (a use), then the new names.
        for (const g of s.groups) g.forEach((id, k) => decl(id, k > 0));
        return;
      case 'ModelDecl':
        for (const m of s.items) {
          decl(m.name);
          if (m.equations !== 'all') for (const q of m.equations) decl(q, false);
        }
        return;
      case 'FileDecl':
        decl(s.name);
        return;
      default:
        return;
    }
  }

  private statement(s: A.Statement, scope: Scope, ctx: Ctx): CStmt | undefined {
    if (!ctx.inBlock) this.checkAcronymUses(s);
    const isDecl = [
      'SetDecl',
      'AliasDecl',
      'ParameterDecl',
      'TableDecl',
      'VariableDecl',
      'EquationDecl',
      'ModelDecl',
      'EquationDef',
      'FileDecl',
    ].includes(s.kind);
    if (isDecl && ctx.inBlock) {
      this.error(X.Declaration_in_loop, s.span);
      return undefined;
    }
    switch (s.kind) {
      case 'SetDecl':
        for (const item of s.items) {
          this.declareSet(item, s);
          this.noteSplit(item);
        }
        return undefined;
      case 'AliasDecl':
        for (const group of s.groups) {
          // GAMS takes the names in any order: the one declared set is the target, whatever its
          // position (`Alias (nn,n);` with n declared; latin's `alias (i,j,v);`).
          const star = group.findIndex((id) => id.name === '*');
          const k =
            star >= 0
              ? star
              : this.table.get(group[0].name)
                ? 0
                : group.findIndex((id) => ['set', 'alias'].includes(this.table.get(id.name)?.kind ?? ''));
          const first = group[Math.max(0, k)];
          const rest = group.filter((id) => id !== first);
          // `alias (*, u)`: u is the universe, every label known when it is used.
          const target = star >= 0 ? this.table.universeSet(first.span) : this.lookup(first);
          if (!target) continue;
          if (target.kind !== 'set' && target.kind !== 'alias') {
            this.error(M.Name_0_is_not_a_set, first.span, [first.name, target.kind]);
            continue;
          }
          target.uses++;
          const set = resolveSet(target);
          for (const a of rest) {
            if (!this.checkNew(a)) continue;
            this.table.add({
              kind: 'alias',
              name: a.name,
              declSpan: a.span,
              domain: set.domain,
              uses: 0,
              target: set,
            });
          }
        }
        return undefined;
      case 'ParameterDecl':
        if (s.keyword === 'acronym') {
          for (const item of s.items) this.declareAcronym(item);
          return undefined;
        }
        for (const item of s.items) {
          this.declareParameter(item, item.data, s.keyword);
          this.noteSplit(item);
        }
        return undefined;
      case 'TableDecl':
        this.declareParameter(s.item, s.cells ? undefined : s.records, 'table', s.cells);
        return undefined;
      case 'VariableDecl':
        for (const item of s.items) {
          this.declareVariable(item, s.varType, s);
          this.noteSplit(item);
        }
        return undefined;
      case 'EquationDecl':
        for (const item of s.items) {
          this.declareEquation(item, s);
          this.noteSplit(item);
        }
        return undefined;
      case 'EquationDef':
        this.equationDef(s);
        return undefined;
      case 'ModelDecl':
        for (const item of s.items) this.declareModel(item);
        return undefined;
      case 'FileDecl':
        if (this.checkNew(s.name)) {
          this.table.add({
            kind: 'file',
            name: s.name.name,
            declSpan: s.name.span,
            domain: [],
            uses: 0,
            path: s.path ?? `${s.name.name}.put`,
          });
        }
        return undefined;
      case 'Directive':
        this.gdx.directive(s);
        return undefined;
      case 'Gdx':
        return gdxStatement(
          s,
          (id) => this.lookup(id),
          (d) => this.diagnostics.push(d),
          (x) => this.assigned.add(x),
        );
      case 'CriticalRegion':
        return regionStatement(
          s,
          (id) => this.lookup(id),
          (d) => this.diagnostics.push(d),
          (x) => this.assigned.add(x),
        );
      case 'Assignment':
        return this.assignment(s, scope);
      case 'Solve':
        return this.solve(s);
      case 'Display':
        return {
          kind: 'display',
          span: s.span,
          cond: s.cond ? this.num(s.cond, scope, 'condition') : undefined,
          items: this.displayItems(s.items),
        };
      case 'Option':
        return this.option(s);
      case 'Loop': {
        const b = this.ex.bindIndices(s.binding.indices, scope, s.binding.restricted, s.binding.tuples);
        if (!b) return undefined;
        const cond = s.binding.cond ? this.num(s.binding.cond, b.scope, 'condition') : undefined;
        const body = this.statements(s.body, b.scope, { inLoop: true, inBlock: true });
        const loop: CStmt = { kind: 'loop', span: s.span, sets: b.sets, slots: b.slots, cond, body };
        // The body could add records to a driver that later elements' conditions would see.
        const writes = statementEffects(loop).writes;
        const drivers = this.ex.sparseDrivers(s.binding.cond, b.bound, b)?.filter((d) => !writes.has(d.sym));
        return drivers?.length ? { ...loop, drivers } : loop;
      }
      case 'While':
        return {
          kind: 'while',
          span: s.span,
          cond: this.num(s.cond, scope, 'condition'),
          body: this.statements(s.body, scope, { inLoop: true, inBlock: true }),
        };
      case 'Repeat':
        return {
          kind: 'repeat',
          span: s.span,
          body: this.statements(s.body, scope, { inLoop: true, inBlock: true }),
          until: this.num(s.until, scope, 'condition'),
        };
      case 'For': {
        const p = this.lookup(s.variable);
        if (!p) return undefined;
        p.uses++;
        if (p.kind !== 'parameter' || !p.isScalar) {
          this.error(M.For_variable_0_not_scalar, s.variable.span, [s.variable.name]);
          return undefined;
        }
        this.assigned.add(p);
        return {
          kind: 'for',
          span: s.span,
          param: p,
          from: this.num(s.from, scope, 'data'),
          to: this.num(s.to, scope, 'data'),
          step: s.step ? this.num(s.step, scope, 'data') : undefined,
          down: s.down,
          body: this.statements(s.body, scope, { inLoop: true, inBlock: true }),
        };
      }
      case 'If':
        return {
          kind: 'if',
          span: s.span,
          branches: s.branches.map((b) => ({
            cond: this.num(b.cond, scope, 'condition'),
            body: this.statements(b.body, scope, { ...ctx, inBlock: true }),
          })),
          elseBody: s.elseBody ? this.statements(s.elseBody, scope, { ...ctx, inBlock: true }) : undefined,
        };
      case 'Break':
      case 'Continue':
        if (!ctx.inLoop) {
          this.error(M.Break_outside_loop, s.span, [s.kind.toLowerCase()]);
          return undefined;
        }
        return { kind: s.kind === 'Break' ? 'break' : 'continue', span: s.span };
      case 'Abort':
        return {
          kind: 'abort',
          span: s.span,
          noError: s.noError,
          cond: s.cond ? this.num(s.cond, scope, 'condition') : undefined,
          items: this.displayItems(s.items),
        };
      case 'Put':
        return this.put(s, scope);
    }
  }

  private equationDef(s: A.EquationDef): void {
    const sym = this.lookup(s.name);
    if (!sym) return;
    if (sym.kind !== 'equation') {
      this.error(M.Equation_0_not_declared_as_equation, s.name.span, [s.name.name, sym.kind]);
      return;
    }
    if (sym.definition) {
      this.error(M.Equation_0_defined_twice, s.name.span, [sym.name], this.declHint(sym));
      return;
    }
    sym.definition = s;
    sym.uses++;
    const domain = s.domain ?? [];
    // A multi-dimensional set in the domain (`maxpl(vs)..`) controls one index per dimension.
    const bound = this.ex.bindIndices(domain, new Scope(), undefined, s.tuples);
    if (!bound) return;
    // Labels in the domain (`sy3("pulplogs",te)..`) take slots of their own, set once per generation.
    const fixed = s.fixed ?? [];
    const reserved = bound.scope.reserve(fixed.length);
    const scope = reserved.scope;
    const slots = [...bound.slots];
    const slotSets = [...bound.slotSets];
    const u = this.table.universe;
    const fixedIds = fixed.map((f) => u.id(f.label.name));
    fixed.forEach((f, k) => {
      slots.splice(f.position, 0, reserved.slots[k]);
      slotSets.splice(f.position, 0, undefined);
    });
    this.fixDimension(sym, slots.length);
    if (slots.length !== sym.domain.length) {
      this.error(
        M.Symbol_0_takes_1_indices_but_is_used_with_2,
        s.name.span,
        [sym.name, sym.domain.length, slots.length],
        this.declHint(sym),
      );
      return;
    }
    let ok = true;
    let named = 0;
    slotSets.forEach((set, k) => {
      const dom = sym.domain[k];
      const f = fixed.find((x) => x.position === k);
      if (f) {
        if (dom && dom.domain.length === 1 && !dom.records.has(u.id(f.label.name))) {
          this.error(M.Label_0_is_not_in_set_1, f.label.span, [f.label.name, dom.name]);
          ok = false;
        }
        return;
      }
      const id = bound.slotIds[named++];
      if (dom && set && !isSubsetOf(set, dom)) {
        this.error(
          M.Index_0_does_not_match_domain_1_of_2,
          id.span,
          [id.name, k + 1, sym.name, dom.name],
          this.declHint(sym),
        );
        ok = false;
      }
    });
    const cond = s.cond ? this.ex.check(s.cond, scope, 'condition') : undefined;
    const lhs = this.ex.check(s.lhs, scope, 'model');
    const rhs = this.ex.check(s.rhs, scope, 'model');
    if (!ok) return;
    if (!this.ex.hasVars(lhs) && !this.ex.hasVars(rhs))
      this.error(M.Equation_0_has_no_variables, s.name.span, [sym.name]);
    const filter = this.ex.innerFilter(s.cond, domain, bound);
    const drivers = this.ex.sparseDrivers(s.cond, domain, bound);
    this.equations.set(sym, {
      ...(drivers ? { drivers } : {}),
      sym,
      def: s,
      slots,
      sets: bound.sets,
      boundSlots: bound.slots,
      cond,
      ...(filter ? { filter } : {}),
      fixed: reserved.slots.map((slot, k) => ({ slot, id: fixedIds[k] })),
      lhs,
      rhs,
      facts: this.ex.facts,
      table: this.table,
      rel: s.rel,
    });
  }

  private assignment(s: A.Assignment, outer: Scope): CStmt | undefined {
    const t = s.target;
    const sym = this.lookup(t.name);
    if (!sym) return undefined;
    this.links.add(t.name.span, sym, { write: true });
    this.ex.linkIndexNames(t.indices);
    sym.uses++;
    const attr = t.attr?.name.toLowerCase();
    // Indices written as names that no enclosing loop controls become the assignment's domain.
    const free: A.Ident[] = [];
    for (const a of t.indices ?? []) {
      if (
        a.kind === 'IndexName' &&
        !outer.get(a.name.name) &&
        !outer.tuple(a.name.name) &&
        !free.some((f) => f.name.toLowerCase() === a.name.name.toLowerCase())
      )
        free.push(a.name);
    }
    const b = this.ex.bindIndices(free, outer, undefined, s.tuples);
    if (!b) return undefined;
    const scope = b.scope;
    const cond = s.cond ? this.num(s.cond, scope, 'condition') : undefined;
    const value = this.num(s.value, scope, 'data');
    // Assigning to a set while visiting only the members of a set (perhaps the same one) could
    // skip members the assignment itself adds: set targets test every element, as before.
    const filter =
      sym.kind === 'set' || sym.kind === 'alias' ? undefined : this.ex.innerFilter(s.cond, free, b);
    // Drivers come from the condition: a target it reads is selected before it is written
    // (selectFirst), and set assignments apply their changes after the iteration.
    const drivers = this.ex.sparseDrivers(s.cond, free, b);
    const domain = {
      sets: b.sets,
      slots: b.slots,
      ...(cond ? { cond } : {}),
      ...(filter ? { filter } : {}),
      ...(drivers ? { drivers } : {}),
    };
    const assign = (target: AssignTarget): CStmt => ({ kind: 'assign', span: s.span, target, domain, value });
    const fail = (what: string, extra = '') => {
      this.error(M.Cannot_assign_to_0, t.span, [what, sym.name, extra]);
      return undefined;
    };
    switch (sym.kind) {
      case 'parameter': {
        if (attr) return fail('an attribute of parameter', ` (parameters have no '.${attr}')`);
        const indices = this.refIndices(t, sym, scope);
        if (!indices) return undefined;
        this.assigned.add(sym);
        return assign({
          kind: 'param',
          sym,
          indices,
          selectFirst: !!cond && b.slots.length > 0 && readsSymbol(cond, sym),
          deferWrites: b.slots.length > 0 && readsSymbol(value, sym),
        });
      }
      case 'set':
      case 'alias': {
        if (attr) return fail('an attribute of set');
        const set = resolveSet(sym);
        const indices = this.refIndices(t, set, scope);
        if (!indices) return undefined;
        return assign({ kind: 'set', sym: set, indices, span: t.span });
      }
      case 'variable': {
        if (!attr || !['l', 'lo', 'up', 'fx', 'm', 'scale', 'prior', 'stage'].includes(attr)) {
          return fail(
            'variable',
            attr ? ` (no attribute '.${attr}')` : ' (assign to an attribute: .l, .lo, .up, .fx, .m, .scale)',
          );
        }
        const indices = this.refIndices(t, sym, scope);
        if (!indices) return undefined;
        return assign({ kind: 'var', sym, attr: attr as VarAttr | 'fx', indices });
      }
      case 'equation': {
        if (!attr || !['l', 'm', 'lo', 'up', 'scale', 'stage'].includes(attr))
          return fail('equation', ' (assign to .l, .m, .lo, .up or .scale)');
        const indices = this.refIndices(t, sym, scope);
        if (!indices) return undefined;
        return assign({ kind: 'equ', sym, attr: attr as EquAttr, indices });
      }
      case 'model':
        if (!attr) return fail('model');
        return assign({ kind: 'model', sym, attr });
      case 'file':
        // Put file attributes (`f.pw = 255;`, `f.cr = 3;`, `f.ap = 1;`): the put writer applies
        // the page layout and cursor ones (ps, pw, pc, cr, cc, ...) and keeps the others.
        if (attr && putFileAttributes.has(attr)) return assign({ kind: 'fileAttr', sym, attr });
        return fail(sym.kind);
    }
  }

  private solve(s: A.SolveStmt): CStmt | undefined {
    if (s.modelType === 'mcp') return this.solveMcp(s);
    const m = this.solvedModel(s);
    if (!m) return undefined;
    // CNS: a square system without objective.
    if (!s.objective) return { kind: 'solve', span: s.span, stmt: s, model: m };
    const z = this.lookup(s.objective);
    if (!z) return undefined;
    z.uses++;
    if (z.kind !== 'variable' || z.domain.length !== 0) {
      this.error(
        M.Objective_0_not_a_scalar_variable,
        s.objective.span,
        [s.objective.name],
        z.kind === 'variable' ? this.declHint(z) : undefined,
      );
      return undefined;
    }
    return { kind: 'solve', span: s.span, stmt: s, model: m, objective: z };
  }

  /** The model a solve statement names, or undefined after its diagnostic. */
  private solvedModel(s: A.SolveStmt): ModelSymbol | undefined {
    const m = this.lookup(s.model);
    if (!m) return undefined;
    m.uses++;
    if (m.kind !== 'model') {
      this.error(M.Model_0_not_declared, s.model.span, [s.model.name]);
      return undefined;
    }
    return m;
  }

  /** `solve m using mcp;`: no objective; the pairs `e.x` are checked with the model statement. */
  private solveMcp(s: A.SolveStmt): CStmt | undefined {
    if (s.objective) {
      this.error(M.Objective_with_0, s.objective.span, [s.modelType]);
      return undefined;
    }
    const m = this.solvedModel(s);
    if (!m) return undefined;
    // A model without pairs (`model m / all /`: wallmcp, kormcp) is matched implicitly at the
    // solve, where the rows and columns are known: its equality rows with its free columns.
    return { kind: 'solve', span: s.span, stmt: s, model: m };
  }

  private displayItems(items: readonly (A.SymbolRef | A.StringLit)[]): DisplayItem[] {
    const out: DisplayItem[] = [];
    for (const it of items) {
      if (it.kind === 'String') {
        out.push({ kind: 'text', text: it.value });
        continue;
      }
      const sym = this.lookup(it.name);
      if (!sym) continue;
      this.ex.linkIndexNames(it.indices);
      sym.uses++;
      const attr = it.attr?.name.toLowerCase();
      if (attr) {
        const ok =
          (sym.kind === 'variable' && ['l', 'lo', 'up', 'm', 'scale', 'prior'].includes(attr)) ||
          (sym.kind === 'equation' && ['l', 'm', 'lo', 'up', 'scale'].includes(attr)) ||
          sym.kind === 'model';
        if (!ok) {
          this.error(M.Attribute_0_not_valid_for_1, it.attr!.span, [attr, sym.kind, sym.name]);
          continue;
        }
      }
      out.push({ kind: 'symbol', sym, attr, span: it.span });
    }
    return out;
  }

  private option(s: A.OptionStmt): CStmt | undefined {
    const items: OptionItem[] = [];
    for (const it of s.items) {
      const named = this.table.get(it.name.name);
      if (named) this.links.add(it.name.span, named);
      const name = it.name.name.toLowerCase();
      if (it.project) {
        const project = this.projection(it);
        if (project) items.push({ name, span: it.span, project });
        continue;
      }
      if ((name === 'clear' || name === 'kill') && typeof it.value === 'string') {
        const sym = this.lookup({ name: it.value, span: it.valueSpan ?? it.span });
        const clears = sym && clearable(sym);
        if (sym && !clears)
          this.error(
            M.Option_0_bad_value,
            it.valueSpan ?? it.span,
            [name, it.value],
            `${name} resets a set, parameter, variable or equation.`,
          );
        if (clears) items.push({ name, span: it.span, clear: sym });
        continue;
      }
      if (solverOptionKeys.includes(name)) {
        const v = String(it.value ?? '').toLowerCase();
        // A GAMS solver EMD lacks (cplex, conopt, convert...) is accepted: the solve uses EMD's
        // solver of the model's class and says so.
        if (!knownSolvers.includes(v) && !gamsSolvers.has(v)) {
          const near = suggest(v, [...knownSolvers, ...gamsSolvers.keys()]);
          this.error(
            H.Unknown_solver_0,
            it.valueSpan ?? it.span,
            [String(it.value ?? '')],
            `${near ? `did you mean '${near}'? ` : ''}EMD's solvers: ${knownSolvers.join(', ')}; GAMS solver names (cplex, conopt...) run EMD's solver of the model's class.`,
          );
          continue;
        }
        if (gamsStochastic.has(v)) {
          this.error(
            M.Stochastic_solver_0_not_supported,
            it.valueSpan ?? it.span,
            [String(it.value)],
            'solving the model as written would give its deterministic answer; solve its deterministic equivalent (all scenarios in one model) with an LP solver instead.',
          );
          continue;
        }
        items.push({ name, value: v, span: it.span });
      } else if (name === 'explain' || name === 'reuse' || name === 'warmstart') {
        // EMD extensions: explain infeasible solves (as --explain-infeasible does); re-solves refresh
        // the previous generation in place; NLP re-solves start from the previous multipliers.
        if (typeof it.value !== 'number' || (it.value !== 0 && it.value !== 1)) {
          this.error(
            M.Option_0_bad_value,
            it.valueSpan ?? it.span,
            [name, String(it.value ?? '')],
            `${name} takes 0 or 1.`,
          );
          continue;
        }
        items.push({ name, value: it.value, span: it.span });
      } else if (name === 'convergence') {
        // EMD extension: the scalar shown in the progress lines of long loops.
        const sym = typeof it.value === 'string' ? this.table.get(it.value) : undefined;
        if (!sym || sym.kind !== 'parameter' || !sym.isScalar) {
          this.error(
            M.Option_0_bad_value,
            it.valueSpan ?? it.span,
            ['convergence', String(it.value ?? '')],
            'convergence names a scalar parameter, e.g. option convergence = residual;',
          );
          continue;
        }
        sym.uses++;
        items.push({ name, value: it.value, span: it.span, sym });
      } else if (name === 'decimals') {
        if (typeof it.value !== 'number' || !Number.isInteger(it.value) || it.value < 0 || it.value > 8) {
          this.error(
            M.Option_0_bad_value,
            it.valueSpan ?? it.span,
            ['decimals', String(it.value ?? '')],
            'decimals takes an integer from 0 to 8.',
          );
          continue;
        }
        items.push({ name, value: it.value, span: it.span });
      } else if (ignoredOptions.has(name)) {
        items.push({ name, value: it.value, span: it.span });
      } else {
        const sym = this.table.get(it.name.name);
        if (sym) {
          // `option p:3:1:1;` display layout of a symbol; `option s < t` style ops are not supported.
          sym.uses++;
          items.push({ name, value: it.value, span: it.span, sym });
          continue;
        }
        const near = suggest(name, [
          ...ignoredOptions,
          ...solverOptionKeys,
          'decimals',
          'explain',
          'convergence',
          'reuse',
          'warmstart',
        ]);
        this.error(
          M.Option_0_unknown,
          it.name.span,
          [it.name.name],
          near ? `did you mean '${near}'?` : undefined,
        );
      }
    }
    return { kind: 'option', span: s.span, items };
  }

  private put(s: A.PutStmt, scope: Scope): CStmt | undefined {
    let file: FileSymbol | undefined;
    if (s.file) {
      const f = this.lookup(s.file);
      if (!f) return undefined;
      if (f.kind !== 'file') {
        this.error(M.File_0_not_declared, s.file.span, [s.file.name]);
        return undefined;
      }
      f.uses++;
      file = f;
    }
    if (file && !s.utility) this.currentPutFile = file;
    const items: PutCItem[] = [];
    for (const it of s.items) {
      if (it.kind === 'PutNewline') {
        items.push({ kind: 'newline' });
        continue;
      }
      if (it.kind === 'PutColumn') {
        items.push({ kind: 'column', span: it.span, value: this.num(it.value, scope, 'data') });
        continue;
      }
      const width = it.width ? this.num(it.width, scope, 'data') : undefined;
      const align = it.align ? { align: it.align } : {};
      if (it.value.kind === 'String') {
        items.push({ kind: 'text', span: it.span, text: it.value.value, width, ...align });
        continue;
      }
      const v = it.value;
      const sa = v.kind === 'Ref' && !v.indices ? v.attr?.name.toLowerCase() : undefined;
      const system = v.kind === 'Ref' && v.name.name.toLowerCase() === 'system' && !this.table.get('system');
      if (system && (sa === 'date' || sa === 'time')) {
        // `put system.date`: GAMS's system attributes, read when the item is written.
        items.push({ kind: 'text', span: it.span, text: '', width, ...align, system: sa });
        continue;
      }
      if (v.kind === 'Ref' && (sa === 'tl' || sa === 'te' || sa === 'ts')) {
        // Set attributes in put: .tl the label, .te the element's text, .ts the set's text.
        const entry = scope.get(v.name.name);
        const sym = this.table.get(v.name.name);
        if (sa === 'ts' && sym) {
          sym.uses++;
          items.push({ kind: 'text', span: it.span, text: sym.text ?? sym.name, width, ...align });
          continue;
        }
        if (entry) {
          const label = { attr: sa as 'tl' | 'te', slot: entry.slot, set: entry.set };
          items.push({ kind: 'text', span: it.span, text: '', width, ...align, label });
          continue;
        }
      }
      const decimals = it.decimals ? this.num(it.decimals, scope, 'data') : undefined;
      const value = this.num(it.value, scope, 'data');
      items.push({ kind: 'value', span: it.span, value, width, decimals, ...align });
    }
    const cond = s.cond ? this.num(s.cond, scope, 'condition') : undefined;
    const block = s.block ? { block: s.block } : {};
    return { kind: 'put', span: s.span, file, close: s.close, items, utility: s.utility, cond, ...block };
  }

  finish(): void {
    // Unused-symbol warnings are noise next to errors (often their consequence): only on clean programs.
    const clean = !this.diagnostics.some((d) => d.severity === 'error');
    for (const s of this.table.ordered) {
      if (s.uses > 0) {
        if (s.kind === 'parameter' && !this.assigned.has(s) && s.records.size === 0) {
          this.error(M.Parameter_0_used_without_data, s.declSpan, [s.name]);
        }
        continue;
      }
      // An acronym used only as data (`/ a red /`, in a table) is used too.
      const acronym = s.kind === 'parameter' && s.acronym !== undefined;
      if (s.kind === 'model' || s.kind === 'file' || s.kind === 'alias' || acronym || !clean) continue;
      const split = this.textSplits.get(s);
      this.error(
        M.Symbol_0_is_never_used,
        s.declSpan,
        [kindWord(s), s.name],
        split
          ? `the unquoted explanatory text of '${split.owner}' ends at the ',' on line ${lineAndColumn(split.comma.file, split.comma.start).line}, so '${s.name}' starts a new declaration; quote the text if the comma belongs to it.`
          : undefined,
      );
    }
  }
}

function kindWord(s: Sym): string {
  const w = {
    set: 'Set',
    alias: 'Alias',
    parameter: 'Parameter',
    variable: 'Variable',
    equation: 'Equation',
    model: 'Model',
    file: 'File',
  }[s.kind];
  return s.kind === 'parameter' && s.isScalar ? 'Scalar' : w;
}

/** Whether expression e reads symbol `sym` (its read set, ./reads.ts). */
function readsSymbol(e: IExpr, sym: Sym): boolean {
  const reads = new Set<Sym>();
  exprReads(e, reads);
  return reads.has(sym);
}
