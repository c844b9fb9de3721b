import { describe, expect, it } from 'vitest';
import { captureInstances, exportNames, glpkWasm } from './wasm.ts';

describe('glpk.js WebAssembly API lookup', () => {
  it("reads the exports' minified names from an Emscripten glue script", () => {
    const glue = 'function(e){r._glp_create_prob=e.o,r._solve_mip=e.$,r._malloc=e.X,se=e.aa}';
    expect([...exportNames(glue)]).toEqual([
      ['glp_create_prob', 'o'],
      ['solve_mip', '$'],
      ['malloc', 'X'],
    ]);
  });

  it('finds nothing (so the object route is kept) without the names or with another version', async () => {
    const mod = await import('glpk.js/node');
    const before = WebAssembly.Instance;
    const { value, instances } = await captureInstances(() => mod.default());
    expect(instances).toHaveLength(1);
    expect(glpkWasm(instances, '', value.version)).toBeUndefined();
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const glue = readFileSync(createRequire(import.meta.url).resolve('glpk.js/node'), 'utf8');
    expect(glpkWasm(instances, glue, 'not ' + value.version)).toBeUndefined();
    expect(glpkWasm(instances, glue, value.version)).toBeDefined();
    // The constructor is restored.
    expect(WebAssembly.Instance).toBe(before);
  });

  it('runs overlapping captures one after the other: each sees its own instance only', async () => {
    const mod = await import('glpk.js/node');
    const before = WebAssembly.Instance;
    const [a, b] = await Promise.all([
      captureInstances(() => mod.default()),
      captureInstances(() => mod.default()),
    ]);
    expect(WebAssembly.Instance).toBe(before);
    expect(a.instances).toHaveLength(1);
    expect(b.instances).toHaveLength(1);
    expect(a.instances[0]).not.toBe(b.instances[0]);
  });
});
