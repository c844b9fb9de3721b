// Vitest global setup: builds dist/ once before any test runs, so that the tests that spawn
// `node bin/emd.js` run the current sources and never race to rebuild a stale bundle.
import { buildDist } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildDist({ quiet: true });
  // Worker threads of asynchronous solves (src/run/thread-entry.ts) start from this build.
  process.env.EMD_THREADS_FROM_DIST = '1';
}
