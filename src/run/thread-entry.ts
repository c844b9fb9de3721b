// Where a worker thread's entry file is: beside the bundle in dist/ (scripts/build.mjs builds it),
// or the TypeScript source run through tsx (tests and `node bin/run-ts.js`). Imports node: only.
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Starts `name` (pool-worker, redis-bridge) as a worker thread. */
export function startThread(name: string, options: WorkerOptions): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, here), options);
  // The test setup builds dist/ from the current sources first: its threads start in a fraction
  // of the time tsx takes to load the solvers' sources.
  if (process.env.EMD_THREADS_FROM_DIST === '1')
    return new Worker(new URL(`../../dist/${name}.js`, here), options);
  // Sources: register tsx's loader in the thread, then import the entry.
  const url = new URL(`./${name}.ts`, here).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
