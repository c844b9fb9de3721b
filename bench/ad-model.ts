// The generated NLP of bench/ad.ts: many rows of a few nonlinear terms each plus a long objective
// sum, shaped like an indexed energy model. Imports src/model only.
import { GraphBuilder, Op } from '../src/model/expr-graph.ts';
import { buildProblem, type RowSpec } from '../src/model/build-problem.ts';
import type { ModelProblem } from '../src/model/problem.ts';

/** Rows of 4 nonlinear terms each (x*log(1+y^2), exp(0.1 z), sin(u)*v, w/(1+x^2)) and an objective sum of weighted squares. */
export function generatedModel(rows: number, objTerms: number): ModelProblem {
  const n = 2 * rows;
  const gb = new GraphBuilder();
  const v = (j: number) => gb.variable(((j % n) + n) % n);
  const k = (c: number) => gb.constant(c);
  const specs: RowSpec[] = [];
  for (let i = 0; i < rows; i++) {
    const a = 2 * i;
    const t1 = gb.node(Op.Mul, [
      v(a),
      gb.node(Op.Log, [gb.node(Op.Add, [k(1), gb.node(Op.Sqr, [v(a + 1)])])]),
    ]);
    const t2 = gb.node(Op.Exp, [gb.node(Op.Mul, [k(0.1), v(a + 3)])]);
    const t3 = gb.node(Op.Mul, [gb.node(Op.Sin, [v(a + 5)]), v(a + 7)]);
    const t4 = gb.node(Op.Div, [v(a + 2), gb.node(Op.Add, [k(1), gb.node(Op.Sqr, [v(a)])])]);
    specs.push({
      lo: -1,
      up: 1,
      lin: [
        [a, 1],
        [a + 1, -2],
      ],
      nl: gb.node(Op.Add, [t1, t2, t3, t4]),
      name: `r${i}`,
    });
  }
  const obj: number[] = [];
  for (let j = 0; j < objTerms; j++)
    obj.push(gb.node(Op.Mul, [k(1 + (j % 7)), gb.node(Op.Sqr, [gb.node(Op.Sub, [v(j), k(1)])])]));
  return buildProblem({ n, objective: { nl: gb.node(Op.Add, obj) }, rows: specs, graph: gb });
}
