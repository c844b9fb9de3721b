// EMD symbols as a GDX file: what `execute_unload` and `emd solve --gdx FILE` write (every
// symbol, as `gams ... gdx=FILE` does, or the ones named). Labels are numbered in the order of
// EMD's universe, as GAMS numbers its UEL table. Imports bind/ and data/gdx/.
import { EQU_TYPES, VAR_TYPES, type Deflater, type GdxSymbol } from '../data/gdx/format.ts';
import { writeGdx, type WriteResult } from '../data/gdx/write.ts';
import { resolveSet, type Sym, type SymbolTable } from './symbols.ts';

/** A symbol to write and its name in the file. */
export interface UnloadItem {
  sym: Sym;
  gdxName: string;
}

/** Symbols that a GDX file can hold (not models or files). */
export function canUnload(s: Sym): boolean {
  return s.kind !== 'model' && s.kind !== 'file';
}

const VAR_USERINFO: Record<string, number> = {
  binary: VAR_TYPES.indexOf('binary'),
  integer: VAR_TYPES.indexOf('integer'),
  positive: VAR_TYPES.indexOf('positive'),
  negative: VAR_TYPES.indexOf('negative'),
  free: VAR_TYPES.indexOf('free'),
  sos1: VAR_TYPES.indexOf('sos1'),
  sos2: VAR_TYPES.indexOf('sos2'),
};

/** Fields of variables and equations: a -0 from arithmetic is 0 there (EPS only in parameter data). */
const field = (x: number) => (x === 0 ? 0 : x);

/** The GDX form of one symbol (an alias whose set is not written becomes a copy of the set). */
function toGdx(table: SymbolTable, s: Sym, name: string, written: Map<Sym, string>): GdxSymbol | undefined {
  const names = (keys: number[]) => keys.map((k) => table.universe.name(k));
  const domain = s.domain.map((d) => d?.name ?? '*');
  const base = { name, text: s.text ?? '', domain, records: [] as GdxSymbol['records'] };
  switch (s.kind) {
    case 'alias': {
      const target = resolveSet(s);
      const targetName = written.get(target);
      if (targetName !== undefined)
        return { ...base, type: 'alias', dim: target.domain.length || 1, userInfo: 0, aliasOf: targetName };
      return toGdx(table, target, name, written);
    }
    case 'set':
      return {
        ...base,
        type: 'set',
        dim: Math.max(1, s.domain.length),
        domain: s.domain.length ? domain : ['*'],
        userInfo: 0,
        records: [...s.records.values()].map((r) => ({ keys: names(r.keys), values: [0], text: r.text })),
      };
    case 'parameter': {
      const records = [...s.records.values()].map((r) => ({ keys: names(r.keys), values: [r.value] }));
      // A scalar has its one record even when it is 0 (GAMS writes it).
      if (s.isScalar && records.length === 0) records.push({ keys: [], values: [0] });
      return { ...base, type: 'parameter', dim: s.domain.length, userInfo: 0, records };
    }
    case 'variable':
      return {
        ...base,
        type: 'variable',
        dim: s.domain.length,
        userInfo: VAR_USERINFO[s.varType] ?? 5,
        records: [...s.records.values()].map((r) => ({
          keys: names(r.keys),
          values: [r.l, r.m, r.lo, r.up, r.scale].map(field),
        })),
      };
    case 'equation': {
      const rel = s.definition?.rel ?? 'e';
      return {
        ...base,
        type: 'equation',
        dim: s.domain.length,
        userInfo: 53 + EQU_TYPES.indexOf(rel),
        records: [...s.records.values()].map((r) => ({
          keys: names(r.keys),
          values: [r.l, r.m, r.lo, r.up, r.scale].map(field),
        })),
      };
    }
    default:
      return undefined;
  }
}

/** Every symbol a GDX file can hold, in declaration order, under its own name. */
export function allUnloadItems(table: SymbolTable): UnloadItem[] {
  return table.ordered.filter(canUnload).map((sym) => ({ sym, gdxName: sym.name }));
}

export interface GdxWriteOptions {
  deflater?: Deflater;
  /** Compress (default: when a deflater is given). */
  compress?: boolean;
  producer?: string;
}

/** Encode symbols as a GDX file (bytes), or the reason it cannot be written. */
export function symbolsToGdx(
  table: SymbolTable,
  items: readonly UnloadItem[],
  opts: GdxWriteOptions = {},
): WriteResult {
  const written = new Map<Sym, string>();
  const out: GdxSymbol[] = [];
  for (const it of items) {
    const g = toGdx(table, it.sym, it.gdxName, written);
    if (!g) continue;
    out.push(g);
    written.set(it.sym, it.gdxName);
  }
  return writeGdx(out, {
    uels: table.universe.names,
    deflater: opts.deflater,
    compress: opts.compress ?? !!opts.deflater,
    producer: opts.producer ?? 'EMD',
  });
}
