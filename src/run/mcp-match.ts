// The rows-to-columns matching of an MCP solve: the model's explicit `e.x` pairs first, then
// GAMS's implicit matching of the rest (wallmcp, kormcp, ers82mcp: `model m / all /`). Imports
// model/ (the generated model), bind/, check/ (ExecError) and diagnostics/.
import type { EquationSymbol, VariableSymbol } from '../bind/symbols.ts';
import { tupleKey } from '../bind/symbols.ts';
import { ExecError } from '../check/expressions.ts';
import { solverMessages as S } from '../diagnostics/messages/solver.ts';
import type { GeneratedModel } from '../model/generate.ts';
import type { Span } from '../text/source-file.ts';

export interface McpMatching {
  /** The column matched with each row (one to one). */
  readonly colOfRow: Int32Array;
  /** 1 where the row was paired implicitly (an =e= row with a free column, in order). */
  readonly implicit: Uint8Array;
}

/**
 * Matches each row of `gen` with a column.
 * - A row of an equation with a pair `e.x` takes the column of x with the row's labels (E5601
 *   when x has no such column in the model).
 * - GAMS pairs what is left implicitly: every row without a pair must be an equality (E5600), every
 *   column without a pair must be free (E5602) or fixed (a fixed column needs no row: it stays at
 *   its bound, as cammcp needs), and their numbers must agree (E5800). A free variable
 *   complementary to an equality means `F = 0, x free` whatever the pairing, so the rows and
 *   columns are paired in their order. An `=n=` row without a pair is not an equality: E5600.
 */
export function matchMcp(
  gen: GeneratedModel,
  matches: readonly { equation: EquationSymbol; variable: VariableSymbol }[],
  span: Span,
): McpMatching {
  const p = gen.problem;
  const byEq = new Map(matches.map((mt) => [mt.equation, mt.variable]));
  const colOfRow = new Int32Array(p.m).fill(-1);
  const implicit = new Uint8Array(p.m);
  const used = new Uint8Array(p.n);
  const rows: number[] = [];
  for (let i = 0; i < p.m; i++) {
    const row = gen.rows[i];
    const v = byEq.get(row.eq.sym);
    if (!v) {
      if (p.rowLo[i] !== p.rowUp[i]) throw new ExecError(S.Mcp_row_0_unmatched, span, [p.rowNames[i]]);
      rows.push(i);
      continue;
    }
    const j = gen.colMaps.get(v)?.get(tupleKey(row.keys)) ?? -1;
    if (j < 0) throw new ExecError(S.Mcp_row_0_variable_1_absent, span, [p.rowNames[i], v.name]);
    colOfRow[i] = j;
    used[j] = 1;
  }
  const cols: number[] = [];
  for (let j = 0; j < p.n; j++) {
    if (used[j] || p.xl[j] === p.xu[j]) continue;
    if (p.xl[j] > -Infinity || p.xu[j] < Infinity)
      throw new ExecError(S.Mcp_0_rows_1_columns, span, [p.m, p.n, p.varNames[j]]);
    cols.push(j);
  }
  if (rows.length !== cols.length)
    throw new ExecError(
      S.Mcp_implicit_0_rows_1_columns,
      span,
      [rows.length, cols.length],
      rows.length > cols.length
        ? `first row without a pair: ${p.rowNames[rows[cols.length]]}.`
        : `first free column without a pair: ${p.varNames[cols[rows.length]]}.`,
    );
  for (let k = 0; k < rows.length; k++) {
    colOfRow[rows[k]] = cols[k];
    implicit[rows[k]] = 1;
  }
  return { colOfRow, implicit };
}
