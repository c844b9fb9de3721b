// execute_critical_region (docs/language.md): the critical region, the value function and the
// feasibility cut that a solve of a parametric LP/QP returns, on small models worked by hand.
import { describe, expect, it } from 'vitest';
import { solveText } from './helpers.ts';

/** A parameter's records as 'k1.k2' → value (scalars under ''). */
function values(doc: any, name: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of doc.symbols[name].records) out[r.keys.join('.')] = r.value;
  return out;
}
const near = (got: Record<string, number>, want: Record<string, number>) => {
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  for (const [k, v] of Object.entries(want)) expect(got[k]).toBeCloseTo(v, 6);
};

// min ½x² + ½y²  s.t.  x + y = θ,  x ≤ 1:  x = y = θ/2, J = θ²/4 for θ ≤ 2;  x = 1, J = ½ + ½(θ−1)² for θ ≥ 2.
const SPLIT = `
Variables x, y, th, z;
x.up = 1;
Equations obj, split;
obj.. z =e= 0.5*sqr(x) + 0.5*sqr(y);
split.. x + y =e= th;
Model m / obj, split /;
Set r / r1*r4 /;
Parameters st, val, gr, h, A(r), w(r), cnt;
th.fx = THETA;
Solve m using qcp minimizing z;
execute_critical_region m, th, st=status, val=value, gr=grad, h=hess, A=rows, w=rhs, cnt=count;
`;

describe('execute_critical_region', () => {
  it('θ = 1, no bound active: J = θ²/4, the region θ ≤ 2', async () => {
    const { code, doc } = await solveText(SPLIT.replace('THETA', '1'));
    expect(code).toBe(0);
    near(values(doc, 'st'), { '': 1 });
    near(values(doc, 'val'), { '': 0.25 });
    near(values(doc, 'gr'), { '': 0.5 });
    near(values(doc, 'h'), { '': 0.5 });
    // x(θ) = θ/2 ≤ 1: 0.5·θ ≤ 1.
    near(values(doc, 'A'), { r1: 0.5 });
    near(values(doc, 'w'), { r1: 1 });
    near(values(doc, 'cnt'), { '': 1 });
  });

  it('θ = 3, x at its bound: J = ½ + ½(θ−1)², the region θ ≥ 2 from the bound’s reduced cost', async () => {
    const { doc } = await solveText(SPLIT.replace('THETA', '3'));
    near(values(doc, 'val'), { '': 2.5 });
    near(values(doc, 'gr'), { '': 2 });
    near(values(doc, 'h'), { '': 1 });
    near(values(doc, 'A'), { r1: -1 });
    near(values(doc, 'w'), { r1: -2 });
  });

  it('an indexed θ: gradient, Hessian and region rows by label', async () => {
    // min ½Σx²  s.t.  x(a) + x(b) = θa,  x(a) ≥ θb.  At θ = (2, 0): x = (1, 1), J = θa²/4, and the
    // second row stays inactive while θa/2 ≥ θb: −0.5·θa + θb ≤ 0.
    const { code, doc } = await solveText(`
Set k / a, b /, r / r1*r3 /;
Variables x(k), th(k), z;
Equations obj, split, order;
obj.. z =e= 0.5*sum(k, sqr(x(k)));
split.. sum(k, x(k)) =e= th('a');
order.. x('a') =g= th('b');
Model m / obj, split, order /;
Parameters st, val, gr(k), h(k,k), A(r,k), w(r);
th.fx('a') = 2;
th.fx('b') = 0;
Solve m using qcp minimizing z;
execute_critical_region m, th, st=status, val=value, gr=grad, h=hess, A=rows, w=rhs;
`);
    expect(code).toBe(0);
    near(values(doc, 'val'), { '': 1 });
    near(values(doc, 'gr'), { a: 1 });
    near(values(doc, 'h'), { 'a.a': 0.5 });
    near(values(doc, 'A'), { 'r1.a': -0.5, 'r1.b': 1 });
    near(values(doc, 'w'), {});
  });

  it('an infeasible LP: the feasibility cut from the elastic relaxation, and its point as levels', async () => {
    // x ≤ θ, y ≤ 2, x + y ≥ 5: infeasible for θ < 3. At θ = 1 the least violation is v = 3 − θ = 2,
    // ∂v/∂θ = −1, so the cut is 2 − (θ − 1) ≤ 0: −θ ≤ −3.
    const { doc } = await solveText(`
Positive Variables x, y;
Variables th, z;
y.up = 2;
Equations obj, cap, dem;
obj.. z =e= x + 2*y;
cap.. x =l= th;
dem.. x + y =g= 5;
Model m / obj, cap, dem /;
Set r / r1*r2 /;
Parameters st, val, gr, A(r), w(r);
th.fx = 1;
Solve m using lp minimizing z;
execute_critical_region m, th, st=status, val=value, gr=grad, A=rows, w=rhs;
Parameter short 'what dem lacks';
short = dem.lo - dem.l;
`);
    near(values(doc, 'st'), { '': 2 });
    near(values(doc, 'val'), { '': 2 });
    near(values(doc, 'gr'), { '': -1 });
    near(values(doc, 'A'), { r1: -1 });
    near(values(doc, 'w'), { r1: -3 });
    near(values(doc, 'short'), { '': 2 });
  });

  it('reports a wrong output shape, a missing variable and an unknown role at check time', async () => {
    const { code, stderr } = await solveText(`
Variables x, th, z;
Equations obj;
obj.. z =e= x - th;
Model m / obj /;
Set r / r1 /;
Parameters v(r), q;
execute_critical_region m, th, v=value;
execute_critical_region m, q=value;
execute_critical_region m, th, q=slope;
`);
    expect(code).not.toBe(0);
    expect(stderr).toContain("error E2403: 'v' receives value and must be a parameter of 0 indices.");
    expect(stderr).toContain('error E2401: execute_critical_region needs exactly one variable (without =)');
    expect(stderr).toContain("error E2402: 'slope' is not something execute_critical_region returns");
  });

  it('stops with a diagnostic when θ has no fixed entry, or the row set is too small', async () => {
    const base = SPLIT.replace('th.fx = THETA;', 'th.lo = 0; th.up = 5;');
    const free = await solveText(base);
    expect(free.stderr).toContain(
      "error E3263: execute_critical_region: no entry of 'th' is fixed in model 'm'",
    );
    const small = await solveText(
      SPLIT.replace('THETA', '1')
        .replace('r1*r4', 'r1*r1')
        .replace(', cnt=count', '')
        .replace('x.up = 1;', 'x.up = 1; y.up = 1;'),
    );
    expect(small.stderr).toContain(
      "error E3264: execute_critical_region: the region of model 'm' has 2 rows, but set 'r' has 1 label.",
    );
  });
});
