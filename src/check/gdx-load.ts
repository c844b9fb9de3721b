// GDX files in the language: `$gdxin` / `$load` / `$loaddc` / `$loadm` / `$loaddcm` at compile
// time (the checker calls GdxDirectives in statement order, so loaded data is there for the
// checks after it, as data in declarations is), and the records of a GDX symbol stored into an
// EMD symbol (shared with execute_load at run time). Reading GDX sits upstream of check for
// that reason: the codec lives in src/data/gdx/. Imports syntax/, bind/, diagnostics/, data/.
import type * as A from '../syntax/ast.ts';
import { span as mkSpan, type Span } from '../text/source-file.ts';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { gdxMessages as G } from '../diagnostics/messages/gdx.ts';
import { GMS_SV, type GdxFile, type GdxSymbol } from '../data/gdx/format.ts';
import { readGdx } from '../data/gdx/read.ts';
import {
  bump,
  resolveSet,
  setChanged,
  tupleKey,
  type SetSymbol,
  type Sym,
  type SymbolTable,
} from '../bind/symbols.ts';

/** A checked execute_load / execute_loaddc / execute_unload (run by src/interp/gdx-exec.ts). */
export interface GdxCStmt {
  kind: 'gdx';
  span: Span;
  op: 'load' | 'loaddc' | 'unload';
  file: string;
  fileSpan: Span;
  /** Symbols and their names in the file; 'all' for execute_unload without a list. */
  items: { sym: Sym; gdxName: string; span: Span }[] | 'all';
}

/** Reads a binary file named in a model (`from`: the model file that names it). */
/** Read a GDX file named in `from`; `at`: the `$gdxin` line (see ParseResult.gdxSnapshots). */
export type ReadBinary = (from: string, path: string, at?: Span) => Uint8Array | undefined;

/** GAMS adds `.gdx` to a GDX file name without an extension. */
export function gdxFileName(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  return base.includes('.') ? name : `${name}.gdx`;
}

/** Read and decode a GDX file, or the diagnostics that say why not. */
export function openGdx(
  bytes: Uint8Array | undefined,
  name: string,
  at: Span | undefined,
): { file?: GdxFile; diagnostics: Diagnostic[] } {
  if (!bytes) return { diagnostics: [diag(G.Gdx_file_0_not_found, at, [name])] };
  const r = readGdx(bytes);
  if (!r.ok) {
    const where = r.error.offset !== undefined ? ` at byte ${r.error.offset}` : '';
    return { diagnostics: [diag(G.File_0_is_not_gdx_1, at, [name, `${r.error.message}${where}`])] };
  }
  return { file: r.file, diagnostics: [] };
}

export interface LoadMode {
  /** Domain violations are errors ($loaddc, execute_loaddc); otherwise those records are skipped. */
  readonly dc: boolean;
  /** Merge into the records the symbol has ($loadm); otherwise replace them. */
  readonly merge: boolean;
}

const KIND_WORD: Record<string, string> = {
  set: 'set',
  alias: 'alias',
  parameter: 'parameter',
  variable: 'variable',
  equation: 'equation',
  model: 'model',
  file: 'file',
};

/**
 * Store the records of `g` (from GDX file `fileName`) into `sym`. Returns the diagnostics: type
 * and dimension mismatches, domain violations (errors with `dc`, else a warning counting the
 * records skipped), UNDF and acronym values.
 */
export function loadSymbol(
  table: SymbolTable,
  sym: Sym,
  g: GdxSymbol,
  file: GdxFile,
  mode: LoadMode,
  at: Span,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An alias in the file stands for its set's records.
  let src = g;
  if (g.type === 'alias') {
    const t = file.symbols.find((s) => s.name.toLowerCase() === g.aliasOf?.toLowerCase());
    src = t ?? { ...g, type: 'set', records: file.uels.map((u) => ({ keys: [u], values: [0] })) };
  }
  const want = sym.kind === 'alias' ? 'set' : sym.kind;
  if (want !== src.type || sym.kind === 'alias') {
    out.push(diag(G.Gdx_type_0_1_2_3, at, [sym.name, KIND_WORD[sym.kind], g.type, g.name]));
    return out;
  }
  const dim = sym.kind === 'set' ? Math.max(1, sym.domain.length) : sym.domain.length;
  if (dim !== src.dim) {
    out.push(diag(G.Gdx_dimension_0_1_2_3, at, [sym.name, dim, g.name, src.dim]));
    return out;
  }
  const u = table.universe;
  const doms: (SetSymbol | undefined)[] = sym.domain.map((d) => (d ? resolveSet(d) : undefined));
  let filtered = 0;
  const reported = new Set<string>();
  let acronyms = false;
  const ids: number[][] = [];
  const kept: number[] = [];
  src.records.forEach((r, k) => {
    const keys: number[] = [];
    for (let d = 0; d < dim; d++) {
      const dom = doms[d];
      if (!dom) {
        keys.push(u.id(r.keys[d]));
        continue;
      }
      const id = u.lookup(r.keys[d]);
      if (id === undefined || !dom.records.has(tupleKey([id]))) {
        const what = `${d}:${r.keys[d].toLowerCase()}`;
        if (mode.dc && reported.size < 10 && !reported.has(what)) {
          reported.add(what);
          out.push(diag(G.Gdx_domain_violation_0_1_2, at, [sym.name, r.keys[d], dom.name]));
        }
        filtered++;
        return;
      }
      keys.push(id);
    }
    ids.push(keys);
    kept.push(k);
  });
  if (filtered && !mode.dc) out.push(diag(G.Gdx_filtered_0_1, at, [sym.name, filtered]));
  if (filtered && mode.dc) return out;
  const value = (x: number) => {
    if (x >= GMS_SV.acr && Number.isFinite(x)) {
      acronyms = true;
      return NaN;
    }
    return x;
  };
  switch (sym.kind) {
    case 'set': {
      if (!mode.merge) sym.records.clear();
      kept.forEach((k, n) => {
        const key = tupleKey(ids[n]);
        const text = src.records[k].text;
        if (!sym.records.has(key))
          sym.records.set(key, text !== undefined ? { keys: ids[n], text } : { keys: ids[n] });
      });
      sym.hasData = true;
      setChanged(sym);
      break;
    }
    case 'parameter': {
      if (!mode.merge) sym.records.clear();
      kept.forEach((k, n) => {
        const v = value(src.records[k].values[0]);
        const key = tupleKey(ids[n]);
        if (v !== 0 || Object.is(v, -0)) sym.records.set(key, v);
        else if (!mode.merge) sym.records.delete(key);
      });
      sym.hasData = true;
      bump(sym);
      break;
    }
    case 'variable': {
      if (!mode.merge) sym.records.clear();
      kept.forEach((k, n) => {
        const [l, m, lo, up, scale] = src.records[k].values.map(value);
        sym.records.set(tupleKey(ids[n]), { keys: ids[n], l, m, lo, up, scale, prior: 1 });
      });
      bump(sym);
      break;
    }
    case 'equation': {
      if (!mode.merge) sym.records.clear();
      kept.forEach((k, n) => {
        const [l, m, lo, up, scale] = src.records[k].values.map(value);
        sym.records.set(tupleKey(ids[n]), { keys: ids[n], l, m, lo, up, scale });
      });
      bump(sym);
      break;
    }
    default:
      break;
  }
  if (src.undfCount) out.push(diag(G.Gdx_undf_0_1, at, [sym.name, src.undfCount]));
  if (acronyms) out.push(diag(G.Gdx_acronym_0, at, [sym.name]));
  return out;
}

/** One `name` or `name=gdxname` item of a $load line, with its span. */
interface LoadItem {
  name: string;
  gdxName: string;
  span: Span;
}

const LOAD_MODES: Record<string, LoadMode> = {
  load: { dc: false, merge: false },
  loaddc: { dc: true, merge: false },
  loadm: { dc: false, merge: true },
  loaddcm: { dc: true, merge: true },
};

/** The compile-time GDX state of one program: the file `$gdxin` opened. */
export class GdxDirectives {
  private file?: GdxFile;
  private fileName = '';

  constructor(
    private readonly table: SymbolTable,
    private readonly read: ReadBinary | undefined,
    private readonly report: (d: Diagnostic) => void,
    private readonly loaded: (s: Sym) => void,
  ) {}

  /** Whether this directive is one of ours (then it has been handled). */
  directive(d: A.DirectiveStmt): boolean {
    if (d.name === 'gdxin') {
      this.gdxin(d);
      return true;
    }
    const mode = LOAD_MODES[d.name];
    if (!mode) return false;
    this.load(d, mode);
    return true;
  }

  /** Offset of the directive's arguments in its file. */
  private argsStart(d: A.DirectiveStmt): number {
    const at = d.span.file.text.indexOf(d.args, d.span.end);
    return at < 0 ? d.span.end : at;
  }

  private gdxin(d: A.DirectiveStmt): void {
    this.file = undefined;
    this.fileName = '';
    const arg = d.args.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (!arg) return; // `$gdxin` alone closes the file
    const start = this.argsStart(d);
    const at = mkSpan(d.span.file, start, start + d.args.length);
    const name = gdxFileName(arg);
    this.fileName = name;
    if (!this.read) {
      this.report(diag(G.Gdx_needs_host, at));
      return;
    }
    const r = openGdx(this.read(d.span.file.name, name, d.span), name, at);
    r.diagnostics.forEach(this.report);
    this.file = r.file;
  }

  private items(d: A.DirectiveStmt): LoadItem[] {
    const start = this.argsStart(d);
    const out: LoadItem[] = [];
    const re = /([^\s,=]+)(\s*=\s*([^\s,=]+))?/g;
    for (let m = re.exec(d.args); m; m = re.exec(d.args)) {
      const at = mkSpan(d.span.file, start + m.index, start + m.index + m[0].length);
      out.push({ name: m[1], gdxName: m[3] ?? m[1], span: at });
    }
    return out;
  }

  private load(d: A.DirectiveStmt, mode: LoadMode): void {
    if (!this.file) {
      // A failed $gdxin has been reported already.
      if (!this.fileName) this.report(diag(G.Load_without_gdxin, d.span));
      return;
    }
    const items = this.items(d);
    if (!items.length) {
      this.report(diag(G.Gdx_load_lists, d.span));
      return;
    }
    for (const it of items) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(it.name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(it.gdxName)) {
        this.report(diag(G.Gdx_bad_load_item_0, it.span, [it.name]));
        continue;
      }
      const sym = this.table.get(it.name);
      if (!sym) {
        this.report(diag(G.Load_0_not_declared, it.span, [it.name]));
        continue;
      }
      const g = this.file.symbols.find((s) => s.name.toLowerCase() === it.gdxName.toLowerCase());
      if (!g) {
        this.report(diag(G.Symbol_0_not_in_gdx_1, it.span, [it.gdxName, this.fileName]));
        continue;
      }
      for (const x of loadSymbol(this.table, sym, g, this.file, mode, it.span)) this.report(x);
      this.loaded(sym);
    }
  }
}

/**
 * Check an execute_load / execute_loaddc / execute_unload statement: its symbols must be
 * declared, and be sets, parameters, variables or equations. Loaded symbols count as assigned.
 */
export function gdxStatement(
  s: A.GdxStmt,
  lookup: (id: A.Ident) => Sym | undefined,
  report: (d: Diagnostic) => void,
  loaded: (s: Sym) => void,
): GdxCStmt | undefined {
  if (s.op !== 'unload' && s.items.length === 0) {
    report(diag(G.Gdx_load_lists, s.span));
    return undefined;
  }
  const items: { sym: Sym; gdxName: string; span: Span }[] = [];
  for (const it of s.items) {
    const sym = lookup(it.name);
    if (!sym) continue;
    sym.uses++;
    if (sym.kind === 'model' || sym.kind === 'file' || (s.op !== 'unload' && sym.kind === 'alias')) {
      report(diag(G.Gdx_cannot_unload_0, it.name.span, [sym.name, KIND_WORD[sym.kind]]));
      continue;
    }
    if (s.op !== 'unload') loaded(sym);
    const at = it.gdxName ? { ...it.name.span, end: it.gdxName.span.end } : it.name.span;
    items.push({ sym, gdxName: it.gdxName?.name ?? sym.name, span: at });
  }
  return {
    kind: 'gdx',
    span: s.span,
    op: s.op,
    file: s.file,
    fileSpan: s.fileSpan,
    items: s.op === 'unload' && s.items.length === 0 ? 'all' : items,
  };
}
