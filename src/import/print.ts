// Writes the AST back as EMD source text for the formatter to lay out (prettier/format.ts, the one
// printer of the language): expressions with the fewest parentheses the grammar needs,
// declarations with quoted explanatory text, data lists, tables in a column layout that reads back
// (split into `+` blocks that fit the width), equations and every executable statement, with
// keywords in one spelling. Each statement comes out on one line (a declaration block one item a
// line); alignment, line breaking and data-list filling are the formatter's. Imports
// syntax/ast.ts, chains.ts, text/arrays.ts and the formatter's default width.
//
// The output parses back to the same AST (up to spans): the precedence levels below mirror
// grammar/parser.ts (or xor eqv imp < and < not < relational < + - < * / < unary < $ < ** < primary).
import type * as A from '../syntax/ast.ts';
import { flattenChain } from '../syntax/chains.ts';
import { DEFAULT_PRINT_WIDTH } from '../prettier/format.ts';
import { pushAll, maxOf } from '../text/arrays.ts';

const enum L {
  Or = 0,
  And = 1,
  Not = 2,
  Rel = 3,
  Add = 4,
  Mul = 5,
  Unary = 6,
  Dollar = 7,
  Pow = 8,
  Primary = 9,
}

const REL_TEXT: Partial<Record<A.BinaryOp, string>> = {
  lt: '<',
  le: '<=',
  eq: '=',
  ne: '<>',
  ge: '>=',
  gt: '>',
};

function levelOf(e: A.Expr): L {
  switch (e.kind) {
    case 'Binary':
      switch (e.op) {
        case 'or':
        case 'xor':
        case 'eqv':
        case 'imp':
          return L.Or;
        case 'and':
          return L.And;
        case '+':
        case '-':
          return L.Add;
        case '*':
        case '/':
          return L.Mul;
        case '**':
          return L.Pow;
        default:
          return L.Rel;
      }
    case 'Unary':
      return e.op === 'not' ? L.Not : L.Unary;
    case 'Dollar':
      return L.Dollar;
    default:
      return L.Primary;
  }
}

/** A number as EMD reads it back exactly (shortest round-trip form; inf, -inf, na). */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'na';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return String(v);
}

/** A data value: like formatNumber, and -0 is `eps` (present but zero). */
export function formatDataValue(v: number): string {
  if (Object.is(v, -0)) return 'eps';
  return formatNumber(v);
}

/** Text in double quotes (single quotes when it holds a double quote). */
export function quoteText(s: string): string {
  if (!s.includes('"')) return `"${s}"`;
  if (!s.includes("'")) return `'${s}'`;
  return `"${s.replace(/"/g, "'")}"`;
}

const SPECIAL_WORDS = new Set(['inf', 'eps', 'na', 'yes', 'no', 'undf']);

/** A label in data (set elements, data lists, table headers): bare when the grammar reads it back as one label. */
export function formatLabel(l: A.Label): string {
  const n = l.name;
  if (!l.quoted && /^[A-Za-z0-9_][A-Za-z0-9_+\-]*$/.test(n) && !SPECIAL_WORDS.has(n.toLowerCase())) return n;
  return n.includes("'") ? `"${n}"` : `'${n}'`;
}

/** A label in an index position (`x('seattle')`): always quoted. */
function quotedLabel(n: string): string {
  return n.includes("'") ? `"${n}"` : `'${n}'`;
}

export function printIndexArg(a: A.IndexArg): string {
  if (a.kind === 'IndexLabel') return quotedLabel(a.label.name);
  if (!a.lag) return a.name.name;
  return `${a.name.name}${a.lag.op}${printExpr(a.lag.amount, L.Primary)}`;
}

export function printRef(r: A.SymbolRef): string {
  let s = r.name.name;
  if (r.attr) s += `.${r.attr.name.toLowerCase()}`;
  if (r.indices) s += `(${r.indices.map(printIndexArg).join(',')})`;
  return s;
}

export function printBinding(b: A.IndexBinding): string {
  const restricting = b.tuples?.length ? printRestricting(b) : undefined;
  if (restricting) return restricting;
  const names = b.indices.map((i) => i.name);
  let s = names.length === 1 ? names[0] : `(${names.join(',')})`;
  if (b.cond) s += `$${printCond(b.cond)}`;
  return s;
}

/**
 * A binding with restricting references (`sum(link(l,from,to), ...)`) printed as written. It cannot
 * become `sum((l,from,to)$link(l,from,to), ...)`: an index of link that an enclosing sum, loop or
 * domain controls (l in `lim(l).. sum(link(l,from,to), f(l))`) stays fixed in the first form and
 * would be controlled a second time (E2015) in the other. The parser keeps the references in
 * `tuples`, and puts them first, in order, in the conjunction `cond` before any `$` condition.
 * Undefined for shapes this does not rebuild (nested restrictions such as `zpos(i,t(tp))`).
 */
function printRestricting(b: A.IndexBinding): string | undefined {
  const tuples = b.tuples!;
  const own = (t: A.SymbolRef) => {
    const out: string[] = [];
    for (const a of t.indices ?? [])
      if (a.kind === 'IndexName' && !out.includes(a.name.name.toLowerCase()))
        out.push(a.name.name.toLowerCase());
    return out;
  };
  const items: string[] = [];
  let i = 0;
  let next = 0;
  while (i < b.indices.length || next < tuples.length) {
    const t = tuples[next];
    const names = t ? own(t) : [];
    const at = b.indices.slice(i, i + names.length).map((x) => x.name.toLowerCase());
    if (t && names.every((n, k) => at[k] === n)) {
      items.push(printExpr(t));
      i += names.length;
      next++;
    } else if (i < b.indices.length) {
      items.push(b.indices[i++].name);
    } else return undefined;
  }
  // The conjunction's first tuples.length operands are the references; a last one is the `$` condition.
  const conjuncts: A.Expr[] = [];
  for (let c: A.Expr | undefined = b.cond; c;) {
    if (conjuncts.length < tuples.length && c.kind === 'Binary' && c.op === 'and') {
      conjuncts.unshift(c.right);
      c = c.left;
    } else {
      conjuncts.unshift(c);
      c = undefined;
    }
  }
  if (conjuncts.length < tuples.length || tuples.some((t, k) => printExpr(conjuncts[k]) !== printExpr(t)))
    return undefined;
  const extra = conjuncts.length > tuples.length ? conjuncts.slice(tuples.length) : [];
  if (extra.length > 1) return undefined;
  let s = items.length === 1 ? items[0] : `(${items.join(',')})`;
  if (extra.length) s += `$${printCond(extra[0])}`;
  return s;
}

/** The operand of `$`: a power-level expression or `not` followed by one. */
function printCond(c: A.Expr): string {
  if (c.kind === 'Unary' && c.op === 'not') return `not ${printCond(c.operand)}`;
  return printExpr(c, L.Pow);
}

/** An expression, parenthesised when its precedence is below `min`. */
export function printExpr(e: A.Expr, min: number = 0): string {
  const s = raw(e);
  return levelOf(e) < min ? `(${s})` : s;
}

function raw(e: A.Expr): string {
  switch (e.kind) {
    case 'Number':
      if (e.special === 'eps' || e.special === 'na' || e.special === 'yes' || e.special === 'no')
        return e.special;
      return formatNumber(e.value);
    case 'String':
      return quoteText(e.value);
    case 'Ref':
      return printRef(e);
    case 'Unary': {
      if (e.op === 'not') return `not ${printExpr(e.operand, L.Not)}`;
      const inner = printExpr(e.operand, L.Unary);
      return /^[-+]/.test(inner) ? `${e.op}(${inner})` : `${e.op}${inner}`;
    }
    case 'Binary': {
      const lv = levelOf(e);
      switch (e.op) {
        case '+':
        case '-':
          return flattenChain(e)
            .map((t) => (t.op ? `${t.op} ${printExpr(t.e, L.Mul)}` : printExpr(t.e, L.Add)))
            .join(' ');
        case '*':
        case '/':
          return flattenChain(e)
            .map((t) => (t.op ? `${t.op}${printExpr(t.e, L.Unary)}` : printExpr(t.e, L.Mul)))
            .join('');
        case '**': {
          const r = e.right;
          const right =
            r.kind === 'Unary' && r.op !== 'not' && levelOf(r.operand) === L.Primary
              ? `${r.op}${raw(r.operand)}`
              : printExpr(r, L.Primary);
          return `${printExpr(e.left, L.Pow)}**${right}`;
        }
        default: {
          const op = REL_TEXT[e.op] ?? e.op;
          return `${printExpr(e.left, lv)} ${op} ${printExpr(e.right, lv + 1)}`;
        }
      }
    }
    case 'Dollar':
      return `${printExpr(e.value, L.Dollar)}$${printCond(e.cond)}`;
    case 'Call': {
      const fn = e.fn.name.toLowerCase();
      if (e.args.length === 0) return fn;
      return `${fn}(${e.args.map((a) => printExpr(a)).join(', ')})`;
    }
    case 'Indexed':
      return `${e.op}(${printBinding(e.binding)}, ${printExpr(e.body)})`;
  }
}

// ---------------------------------------------------------------------------------------------
// Declarations and data

function domainText(d: readonly A.DomainEntry[] | undefined): string {
  return d && d.length ? `(${d.map((x) => x.name).join(',')})` : '';
}

function itemHead(it: A.DeclItemBase): string {
  return `${it.name.name}${domainText(it.domain)}${it.text !== undefined && it.text !== '' ? ` ${quoteText(it.text)}` : ''}`;
}

/** Consecutive labels `p1 p2 ... p9` (same prefix, consecutive numbers, same width rule) as ranges `p1*p9`. */
function compressLabels(labels: { text: string; plain: boolean }[]): string[] {
  const out: string[] = [];
  let k = 0;
  const parse = (s: string) => /^([A-Za-z_]*[A-Za-z_\-]?)(\d+)$/.exec(s);
  while (k < labels.length) {
    const a = labels[k];
    const m = a.plain ? parse(a.text) : null;
    if (m) {
      const [, prefix, digits] = m;
      const padded = digits.length > 1 && digits[0] === '0';
      let n = Number(digits);
      let j = k + 1;
      while (j < labels.length && labels[j].plain) {
        const mj = parse(labels[j].text);
        if (!mj || mj[1] !== prefix || Number(mj[2]) !== n + 1) break;
        // Zero-padded ranges keep one width; unpadded ones must not pick up leading zeros.
        if (padded ? mj[2].length !== digits.length : mj[2].length > 1 && mj[2][0] === '0') break;
        n++;
        j++;
      }
      if (j - k >= 3) {
        out.push(`${a.text}*${labels[j - 1].text}`);
        k = j;
        continue;
      }
    }
    out.push(a.text);
    k++;
  }
  return out;
}

/** A data list on one line (the formatter fills long ones into lines). */
function dataList(items: readonly string[]): string {
  return `/ ${items.join(', ')} /`;
}

function keysText(r: A.DataRecord): string {
  return r.keys.map(formatLabel).join('.');
}

function setElements(items: readonly A.DataRecord[]): string[] {
  // Records with text or several dimensions are listed one by one; runs of plain labels compress.
  const out: string[] = [];
  let run: { text: string; plain: boolean }[] = [];
  const flush = () => {
    pushAll(out, compressLabels(run));
    run = [];
  };
  for (const r of items) {
    const t = keysText(r);
    if (r.text !== undefined || r.keys.length !== 1) {
      flush();
      out.push(r.text !== undefined ? `${t} ${quoteText(r.text)}` : t);
    } else run.push({ text: t, plain: !r.keys[0].quoted });
  }
  flush();
  return out;
}

function paramData(items: readonly A.DataRecord[], scalar: boolean): string[] {
  if (scalar) return items.length ? [formatDataValue(items[0].value)] : [];
  if (items.some((r) => r.keys.length !== 1))
    return items.map((r) => `${keysText(r)} ${formatDataValue(r.value)}`);
  // One dimension: runs of consecutive labels with the same value become ranges (`h01*h04 5`).
  const out: string[] = [];
  let k = 0;
  while (k < items.length) {
    const v = formatDataValue(items[k].value);
    let j = k + 1;
    while (j < items.length && formatDataValue(items[j].value) === v) j++;
    const labels = compressLabels(
      items.slice(k, j).map((r) => ({ text: keysText(r), plain: !r.keys[0].quoted })),
    );
    for (const l of labels) out.push(`${l} ${v}`);
    k = j;
  }
  return out;
}

/** Lines of a declaration block: the keyword and its item, or the keyword, then one item per line. */
function declBlock(
  keyword: string,
  items: { head: string; data?: string[] }[],
  extra: string[][] = [],
): string[] {
  const item = (it: { head: string; data?: string[] }) =>
    it.data ? `${it.head} ${dataList(it.data)}` : it.head;
  const lines: string[] = [];
  if (items.length === 1 && !extra.some((e) => e.length)) lines.push(`${keyword} ${item(items[0])}`);
  else {
    lines.push(keyword);
    items.forEach((it, k) => pushAll(lines, extra[k] ?? []).push(`   ${item(it)}`));
  }
  lines[lines.length - 1] += ' ;';
  return lines;
}

const plural = (word: string, n: number) => (n === 1 ? word : word.endsWith('s') ? word : `${word}s`);

export interface DeclOptions {
  /** Comment lines to put before item k (comments that sat between items in the source). */
  readonly before?: string[][];
  /** Items to leave out (printed as comments by the caller). */
  readonly skip?: ReadonlySet<number>;
}

export function printSetDecl(s: A.SetDecl, o: DeclOptions = {}): string[] {
  const keep = s.items.map((it, k) => ({ it, k })).filter((x) => !o.skip?.has(x.k));
  if (!keep.length) return (o.before ?? []).flat();
  return declBlock(
    plural('Set', keep.length),
    keep.map(({ it }) => ({ head: itemHead(it), data: it.elements ? setElements(it.elements) : undefined })),
    keep.map(({ k }) => o.before?.[k] ?? []),
  );
}

export function printParameterDecl(s: A.ParameterDecl, o: DeclOptions = {}): string[] {
  const keep = s.items.map((it, k) => ({ it, k })).filter((x) => !o.skip?.has(x.k));
  if (!keep.length) return (o.before ?? []).flat();
  const kw = s.keyword === 'scalar' ? 'Scalar' : 'Parameter';
  return declBlock(
    plural(kw, keep.length),
    keep.map(({ it }) => ({
      head: itemHead(it),
      data: it.data
        ? paramData(it.data, s.keyword === 'scalar' || !(it.domain && it.domain.length))
        : undefined,
    })),
    keep.map(({ k }) => o.before?.[k] ?? []),
  );
}

const VAR_KW: Record<A.VariableType, string> = {
  free: 'Variable',
  positive: 'Positive Variable',
  negative: 'Negative Variable',
  binary: 'Binary Variable',
  integer: 'Integer Variable',
  sos1: 'SOS1 Variable',
  sos2: 'SOS2 Variable',
};

export function printVariableDecl(s: A.VariableDecl, o: DeclOptions = {}): string[] {
  const keep = s.items.map((it, k) => ({ it, k })).filter((x) => !o.skip?.has(x.k));
  if (!keep.length) return (o.before ?? []).flat();
  return declBlock(
    plural(VAR_KW[s.varType], keep.length),
    keep.map(({ it }) => ({ head: itemHead(it) })),
    keep.map(({ k }) => o.before?.[k] ?? []),
  );
}

export function printEquationDecl(s: A.EquationDecl, o: DeclOptions = {}): string[] {
  const keep = s.items.map((it, k) => ({ it, k })).filter((x) => !o.skip?.has(x.k));
  if (!keep.length) return (o.before ?? []).flat();
  return declBlock(
    plural('Equation', keep.length),
    keep.map(({ it }) => ({ head: itemHead(it) })),
    keep.map(({ k }) => o.before?.[k] ?? []),
  );
}

/**
 * A table in column layout; numbers right-aligned under right-aligned headers (so they overlap,
 * as the parser requires), in `+` blocks of columns that fit `width`.
 */
export function printTable(s: A.TableDecl, width: number): string[] {
  const it = s.item;
  const dim = it.domain?.length ?? 0;
  if (dim < 2 || !s.records.length) {
    // Nothing to lay out in columns: a parameter with a data list says the same.
    const items = s.records.map((r) => `${keysText(r)} ${formatDataValue(r.value)}`);
    const head = `Parameter ${itemHead(it)}`;
    return [items.length ? `${head} ${dataList(items)} ;` : `${head} ;`];
  }
  const rows: string[] = [];
  const cols: string[] = [];
  const rowIndex = new Map<string, number>();
  const colIndex = new Map<string, number>();
  // cells[row][col]: the value text, or undefined for an empty cell.
  const cells: (string | undefined)[][] = [];
  for (const r of s.records) {
    const keys = r.keys.map(formatLabel);
    const row = keys.slice(0, -1).join('.');
    const col = keys[keys.length - 1];
    let i = rowIndex.get(row.toLowerCase());
    if (i === undefined) {
      rowIndex.set(row.toLowerCase(), (i = rows.length));
      rows.push(row);
      cells.push([]);
    }
    let j = colIndex.get(col.toLowerCase());
    if (j === undefined) {
      colIndex.set(col.toLowerCase(), (j = cols.length));
      cols.push(col);
    }
    cells[i][j] = formatDataValue(r.value);
  }
  const rowWidth = maxOf(rows.map((r) => r.length));
  const widths = cols.map((c) => c.length);
  for (const line of cells) line.forEach((v, j) => (widths[j] = Math.max(widths[j], v?.length ?? 0)));
  // Blocks of columns that fit the width; later blocks open with a `+` header line.
  const indent = '   ';
  const blocks: number[][] = [];
  let cur: number[] = [];
  let used = indent.length + rowWidth;
  cols.forEach((_, j) => {
    const w = widths[j] + 2;
    if (cur.length && used + w > width) {
      blocks.push(cur);
      cur = [];
      used = indent.length + rowWidth;
    }
    cur.push(j);
    used += w;
  });
  blocks.push(cur);
  const lines = [`Table ${itemHead(it)}`];
  blocks.forEach((b, bi) => {
    const lead = bi === 0 ? ' '.repeat(rowWidth) : `+${' '.repeat(Math.max(0, rowWidth - 1))}`;
    lines.push(`${indent}${lead}${b.map((j) => `  ${cols[j].padStart(widths[j])}`).join('')}`.trimEnd());
    rows.forEach((row, i) => {
      if (!b.some((j) => cells[i][j] !== undefined)) return;
      const cellsText = b.map((j) => `  ${(cells[i][j] ?? '').padStart(widths[j])}`).join('');
      lines.push(`${indent}${row.padEnd(rowWidth)}${cellsText}`.trimEnd());
    });
  });
  lines[lines.length - 1] += ' ;';
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Equations and executable statements

const REL: Record<A.EquationDef['rel'], string> = { e: '=e=', l: '=l=', g: '=g=', n: '=n=' };

export function printEquationDef(s: A.EquationDef): string {
  let head = s.name.name;
  if (s.domain && s.domain.length) head += `(${s.domain.map((d) => d.name).join(',')})`;
  if (s.cond) head += `$${printCond(s.cond)}`;
  return `${head} .. ${printExpr(s.lhs)} ${REL[s.rel]} ${printExpr(s.rhs)} ;`;
}

function printAssignment(s: A.Assignment): string {
  const cond = s.cond ? `$${printCond(s.cond)}` : '';
  return `${printRef(s.target)}${cond} = ${printExpr(s.value)}`;
}

function printItems(items: readonly (A.SymbolRef | A.StringLit)[]): string {
  return items.map((i) => (i.kind === 'String' ? quoteText(i.value) : printRef(i))).join(', ');
}

function printOption(it: A.OptionItem): string {
  const name = it.name.name;
  if (it.value === undefined) return name;
  const vs = it.valueSpan;
  if (typeof it.value === 'string' && vs && vs.file.text[vs.start - 1] === ':') return `${name}:${it.value}`;
  if (typeof it.value === 'number') return `${name} = ${formatNumber(it.value)}`;
  return `${name} = ${/^[A-Za-z_][\w.]*$/.test(it.value) ? it.value : quoteText(it.value)}`;
}

function putItem(p: A.PutItem): string {
  if (p.kind === 'PutNewline') return '/';
  if (p.kind === 'PutColumn') return `@${printExpr(p.value, L.Unary)}`;
  let s = p.value.kind === 'String' ? quoteText(p.value.value) : printExpr(p.value, L.Unary);
  // Put items are unary-level expressions: anything wider needs parentheses.
  if (p.value.kind !== 'String' && levelOf(p.value) < L.Unary) s = `(${printExpr(p.value)})`;
  const align = p.align === 'left' ? '<' : p.align === 'right' ? '>' : p.align === 'center' ? '<>' : '';
  if (p.width) s += `:${align}${printExpr(p.width, L.Pow)}`;
  if (p.decimals) s += `${p.width ? '' : ':'}:${printExpr(p.decimals, L.Pow)}`;
  return s;
}

/** One statement as lines (the last one ends with `;`, except directives); tables fit `width`. */
export function printStatement(s: A.Statement, width = DEFAULT_PRINT_WIDTH): string[] {
  const ind = '   ';
  // Statements inside a loop/if body, each ending with `;`.
  const body = (stmts: readonly A.Statement[], indent: string): string[] =>
    stmts.flatMap((x) => printStatement(x, width).map((l) => indent + l));
  switch (s.kind) {
    case 'SetDecl':
      return printSetDecl(s);
    case 'AliasDecl':
      return s.groups.map((g) => `Alias (${g.map((i) => i.name).join(', ')}) ;`);
    case 'ParameterDecl':
      return printParameterDecl(s);
    case 'TableDecl':
      return printTable(s, width);
    case 'VariableDecl':
      return printVariableDecl(s);
    case 'EquationDecl':
      return printEquationDecl(s);
    case 'EquationDef':
      return [printEquationDef(s)];
    case 'ModelDecl':
      return s.items.map((m) => {
        const eqs =
          (m.equations === 'all' ? 'all' : m.equations.map((e) => e.name).join(', ')) +
          (m.without ?? []).map((e) => ` - ${e.name}`).join('');
        return `Model ${m.name.name}${m.text ? ` ${quoteText(m.text)}` : ''} / ${eqs} / ;`;
      });
    case 'Assignment':
      return [`${printAssignment(s)} ;`];
    case 'Solve':
      return [
        s.objective
          ? `Solve ${s.model.name} using ${s.modelType} ${s.sense === 'min' ? 'minimizing' : 'maximizing'} ${s.objective.name} ;`
          : `Solve ${s.model.name} using ${s.modelType} ;`,
      ];
    case 'Display':
      return [`Display${s.cond ? `$${printCond(s.cond)}` : ''} ${printItems(s.items)} ;`];
    case 'Option':
      return [`Option ${s.items.map(printOption).join(', ')} ;`];
    case 'Loop':
      return [`loop(${printBinding(s.binding)},`, ...body(s.body, ind), ') ;'];
    case 'While':
      return [`while(${printExpr(s.cond)},`, ...body(s.body, ind), ') ;'];
    case 'Repeat':
      return ['repeat(', ...body(s.body, ind), `until ${printExpr(s.until)}) ;`];
    case 'For': {
      const step = s.step ? ` by ${printExpr(s.step)}` : '';
      return [
        `for(${s.variable.name} = ${printExpr(s.from)} ${s.down ? 'downto' : 'to'} ${printExpr(s.to)}${step},`,
        ...body(s.body, ind),
        ') ;',
      ];
    }
    case 'If': {
      const lines: string[] = [];
      s.branches.forEach((b, k) => {
        lines.push(`${k === 0 ? 'if(' : 'elseif '}${printExpr(b.cond)},`);
        pushAll(lines, body(b.body, ind));
      });
      if (s.elseBody) pushAll(lines, ['else', ...body(s.elseBody, ind)]);
      lines.push(') ;');
      return lines;
    }
    case 'Break':
      return ['break ;'];
    case 'Continue':
      return ['continue ;'];
    case 'Abort': {
      const cond = s.cond ? `$${printCond(s.cond)}` : '';
      return [
        `abort${s.noError ? '.noError' : ''}${cond}${s.items.length ? ` ${printItems(s.items)}` : ''} ;`,
      ];
    }
    case 'FileDecl':
      return [
        `File ${s.name.name}${s.path !== undefined ? ` / ${/^[\w.\-\/\\:]+$/.test(s.path) ? s.path : quoteText(s.path)} /` : ''} ;`,
      ];
    case 'Put': {
      const kw = s.utility
        ? `put_utility${s.cond ? `$${printCond(s.cond)}` : ''}`
        : s.block
          ? { title: 'puttl', header: 'puthd', page: 'putpage' }[s.block]
          : s.close
            ? 'putclose'
            : 'put';
      const parts = [kw];
      if (s.file) parts.push(s.file.name);
      if (s.utility) parts.push(quoteText(s.utility), '/');
      for (const p of s.items) parts.push(putItem(p));
      return [`${parts.join(' ')} ;`];
    }
    case 'Directive':
      return [`$${s.name}${s.args ? ` ${s.args}` : ''}`];
    case 'Gdx': {
      const items = s.items.map((it) => (it.gdxName ? `${it.name.name}=${it.gdxName.name}` : it.name.name));
      return [`execute_${s.op} ${quoteText(s.file)}${items.length ? `, ${items.join(', ')}` : ''} ;`];
    }
    case 'CriticalRegion': {
      const items = s.items.map((it) => (it.role ? `${it.name.name}=${it.role.name}` : it.name.name));
      return [`execute_critical_region ${[s.model.name, ...items].join(', ')} ;`];
    }
  }
}
