// A checked program run twice (issue 16): each execution gets a fresh run context, so the second
// run generates its model again and repeats the once-per-statement notes, with the same numbers;
// and it starts from the compile-time data (src/interp/program-state.ts), whatever the first run
// assigned, solved or projected.
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
Scalar total /0/;
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

const assigns = `Set i /a, b, c/, j(i) /a/, k(i);
Parameter p(i) /a 1, b 2/, q(i,i);
Scalar s /0/, n;
Variable v(i);
p(i) = p(i) + 1;
j(i)$(not j(i)) = yes;
j('c') = no;
q(i,i) = p(i);
option k < q;
s = s + sum(i, p(i));
for (n = 1 to 3, s = s + n);
v.fx(i)$j(i) = s;
display p, j, k, s, v.l;
`;

describe('a program that changes its compile-time data, run twice', () => {
  it('starts each run from the compile-time data', async () => {
    const file = createSourceFile('assigns.gms', assigns);
    const c = compile(file);
    expect(c.diagnostics).toEqual([]);
    const runs: { out: string; symbols: ReturnType<typeof resultToJson>['symbols']; inputs: unknown }[] = [];
    for (let r = 0; r < 2; r++) {
      let out = '';
      const opts = { quiet: true, out: (t: string) => void (out += t), log: () => {} };
      const res = await execute(c, file, undefined, opts);
      runs.push({ out, symbols: resultToJson(res).symbols, inputs: res.inputs });
    }
    const values = (name: string) =>
      (runs[0].symbols[name].records as { keys?: string[]; value?: number; level?: number }[]).map((r) => [
        r.keys?.join('.') ?? '',
        r.value ?? r.level,
      ]);
    expect(values('p')).toEqual([
      ['a', 2],
      ['b', 3],
      ['c', 1],
    ]);
    expect(values('s')).toEqual([['', 12]]);
    expect(values('v')).toEqual([
      ['a', 12],
      ['b', 12],
    ]);
    expect(runs[0].out).toContain('----');
    expect(runs[1]).toEqual(runs[0]);
  });
});
