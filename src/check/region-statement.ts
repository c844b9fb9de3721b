// The checked form of `execute_critical_region m, theta, out=role, ...;` (run by
// src/run/critical-region.ts after a solve of m): the model, the variable whose fixed entries are
// the parameters θ, and the parameter that receives each role. Imports syntax/, bind/,
// diagnostics/.
import type * as A from '../syntax/ast.ts';
import type { Span } from '../text/source-file.ts';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkMessages as M } from '../diagnostics/messages/check.ts';
import type { ModelSymbol, ParameterSymbol, SetSymbol, Sym, VariableSymbol } from '../bind/symbols.ts';

/**
 * What the statement returns, each into a parameter of the given number of indices (d: those of
 * θ's variable; rows and rhs take a set of row labels first):
 *   status  1 a critical region (optimal point), 2 a feasibility cut (infeasible), 0 neither;
 *   value   J(θ₀), or the least total violation v(θ₀) of an infeasible model;
 *   grad    ∂J/∂θ (∂v/∂θ) at θ₀;   hess  ∂²J/∂θ² on the region;
 *   rows, rhs   Σ_θ rows(r,θ)·θ ≤ rhs(r): the region (or the one cut v(θ₀) + grad·(θ − θ₀) ≤ 0);
 *   count   the number of rows written.
 */
export const REGION_ROLES = ['status', 'value', 'grad', 'hess', 'rows', 'rhs', 'count'] as const;
export type RegionRole = (typeof REGION_ROLES)[number];

export interface RegionCStmt {
  kind: 'region';
  span: Span;
  model: ModelSymbol;
  theta: VariableSymbol;
  outputs: ReadonlyMap<RegionRole, ParameterSymbol>;
  /** The set of row labels (first index of rows and rhs), when either is asked for. */
  rowSet?: SetSymbol;
}

const dims = (role: RegionRole, d: number): number =>
  role === 'grad' ? d : role === 'hess' ? 2 * d : role === 'rows' ? 1 + d : role === 'rhs' ? 1 : 0;

/** Checks the statement; the outputs count as assigned. */
export function regionStatement(
  s: A.CriticalRegionStmt,
  lookup: (id: A.Ident) => Sym | undefined,
  report: (d: Diagnostic) => void,
  assigned: (s: Sym) => void,
): RegionCStmt | undefined {
  const model = lookup(s.model);
  if (!model) return undefined;
  model.uses++;
  if (model.kind !== 'model') {
    report(diag(M.Region_0_not_a_model, s.model.span, [model.name, model.kind]));
    return undefined;
  }
  const thetas = s.items.filter((it) => !it.role);
  const theta = thetas.length === 1 ? lookup(thetas[0].name) : undefined;
  if (thetas.length !== 1 || (theta && theta.kind !== 'variable')) {
    report(
      diag(M.Region_needs_one_variable, thetas[1]?.name.span ?? thetas[0]?.name.span ?? s.span, [
        thetas.length === 1 ? `a ${theta?.kind}` : String(thetas.length),
      ]),
    );
    return undefined;
  }
  if (!theta || theta.kind !== 'variable') return undefined;
  theta.uses++;
  const d = theta.domain.length;
  const outputs = new Map<RegionRole, ParameterSymbol>();
  let ok = true;
  for (const it of s.items) {
    if (!it.role) continue;
    const role = it.role.name.toLowerCase() as RegionRole;
    if (!REGION_ROLES.includes(role)) {
      report(diag(M.Region_role_0_unknown, it.role.span, [it.role.name, REGION_ROLES.join(', ')]));
      ok = false;
      continue;
    }
    const p = lookup(it.name);
    if (!p) {
      ok = false;
      continue;
    }
    p.uses++;
    if (p.kind !== 'parameter' || p.domain.length !== dims(role, d)) {
      report(diag(M.Region_output_0_1_2, it.name.span, [it.name.name, role, dims(role, d)]));
      ok = false;
      continue;
    }
    assigned(p);
    outputs.set(role, p);
  }
  if (!ok) return undefined;
  const rowOwners = [outputs.get('rows'), outputs.get('rhs')].filter((p) => p !== undefined);
  const rowSet = rowOwners[0]?.domain[0];
  if (rowOwners.length && (!rowSet || rowOwners.some((p) => p.domain[0] !== rowSet))) {
    report(diag(M.Region_rows_set_0, s.span, [rowOwners[0].name]));
    return undefined;
  }
  return { kind: 'region', span: s.span, model, theta, outputs, ...(rowSet ? { rowSet } : {}) };
}
