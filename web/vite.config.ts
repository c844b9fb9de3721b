// Vite configuration of the playground (web/): the compiler and the solvers run in a module
// worker; highs gets its .wasm through Vite's asset handling and koffi (Node's FFI) is replaced by
// a module that refuses to load, so that the ipopt adapter reports itself unavailable.
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const repoRoot = here('..');
const highsShim = here('src/shims/highs.ts');
const koffiShim = here('src/shims/koffi.ts');
const resvgShim = here('src/shims/resvg.ts');
const outputFilesShim = here('src/shims/output-files.ts');

/**
 * `highs` → shims/highs.ts (which passes locateFile for highs.wasm), except when the shim itself
 * imports the real package; `koffi` → shims/koffi.ts and `@resvg/resvg-js` → shims/resvg.ts everywhere; report/output-files.ts (node:fs)
 * → shims/output-files.ts.
 */
function browserSolvers(): Plugin {
  return {
    name: 'emd-browser-solvers',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === 'koffi') return koffiShim;
      if (source === '@resvg/resvg-js') return resvgShim;
      if (source.endsWith('/output-files.ts') && importer?.includes('/src/report/')) return outputFilesShim;
      if (source === 'highs' && importer !== highsShim) return highsShim;
      return null;
    },
  };
}

/**
 * Cross-origin isolation, so that the page may share memory with its workers (SharedArrayBuffer:
 * the asynchronous solves' Web Workers, src/solve-pool.ts). The static build carries the same
 * headers in public/_headers (Netlify, Cloudflare Pages); a host without headers serves a page
 * that is not isolated, where the asynchronous solves run one after another.
 */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [browserSolvers()],
  worker: { format: 'es', plugins: () => [browserSolvers()] },
  // Prebundling would move highs.mjs away from highs.wasm and inline glpk's worker twice.
  optimizeDeps: { exclude: ['highs', 'glpk.js'] },
  server: { fs: { allow: [repoRoot] }, headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
});
