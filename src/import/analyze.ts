// Porting analysis of a GAMS program: finds the defects a port must fix and reports each one at
// its line and column (codes W6001-W6023). Works on the AST (src/import/program-index.ts) so it
// covers what the checker skips after an error, expands equations into terms (terms.ts) to see
// cancellations, duplicates and index use, and evaluates data-only equations with the checker's
// compiled closures. Imports syntax/, check/, bind/, diagnostics/, text/ and this folder.
import type * as A from '../syntax/ast.ts';
import { lineAndColumn, type SourceFile, type Span } from '../text/source-file.ts';
import { diag, type Diagnostic, type MessageDef } from '../diagnostics/diagnostic.ts';
import { importMessages as M } from '../diagnostics/messages/import.ts';
import { resolveSet, type SymbolTable } from '../bind/symbols.ts';
import { MAX_SLOTS } from '../check/expressions.ts';
import type { CheckedProgram } from '../check/checker.ts';
import { visit } from '../syntax/walk.ts';
import { Evaluator, equationIterator } from '../interp/evaluate.ts';
import type { Decl, ProgramIndex } from './program-index.ts';
import {
  combine,
  expand,
  freeIndices,
  printTerm,
  printTerms,
  termIndices,
  termKey,
  termVars,
  variablesIn,
  type Atom,
  type Term,
} from './terms.ts';
import { printExpr, printRef } from './print.ts';

export interface AnalysisInput {
  readonly file: SourceFile;
  readonly program: A.Program;
  readonly index: ProgramIndex;
  /** Tables whose data was lost to a range column header (lower-case name → span of the range). */
  readonly rangeTables?: ReadonlyMap<string, Span>;
  /** Symbol table of the checker's run on the program as written (set elements, data). */
  readonly table: SymbolTable;
  /** The checker's run on the repaired program (undeclared equations declared): compiled equations. */
  readonly repaired?: CheckedProgram;
}

export interface AnalysisResult {
  readonly diagnostics: Diagnostic[];
  /** Undeclared names found in the explanatory text of a declaration (name → declaration). */
  readonly swallowed: Map<string, Decl>;
}

/** Per equation definition: its expansion and the indices it uses. */
interface EqInfo {
  readonly def: A.EquationDef;
  readonly name: string;
  readonly domain: readonly string[];
  readonly lhs: Term[];
  readonly rhs: Term[];
  /** lhs − rhs with like terms merged. */
  readonly net: Term[];
  readonly usedRaw: Set<string>;
  readonly usedNet: Set<string>;
  readonly hasVars: boolean;
}

type OccKind = 'linear' | 'product' | 'inside' | 'self' | 'cap';
interface Occurrence {
  readonly eq: EqInfo;
  readonly term: Term;
  readonly atom: Atom;
  kind: OccKind;
}

const k = (s: string) => s.toLowerCase();
const lineOf = (s: Span) => lineAndColumn(s.file, s.start).line;
const REL: Record<string, string> = { e: '=e=', l: '=l=', g: '=g=', n: '=n=' };
const FLIP: Record<string, string> = { e: 'e', l: 'g', g: 'l', n: 'n' };

/** Words in a variable's text or name that say it is data, with what they describe. */
const DATA_WORDS: [RegExp, string][] = [
  [/\bprices?\b|\btariffs?\b/i, 'a price'],
  [/\bcost coefficients?\b|\bcoefficients?\b/i, 'a coefficient'],
  [/\befficienc(y|ies)\b/i, 'an efficiency'],
  [/\bcapacit(y|ies)\b|\bmaximum\b|\bminimum\b|\blimits?\b|\bcaps?\b/i, 'a limit'],
  [/\bthresholds?\b|\btolerances?\b/i, 'a threshold'],
  [/\bdemands?\b|\bloads?\b/i, 'a demand'],
  [/\bcoupling\b/i, 'a coupling coefficient'],
];
const LIMIT_TEXT = /\b(min|max|minimum|maximum|limits?|caps?|capacity|bounds?)\b/i;

function listNames(names: readonly string[], quote = true): string {
  const q = (s: string) => (quote ? `'${s}'` : s);
  if (names.length <= 4) {
    if (names.length === 1) return q(names[0]);
    return `${names.slice(0, -1).map(q).join(', ')} and ${q(names[names.length - 1])}`;
  }
  return `${names[0]}, ${names[1]}, …, ${names[names.length - 1]} (${names.length} names)`;
}

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function analyzeProgram(input: AnalysisInput): AnalysisResult {
  const { index: idx, table } = input;
  const out: Diagnostic[] = [];
  const report = (def: MessageDef, span: Span | undefined, args: (string | number)[] = [], hint?: string) =>
    out.push(diag(def, span, args, hint));
  const swallowed = new Map<string, Decl>();

  /** Number of elements of a set (or alias), when the checker loaded it. */
  const card = (name: string): number | undefined => {
    const s = table.get(name);
    if (!s || (s.kind !== 'set' && s.kind !== 'alias')) return undefined;
    return resolveSet(s).records.size;
  };
  const cardText = (names: readonly string[]): string => {
    let n = 1;
    for (const x of names) {
      const c = card(x);
      if (c === undefined) return names.map((y) => `card(${y})`).join('*');
      n *= c;
    }
    return String(n);
  };
  const tuple = (names: readonly string[]) => (names.length === 1 ? names[0] : `(${names.join(',')})`);
  const objectives = new Set(idx.solves.flatMap((s) => (s.objective ? [k(s.objective.name)] : [])));

  // ---------------------------------------------------------------------------------------------
  // Explanatory text that swallowed names (`equations obj co1 co2;` declares only obj).
  for (const d of idx.ordered) checkSwallowed(d);
  for (const { decl } of idx.duplicates) checkSwallowed(decl);
  function checkSwallowed(d: Decl): void {
    if (!d.text || !d.item) return;
    const f = d.span.file;
    const from = d.item.domain?.length ? d.item.domain[d.item.domain.length - 1].span.end : d.span.end;
    const at = f.text.indexOf(d.text, from);
    if (at < 0 || /["']/.test(f.text[at - 1] ?? '')) return;
    const words = d.text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
    const names: string[] = [];
    let asEquations = true;
    for (const w of words) {
      if (idx.get(w) || names.some((n) => k(n) === k(w))) continue;
      const uses = idx.uses.get(k(w));
      if (!uses?.length) continue;
      names.push(w);
      asEquations &&= uses.some((u) => u.equation?.name.span === u.span);
    }
    if (!names.length) return;
    for (const n of names) swallowed.set(k(n), d);
    const kw =
      { equation: 'Equations', variable: 'Variables', parameter: 'Parameters', set: 'Sets' }[
        d.kind as string
      ] ?? 'Declare';
    report(
      M.Text_of_0_swallows_names_1,
      { file: f, start: at, end: at + d.text.length },
      [d.name, short(d.text, 100), listNames(names), asEquations ? 'equations' : 'symbols'],
      `declare one name per line, or separate the names with commas: '${kw} ${d.name}, ${names.slice(0, 2).join(', ')}${names.length > 2 ? ', …' : ''};'.`,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Sets: empty and unused, elements named like sets, copies of other sets.
  const setDecls = idx.ordered.filter((d) => d.kind === 'set');
  for (const d of setDecls) {
    const uses = idx.uses.get(k(d.name)) ?? [];
    if (!d.hasData && !uses.length && !idx.assigned.has(k(d.name)))
      report(M.Set_0_empty_and_unused, d.span, [d.name]);
    for (const r of d.elements ?? []) {
      if (r.keys.length !== 1) continue;
      const l = r.keys[0];
      const other = idx.get(l.name);
      if (other && (other.kind === 'set' || other.kind === 'alias'))
        report(
          M.Label_0_is_also_set_name,
          l.span,
          [l.name, d.name],
          `set '${other.name}' is declared on line ${lineOf(other.span)}${other.text ? ` ('${short(other.text, 50)}')` : ''}.`,
        );
    }
  }
  const seen: { d: Decl; labels: string }[] = [];
  for (const d of setDecls) {
    if (
      !d.elements ||
      d.elements.length < 2 ||
      d.elements.some((r) => r.keys.length !== 1) ||
      d.domain.length > 1
    )
      continue;
    const labels = d.elements.map((r) => k(r.keys[0].name)).join(' ');
    const prev = seen.find((x) => x.labels === labels);
    if (prev)
      report(
        M.Set_0_copies_set_1,
        d.span,
        [d.name, prev.d.name],
        `both hold ${d.elements.map((r) => r.keys[0].name).join(', ')}.`,
      );
    else seen.push({ d, labels });
  }

  // ---------------------------------------------------------------------------------------------
  // Equations: expansions.
  const eqs: EqInfo[] = [];
  for (const def of idx.equations) {
    try {
      const lhs = expand(def.lhs, idx);
      const rhs = expand(def.rhs, idx);
      const net = combine([...lhs, ...rhs.map((t) => ({ ...t, coef: -t.coef }))]);
      const usedRaw = freeIndices(def.lhs, idx);
      freeIndices(def.rhs, idx, usedRaw);
      if (def.cond) freeIndices(def.cond, idx, usedRaw);
      const usedNet = new Set<string>();
      for (const t of net) for (const i of termIndices(t)) usedNet.add(i);
      if (def.cond) freeIndices(def.cond, idx, usedNet);
      const hasVars = variablesIn(def.lhs, idx).size + variablesIn(def.rhs, idx).size > 0;
      eqs.push({
        def,
        name: def.name.name,
        domain: (def.domain ?? []).map((i) => k(i.name)),
        lhs,
        rhs,
        net,
        usedRaw,
        usedNet,
        hasVars,
      });
    } catch (e) {
      report(M.Internal_import_error_0, def.name.span, [e instanceof Error ? e.message : String(e)]);
    }
  }

  // Occurrences of variables, by role.
  const occ = new Map<string, Occurrence[]>();
  const addOcc = (v: string, o: Occurrence) => {
    let l = occ.get(v);
    if (!l) occ.set(v, (l = []));
    l.push(o);
  };
  /** Equations that hold a variable as one side alone (`x(i) =e= ...`): the variable's definitions. */
  const definitions = new Map<EqInfo, { atom: Atom; side: 'lhs' | 'rhs' }>();
  for (const eq of eqs) {
    for (const side of [eq.lhs, eq.rhs]) {
      for (const t of side) {
        const varAtoms = t.atoms.filter((a) => a.vars.length);
        for (const a of varAtoms) {
          if (!a.varRef) {
            for (const v of a.vars) addOcc(v, { eq, term: t, atom: a, kind: 'inside' });
            continue;
          }
          const v = k(a.varRef.name.name);
          const others = varAtoms.filter((b) => b !== a);
          const kind: OccKind = others.some((b) => b.vars.some((x) => x !== v))
            ? 'product'
            : others.length
              ? 'self'
              : 'linear';
          addOcc(v, { eq, term: t, atom: a, kind });
        }
      }
    }
    const alone = (ts: Term[]) =>
      ts.length === 1 &&
      ts[0].atoms.length === 1 &&
      ts[0].atoms[0].varRef &&
      Math.abs(ts[0].coef) === 1 &&
      !ts[0].bound.length
        ? ts[0].atoms[0]
        : undefined;
    const l = alone(eq.lhs);
    const r = alone(eq.rhs);
    // `x =l= cap` (or `cap =g= x`): the right (left) variable is the cap of the other.
    if (l && r && eq.def.rel !== 'e' && eq.def.rel !== 'n') {
      const cap = eq.def.rel === 'l' ? r : l;
      for (const o of occ.get(k(cap.varRef!.name.name)) ?? []) if (o.atom === cap) o.kind = 'cap';
    }
    if (eq.def.rel === 'e') {
      if (l) definitions.set(eq, { atom: l, side: 'lhs' });
      else if (r) definitions.set(eq, { atom: r, side: 'rhs' });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Parameters: unused, used without data.
  for (const d of idx.ordered) {
    if (d.kind !== 'parameter') continue;
    const uses = (idx.uses.get(k(d.name)) ?? []).filter((u) => !u.asIndex);
    if (!uses.length) {
      if (d.hasData) report(M.Parameter_0_unused, d.span, [d.name]);
      else {
        const limit = (d.text && LIMIT_TEXT.test(d.text)) || /(up|lo|max|min)$/i.test(d.name);
        report(M.Parameter_0_without_data_unused, d.span, [
          d.name,
          limit && d.text
            ? `: the limit it describes ('${short(d.text, 50)}') is enforced by no equation`
            : '',
        ]);
      }
      continue;
    }
    if (d.hasData || idx.assigned.has(k(d.name))) continue;
    const first = uses.find((u) => u.context !== 'assignment-target');
    if (!first) continue;
    const range = input.rangeTables?.get(k(d.name));
    const why = range
      ? ` (the values of its table were lost to the range header on line ${lineOf(range)})`
      : ` (declared on line ${lineOf(d.span)} without data and never assigned)`;
    report(M.Parameter_0_used_without_data, first.span, [d.name, why]);
  }

  // ---------------------------------------------------------------------------------------------
  // Variables: unused, data declared as variables.
  const varDecls = idx.ordered.filter((d) => d.kind === 'variable');
  const varNames = new Set(varDecls.map((d) => k(d.name)));
  for (const d of varDecls) {
    const v = k(d.name);
    const list = occ.get(v) ?? [];
    const evidence = dataEvidence(d);
    const free = d.varType === 'free' && !idx.bounded.has(v);
    if (!list.length) {
      if (objectives.has(v)) continue;
      if (evidence)
        report(
          M.Variable_0_looks_like_data,
          d.span,
          [d.name, `it appears in no equation, and ${evidence}`],
          `declare it as a parameter with data.`,
        );
      else {
        const c =
          d.text && /^\s*constraints?\b/i.test(d.text)
            ? ` (its text, '${short(d.text, 50)}', describes a constraint: constraints are equations)`
            : '';
        report(M.Variable_0_unused, d.span, [d.name, c]);
      }
      continue;
    }
    if (!free) continue;
    const examples = (os: Occurrence[]) => {
      const seenT = new Set<string>();
      const parts: string[] = [];
      for (const o of os) {
        const text = `${printTerm({ ...o.term, coef: 1 }, o.eq.domain)} in ${o.eq.name}`;
        if (seenT.has(text)) continue;
        seenT.add(text);
        parts.push(text);
      }
      return parts.length > 3 ? `${parts.slice(0, 3).join('; ')}; …` : parts.join('; ');
    };
    if (list.every((o) => o.kind === 'product') && evidence) {
      report(
        M.Variable_0_looks_like_data,
        d.span,
        [
          d.name,
          `nothing determines it — it only multiplies other variables (${examples(list)}) — and ${evidence}; as a free variable the solver picks its value, which makes each of these products bilinear`,
        ],
        'declare it as a parameter with data.',
      );
    } else if (list.every((o) => o.kind === 'cap')) {
      const capped = list.map((o) => {
        const other = [...o.eq.lhs, ...o.eq.rhs]
          .flatMap((t) => t.atoms)
          .find((a) => a !== o.atom && a.varRef);
        return other ? `'${other.varRef!.name.name}' in ${o.eq.name}` : o.eq.name;
      });
      report(
        M.Variable_0_looks_like_data,
        d.span,
        [
          d.name,
          `it only appears as the limit of ${[...new Set(capped)].join(', ')}, and it is free, so nothing determines it and the limit never binds${evidence ? `; ${evidence}` : ''}`,
        ],
        'declare it as a parameter with data.',
      );
    }
  }

  /** Why a variable's name or text says it is data, or undefined. */
  function dataEvidence(d: Decl): string | undefined {
    if (d.text)
      for (const [re, what] of DATA_WORDS) {
        const m = re.exec(d.text);
        if (m) return `its text ('${short(d.text, 50)}') describes ${what}`;
      }
    const n = d.name;
    if (/^eta/i.test(n) && n.length > 3) {
      const like = idx.ordered
        .filter((x) => x.kind === 'parameter' && /^eta/i.test(x.name))
        .map((x) => x.name);
      return `its name starts with 'eta', the usual name of an efficiency${like.length ? ` (as the parameters ${listNames(like)})` : ''}`;
    }
    const suf = /(up|lo|max|min|cap|lim)$/i.exec(n);
    if (suf && n.length > suf[0].length + 1) return `its name ends in '${suf[0]}', the usual name of a limit`;
    // A price named c<X> beside a quantity p<X>, as other price/quantity pairs of the same file.
    const m = /^c(.+)$/i.exec(n);
    if (m && varNames.has(k(`p${m[1]}`))) {
      const pair = varDecls.find((x) => {
        const mm = /^c(.+)$/i.exec(x.name);
        return x !== d && mm && varNames.has(k(`p${mm[1]}`)) && x.text && /\bprices?\b/i.test(x.text);
      });
      if (pair) {
        const q = varDecls.find((x) => k(x.name) === k(`p${m[1]}`))!;
        const pq = varDecls.find((x) => k(x.name) === k(`p${/^c(.+)$/i.exec(pair.name)![1]}`))!;
        return `its name follows the price/quantity naming of this file: '${d.name}' beside the quantity '${q.name}', as the price '${pair.name}' ('${short(pair.text ?? '', 40)}') beside '${pq.name}'`;
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Free variables that only the objective's definition holds: the model is unbounded.
  for (const solve of idx.solves) {
    // A CNS solve has no objective.
    const objective = solve.objective;
    if (!objective) continue;
    const z = k(objective.name);
    for (const d of varDecls) {
      const v = k(d.name);
      if (v === z || objectives.has(v) || dataEvidence(d)) continue;
      if ((d.varType ?? 'free') !== 'free' || idx.bounded.has(v)) continue;
      const list = occ.get(v) ?? [];
      if (!list.length || list.some((o) => o.eq !== list[0].eq)) continue;
      const eq = list[0].eq;
      const def = definitions.get(eq);
      if (!def?.atom.varRef || k(def.atom.varRef.name.name) !== z) continue;
      // The objective must be this expression and nothing else: z in no other equation.
      if ((occ.get(z) ?? []).some((o) => o.eq !== eq)) continue;
      const zCoef = (def.side === 'lhs' ? eq.lhs : eq.rhs)[0].coef;
      const side = def.side === 'lhs' ? eq.rhs : eq.lhs;
      // Every occurrence linear, or times variables that are data declared as variables.
      const factors: string[] = [];
      let sign = 0;
      let ok = true;
      for (const o of list) {
        if (!side.includes(o.term) || (o.kind !== 'linear' && o.kind !== 'product')) ok = false;
        for (const a of o.term.atoms) {
          if (a === o.atom || !a.vars.length) continue;
          const fd = a.varRef ? idx.get(a.varRef.name.name) : undefined;
          if (!fd || !dataEvidence(fd)) ok = false;
          else factors.push(printRef(a.varRef!));
        }
        const sg = Math.sign(o.term.coef * zCoef);
        if (sign && sg !== sign) ok = false;
        sign = sg;
      }
      if (!ok || !sign) continue;
      // Minimizing wants the term to fall: v grows where the coefficient is negative.
      const up = sign < 0 === (solve.sense === 'min');
      const factor = [...new Set(factors)].join('*');
      report(
        M.Variable_0_only_in_objective_unbounded,
        list[0].atom.varRef!.span,
        [
          d.name,
          printTerm(list[0].term, eq.domain),
          eq.name,
          solve.sense === 'min' ? 'minimizing' : 'maximizing',
          objective.name,
          up ? '+inf' : '-inf',
          factor ? ` wherever ${factor} > 0 (and to ${up ? '-inf' : '+inf'} wherever it is negative)` : '',
        ],
        `bound it (${d.name}.lo, ${d.name}.up) or enter it in the balance it belongs to.`,
      );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Equations: one check after the other.
  const printRow = (eq: EqInfo) => `${printExpr(eq.def.lhs)} ${REL[eq.def.rel]} ${printExpr(eq.def.rhs)}`;
  const duplicateOf = new Map<EqInfo, EqInfo>();
  const signatures = new Map<string, EqInfo>();
  for (const eq of eqs) {
    const body = eq.net
      .map((t) => `${t.coef}:${termKey(t)}`)
      .sort()
      .join(' ');
    const neg = eq.net
      .map((t) => `${-t.coef}:${termKey(t)}`)
      .sort()
      .join(' ');
    const head = `${eq.domain.join(',')}|${eq.def.cond ? printExpr(eq.def.cond).toLowerCase() : ''}`;
    const sig = `${head}|${eq.def.rel}|${body}`;
    const alt = eq.def.rel === 'e' ? `${head}|e|${neg}` : `${head}|${FLIP[eq.def.rel]}|${neg}`;
    const first = signatures.get(sig) ?? signatures.get(alt);
    if (first) {
      duplicateOf.set(eq, first);
      report(M.Equation_0_repeats_1, eq.def.name.span, [eq.name, first.name, lineOf(first.def.name.span)]);
    } else signatures.set(sig, eq);
  }

  for (const eq of eqs) {
    try {
      checkEquation(eq);
    } catch (e) {
      report(M.Internal_import_error_0, eq.def.name.span, [
        e instanceof Error ? (e.stack ?? e.message) : String(e),
      ]);
    }
  }

  const definedBy = new Map<string, EqInfo>();
  for (const eq of eqs) {
    const d = definitions.get(eq);
    // A `$` condition may give the two definitions disjoint rows.
    if (!d || duplicateOf.has(eq) || eq.def.cond) continue;
    const ref = d.atom.varRef!;
    const plain = (ref.indices ?? []).every(
      (i) => i.kind === 'IndexName' && !i.lag && eq.domain.includes(k(i.name.name)),
    );
    if (!plain) continue;
    const key = printRef(ref).toLowerCase();
    const first = definedBy.get(key);
    if (first && !first.def.cond)
      report(
        M.Variable_0_defined_twice,
        ref.span,
        [printRef(ref), first.name, lineOf(first.def.name.span)],
        `${first.name}: ${short(printRow(first), 90)}`,
      );
    else definedBy.set(key, eq);
  }

  function checkEquation(eq: EqInfo): void {
    const def = eq.def;
    // Domain indices that appear nowhere in the body.
    for (const d of def.domain ?? []) {
      if (!eq.usedRaw.has(k(d.name)))
        report(
          M.Domain_index_0_unused_in_1,
          d.span,
          [d.name, eq.name, cardText([d.name])],
          `drop '${d.name}' from the domain of '${eq.name}'.`,
        );
    }
    if (!eq.hasVars) {
      report(
        M.Equation_0_without_variables,
        def.name.span,
        [eq.name, short(printRow(eq), 60), evaluate(eq)],
        'a check of the data belongs in an abort$ statement; a constraint must hold a variable.',
      );
      return;
    }
    if (duplicateOf.has(eq)) return;

    // Cancellation: raw terms that vanish from lhs − rhs.
    const rawKeys = new Map<string, Term>();
    for (const t of [...eq.rhs, ...eq.lhs]) rawKeys.set(termKey(t), t);
    const netKeys = new Set(eq.net.map(termKey));
    const cancelled = [...rawKeys.entries()].filter(([key, t]) => !netKeys.has(key) && termVars(t).length);
    if (cancelled.length) {
      const what = listNames(
        cancelled.map(([, t]) => printTerm({ ...t, coef: 1 }, eq.domain)),
        false,
      );
      const rhsTerm = eq.rhs.find((t) => cancelled.some(([key]) => key === termKey(t)));
      const at = rhsTerm?.atoms[0]?.expr.span ?? def.name.span;
      const varTerms = eq.net.filter((t) => termVars(t).length);
      if (!varTerms.length) {
        const c = eq.net.reduce((s, t) => s + t.coef, 0);
        const holds = def.rel === 'e' ? c === 0 : def.rel === 'l' ? c <= 0 : def.rel === 'g' ? c >= 0 : true;
        if (holds)
          report(M.Equation_0_always_holds, at, [
            eq.name,
            what,
            `${printTerms(eq.net, eq.domain)} ${REL[def.rel]} 0`,
          ]);
        else
          report(M.Equation_0_cancels_to_1, at, [
            eq.name,
            what,
            `${printTerms(eq.net, eq.domain)} ${REL[def.rel]} 0`,
            ', which never holds',
          ]);
      } else {
        const row = reducedRow(eq);
        const lost = eq.domain.filter((d) => eq.usedRaw.has(d) && !eq.usedNet.has(d));
        const rest = eq.domain.filter((d) => !lost.includes(d));
        const extra = lost.length
          ? `, and ${lost.join(', ')} no longer ${lost.length === 1 ? 'appears' : 'appear'}, so the ${cardText(lost)} rows${rest.length ? ` for each ${tuple(rest)}` : ''} are identical`
          : '';
        let hint: string | undefined;
        if (
          varTerms.length === 1 &&
          varTerms[0].atoms.length === 1 &&
          varTerms[0].atoms[0].varRef &&
          eq.net.length === 1 &&
          def.rel === 'e'
        ) {
          const v = varTerms[0].atoms[0].varRef;
          const other = [...definitions.entries()].find(
            ([e2, d2]) => e2 !== eq && d2.atom.key === varTerms[0].atoms[0].key,
          );
          const defText = other
            ? ` With ${other[0].name} (${short(printRow(other[0]), 80)}) this forces ${short(printExpr(other[1].side === 'lhs' ? other[0].def.rhs : other[0].def.lhs), 60)} = 0.`
            : '';
          hint = `it fixes ${printRef(v)} at 0.${defText} To take a loss off a flow, give the net flow its own variable.`;
        }
        report(M.Equation_0_cancels_to_1, at, [eq.name, what, row, extra], hint);
      }
    }

    // A single variable on one side that lacks indices the other side varies over.
    const sides: [Term[], Term[], A.Expr][] = [
      [eq.lhs, eq.rhs, def.rhs],
      [eq.rhs, eq.lhs, def.lhs],
    ];
    if (def.rel === 'e') {
      for (const [one, , otherExpr] of sides) {
        if (one.length !== 1 || one[0].atoms.length !== 1 || !one[0].atoms[0].varRef || one[0].bound.length)
          continue;
        const a = one[0].atoms[0];
        const otherIdx = freeIndices(otherExpr, idx);
        // A `$` condition over the missing index may leave one row per value of the others.
        const condIdx = def.cond ? freeIndices(def.cond, idx) : new Set<string>();
        const missing = eq.domain.filter((d) => !a.indices.has(d) && otherIdx.has(d) && !condIdx.has(d));
        if (!missing.length) continue;
        const rest = eq.domain.filter((d) => !missing.includes(d));
        const ref = a.varRef!;
        const decl = idx.get(ref.name.name);
        const notes: string[] = [];
        if (decl && decl.name !== ref.name.name)
          notes.push(
            `'${ref.name.name}' is the variable declared as '${decl.name}' on line ${lineOf(decl.span)} (names are case-insensitive)`,
          );
        if (objectives.has(k(ref.name.name)))
          notes.push(
            `it is the objective of the solve on line ${lineOf(idx.solves.find((s) => s.objective && k(s.objective.name) === k(ref.name.name))!.span)}: sum over ${missing.join(', ')} instead (${ref.name.name} =e= sum(${tuple(missing)}, ...))`,
          );
        else
          notes.push(
            `sum over ${missing.join(', ')} on the other side, or add ${missing.join(', ')} to the domain of '${ref.name.name}'`,
          );
        // Terms of the other side that do not depend on the missing indices would be counted
        // card times once the side is summed over them.
        const constantTerms = topTerms(otherExpr).filter(
          (t) => variablesIn(t, idx).size && !missing.some((d) => freeIndices(t, idx).has(d)),
        );
        if (constantTerms.length) {
          const list = constantTerms.map((t) => short(printExpr(t), 70)).join(' and ');
          notes.push(
            `mind that ${list} ${constantTerms.length > 1 ? 'do' : 'does'} not depend on ${missing.join(', ')}: in a sum over ${missing.join(', ')} ${constantTerms.length > 1 ? 'they' : 'it'} would count ${cardText(missing)} times`,
          );
        }
        report(
          M.Unindexed_0_defined_over_1,
          ref.span,
          [
            printRef(ref),
            missing.join(', '),
            eq.name,
            cardText(missing),
            rest.length ? ` for each ${tuple(rest)}` : '',
          ],
          `${notes.join('; ')}.`,
        );
        break;
      }
    }

    // x(t) =e= x(t-1): a chain that starts from an absent (zero) value.
    if (def.rel === 'e' && eq.net.length === 2) {
      const [a, b] = eq.net;
      const ra = a.atoms.length === 1 ? a.atoms[0].varRef : undefined;
      const rb = b.atoms.length === 1 ? b.atoms[0].varRef : undefined;
      if (
        ra &&
        rb &&
        a.coef === -b.coef &&
        k(ra.name.name) === k(rb.name.name) &&
        !a.bound.length &&
        !b.bound.length
      ) {
        const ia = ra.indices ?? [];
        const ib = rb.indices ?? [];
        if (ia.length === ib.length) {
          let lagged: A.SymbolRef | undefined;
          let plain: A.SymbolRef | undefined;
          let lagIdx: A.IndexName | undefined;
          let ok = true;
          for (let p = 0; p < ia.length && ok; p++) {
            const x = ia[p];
            const y = ib[p];
            if (x.kind !== 'IndexName' || y.kind !== 'IndexName' || k(x.name.name) !== k(y.name.name)) {
              ok = x.kind === 'IndexLabel' && y.kind === 'IndexLabel' && k(x.label.name) === k(y.label.name);
              continue;
            }
            if (!x.lag && !y.lag) continue;
            if (lagIdx || (x.lag && y.lag)) ok = false;
            else {
              lagIdx = (x.lag ? x : y) as A.IndexName;
              lagged = x.lag ? ra : rb;
              plain = x.lag ? rb : ra;
            }
          }
          if (
            ok &&
            lagIdx &&
            lagged &&
            plain &&
            (lagIdx.lag!.op === '-' || lagIdx.lag!.op === '+') &&
            eq.domain.includes(k(lagIdx.name.name))
          ) {
            report(M.Lag_chain_0, lagged.span, [
              eq.name,
              printRef(plain),
              printRef(lagged),
              lagIdx.lag!.op === '-' ? 'first' : 'last',
              lagIdx.name.name,
            ]);
          }
        }
      }
    }

    // Sums: terms that do not depend on the summed index, and factors that do not.
    walkSums(def.lhs, eq);
    walkSums(def.rhs, eq);
    walkCalls(def.lhs, eq);
    walkCalls(def.rhs, eq);
    walkPowers(def.lhs);
    walkPowers(def.rhs);
    swappedSum(eq);

    // Free variables that only this equation holds (linearly): the equation constrains nothing.
    const absorbing: string[] = [];
    const repeats = new Set<string>();
    const vars = new Set<string>();
    for (const t of [...eq.lhs, ...eq.rhs]) for (const v of termVars(t)) vars.add(v);
    for (const v of vars) {
      const d = idx.get(v);
      if (!d || d.kind !== 'variable' || d.varType !== 'free' || idx.bounded.has(v) || objectives.has(v))
        continue;
      const list = occ.get(v) ?? [];
      const mine = list.filter((o) => o.eq === eq);
      const elsewhere = list.filter((o) => o.eq !== eq);
      if (!mine.length || elsewhere.some((o) => duplicateOf.get(o.eq) !== eq)) continue;
      const own = mine.every(
        (o) =>
          (o.kind === 'linear' || o.kind === 'cap') &&
          !o.term.bound.some((b) => o.atom.indices.has(b)) &&
          eq.domain.every((dd) => o.atom.indices.has(dd)),
      );
      if (!own) continue;
      absorbing.push(d.name);
      for (const o of elsewhere) repeats.add(o.eq.name);
    }
    // One free variable alone in an equality is defined by it (a reporting variable); two or more
    // leave their split open, and an inequality with one can always be met.
    if (absorbing.length >= (def.rel === 'e' ? 2 : 1) && def.rel !== 'n') {
      const names = listNames(absorbing);
      const rep = repeats.size
        ? ` but its repeat${repeats.size > 1 ? 's' : ''} ${listNames([...repeats])}`
        : '';
      report(
        M.Equation_0_constrains_nothing,
        def.name.span,
        [
          eq.name,
          `${names} ${absorbing.length > 1 ? 'are' : 'is'} free and ${absorbing.length > 1 ? 'appear' : 'appears'} linearly in no other equation${rep}`,
        ],
        `make ${absorbing.length > 1 ? 'one of them' : 'it'} data (a parameter), or bound it.`,
      );
    }

    // One variable against a constant: a bound.
    const constSide = (ts: Term[]) => ts.every((t) => !termVars(t).length);
    for (const [one, other, otherExpr] of sides) {
      if (
        one.length !== 1 ||
        one[0].atoms.length !== 1 ||
        !one[0].atoms[0].varRef ||
        one[0].bound.length ||
        one[0].coef !== 1 ||
        !constSide(other)
      )
        continue;
      if (def.rel === 'n') break;
      const ref = one[0].atoms[0].varRef!;
      const onLeft = one === eq.lhs;
      const attr = def.rel === 'e' ? 'fx' : (def.rel === 'l') === onLeft ? 'up' : 'lo';
      const target = `${ref.name.name}.${attr}${ref.indices ? `(${ref.indices.map((i) => (i.kind === 'IndexName' ? printExprIndex(i) : `'${i.label.name}'`)).join(',')})` : ''}`;
      const value = printExpr(otherExpr);
      const extra = attr === 'lo' && value === '0' ? ` (or 'Positive Variable ${ref.name.name};')` : '';
      report(M.Bound_row_0, def.name.span, [eq.name, `'${target} = ${value};'${extra}`]);
      break;
    }
  }

  function printExprIndex(i: A.IndexName): string {
    return i.lag ? `${i.name.name}${i.lag.op}${printExpr(i.lag.amount, 9)}` : i.name.name;
  }

  /** The reduced row of an equation: variable terms on the left, the constant on the right. */
  function reducedRow(eq: EqInfo): string {
    const varTerms = eq.net.filter((t) => termVars(t).length);
    const consts = eq.net.filter((t) => !termVars(t).length);
    let rel = eq.def.rel;
    let vt = varTerms;
    let ct = consts.map((t) => ({ ...t, coef: -t.coef }));
    if (vt.every((t) => t.coef < 0)) {
      vt = vt.map((t) => ({ ...t, coef: -t.coef }));
      ct = ct.map((t) => ({ ...t, coef: -t.coef }));
      rel = FLIP[rel] as typeof rel;
    }
    return `${printTerms(vt, eq.domain)} ${REL[rel]} ${printTerms(ct, eq.domain)}`;
  }

  function walkSums(e: A.Expr, eq: EqInfo): void {
    visit(e, (node) => {
      if (node.kind !== 'Indexed' || node.op !== 'sum') return;
      const bnames = node.binding.indices.map((i) => k(i.name));
      const terms = combine(expand(node.body, idx));
      const reportedFactor = new Set<string>();
      for (const x of bnames) {
        const xi = node.binding.indices.find((i) => k(i.name) === x)!;
        for (const t of terms) {
          const used = termIndices(t);
          if (node.binding.cond) freeIndices(node.binding.cond, idx, used);
          if (!termVars(t).length) continue;
          if (!used.has(x)) {
            let extra = '';
            // The whole row reduced to c*v rel const: say what it fixes.
            const vt = eq.net.filter((tt) => termVars(tt).length);
            const ct = eq.net.filter((tt) => !termVars(tt).length);
            const coef = effectiveCoef(vt[0]);
            if (
              vt.length === 1 &&
              vt[0].atoms.length === 1 &&
              vt[0].atoms[0].varRef &&
              ct.every((c) => !c.atoms.length && !c.bound.length) &&
              coef !== undefined
            ) {
              const c = -ct.reduce((s, tt) => s + tt.coef, 0);
              const row = `${coef === 1 ? '' : `${coef}*`}${printRef(vt[0].atoms[0].varRef!)} ${REL[eq.def.rel]} ${c}`;
              extra = `; the row reads ${row}`;
              if (eq.def.rel === 'e' && coef !== 0)
                extra += `, which fixes ${printRef(vt[0].atoms[0].varRef!)} at ${+(c / coef).toPrecision(12)}`;
            }
            report(M.Sum_term_does_not_depend_on_0, node.span, [
              xi.name,
              printTerm({ ...t, coef: Math.abs(t.coef) }, eq.domain.concat(bnames)),
              cardText([xi.name]),
              extra,
            ]);
            continue;
          }
          // A variable factor without x next to factors with x: weighted by their sum over x.
          const withX = t.atoms.filter((a) => a.indices.has(x));
          for (const a of t.atoms) {
            // Only a variable that runs over some of the sum's indices but not over x: a scalar
            // factor inside a sum (`sum(i, w*x(i))`) is the usual way to write w*sum(i, x(i)).
            if (!a.varRef || a.indices.has(x) || !withX.length || !bnames.some((b) => a.indices.has(b)))
              continue;
            const key = `${a.key}|${x}`;
            if (reportedFactor.has(key)) continue;
            reportedFactor.add(key);
            const others = withX.map((b) => printExpr(b.expr, 5)).join('*');
            report(M.Factor_0_does_not_depend_on_1, a.varRef.span, [printRef(a.varRef), xi.name, others]);
          }
        }
      }
    });
  }

  /** A term's coefficient with the sums over indices its factors do not use multiplied out. */
  function effectiveCoef(t: Term | undefined): number | undefined {
    if (!t) return undefined;
    const used = termIndices(t);
    let c = t.coef;
    for (const b of t.bound) {
      if (used.has(b)) return undefined;
      const n = card(b);
      if (n === undefined) return undefined;
      c *= n;
    }
    return c;
  }

  function walkCalls(e: A.Expr, eq: EqInfo): void {
    void eq;
    visit(e, (node) => {
      if (node.kind !== 'Call') return;
      const fn = node.fn.name.toLowerCase();
      const where = JUMPS[fn];
      if (!where) return;
      const vars = node.args.flatMap((a) => refsOfVariables(a));
      if (!vars.length) return;
      const hint =
        fn === 'sign'
          ? 'if it models an on/off decision, use a binary variable and solve as MINLP.'
          : 'replace it by an integer variable (MIP/MINLP).';
      report(M.Discontinuous_0_of_variable, node.span, [fn, where, printRef(vars[0])], hint);
    });
  }

  function refsOfVariables(e: A.Expr): A.SymbolRef[] {
    const out: A.SymbolRef[] = [];
    visit(e, (n) => {
      if (n.kind === 'Ref' && !n.attr && idx.kindOf(n.name.name) === 'variable') out.push(n);
    });
    return out;
  }

  /**
   * `base**y` with a base that can be negative: a difference, a negation, or a free variable.
   * GAMS evaluates x**y as exp(y*log(x)) and stops at x < 0 (even for y = 2); sqr() or power()
   * with an integer exponent are defined everywhere.
   */
  function walkPowers(e: A.Expr): void {
    visit(e, (node) => {
      if (node.kind !== 'Binary' || node.op !== '**') return;
      const why = negativeBase(node.left);
      if (!why) return;
      const base = printExpr(node.left);
      const y = node.right.kind === 'Number' ? node.right.value : undefined;
      const fix =
        y === 2
          ? `sqr(${base})`
          : y !== undefined && Number.isInteger(y)
            ? `power(${base}, ${y})`
            : `max(${base}, 0)**${printExpr(node.right, 9)} if only positive bases are meant`;
      report(M.Power_of_possibly_negative_base_0, node.span, [printExpr(node), why], `write ${fix}.`);
    });
  }

  /** Why an expression holding a variable can be negative, or undefined when that is not evident. */
  function negativeBase(e: A.Expr): string | undefined {
    if (!refsOfVariables(e).length) return undefined;
    if (e.kind === 'Binary' && e.op === '-')
      return `a difference: negative wherever ${printExpr(e.right, 5)} exceeds ${printExpr(e.left, 5)}`;
    if (e.kind === 'Unary' && e.op === '-') return 'a negated term';
    if (e.kind === 'Ref') {
      const d = idx.get(e.name.name);
      if (d?.kind === 'variable' && (d.varType ?? 'free') === 'free' && !idx.bounded.has(k(d.name)))
        return `${printRef(e)} is a free variable`;
      if (d?.kind === 'variable' && d.varType === 'negative') return `${printRef(e)} is a negative variable`;
    }
    return undefined;
  }

  /**
   * `a(n,...) =e= sum(m, b(n,m,...))` where a is an export and b an import (or the other way
   * round) and the declared text of b names the role of each index ("for EH n from EH m"): with
   * the equation's index in b's receiving position, the sum is what n receives, not what it sends.
   */
  function swappedSum(eq: EqInfo): void {
    const def = eq.def;
    if (def.rel !== 'e') return;
    for (const [one, other] of [
      [def.lhs, def.rhs],
      [def.rhs, def.lhs],
    ] as const) {
      if (one.kind !== 'Ref' || other.kind !== 'Indexed' || other.op !== 'sum' || other.body.kind !== 'Ref')
        continue;
      const a = idx.get(one.name.name);
      const bRef = other.body;
      if (!(bRef.indices ?? []).every((i) => i.kind === 'IndexName')) continue;
      const b = idx.get(bRef.name.name);
      if (!a?.text || !b?.text || a.kind !== 'variable' || b.kind !== 'variable') continue;
      const dirA = direction(a.text);
      const dirB = direction(b.text);
      if (!dirA || !dirB || dirA === dirB) continue;
      // b's text: "<Imported> ... for|to|of EH <x> from EH <y>" names its receiver x and sender y.
      const roles = /\b(?:for|to|into|of|by)\s+(?:\w+\s+)?(\w+)\b.*?\bfrom\s+(?:\w+\s+)?(\w+)\b/i.exec(
        b.text,
      );
      if (!roles) continue;
      const [receiver, sender] = [k(roles[1]), k(roles[2])];
      const domB = b.domain.map(k);
      const rPos = domB.indexOf(receiver);
      const sPos = domB.indexOf(sender);
      if (rPos < 0 || sPos < 0) continue;
      const args = (bRef.indices ?? []).map((i) => (i.kind === 'IndexName' ? k(i.name.name) : ''));
      const summed = other.binding.indices.map((i) => k(i.name));
      const aArgs = (one.indices ?? []).map((i) => (i.kind === 'IndexName' ? k(i.name.name) : ''));
      // The summed index must fill one role and a's own index the other.
      const ownPos = dirB === 'import' ? rPos : sPos;
      const sumPos = dirB === 'import' ? sPos : rPos;
      if (!summed.includes(args[sumPos]) || !aArgs.includes(args[ownPos]) || summed.includes(args[ownPos]))
        continue;
      const who = (bRef.indices![ownPos] as A.IndexName).name.name;
      const swapped = bRef.indices!.map((i) => (i as A.IndexName).name.name);
      [swapped[rPos], swapped[sPos]] = [swapped[sPos], swapped[rPos]];
      const fixed = `sum(${other.binding.indices.map((i) => i.name).join(',')}, ${bRef.name.name}(${swapped.join(',')}))`;
      report(
        M.Indices_of_0_swapped_in_1,
        other.span,
        [
          eq.name,
          printRef(one),
          `'${short(a.text, 45)}'`,
          printExpr(other),
          `'${b.name}'`,
          `${b.name}(${b.domain.join(',')})`,
          `'${short(b.text, 60)}'`,
          who,
          ownPos === rPos ? 'receiving' : 'sending',
          dirB === 'import' ? 'imports' : 'exports',
          dirA === 'export' ? 'exports' : 'imports',
          b.name,
        ],
        `write ${fixed}.`,
      );
    }
  }

  /** What a data-only equation does on the data: evaluated row by row with the checker's closures. */
  function evaluate(eq: EqInfo): string {
    const params = new Set<string>();
    visit(eq.def.lhs, (n) => void (n.kind === 'Ref' && params.add(k(n.name.name))));
    visit(eq.def.rhs, (n) => void (n.kind === 'Ref' && params.add(k(n.name.name))));
    if ([...params].some((p) => idx.assigned.has(p)))
      return 'and its value depends on data assigned at run time';
    const ce = input.repaired
      ? [...input.repaired.equations.values()].find((c) => c.def === eq.def)
      : undefined;
    if (!ce) return 'and it cannot be evaluated here';
    const env = new Int32Array(MAX_SLOTS);
    let rows = 0;
    let fails = 0;
    let first = '';
    const u = input.repaired!.table.universe;
    const ev = new Evaluator(ce.table, ce.facts);
    try {
      const lhs = ev.num(ce.lhs);
      const rhs = ev.num(ce.rhs);
      equationIterator(ce)(env, () => {
        rows++;
        const l = lhs(env);
        const r = rhs(env);
        const ok =
          eq.def.rel === 'e'
            ? Math.abs(l - r) <= 1e-12
            : eq.def.rel === 'l'
              ? l <= r + 1e-12
              : eq.def.rel === 'g'
                ? l >= r - 1e-12
                : true;
        if (!ok) {
          if (!fails)
            first = `${eq.name}(${ce.slots.map((s) => u.name(env[s])).join(',')}): ${l} ${REL[eq.def.rel]} ${r}`;
          fails++;
        }
      });
    } catch {
      return 'and it cannot be evaluated here';
    }
    if (!rows) return 'and its domain is empty';
    if (!fails)
      return `and it holds in ${rows === 1 ? 'its only row' : `all ${rows} rows`}, so it generates no row`;
    return `and it fails in ${fails} of ${rows} rows (first: ${first}), which stops the solve`;
  }

  return { diagnostics: out, swallowed };
}

/** Whether a declaration's text describes an import or an export. */
function direction(text: string): 'import' | 'export' | undefined {
  const imp = /\bimport(s|ed|ing)?\b/i.test(text);
  const exp = /\bexport(s|ed|ing)?\b/i.test(text);
  return imp === exp ? undefined : imp ? 'import' : 'export';
}

/** Top-level additive terms of an expression, without their signs. */
function topTerms(e: A.Expr): A.Expr[] {
  if (e.kind === 'Binary' && (e.op === '+' || e.op === '-'))
    return [...topTerms(e.left), ...topTerms(e.right)];
  if (e.kind === 'Unary' && (e.op === '-' || e.op === '+')) return topTerms(e.operand);
  return [e];
}

/** Where each discontinuous function jumps. */
const JUMPS: Record<string, string> = {
  sign: '0',
  floor: 'every integer',
  ceil: 'every integer',
  trunc: 'every integer',
  frac: 'every integer',
  round: 'every half-integer',
  mod: 'every multiple of its divisor',
};
