// Bounded mutation fuzzing in `npm test`; `npm run bench` runs many more cases (bench/fuzz.ts).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { allStages, crashClass, listModels, fuzzOnce, mutatedCase } from './fuzz.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import { breathe } from './helpers.ts';

const models = listModels(join(import.meta.dirname, '..', 'models')).filter((p) => !/scalable/.test(p));
const PER_MODEL = 12;

describe('fuzz: mutated models never throw', () => {
  for (const m of models) {
    it(m.split('/models/')[1], async () => {
      const failures: string[] = [];
      for (let seed = 1; seed <= PER_MODEL; seed++) {
        await breathe();
        const o = await fuzzOnce(m, seed, nodeHost);
        if (o.error)
          failures.push(`seed ${seed}: ${o.error instanceof Error ? o.error.stack : String(o.error)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('fuzz: every stage (run, format, import, language server) on fixed seeds', () => {
  // The same cases as `npm run fuzz -- --cases 8 --seed 1`; a small, fixed run to stay fast.
  const all = listModels(join(import.meta.dirname, '..', 'models')).filter((p) => !/scalable/.test(p));
  it('8 mutated cases end in results or diagnostics in every stage', async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 8; seed++) {
      await breathe();
      const model = all[seed % all.length];
      for (const f of await allStages(model, mutatedCase(model, seed), nodeHost, seed))
        failures.push(`${model} seed ${seed}: ${crashClass(f)}`);
    }
    expect(failures).toEqual([]);
  });

  it('the blow-up inserts are diagnostics in every stage', async () => {
    const model = join(import.meta.dirname, '..', 'models', 'classic', 'transport.gms');
    const failures: string[] = [];
    const inserts = [
      `scalar s; s = 1${' + 1'.repeat(5000)};\n`,
      `scalar s; s = ${'('.repeat(300)}1${')'.repeat(300)};\n`,
      'set t /t1*t10000000/;\n',
      "scalar v / 1 /; file f / 'o.txt' /; put f v:1e9:500;\n",
      '$include .\n',
      'x\u0000y\n',
    ];
    for (const [k, ins] of inserts.entries())
      for (const f of await allStages(model, ins, nodeHost, k)) failures.push(`${k}: ${crashClass(f)}`);
    expect(failures).toEqual([]);
  });
});
