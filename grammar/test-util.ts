// Helpers for the grammar and syntax tests: parse a string, print expressions as S-expressions,
// list diagnostics as "CODE line:col". Imports src/syntax/parse.ts, text/ and AST types.
import { parseSource, type ParseHost, type ParseResult } from '../src/syntax/parse.ts';
import { createSourceFile, lineAndColumn } from '../src/text/source-file.ts';
import type * as A from '../src/syntax/ast.ts';

export function parse(text: string, host?: ParseHost, name = 'test.gms'): ParseResult {
  return parseSource(createSourceFile(name, text), host);
}

/** Diagnostics as `CODE line:col` (file name prefixed when it is not the main file). */
export function codes(r: ParseResult): string[] {
  return r.diagnostics.map((d) => {
    if (!d.span) return d.code;
    const { line, column } = lineAndColumn(d.span.file, d.span.start);
    const f = d.span.file.name === r.files[0].name ? '' : `${d.span.file.name}:`;
    return `${d.code} ${f}${line}:${column}`;
  });
}

export function idx(a: A.IndexArg): string {
  if (a.kind === 'IndexLabel') return `'${a.label.name}'`;
  return a.name.name + (a.lag ? a.lag.op + sexpr(a.lag.amount) : '');
}

export function ref(r: A.SymbolRef): string {
  return (
    r.name.name + (r.attr ? `.${r.attr.name}` : '') + (r.indices ? `(${r.indices.map(idx).join(',')})` : '')
  );
}

/** An expression as an S-expression: `(+ a (* b c))`, refs as written, `(sum (i j) cond body)`. */
export function sexpr(e: A.Expr): string {
  switch (e.kind) {
    case 'Number':
      return e.special ?? String(e.value);
    case 'String':
      return `"${e.value}"`;
    case 'Ref':
      return ref(e);
    case 'Unary':
      return `(${e.op} ${sexpr(e.operand)})`;
    case 'Binary':
      return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'Dollar':
      return `($ ${sexpr(e.value)} ${sexpr(e.cond)})`;
    case 'Call':
      return `${e.fn.name}(${e.args.map(sexpr).join(', ')})`;
    case 'Indexed':
      return `(${e.op} (${e.binding.indices.map((i) => i.name).join(' ')})${e.binding.cond ? ' ' + sexpr(e.binding.cond) : ''} ${sexpr(e.body)})`;
  }
}

/** Records as `k1.k2=value` strings (`text` appended after `:`). */
export function recs(rs: readonly A.DataRecord[] | undefined): string[] {
  return (rs ?? []).map(
    (r) =>
      `${r.keys.map((k) => k.name).join('.')}=${Object.is(r.value, -0) ? '-0' : r.value}${r.text !== undefined ? `:${r.text}` : ''}`,
  );
}

/** The source text a span covers. */
export function spanText(s: { span: { file: { text: string }; start: number; end: number } }): string {
  return s.span.file.text.slice(s.span.start, s.span.end);
}

/** Statement kinds of a program, directives as `$name`. */
export function kinds(r: ParseResult): string[] {
  return r.program.statements.map((s) => (s.kind === 'Directive' ? `$${s.name}` : s.kind));
}

/** The value expression of the assignment `x = <text>;`. */
export function expr(text: string): string {
  const r = parse(`x = ${text};`);
  if (r.diagnostics.length) return r.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ');
  const s = r.program.statements[0];
  if (s?.kind !== 'Assignment') return `not an assignment: ${s?.kind}`;
  return sexpr(s.value);
}
