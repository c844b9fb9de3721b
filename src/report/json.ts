// The --json contract: one document with ok, diagnostics, solves and every symbol's records
// (see docs/json.md). Non-finite numbers become null. Imports bind/, diagnostics/, interp/ types.
import type { SymbolTable, Sym } from '../bind/symbols.ts';
import { diagnosticToJson, type Diagnostic, type DiagnosticJson } from '../diagnostics/diagnostic.ts';
import type { SolveSummary } from '../run/solve.ts';

export interface SymbolJson {
  kind: 'set' | 'parameter' | 'variable' | 'equation';
  domain: string[];
  text?: string;
  records: Record<string, unknown>[];
}

export interface RunJson {
  ok: boolean;
  /** Present when the run did not end normally: 'interrupted' (SIGINT). */
  status?: 'interrupted';
  diagnostics: DiagnosticJson[];
  solves: Omit<SolveSummary, never>[];
  symbols: Record<string, SymbolJson>;
}

const num = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function symbolToJson(table: SymbolTable, s: Sym): SymbolJson | undefined {
  const u = table.universe;
  const labels = (keys: number[]) => keys.map((k) => u.name(k));
  const domain = s.domain.map((d) => d?.name ?? '*');
  const text = s.text ? { text: s.text } : {};
  switch (s.kind) {
    case 'set':
      return {
        kind: 'set',
        domain,
        ...text,
        records: [...s.records.values()].map((r) => ({ keys: labels(r.keys), text: r.text ?? null })),
      };
    case 'alias':
      return {
        kind: 'set',
        domain,
        records: [...s.target.records.values()].map((r) => ({ keys: labels(r.keys), text: r.text ?? null })),
      };
    case 'parameter':
      if (s.isScalar)
        return {
          kind: 'parameter',
          domain,
          ...text,
          records: [{ keys: [], value: num(s.records.get(0) ?? 0) }],
        };
      return {
        kind: 'parameter',
        domain,
        ...text,
        records: [...s.records.values()].map((r) => ({ keys: labels(r.keys), value: num(r.value) })),
      };
    case 'variable':
    case 'equation':
      return {
        kind: s.kind,
        domain,
        ...text,
        records: [...s.records.values()].map((r) => ({
          keys: labels(r.keys),
          level: num(r.l),
          marginal: num(r.m),
          lower: num(r.lo),
          upper: num(r.up),
        })),
      };
    default:
      return undefined;
  }
}

export function runToJson(
  ok: boolean,
  diagnostics: readonly Diagnostic[],
  solves: readonly SolveSummary[],
  table?: SymbolTable,
): RunJson {
  const symbols: Record<string, SymbolJson> = {};
  if (table) {
    for (const s of table.ordered) {
      const j = symbolToJson(table, s);
      if (j) symbols[s.name] = j;
    }
  }
  return {
    ok,
    diagnostics: diagnostics.map(diagnosticToJson),
    solves: solves.map((s) => ({ ...s, objective: s.objective === null ? null : num(s.objective) })),
    symbols,
  };
}
