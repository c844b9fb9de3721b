// execute_load, execute_loaddc and execute_unload at run time: read or write a GDX file through
// the host and store or collect the symbols. Imports check/, report/, data/, diagnostics/, text/.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { gdxMessages as G } from '../diagnostics/messages/gdx.ts';
import type { SymbolTable } from '../bind/symbols.ts';
import type { Deflater } from '../data/gdx/format.ts';
import { gdxFileName, loadSymbol, openGdx, type GdxCStmt } from '../check/gdx-load.ts';
import { allUnloadItems, symbolsToGdx } from '../bind/gdx-records.ts';
import { pushAll } from '../text/arrays.ts';

/** File access of the run (paths relative to the model's folder, as the host resolves them). */
export interface GdxIO {
  readBinaryFile?(path: string): Uint8Array | undefined;
  writeBinaryFile?(path: string, bytes: Uint8Array): void;
  deflater?: Deflater;
}

/** Run one GDX statement; the diagnostics it gives (errors stop the run). */
export function runGdx(s: GdxCStmt, table: SymbolTable, io: GdxIO): Diagnostic[] {
  const name = gdxFileName(s.file);
  if (s.op === 'unload') {
    if (!io.writeBinaryFile) return [diag(G.Gdx_needs_host, s.fileSpan)];
    const items = s.items === 'all' ? allUnloadItems(table) : s.items;
    const w = symbolsToGdx(table, items, { deflater: io.deflater });
    if (!w.ok) return [diag(G.Gdx_cannot_write_0_1, s.fileSpan, [name, w.message])];
    try {
      io.writeBinaryFile(name, w.bytes);
    } catch (e) {
      return [diag(G.Gdx_cannot_write_0_1, s.fileSpan, [name, e instanceof Error ? e.message : String(e)])];
    }
    return [];
  }
  if (!io.readBinaryFile) return [diag(G.Gdx_needs_host, s.fileSpan)];
  const r = openGdx(io.readBinaryFile(name), name, s.fileSpan);
  if (!r.file) return r.diagnostics;
  const out: Diagnostic[] = [];
  for (const it of s.items === 'all' ? [] : s.items) {
    const g = r.file.symbols.find((x) => x.name.toLowerCase() === it.gdxName.toLowerCase());
    if (!g) {
      out.push(diag(G.Symbol_0_not_in_gdx_1, it.span, [it.gdxName, name]));
      continue;
    }
    pushAll(out, loadSymbol(table, it.sym, g, r.file, { dc: s.op === 'loaddc', merge: false }, it.span));
  }
  return out;
}
