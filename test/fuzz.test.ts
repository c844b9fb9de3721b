// Bounded mutation fuzzing in `npm test`; `npm run bench` runs many more cases (bench/fuzz.ts).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { listModels, fuzzOnce } from './fuzz.ts';
import { nodeHost } from '../src/cli/node-host.ts';

const models = listModels(join(import.meta.dirname, '..', 'models')).filter((p) => !/scalable/.test(p));
const PER_MODEL = 12;

describe('fuzz: mutated models never throw', () => {
  for (const m of models) {
    it(m.split('/models/')[1], async () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= PER_MODEL; seed++) {
        const o = await fuzzOnce(m, seed, nodeHost);
        if (o.error)
          failures.push(`seed ${seed}: ${o.error instanceof Error ? o.error.stack : String(o.error)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
