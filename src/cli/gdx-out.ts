// `emd solve --gdx FILE`: every symbol after the run into a compressed GDX file, as
// `gams model gdx=FILE` writes it. Imports report/ and the host.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { gdxMessages as G } from '../diagnostics/messages/gdx.ts';
import type { SymbolTable } from '../bind/symbols.ts';
import type { Host } from '../api.ts';
import { allUnloadItems, symbolsToGdx } from '../bind/gdx-records.ts';
import { gdxFileName } from '../check/gdx-load.ts';

export { gdxFileName };

/** Write the file; a diagnostic when it cannot be written. */
export function writeGdxFile(table: SymbolTable, path: string, host: Host): Diagnostic | undefined {
  const name = gdxFileName(path);
  const w = symbolsToGdx(table, allUnloadItems(table), { deflater: host.deflater });
  if (!w.ok) return diag(G.Gdx_cannot_write_0_1, undefined, [name, w.message]);
  try {
    host.writeBinaryFile!(name, w.bytes);
  } catch (e) {
    return diag(G.Gdx_cannot_write_0_1, undefined, [name, e instanceof Error ? e.message : String(e)]);
  }
  return undefined;
}
