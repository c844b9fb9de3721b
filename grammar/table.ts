// Table bodies in GAMS column layout, read from the source lines preprocess.ts set aside: the first
// line holds the column headers, each following line a row label and numbers; every number must
// sit under exactly one header (its characters overlap the header's). A line starting with `+`
// opens a continuation block with new headers. `$onDelim` lines are comma-separated instead.
// Linear in the size of the body. Imports text/, diagnostics/, AST types and labels.ts.
import { lineAndColumn, span, type SourceFile, type Span } from '../src/text/source-file.ts';
import { diag, type Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { syntaxMessages as M } from '../src/diagnostics/messages/syntax.ts';
import type { DataRecord, DeclItemBase, Label, TableCells, TableDecl } from '../src/syntax/ast.ts';
import { keyTuples, parseKey, parseValueAt, singleTuple } from './labels.ts';
import type { TableBody, TableLine } from './preprocess.ts';
import { evaluateExpression } from './compile-time.ts';

/** GAMS expands tabs to stops every 8 columns when it lines numbers up with headers. */
const TAB = 8;

function isBlankCode(d: number): boolean {
  return d === 32 || d === 9 || d === 13 || d === 12 || d === 11;
}

/**
 * A table cell as a DataRecord. Keys and spans are computed when read, so a 1000 x 1000 table
 * costs one small object per number instead of four (record, keys, span): the parser keeps
 * under a second on 5 MB models. Reads allocate short-lived objects; toJSON gives the plain shape.
 */
export class TableRecord implements DataRecord {
  constructor(
    private readonly row: readonly Label[],
    private readonly col: readonly Label[],
    readonly value: number,
    /** Offset of the number; its file is the row label's, its end the next blank or comma. */
    private readonly start: number,
  ) {}
  get keys(): Label[] {
    const r = this.row;
    const c = this.col;
    return r.length === 1 && c.length === 1 ? [r[0], c[0]] : r.concat(c);
  }
  get span(): Span {
    const file = this.row[0].span.file;
    const t = file.text;
    let e = this.start;
    while (e < t.length) {
      const d = t.charCodeAt(e);
      if (d === 44 || d === 10 || isBlankCode(d)) break;
      e++;
    }
    return span(file, this.start, e);
  }
  get valueSpan(): Span {
    return this.span;
  }
  toJSON(): DataRecord {
    return { span: this.span, keys: this.keys, value: this.value, valueSpan: this.valueSpan };
  }
}

/**
 * A table's cells in typed arrays (row tuple, column tuple, value and the number's offset per
 * cell): a 1000 x 1000 table is 24 MB of arrays instead of 10^6 objects for the collector.
 * Records are made only when read (the formatter, the importer, the language server).
 */
export class Cells implements TableCells {
  readonly rowTuples: (readonly Label[])[] = [];
  readonly colTuples: (readonly Label[])[] = [];
  row = new Int32Array(64);
  col = new Int32Array(64);
  value = new Float64Array(64);
  private start = new Int32Array(64);
  length = 0;
  private recs?: DataRecord[];

  push(row: number, col: number, value: number, start: number): void {
    const n = this.length;
    if (n === this.row.length) this.grow(2 * n);
    this.row[n] = row;
    this.col[n] = col;
    this.value[n] = value;
    this.start[n] = start;
    this.length = n + 1;
  }
  private grow(size: number): void {
    const g = <T extends Int32Array | Float64Array>(a: T, b: T): T => (b.set(a.subarray(0, size)), b);
    this.row = g(this.row, new Int32Array(size));
    this.col = g(this.col, new Int32Array(size));
    this.value = g(this.value, new Float64Array(size));
    this.start = g(this.start, new Int32Array(size));
  }
  /** The arrays cut to the cells (the syntax tree keeps them). */
  trim(): this {
    if (this.row.length > this.length) this.grow(this.length);
    return this;
  }
  record(i: number): DataRecord {
    return new TableRecord(
      this.rowTuples[this.row[i]],
      this.colTuples[this.col[i]],
      this.value[i],
      this.start[i],
    );
  }
  /** Every cell as a record, made once. */
  records(): DataRecord[] {
    if (!this.recs) {
      this.recs = new Array<DataRecord>(this.length);
      for (let i = 0; i < this.length; i++) this.recs[i] = this.record(i);
    }
    return this.recs;
  }
}

/**
 * A TableDecl whose records are made from its cells when first read. `cells` is not enumerable:
 * walkers and comparisons of the syntax tree (the formatter's) see the records, as before.
 */
export function tableDecl(span: Span, item: DeclItemBase, cells: Cells): TableDecl {
  const decl = {
    kind: 'TableDecl' as const,
    span,
    item,
    get records() {
      return cells.records();
    },
  };
  return Object.defineProperty(decl, 'cells', { value: cells });
}

export interface Word {
  start: number;
  end: number;
  /** Visual columns [c0, c1), 0-based. */
  c0: number;
  c1: number;
}

interface Header {
  labels: Label[] | undefined; // undefined: invalid header (already reported); numbers under it are skipped
  /** A header of label groups (indus89: `(1988,1993,2000).depth`): every tuple it stands for. */
  tuples?: Label[][];
  /** Indexes of its tuples in the table's colTuples, once a number is under it. */
  ix?: number[];
  c0: number;
  c1: number;
  text: string;
}

/** Split a line into blank-separated words with their visual columns; quotes may hold blanks. */
function words(t: string, line: TableLine, from: number, col0: number): Word[] {
  return tableWords(t, from, line.end, col0);
}

/**
 * Blank-separated words of t[from, end) with their offsets and visual columns (tabs to the next
 * multiple of 8); a quoted label may hold blanks. Shared with the formatter's table layout.
 */
export function tableWords(t: string, from: number, end: number, col0: number): Word[] {
  const out: Word[] = [];
  let i = from;
  let col = col0;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 13 || c === 12 || c === 11) {
      col++;
      i++;
      continue;
    }
    if (c === 9) {
      col = (Math.floor(col / TAB) + 1) * TAB;
      i++;
      continue;
    }
    const s = i;
    const c0 = col;
    while (i < end) {
      const d = t.charCodeAt(i);
      if (d === 32 || d === 9 || d === 13 || d === 12 || d === 11) break;
      if (d === 39 || d === 34) {
        // A quoted label may contain blanks.
        let j = i + 1;
        while (j < end && t.charCodeAt(j) !== d) j++;
        j = Math.min(end, j + 1);
        col += j - i;
        i = j;
        continue;
      }
      i++;
      col++;
    }
    out.push({ start: s, end: i, c0, c1: col });
  }
  return out;
}

function headersOf(file: SourceFile, ws: Word[], diags: Diagnostic[], rangesAllowed: boolean): Header[] {
  const t = file.text;
  return ws.map((w) => {
    const k = parseKey(file, w.start, w.end, diags, rangesAllowed ? undefined : M.Table_range_header_0);
    const labels = k && singleTuple(k);
    const text = t.slice(w.start, w.end);
    if (k && !labels) {
      const tuples = keyTuples(k.groups);
      return { labels: tuples[0], tuples, c0: w.c0, c1: w.c1, text };
    }
    return { labels, c0: w.c0, c1: w.c1, text };
  });
}

const colRange = (c0: number, c1: number) => (c1 - c0 <= 1 ? `column ${c0 + 1}` : `columns ${c0 + 1}-${c1}`);
const cols = (h: Header) => colRange(h.c0, h.c1);

/**
 * Records of a table body, keys = [row labels..., column labels...]. Diagnostics for numbers under
 * no header or several headers (with the nearest header in the hint), ranges as headers or row
 * labels, values that are not numbers, and delimited rows with the wrong number of cells.
 * `dim`: the declared dimension, when known (it tells a numeric label part from a number).
 */
export function layoutTable(
  body: TableBody,
  diags: Diagnostic[],
  dim?: number,
  acronyms?: ReadonlyMap<string, number>,
): Cells {
  const records = new Cells();
  let headers: Header[] | undefined;
  let delimHeader: DelimHeader | undefined;
  let prevDelim = false;
  let headersNext = false;
  const lines = body.lines;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const file = line.file;
    const t = file.text;
    if (line.delim) {
      if (!prevDelim) delimHeader = undefined;
      prevDelim = true;
      delimLine(line, delimHeader, (h) => (delimHeader = h), records, diags, dim);
      continue;
    }
    prevDelim = false;
    // First non-blank character.
    let i = line.start;
    while (i < line.end && isBlankCode(t.charCodeAt(i))) i++;
    if (i >= line.end) continue;
    if (!headers || headersNext || t.charCodeAt(i) === 43) {
      // Header line (the first, or a `+` continuation block).
      let from = line.start;
      let col = 0;
      if (headers && !headersNext) {
        for (let k = line.start; k <= i; k++)
          col = t.charCodeAt(k) === 9 ? (Math.floor(col / TAB) + 1) * TAB : col + 1;
        from = i + 1;
        // A `+` alone on its line: the headers are on the next non-blank line (tsp42).
        let j = from;
        while (j < line.end && isBlankCode(t.charCodeAt(j))) j++;
        if (j >= line.end) {
          headersNext = true;
          continue;
        }
      }
      // A range is a header of a `+` block (pool: `+ p6*p16`), not of the first line (E1052).
      headers = headersOf(file, words(t, line, from, col), diags, headers !== undefined);
      headersNext = false;
      continue;
    }
    const colDims = headers.find((h) => h.labels)?.labels?.length;
    const label = rowLabel(lines, li, i, dim !== undefined && colDims ? dim - colDims : undefined);
    if (!label) {
      const last = lines[lines.length - 1];
      diags.push(
        diag(
          M.Expected_0_but_found_1,
          span(file, i, i + 1),
          ["')'", 'the end of the table'],
          `the row label that starts here ends on line ${lineAndColumn(last.file, last.end).line} without its ')'.`,
        ),
      );
      return records.trim();
    }
    li = label.line;
    rowLine(lines[li], label, headers, records, diags, acronyms);
  }
  return records.trim();
}

/**
 * Whether the word at t[j, end) that starts with `.` and a digit is a number (`.5`, `.25e-3`),
 * rather than the rest of a label whose element is numeric (railcirc: `z31.Vl .1556.Rsd.1650`;
 * `z14.Rsd.2043.Vl .2138` is told apart by the number of row labels the table needs).
 */
function startsNumber(t: string, j: number, end: number): boolean {
  let k = j;
  while (k < end && !isBlankCode(t.charCodeAt(k))) k++;
  return /^\.\d+(e[+-]?\d+)?$/i.test(t.slice(j, k));
}

/**
 * The extent of the row label that starts at offset `from` of lines[li]: blanks may stand
 * around its dots (`input .agric`, `nili.  (a, b)`), and a parenthesised group may run over
 * several lines (`(peru, chile,` / `  mexico)`). Undefined when a `(` is never closed.
 */
function rowLabel(
  lines: readonly TableLine[],
  li: number,
  from: number,
  rowDims: number | undefined,
): { start: number; end: number; line: number } | undefined {
  const file = lines[li].file;
  const t = file.text;
  let depth = 0;
  // Dots of the label so far (outside parentheses).
  let dots = 0;
  let i = from;
  for (;;) {
    const end = lines[li].end;
    while (i < end) {
      const c = t.charCodeAt(i);
      if (c === 39 || c === 34) {
        const j = t.indexOf(t[i], i + 1);
        i = j < 0 || j >= end ? end : j + 1;
        continue;
      }
      if (c === 40) depth++;
      else if (c === 41) depth = Math.max(0, depth - 1);
      else if (c === 46 && depth === 0) dots++;
      else if (isBlankCode(c) && depth === 0) {
        let j = i;
        while (j < end && isBlankCode(t.charCodeAt(j))) j++;
        if (j >= end) break;
        const d = j + 1 < end ? t.charCodeAt(j + 1) : -1;
        const joins =
          j < end &&
          (t.charCodeAt(i - 1) === 46 ||
            (t.charCodeAt(j) === 46 &&
              d >= 0 &&
              (!(d >= 48 && d <= 57) || !startsNumber(t, j, end) || dots + 1 < (rowDims ?? 0))));
        if (!joins) return { start: from, end: i, line: li };
        i = j;
        continue;
      }
      i++;
    }
    // A label that ends with a dot goes on on the next line (indus89: `(sc-gur,sc-mill).(...).`).
    let k = i;
    while (k > from && isBlankCode(t.charCodeAt(k - 1))) k--;
    const dotEnd = depth === 0 && t.charCodeAt(k - 1) === 46;
    if (depth === 0 && !dotEnd) return { start: from, end: k, line: li };
    if (li + 1 >= lines.length || lines[li + 1].file !== file)
      return dotEnd ? { start: from, end: k, line: li } : undefined;
    li++;
    i = lines[li].start;
    while (i < lines[li].end && isBlankCode(t.charCodeAt(i))) i++;
  }
}

/**
 * One row: the row label, then numbers matched to headers by column overlap. The headers are
 * sorted by column and so are the numbers of a row, so one pointer walks both (linear time).
 */
function rowLine(
  line: TableLine,
  label: { start: number; end: number },
  hs: Header[],
  records: Cells,
  diags: Diagnostic[],
  acronyms?: ReadonlyMap<string, number>,
): void {
  const file = line.file;
  const t = file.text;
  const end = line.end;
  // Ranges are allowed in row labels (pool: `foulds2 .o1*o2`, sarf: `alfalfa.(sch-1*sch-4)`).
  const k = parseKey(file, label.start, label.end, diags);
  if (!k) return;
  const rows = keyTuples(k.groups);
  const rowIx = rows.length;
  const r0 = records.rowTuples.length;
  for (const row of rows) records.rowTuples.push(row);
  // Visual column of the label's end, counted from the start of its (last) line.
  let i = line.start;
  let col = 0;
  for (; i < label.end; i++) col = t.charCodeAt(i) === 9 ? (Math.floor(col / TAB) + 1) * TAB : col + 1;
  let p = 0;
  const H = hs.length;
  let sign: { s: number; c0: number } | undefined;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c === 9) {
      col = (Math.floor(col / TAB) + 1) * TAB;
      i++;
      continue;
    }
    if (isBlankCode(c)) {
      col++;
      i++;
      continue;
    }
    // A word [s, i) in columns [c0, col).
    const s = i;
    const c0 = col;
    while (i < end) {
      const d = t.charCodeAt(i);
      if (isBlankCode(d)) break;
      if (d === 39 || d === 34 || d === 91) {
        // A quoted label may contain blanks, and so may a `[expression]` number (trnspwlx).
        const close = d === 91 ? 93 : d;
        let j = i + 1;
        while (j < end && t.charCodeAt(j) !== close) j++;
        i = Math.min(end, j + 1);
        continue;
      }
      i++;
    }
    col += i - s;
    // A sign written apart from its number (`- 0.0013`) belongs to it.
    if (i - s === 1 && (t.charCodeAt(s) === 45 || t.charCodeAt(s) === 43)) {
      sign = { s, c0 };
      continue;
    }
    const c1 = col;
    const sg = sign;
    sign = undefined;
    const cs = sg ? sg.c0 : c0;
    while (p < H && hs[p].c1 <= cs) p++;
    let q = p;
    while (q < H && hs[q].c0 < c1) q++;
    // A number that overlaps no header belongs to the nearer of its two neighbours (library
    // models right- or left-align numbers a column or two off their header: `7374` / `1`).
    if (q === p) {
      const left = p > 0 ? hs[p - 1] : undefined;
      const right = p < H ? hs[p] : undefined;
      const dl = left ? cs - left.c1 : Infinity;
      const dr = right ? right.c0 - c1 : Infinity;
      if (dl < dr) {
        p--;
        q = p + 1;
      } else if (dr < dl) q = p + 1;
    }
    if (q - p === 1) {
      const h = hs[p];
      let value = parseValueAt(t, s, i) ?? acronyms?.get(t.slice(s, i).toLowerCase());
      if (value === undefined && t.charCodeAt(s) === 91 && t.charCodeAt(i - 1) === 93) {
        // GAMS evaluates a number written as `[expression]` when it reads the data.
        const r = evaluateExpression(t.slice(s + 1, i - 1));
        if (!r.ok) {
          diags.push(diag(M.Invalid_expression_in_0_1, span(file, s, i), ['table data', r.message]));
          continue;
        }
        value = r.value;
      }
      if (value === undefined) {
        diags.push(diag(M.Expected_a_number_but_found_0, span(file, s, i), [t.slice(s, i)]));
        continue;
      }
      if (sg && t.charCodeAt(sg.s) === 45) value = 0 - value;
      if (h.labels) {
        const ix = (h.ix ??= (h.tuples ?? [h.labels]).map((c) => records.colTuples.push(c) - 1));
        for (let r = r0; r < r0 + rowIx; r++) for (const c of ix) records.push(r, c, value, s);
      }
    } else if (q === p) {
      // Only when the table has no headers, or the number is halfway between two of them.
      const left = p > 0 ? hs[p - 1] : undefined;
      const right = p < H ? hs[p] : undefined;
      const hint =
        left && right
          ? `a number that overlaps no header belongs to the nearer one; this one (${colRange(c0, c1)}) is as far from '${left.text}' (${cols(left)}) as from '${right.text}' (${cols(right)}).`
          : 'the table has no column headers.';
      diags.push(diag(M.Table_number_0_under_no_header, span(file, s, i), [t.slice(s, i)], hint));
    } else {
      const list = hs
        .slice(p, q)
        .map((h) => `'${h.text}' ${cols(h)}`)
        .join(', ');
      diags.push(
        diag(
          M.Table_number_0_under_headers_1,
          span(file, s, i),
          [t.slice(s, i), list],
          `the number is in ${colRange(c0, c1)}.`,
        ),
      );
    }
  }
  if (sign) diags.push(diag(M.Expected_a_number_but_found_0, span(file, sign.s, sign.s + 1), [t[sign.s]]));
}

/**
 * Split a delimited line into cells [start, end) (commas outside quotes), trimmed. A line without
 * commas has its cells separated by blanks (GAMS reads `25  38  3  435` so: netgen).
 */
function cells(t: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  if (!/,/.test(t.slice(start, end).replace(/'[^']*'|"[^"]*"/g, ''))) {
    const re = /'[^']*'|"[^"]*"|[^\s'"]+/g;
    const line = t.slice(start, end);
    let cell: [number, number] | undefined;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const a = start + m.index;
      // Parts without blanks between them are one cell (`'a b'.c`).
      if (cell && cell[1] === a) cell[1] = a + m[0].length;
      else out.push((cell = [a, a + m[0].length]));
    }
    return out;
  }
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? t.charCodeAt(i) : 44;
    if (c === 39 || c === 34) {
      const j = t.indexOf(t[i], i + 1);
      if (j >= 0 && j < end) i = j;
      continue;
    }
    if (c === 44) {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(t[a])) a++;
      while (b > a && /\s/.test(t[b - 1])) b--;
      out.push([a, b]);
      s = i + 1;
    }
  }
  return out;
}

/**
 * The header of a delimited table: its cells, and once the first data row is read, how many of
 * them the row key takes and the column labels of the others.
 */
interface DelimHeader {
  readonly file: TableLine['file'];
  readonly cells: [number, number][];
  /** Labels in a row key: the table's dimensions the columns do not take (1 when unknown). */
  readonly rowLabels: number;
  layout?: { rowCells: number; columns: (Label[] | undefined)[]; ix?: number[] };
}

function delimLine(
  line: TableLine,
  header: DelimHeader | undefined,
  setHeader: (h: DelimHeader) => void,
  records: Cells,
  diags: Diagnostic[],
  dim: number | undefined,
): void {
  const file = line.file;
  const t = file.text;
  if (t.slice(line.start, line.end).trim() === '') return;
  const cs = cells(t, line.start, line.end);
  if (!header) {
    // Header line: the first cells name the row dimensions (or are empty) and are ignored. How
    // many cells that is shows in the first data row: a row key holds the table's dimensions the
    // columns do not, one label per cell (`25,38,...`: netgen's adata(n,n,*)) or dotted in one
    // (`1.2,...` for brdata(i,j,*)).
    const last = cs[cs.length - 1];
    const colDims =
      last && last[0] < last[1] ? (parseKey(file, last[0], last[1], [])?.groups.length ?? 1) : 1;
    setHeader({ file, cells: cs, rowLabels: dim !== undefined && dim - colDims >= 1 ? dim - colDims : 1 });
    return;
  }
  if (!header.layout) {
    let rowCells = 0;
    for (let n = 0; rowCells < cs.length - 1 && n < header.rowLabels; rowCells++) {
      const [a, b] = cs[rowCells];
      n += a < b ? (parseKey(file, a, b, [])?.groups.length ?? 1) : 1;
    }
    rowCells = Math.max(1, rowCells);
    header.layout = {
      rowCells,
      columns: header.cells.slice(rowCells).map(([a, b]) => {
        if (a === b) {
          diags.push(diag(M.Empty_label, span(header.file, a, a + 1)));
          return undefined;
        }
        const k = parseKey(header.file, a, b, diags, M.Table_range_header_0);
        return k && singleTuple(k);
      }),
    };
  }
  const headers = header.layout.columns;
  const rowCells = header.layout.rowCells;
  if (cs.length !== headers.length + rowCells) {
    let a = line.start;
    while (a < line.end && /\s/.test(t[a])) a++;
    diags.push(
      diag(M.Delim_row_has_0_cells_expected_1, span(file, a, line.end), [
        cs.length,
        headers.length + rowCells,
      ]),
    );
    return;
  }
  const groups = [];
  for (let k = 0; k < rowCells; k++) {
    const [ra, rb] = cs[k];
    if (ra === rb) {
      diags.push(diag(M.Empty_label, span(file, ra, ra + 1)));
      return;
    }
    const key = parseKey(file, ra, rb, diags);
    if (!key) return;
    groups.push(...key.groups);
  }
  const rows = keyTuples(groups);
  const r0 = records.rowTuples.length;
  for (const row of rows) records.rowTuples.push(row);
  const layout = header.layout;
  const ix = (layout.ix ??= headers.map((h) => (h ? records.colTuples.push(h) - 1 : -1)));
  for (let k = rowCells; k < cs.length; k++) {
    const [a, b] = cs[k];
    if (a === b) continue;
    const text = t.slice(a, b);
    const sp = span(file, a, b);
    const value = parseValueAt(t, a, b);
    if (value === undefined) {
      diags.push(diag(M.Expected_a_number_but_found_0, sp, [text]));
      continue;
    }
    const c = ix[k - rowCells];
    if (c < 0) continue;
    for (let r = r0; r < r0 + rows.length; r++) records.push(r, c, value, a);
  }
}
