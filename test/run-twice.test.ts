// A checked program run twice (issue 16): each execution gets a fresh run context, so the second
// run generates its model again and repeats the once-per-statement notes, with the same numbers.
// Symbols are still the runtime store: the program resets the data it changes (total, x.l).
import { describe, expect, it } from 'vitest';
import { compile, execute, resultToJson } from '../src/api.ts';
import { createSourceFile } from '../src/text/source-file.ts';

const source = `Set i /a, b, c/;
Parameter d(i) /a 1, b 2, c 3/;
Variable x(i), z;
Equation obj, lim(i);
obj.. z =e= sum(i, abs(x(i) - d(i)));
lim(i).. x(i) =l= 2;
Model m /all/;
option dnlp = conopt;
Set k /k1*k3/;
Scalar total;
total = 0;
x.l(i) = 0;
loop(k, solve m using dnlp minimizing z; total = total + z.l;);
`;

describe('a checked program run twice', () => {
  it('gives the same solves, notes and values', async () => {
    const file = createSourceFile('twice.gms', source);
    const c = compile(file);
    expect(c.diagnostics).toEqual([]);
    const opts = { quiet: true, out: () => {}, log: () => {} };
    const runs = [await execute(c, file, undefined, opts), await execute(c, file, undefined, opts)];
    const view = (r: (typeof runs)[number]) => ({
      ok: r.ok,
      notes: r.diagnostics.map((d) => `${d.code} ${d.message}`),
      solves: r.solves.map((s) => [s.solver, s.generation, s.modelStatus, s.iterations, s.objective]),
    });
    const first = view(runs[0]);
    expect(first.notes).toEqual([
      "W4002 3 abs(...) term(s) of equation 'obj' are reformulated as smooth epigraph constraints (one extra variable each).",
      "W5010 Solver 'conopt' is a GAMS solver that EMD does not have: ipm solved this DNLP model instead.",
    ]);
    expect(first.solves.map((s) => s[1])).toEqual(['generated', 'reused', 'reused']);
    for (const s of first.solves) expect(s[4]).toBeCloseTo(1, 6);
    expect(view(runs[1])).toEqual(first);
    for (const r of runs) expect(resultToJson(r).symbols.total.records[0].value).toBeCloseTo(3, 6);
  });
});
