// `emd import`: reads a GAMS file, reports every construct EMD cannot carry and every defect of the
// source at its line and column, and writes the program back as EMD text. Reuses the parser and the
// checker, then runs the porting analysis (analyze.ts) and the printer (emit.ts). Never throws on
// user input. Imports syntax/, check/, diagnostics/, text/, grammar/preprocess.ts and this folder.
import type * as A from '../syntax/ast.ts';
import { lineAndColumn, type SourceFile, type Span } from '../text/source-file.ts';
import { diag, hasErrors, sortAndDeduplicate, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { importMessages as M } from '../diagnostics/messages/import.ts';
import { syntaxMessages } from '../diagnostics/messages/syntax.ts';
import { checkMessages } from '../diagnostics/messages/check.ts';
import { parseSource, type ParseHost } from '../syntax/parse.ts';
import { checkProgram, type CheckedProgram } from '../check/checker.ts';
import { initialDollarState, preprocess, type Preprocessed } from '../../grammar/preprocess.ts';
import { SymbolTable } from '../bind/symbols.ts';
import { indexProgram, type ProgramIndex } from './program-index.ts';
import { analyzeProgram } from './analyze.ts';
import { emitEmd } from './emit.ts';
import { formatDataValue, printExpr } from './print.ts';
import { DEFAULT_PRINT_WIDTH } from '../prettier/format.ts';
import { callsToRefs, renameSymbols } from './transform.ts';
import { FUNCTION_NAMES } from '../../grammar/parser.ts';
import { visit } from '../syntax/walk.ts';
import { pushAll } from '../text/arrays.ts';

export interface ImportOptions {
  /** Note each error and warning as a comment above its statement in the .emd text (default true). */
  readonly annotate?: boolean;
  /** Line width of the text, as the formatter's printWidth (default 80, the formatter's). */
  readonly printWidth?: number;
}

export interface ImportResult {
  /** The program as EMD source. */
  readonly emd: string;
  /** Every diagnostic, sorted by position: syntax (E1), checking (E2) and porting (E6/W6). */
  readonly diagnostics: Diagnostic[];
  /** True when no diagnostic is an error. */
  readonly ok: boolean;
  readonly files: SourceFile[];
}

const k = (s: string) => s.toLowerCase();

/**
 * Import `file` (GAMS source; `$include`d files are read through `host` and inlined). Returns the
 * EMD text and the diagnostics. Errors mean the source does not compile as written; the text is
 * still produced, with what could not be carried kept as comments.
 */
export function importGams(file: SourceFile, host?: ParseHost, opts: ImportOptions = {}): ImportResult {
  const parsed = parseSource(file, host);
  const diagnostics: Diagnostic[] = [];
  const internal = (phase: string, e: unknown) =>
    diagnostics.push(
      diag(M.Internal_import_error_0, { file, start: 0, end: 0 }, [
        `${phase}: ${e instanceof Error ? e.message : String(e)}`,
      ]),
    );

  let pre: Preprocessed | undefined;
  try {
    pre = preprocess(file, initialDollarState(), {});
  } catch (e) {
    internal('preprocess', e);
  }
  // Declared symbols named like built-in functions: `beta(n,i)` parses as a call; read it as the
  // reference GAMS sees, and rename the symbol in the output so EMD reads it back the same way.
  const fnNamed = new Set<string>();
  const declaredKinds = new Map<string, { kind: string; span: Span; name: string }>();
  for (const s of parsed.program.statements) {
    const items =
      s.kind === 'SetDecl' ||
      s.kind === 'ParameterDecl' ||
      s.kind === 'VariableDecl' ||
      s.kind === 'EquationDecl'
        ? s.items
        : s.kind === 'TableDecl'
          ? [s.item]
          : [];
    const kind =
      s.kind === 'SetDecl'
        ? 'Set'
        : s.kind === 'VariableDecl'
          ? 'Variable'
          : s.kind === 'EquationDecl'
            ? 'Equation'
            : 'Parameter';
    for (const it of items) {
      const key = k(it.name.name);
      if (!declaredKinds.has(key)) declaredKinds.set(key, { kind, span: it.name.span, name: it.name.name });
      if (FUNCTION_NAMES.has(key)) fnNamed.add(key);
    }
  }
  let program = parsed.program;
  const rename = new Map<string, string>();
  if (fnNamed.size) {
    try {
      const r = callsToRefs(program, fnNamed);
      program = r.program;
      for (const n of r.names) {
        let alt = `${declaredKinds.get(n)!.name}_`;
        while (declaredKinds.has(k(alt)) || FUNCTION_NAMES.has(k(alt))) alt += '_';
        rename.set(n, alt);
        const d = declaredKinds.get(n)!;
        const call = firstCall(parsed.program, n);
        diagnostics.push(
          diag(M.Symbol_0_named_like_function, d.span, [d.kind, d.name, call ?? `${d.name}(...)`, alt]),
        );
      }
    } catch (e) {
      internal('rename', e);
    }
  }
  let checked: CheckedProgram | undefined;
  try {
    checked = checkProgram(program);
  } catch (e) {
    internal('check', e);
  }
  let idx: ProgramIndex | undefined;
  try {
    idx = indexProgram(program);
  } catch (e) {
    internal('index', e);
  }

  // A range as a table column header: the parser's E1052 becomes E6001 with what was lost.
  const rangeTables = new Map<string, Span>();
  const lostTables = new Set<number>();
  const syntax: Diagnostic[] = [];
  for (const d of parsed.diagnostics) {
    if (d.code !== syntaxMessages.Table_range_header_0.code || !d.span) {
      syntax.push(d);
      continue;
    }
    const t = tableAt(program, d.span);
    if (!t) {
      syntax.push(d);
      continue;
    }
    rangeTables.set(k(t.item.name.name), d.span);
    lostTables.add(t.span.start);
    const { values, hint } = lostValues(t, d.span, pre, checked);
    syntax.push(
      diag(
        M.Range_0_as_table_column_header,
        d.span,
        [d.span.file.text.slice(d.span.start, d.span.end), values, t.item.name.name],
        hint,
      ),
    );
  }
  pushAll(diagnostics, syntax);

  // The checker again on the program with its undeclared equations declared: the bodies it skipped.
  let repaired: CheckedProgram | undefined;
  let repairedDefs = new Set<A.EquationDef>();
  if (idx) {
    try {
      const r = repairProgram(program, idx);
      repairedDefs = r.defs;
      if (r.defs.size) repaired = checkProgram(r.program);
      else repaired = checked;
    } catch (e) {
      internal('repair', e);
    }
  }

  let analysis: ReturnType<typeof analyzeProgram> | undefined;
  if (idx) {
    try {
      analysis = analyzeProgram({
        file,
        program,
        index: idx,
        table: checked?.table ?? new SymbolTable(),
        repaired,
        rangeTables,
      });
    } catch (e) {
      internal('analysis', e);
    }
  }
  const mine = analysis?.diagnostics ?? [];
  // Symbols the analysis already reports on: the checker's generic warnings about them go.
  const covered = new Set<number>();
  for (const d of mine) if (d.span) covered.add(d.span.start);
  const coveredNames = new Set<string>();
  for (const d of mine) {
    const m = /^(?:Parameter|Variable|Set|Equation) '([^']+)'|^'([^'(]+)'/.exec(d.message);
    if (m) coveredNames.add(k(m[1] ?? m[2]));
  }
  const generic = new Set<string>([
    checkMessages.Symbol_0_is_never_used.code,
    checkMessages.Parameter_0_used_without_data.code,
    checkMessages.Equation_0_has_no_variables.code,
  ]);
  const renamedCall = (d: Diagnostic) =>
    d.code === checkMessages.Unknown_function_0.code &&
    !!d.span &&
    rename.has(k(d.span.file.text.slice(d.span.start, d.span.end)));
  for (const d of checked?.diagnostics ?? []) {
    if (renamedCall(d)) continue;
    if (
      generic.has(d.code) &&
      d.span &&
      (covered.has(d.span.start) || coveredNames.has(k(d.span.file.text.slice(d.span.start, d.span.end))))
    )
      continue;
    diagnostics.push(enrich(d, analysis?.swallowed, idx));
  }
  // Errors inside the bodies of equations the first run could not check.
  if (repaired && repaired !== checked) {
    for (const d of repaired.diagnostics) {
      if (d.severity !== 'error' || !d.span || renamedCall(d)) continue;
      const def = [...repairedDefs].find(
        (x) => x.span.file === d.span!.file && x.span.start <= d.span!.start && d.span!.start < x.span.end,
      );
      if (!def || d.span.start === def.name.span.start) continue;
      diagnostics.push(d);
    }
  }
  pushAll(diagnostics, mine);

  let emd = '';
  const sorted0 = sortAndDeduplicate(diagnostics);
  try {
    const out = renameSymbols(program, rename);
    const emitted = emitEmd({
      file,
      program: out,
      index: indexProgram(out),
      lexText: pre?.lexText ?? file.text,
      lostTables,
      notes: opts.annotate === false ? [] : sorted0,
      printWidth: opts.printWidth ?? DEFAULT_PRINT_WIDTH,
    });
    emd = emitted.text;
    pushAll(diagnostics, emitted.diagnostics);
  } catch (e) {
    internal('emit', e);
  }
  const sorted = sortAndDeduplicate(diagnostics);
  return { emd, diagnostics: sorted, ok: !hasErrors(sorted), files: parsed.files };
}

/** The table statement whose body holds a span. */
function tableAt(program: A.Program, s: Span): A.TableDecl | undefined {
  let best: A.TableDecl | undefined;
  for (const st of program.statements) {
    if (st.kind !== 'TableDecl' || st.span.file !== s.file || st.span.start > s.start) continue;
    if (!best || st.span.start > best.span.start) best = st;
  }
  return best;
}

/** How many values sit under a range header, and how to write them instead. */
function lostValues(
  t: A.TableDecl,
  header: Span,
  pre: Preprocessed | undefined,
  checked: CheckedProgram | undefined,
): { values: string; hint?: string } {
  const body = pre?.tables.get(t.span.start);
  const rows: { label: string; values: string[] }[] = [];
  const text = header.file.text;
  for (const l of body?.lines ?? []) {
    if (l.file !== header.file || l.start <= header.start) continue;
    const words = text.slice(l.start, l.end).trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    rows.push({ label: words[0], values: words.slice(1) });
  }
  const n = rows.reduce((s, r) => s + r.values.length, 0);
  const values = `${n} value${n === 1 ? '' : 's'}`;
  const dom = t.item.domain?.map((d) => d.name) ?? [];
  const range = text.slice(header.start, header.end);
  if (!rows.length || dom.length < 2) return { values };
  const all = rows.flatMap((r) => r.values);
  const same = all.every((v) => v === all[0]) && rows.every((r) => r.values.length === 1);
  // The range covers the last domain set exactly when it lists that set's elements.
  const last = checked?.table.get(dom[dom.length - 1]);
  const m = /^([A-Za-z_]*)(\d+)\*([A-Za-z_]*)(\d+)$/.exec(range);
  const rangeSize = m && m[1] === m[3] ? Number(m[4]) - Number(m[2]) + 1 : undefined;
  const lastCard =
    last && (last.kind === 'set' || last.kind === 'alias')
      ? (last.kind === 'alias' ? last.target : last).records.size
      : undefined;
  if (!same || rangeSize === undefined || rangeSize !== lastCard) {
    return {
      values,
      hint: `give each column its own label (a header line listing the ${rangeSize ?? 'labels'} labels of ${range}), or assign the values in statements.`,
    };
  }
  const v = formatDataValue(Number(all[0]));
  const rowDims = dom.slice(0, -1);
  let rowsCovered = rowDims.length > 0;
  let full = 1;
  for (const d of rowDims) {
    const s = checked?.table.get(d);
    if (!s || (s.kind !== 'set' && s.kind !== 'alias')) rowsCovered = false;
    else full *= (s.kind === 'alias' ? s.target : s).records.size;
  }
  const { line } = lineAndColumn(header.file, header.start);
  void line;
  if (rowsCovered && full === new Set(rows.map((r) => k(r.label))).size) {
    return {
      values,
      hint: `every row holds ${v} for all of ${range}: write 'Parameter ${t.item.name.name}(${dom.join(',')}); ${t.item.name.name}(${dom.join(',')}) = ${v};' instead.`,
    };
  }
  const ex = rows[0].label
    .split('.')
    .map((x) => `'${x}'`)
    .join(',');
  return {
    values,
    hint: `every row holds ${v} for all of ${range}: assign it row by row, e.g. '${t.item.name.name}(${ex},${dom[dom.length - 1]}) = ${v};'.`,
  };
}

/**
 * The program with every defined-but-undeclared equation declared (domain from its definition)
 * and declared domains that disagree with the definition replaced: for checking bodies only.
 */
function repairProgram(
  program: A.Program,
  idx: ProgramIndex,
): { program: A.Program; defs: Set<A.EquationDef> } {
  const defs = new Set<A.EquationDef>();
  const fixDomain = new Map<string, A.EquationDef>();
  for (const def of idx.equations) {
    const d = idx.get(def.name.name);
    if (!d) defs.add(def);
    else if (d.kind === 'equation' && d.domain.length !== (def.domain?.length ?? 0)) {
      defs.add(def);
      fixDomain.set(k(d.name), def);
    }
  }
  if (!defs.size) return { program, defs };
  const declared = new Set<string>();
  const statements: A.Statement[] = [];
  const domainOf = (def: A.EquationDef) => def.domain?.map((i) => ({ name: i.name, span: i.span }));
  for (const s of program.statements) {
    if (s.kind === 'EquationDecl' && s.items.some((it) => fixDomain.has(k(it.name.name)))) {
      statements.push({
        ...s,
        items: s.items.map((it) => {
          const def = fixDomain.get(k(it.name.name));
          return def ? { ...it, domain: domainOf(def) } : it;
        }),
      });
      continue;
    }
    if (s.kind === 'EquationDef' && !idx.get(s.name.name) && !declared.has(k(s.name.name))) {
      declared.add(k(s.name.name));
      statements.push({
        kind: 'EquationDecl',
        span: s.name.span,
        items: [{ name: s.name, domain: domainOf(s), span: s.name.span }],
      });
    }
    statements.push(s);
  }
  return { program: { ...program, statements }, defs };
}

/** A checker diagnostic with the importer's explanation added to its hint. */
function enrich(
  d: Diagnostic,
  swallowed: Map<string, import('./program-index.ts').Decl> | undefined,
  idx: ProgramIndex | undefined,
): Diagnostic {
  if (!d.span) return d;
  const name = d.span.file.text.slice(d.span.start, d.span.end);
  if (d.code === checkMessages.Symbol_0_is_not_declared.code) {
    const by = swallowed?.get(k(name));
    if (by) {
      const { line } = lineAndColumn(by.span.file, by.span.start);
      const kind = by.kind === 'equation' ? 'equation' : by.kind;
      return {
        ...d,
        hint: `'${name}' is part of the explanatory text of ${kind} '${by.name}' on line ${line}: GAMS reads the text after a declared name to the end of the line, so '${name}' was never declared.`,
      };
    }
  }
  if (d.code === checkMessages.Symbol_0_takes_1_indices_but_is_used_with_2.code && idx) {
    const decl = idx.get(name);
    const def = idx.equations.find(
      (e) => e.name.span.start === d.span!.start && e.name.span.file === d.span!.file,
    );
    if (decl?.kind === 'equation' && !decl.domain.length && def?.domain?.length) {
      const { line } = lineAndColumn(decl.span.file, decl.span.start);
      return {
        ...d,
        hint: `'${decl.name}' is declared on line ${line} without a domain; declare it as ${decl.name}(${def.domain.map((i) => i.name).join(',')}).`,
      };
    }
  }
  if (d.code === checkMessages.Symbol_0_is_already_declared.code && idx) {
    const dup = idx.duplicates.find(
      (x) => x.decl.span.start === d.span!.start && x.decl.span.file === d.span!.file,
    );
    if (
      dup &&
      dup.first.kind === dup.decl.kind &&
      dup.first.domain.join(',').toLowerCase() === dup.decl.domain.join(',').toLowerCase()
    ) {
      return {
        ...d,
        hint: `${d.hint ? `${d.hint.replace(/\.$/, '')}, ` : ''}with the same domain: delete this line.`,
      };
    }
  }
  return d;
}

/** The first call of function `name` in a program, printed (for messages). */
function firstCall(p: A.Program, name: string): string | undefined {
  let found: string | undefined;
  const look = (e: A.Expr) =>
    visit(e, (n) => {
      if (!found && n.kind === 'Call' && k(n.fn.name) === name) found = printExpr(n).replace(/, /g, ',');
    });
  for (const s of p.statements) {
    if (found) break;
    if (s.kind === 'EquationDef') {
      look(s.lhs);
      look(s.rhs);
    } else if (s.kind === 'Assignment') look(s.value);
  }
  return found;
}
