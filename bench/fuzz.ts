// Many more fuzz cases than `npm test` runs: every model in models/, N mutations each (default 200).
// Prints the number of cases and any input that threw (with its seed, to reproduce with test/fuzz.ts).
import { join } from 'node:path';
import { listModels, fuzzOnce } from '../test/fuzz.ts';
import { nodeHost } from '../src/cli/node-host.ts';

const perModel = Number(process.argv[2] ?? 200);
const models = listModels(join(import.meta.dirname, '..', 'models')).filter((p) => !/scalable/.test(p));
let cases = 0;
let failures = 0;
const t0 = performance.now();
for (const m of models) {
  for (let seed = 1000; seed < 1000 + perModel; seed++) {
    const o = await fuzzOnce(m, seed, nodeHost);
    cases++;
    if (o.error) {
      failures++;
      console.log(`THREW: ${m} seed ${seed}: ${o.error instanceof Error ? o.error.stack : String(o.error)}`);
    }
  }
}
console.log(
  `bench/fuzz: ${cases} mutated inputs from ${models.length} models in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${failures} threw (target 0)`,
);
process.exitCode = failures ? 1 : 0;
