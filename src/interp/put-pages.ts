// The put writer's pages (GAMS UG_Put, "The put writer: page layout"): a put file has a title
// block (`puttl`), a header block (`puthd`) and the window (`put`), each a list of lines with its
// own cursor (row and column, from 1). Text goes at the cursor, over what the line holds there;
// `/` moves to the next row, `@n` to column n, and the attributes cr/cc (window), tlcr/tlcc and
// hdcr/hdcc move the cursors. A page (title, header, window) is written at `putpage`, when the
// window passes the page size `ps` in a paged mode (`pc` 0, 1 or 3), and when the file is written
// out; a page with an empty window is not written; `pc = 3` starts each page after the first with a form feed. Lines are not cut at the page
// width `pw` (kept as an attribute). Imports nothing.

/** A block of a page: its lines and its cursor. */
class Block {
  lines: string[] = [''];
  row = 1;
  col = 1;

  write(text: string): void {
    while (this.lines.length < this.row) this.lines.push('');
    const line = this.lines[this.row - 1];
    const at = this.col - 1;
    this.lines[this.row - 1] = line.slice(0, at).padEnd(at) + text + line.slice(at + text.length);
    this.col += text.length;
  }

  newline(): void {
    this.row++;
    this.col = 1;
    while (this.lines.length < this.row) this.lines.push('');
  }

  /** The lines with text (a block's trailing empty lines are no lines of the page). */
  written(): string[] {
    let n = this.lines.length;
    while (n > 0 && this.lines[n - 1] === '') n--;
    return this.lines.slice(0, n);
  }

  clear(): void {
    this.lines = [''];
    this.row = 1;
    this.col = 1;
  }
}

export type PutBlock = 'title' | 'header' | 'window';

/** GAMS's defaults: page size 60 lines, page width 255 columns, continuous pages (pc 2). */
const DEFAULTS: Record<string, number> = { ps: 60, pw: 255, pc: 2 };

export class PutPages {
  private readonly blocks: Record<PutBlock, Block> = {
    title: new Block(),
    header: new Block(),
    window: new Block(),
  };
  private readonly attrs = new Map<string, number>();
  /** The pages written so far. */
  private done = '';
  private pages = 0;

  write(block: PutBlock, text: string): void {
    this.blocks[block].write(text);
  }

  newline(block: PutBlock): void {
    const b = this.blocks[block];
    b.newline();
    if (block === 'window' && this.paged() && b.row > this.windowRows()) this.page();
  }

  column(block: PutBlock, n: number): void {
    this.blocks[block].col = Math.max(1, Math.round(n));
  }

  /** An attribute: a cursor (cr, cc, tlcr, ...), else the value set, else GAMS's default. */
  get(attr: string): number {
    const a = attr.toLowerCase();
    const cursor = CURSORS[a];
    if (cursor) return this.blocks[cursor[0]][cursor[1]];
    return this.attrs.get(a) ?? DEFAULTS[a] ?? 0;
  }

  set(attr: string, value: number): void {
    const a = attr.toLowerCase();
    const cursor = CURSORS[a];
    if (!cursor) {
      this.attrs.set(a, value);
      return;
    }
    const b = this.blocks[cursor[0]];
    b[cursor[1]] = Math.max(1, Math.round(value));
    while (b.lines.length < b.row) b.lines.push('');
  }

  /** `putpage`: write the page (title, header, window) and start an empty window; an empty window writes none. */
  page(): void {
    if (this.blocks.window.written().length === 0) return;
    const lines = [
      ...this.blocks.title.written(),
      ...this.blocks.header.written(),
      ...this.blocks.window.written(),
    ];
    this.done += this.separator() + lines.map((l) => l + '\n').join('');
    this.pages++;
    this.blocks.window.clear();
  }

  /** Everything written to the file so far: the pages, then the page in progress. */
  text(): string {
    const w = this.blocks.window;
    const top = [...this.blocks.title.written(), ...this.blocks.header.written()];
    const empty = w.lines.length === 1 && w.lines[0] === '';
    if (empty && (this.pages > 0 || top.length === 0)) return this.done;
    // The window as written: a last `/` ends the text with a line break.
    return this.done + this.separator() + top.map((l) => l + '\n').join('') + w.lines.join('\n');
  }

  private separator(): string {
    return this.pages > 0 && this.get('pc') === 3 ? '\f' : '';
  }

  private paged(): boolean {
    const pc = this.get('pc');
    return pc === 0 || pc === 1 || pc === 3;
  }

  /** Rows of the window on a page: the page size less the title and header lines. */
  private windowRows(): number {
    const top = this.blocks.title.written().length + this.blocks.header.written().length;
    return Math.max(1, this.get('ps') - top);
  }
}

/** Cursor attributes: the block and the coordinate they name. */
const CURSORS: Record<string, [PutBlock, 'row' | 'col']> = {
  cr: ['window', 'row'],
  cc: ['window', 'col'],
  tlcr: ['title', 'row'],
  tlcc: ['title', 'col'],
  hdcr: ['header', 'row'],
  hdcc: ['header', 'col'],
};
