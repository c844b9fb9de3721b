// Symbols of a program (sets, parameters, variables, equations, models, files) and their data
// records, plus the universe of labels. Filled by the checker (compile-time data) and updated by
// execution. Imports syntax/ast.ts (types only) and text/.
import type { Span } from '../text/source-file.ts';
import type { EquationDef, VariableType, ModelType } from '../syntax/ast.ts';
import { TupleIndex } from './tuple-index.ts';
import { RandomStream } from '../ops/random.ts';
import { noHandles, type HandleFunctions } from './async-handles.ts';

/**
 * The universe of labels: every set element ever written, with a dense integer id.
 * Labels are case-insensitive; the first spelling seen is kept for output, as GAMS does.
 */
export class Universe {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** Told of each new label (the set `*` that `alias (*, u)` names follows the universe). */
  onAdd?: (id: number) => void;

  id(label: string): number {
    const k = label.toLowerCase();
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(label);
      this.ids.set(k, id);
      this.onAdd?.(id);
    }
    return id;
  }

  lookup(label: string): number | undefined {
    return this.ids.get(label.toLowerCase());
  }

  name(id: number): string {
    return this.names[id];
  }

  get size(): number {
    return this.names.length;
  }
}

/**
 * Key of a tuple of label ids in a record map. Small integers (V8 Smis: no allocation, fast
 * hashing) whenever the ids fit — one dimension always; two when both ids are below 2^15; three
 * when all are below 2^10 — and a string otherwise. The key depends only on the ids, so a tuple
 * always maps to the same key however large the universe grows.
 */
export type TupleKey = number | string;

export function key2(a: number, b: number): TupleKey {
  return a < 32768 && b < 32768 ? a * 32768 + b : `${a},${b}`;
}

export function tupleKey(ids: ArrayLike<number>, dim: number = ids.length): TupleKey {
  if (dim === 0) return 0;
  if (dim === 1) return ids[0];
  if (dim === 2) return key2(ids[0], ids[1]);
  if (dim === 3 && ids[0] < 1024 && ids[1] < 1024 && ids[2] < 1024)
    return (ids[0] * 1024 + ids[1]) * 1024 + ids[2];
  let s = String(ids[0]);
  for (let k = 1; k < dim; k++) s += ',' + ids[k];
  return s;
}

/** The label ids of a tuple key of `dim` dimensions (the inverse of tupleKey). */
export function keysOf(k: TupleKey, dim: number): number[] {
  if (typeof k === 'string') return k.split(',').map(Number);
  if (dim === 0) return [];
  if (dim === 1) return [k];
  if (dim === 2) return [Math.floor(k / 32768), k % 32768];
  return [Math.floor(k / 1048576), Math.floor(k / 1024) % 1024, k % 1024];
}

export interface SetRecord {
  keys: number[];
  text?: string;
}
export interface ParamRecord {
  keys: number[];
  value: number;
}

/**
 * The records of a parameter: a value per tuple key, in insertion order. Stored as numbers, not
 * as record objects: assigning 10^6 values must not allocate 10^6 objects and label arrays (the
 * labels are decoded from the key by keysOf when a report asks for them). Absent means 0.
 */
export class ParamRecords {
  private readonly index = new TupleIndex();
  private vals = new Float64Array(16);
  constructor(readonly dim: number) {}

  get size(): number {
    return this.index.size;
  }
  get(k: TupleKey): number | undefined {
    const e = this.index.find(k);
    return e < 0 ? undefined : this.vals[e];
  }
  has(k: TupleKey): boolean {
    return this.index.find(k) >= 0;
  }
  set(k: TupleKey, value: number): void {
    this.store(this.index.insert(k), value);
  }
  /** Adds a record when its key is absent and returns true; returns false (changing nothing) when present. */
  add(k: TupleKey, value: number): boolean {
    const e = this.index.insert(k);
    if (!this.index.added) return false;
    this.store(e, value);
    return true;
  }
  /** The value of entry e, just inserted. */
  private store(e: number, value: number): void {
    const ix = this.index;
    if (e >= this.vals.length) {
      const v = new Float64Array(this.vals.length * 2);
      v.set(this.vals);
      this.vals = v;
    }
    this.vals[e] = value;
    // Deleting and re-adding (a loop setting values to 0 and back) leaves dead entries behind.
    if (ix.added && ix.capacity > 2 * ix.size + 64) {
      const from = ix.compact();
      if (from) this.vals = Float64Array.from(from, (o) => this.vals[o]);
    }
  }
  delete(k: TupleKey): boolean {
    return this.index.remove(k) >= 0;
  }
  /** Make room for n more records (values and index) before a bulk assignment. */
  reserve(n: number): void {
    this.index.reserve(n);
    const need = this.index.capacity + n;
    if (need > this.vals.length) {
      let size = this.vals.length;
      while (size < need) size *= 2;
      const v = new Float64Array(size);
      v.set(this.vals);
      this.vals = v;
    }
  }
  clear(): void {
    this.index.clear();
  }
  keys(): IterableIterator<TupleKey> {
    const ix = this.index;
    return (function* () {
      for (let e = 0; e < ix.capacity; e++) if (ix.isLive(e)) yield ix.keyAt[e];
    })();
  }
  /** Records with their label ids, in insertion order (for reports; hot loops use get). */
  *values(): IterableIterator<ParamRecord> {
    for (const [, r] of this.entries()) yield r;
  }
  *entries(): IterableIterator<[TupleKey, ParamRecord]> {
    const ix = this.index;
    for (let e = 0; e < ix.capacity; e++) {
      if (!ix.isLive(e)) continue;
      const k = ix.keyAt[e];
      yield [k, { keys: keysOf(k, this.dim), value: this.vals[e] }];
    }
  }
  [Symbol.iterator](): IterableIterator<[TupleKey, ParamRecord]> {
    return this.entries();
  }
}
export interface VarRecord {
  keys: number[];
  lo: number;
  up: number;
  l: number;
  m: number;
  scale: number;
  prior: number;
  /** `.stage`: the stage of a stochastic program (read by stochastic solvers only); absent = 0. */
  stage?: number;
}
export interface EquRecord {
  keys: number[];
  l: number;
  m: number;
  lo: number;
  up: number;
  scale: number;
  stage?: number;
}

interface SymbolBase {
  /** Name as declared (first spelling). */
  readonly name: string;
  readonly declSpan: Span;
  text?: string;
  /** Domain: sets (or undefined for the universe `*`), one per dimension. */
  domain: (SetSymbol | undefined)[];
  /** The index names the declaration wrote, when one is an alias (`trade(n,nn)`): for reports. */
  domainNames?: string[];
  /** Number of references seen by the checker (unused symbols are warned about). */
  uses: number;
  /** Bumped on every change of the symbol's data at execution time (re-solves compare it). */
  version?: number;
}

export interface SetSymbol extends SymbolBase {
  readonly kind: 'set';
  /** Elements in insertion order (the set's order: ord, lags). */
  records: Map<TupleKey, SetRecord>;
  /** For one-dimensional sets: position (0-based) of each label id in the set's order; rebuilt on change. */
  /** Position + 1 of each label id (0: not in the set): dense when ids are compact, else a Map. */
  positionCache?: Int32Array | Map<number, number>;
  listCache?: SetRecord[];
  /** Label ids of a one-dimensional set in order (rebuilt on change): what loops iterate. */
  idsCache?: Int32Array;
  /** Whether the data was given at compile time (static sets allow lags, as in GAMS). */
  hasData: boolean;
  /** `singleton set`: at most one element; used where no index controls it, it is that element. */
  singleton?: boolean;
}

export interface AliasSymbol extends SymbolBase {
  readonly kind: 'alias';
  readonly target: SetSymbol;
}

export interface ParameterSymbol extends SymbolBase {
  readonly kind: 'parameter';
  readonly isScalar: boolean;
  readonly isTable: boolean;
  records: ParamRecords;
  /** True when data was given in the declaration or assigned before use. */
  hasData: boolean;
  /** Set on an acronym (`acronym a;`): a scalar whose value is ACRONYM_BASE times this index. */
  acronym?: number;
}

/** GAMS stores acronym k as k * 1e301 (GDX's GMS_SV_ACR); no arithmetic reaches these values. */
export const ACRONYM_BASE = 1e301;

export interface VariableSymbol extends SymbolBase {
  readonly kind: 'variable';
  varType: VariableType;
  records: Map<TupleKey, VarRecord>;
}

export interface EquationSymbol extends SymbolBase {
  readonly kind: 'equation';
  records: Map<TupleKey, EquRecord>;
  definition?: EquationDef;
}

export interface ModelSymbol extends SymbolBase {
  readonly kind: 'model';
  equations: EquationSymbol[] | 'all';
  /**
   * `/ all /`: the number of equations declared before the model statement. GAMS's all means the
   * equations declared so far (lrs: `objsub`, declared after `model lrs / all /`, is not in lrs).
   */
  allDeclared?: number;
  /** The equation–variable pairs of a complementarity model (`/ e.x /`), in source order. */
  matches?: { equation: EquationSymbol; variable: VariableSymbol }[];
  attrs: Map<string, number>;
  lastType?: ModelType;
}

export interface FileSymbol extends SymbolBase {
  readonly kind: 'file';
  path: string;
}

export type Sym =
  SetSymbol | AliasSymbol | ParameterSymbol | VariableSymbol | EquationSymbol | ModelSymbol | FileSymbol;

/** The set an index name stands for: an alias resolves to its target set. */
export function resolveSet(s: SetSymbol | AliasSymbol): SetSymbol {
  return s.kind === 'alias' ? s.target : s;
}

export function dimOf(s: Sym): number {
  return s.domain.length;
}

/** The elements of a set in order (cached until the set changes). */
export function setList(s: SetSymbol): SetRecord[] {
  if (!s.listCache) s.listCache = [...s.records.values()];
  return s.listCache;
}

/** The label ids of a one-dimensional set in order (cached until the set changes). */
export function setIds(s: SetSymbol): Int32Array {
  if (!s.idsCache) s.idsCache = Int32Array.from(setList(s), (r) => r.keys[0]);
  return s.idsCache;
}

/** Position of a label in a one-dimensional set (0-based), or undefined. */
export function setPosition(s: SetSymbol, id: number): number | undefined {
  let c = s.positionCache;
  if (!c) {
    let maxId = -1;
    for (const r of s.records.values()) if (r.keys[0] > maxId) maxId = r.keys[0];
    if (maxId < 4 * s.records.size + 1024) {
      const a = new Int32Array(maxId + 1);
      let p = 0;
      for (const r of s.records.values()) a[r.keys[0]] = ++p;
      c = a;
    } else {
      const m = new Map<number, number>();
      let p = 0;
      for (const r of s.records.values()) m.set(r.keys[0], ++p);
      c = m;
    }
    s.positionCache = c;
  }
  const p = c instanceof Int32Array ? (id < c.length ? c[id] : 0) : (c.get(id) ?? 0);
  return p === 0 ? undefined : p - 1;
}

export function setChanged(s: SetSymbol): void {
  s.listCache = undefined;
  s.idsCache = undefined;
  s.positionCache = undefined;
  bump(s);
}

/** Mark a symbol's data as changed. */
export function bump(s: { version?: number }): void {
  s.version = (s.version ?? 0) + 1;
}

export function versionOf(s: { version?: number }): number {
  return s.version ?? 0;
}

/** Default bounds of a variable type (GAMS: integer, sos1 and sos2 up = +inf). */
export function defaultBounds(t: VariableType): { lo: number; up: number } {
  switch (t) {
    case 'positive':
      return { lo: 0, up: Infinity };
    case 'negative':
      return { lo: -Infinity, up: 0 };
    case 'binary':
      return { lo: 0, up: 1 };
    case 'integer':
    case 'sos1':
    case 'sos2':
      return { lo: 0, up: Infinity };
    default:
      return { lo: -Infinity, up: Infinity };
  }
}

export function newVarRecord(t: VariableType, keys: number[]): VarRecord {
  const b = defaultBounds(t);
  return { keys, lo: b.lo, up: b.up, l: 0, m: 0, scale: 1, prior: 1 };
}

/** The put writer's file attributes (`f.cr`, `f.ps`, ...): installed by the executor. */
export interface PutAttributes {
  get(f: FileSymbol, attr: string): number;
  set(f: FileSymbol, attr: string, value: number): void;
}

/** The symbol table: case-insensitive names to symbols, in declaration order. */
export class SymbolTable {
  readonly universe = new Universe();
  /** The stream of the random functions (uniform, normal...), reset by `option seed = n;`. */
  readonly random = new RandomStream();
  /** The handle functions' view of the run's asynchronous solves (installed by the executor). */
  handles: HandleFunctions = noHandles;
  /** GAMS's errorLevel: the exit code of the run's last command (`execute`), 0 before any. */
  errorLevel = 0;
  /** Put file attributes at run time (see PutAttributes); without a run, reads give 0. */
  putAttributes: PutAttributes = { get: () => 0, set: () => undefined };
  private readonly byName = new Map<string, Sym>();
  readonly ordered: Sym[] = [];

  get(name: string): Sym | undefined {
    return this.byName.get(name.toLowerCase());
  }

  add(s: Sym): void {
    this.byName.set(s.name.toLowerCase(), s);
    this.ordered.push(s);
  }

  private universeSetCache?: SetSymbol;
  /**
   * The universe as a one-dimensional set named `*`, for `alias (*, u)`: every label in the order
   * it entered the universe, kept up to date as labels are added (GAMS: an alias of the universe
   * iterates over all labels known at that point). Not a named symbol of the table.
   */
  universeSet(declSpan: Span): SetSymbol {
    let u = this.universeSetCache;
    if (u) return u;
    const records = new Map<TupleKey, SetRecord>();
    for (let id = 0; id < this.universe.size; id++) records.set(id, { keys: [id] });
    u = { kind: 'set', name: '*', declSpan, domain: [undefined], records, hasData: true, uses: 0 };
    const set = u;
    this.universe.onAdd = (id) => {
      set.records.set(id, { keys: [id] });
      setChanged(set);
    };
    this.universeSetCache = u;
    return u;
  }

  /** Whether `s` is the universe set of `universeSet`. */
  isUniverse(s: SetSymbol | undefined): boolean {
    return s !== undefined && s === this.universeSetCache;
  }

  names(): string[] {
    return this.ordered.map((s) => s.name);
  }
}
