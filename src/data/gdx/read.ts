// Reads a GDX file (versions 5 to 7, compressed or not, either byte order) from bytes, as the
// reference library's gdxOpenRead and gdxDataReadStr do (GAMS-dev/gdx src/gxfile.cpp). Pure: no
// Node APIs, runs in the browser. A truncated or corrupt file gives a GdxError value, never a
// throw or a hang. Imports format.ts and inflate.ts.
import {
  BLOCK_SIZE,
  EMD_SPECIALS,
  GDX_VERSION,
  HEADER_ID,
  HEADER_NR,
  MARK_ACRO,
  MARK_BOI,
  MARK_DATA,
  MARK_DOMS,
  MARK_SETT,
  MARK_SYMB,
  MARK_UEL,
  MAX_DIM,
  SYMBOL_TYPES,
  valueCount,
  type GdxAcronym,
  type GdxError,
  type GdxFile,
  type GdxSymbol,
  type SpecialValues,
} from './format.ts';
import { InflateError, zlibInflate } from './inflate.ts';

class Corrupt extends Error {
  constructor(
    readonly kind: GdxError['kind'],
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Bytes of a string as text: UTF-8 when valid, else Latin-1 (files written on Windows). */
function decodeText(b: Uint8Array): string {
  try {
    return utf8.decode(b);
  } catch {
    return latin1.decode(b);
  }
}

/**
 * The file seen as TBufferedFileStream sees it: plain bytes, or from a position on, a chain of
 * compressed blocks. Every read is bounds-checked. Plain bytes are one block that has no next.
 */
class ByteReader {
  private compressed = false;
  /** The current block (the whole file when not compressed), a view of it and the read position. */
  private cur: Uint8Array;
  private view: DataView;
  private p = 0;
  /** Compressed mode: offset of the next block in the file. */
  private nextBlock = 0;
  swapInt = false;
  swapWord = false;
  swapDouble = false;
  private readonly tmp = new DataView(new ArrayBuffer(8));

  constructor(private readonly data: Uint8Array) {
    this.cur = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get offset(): number {
    return this.compressed ? this.nextBlock : this.p;
  }

  seek(p: number, compressed: boolean): void {
    if (!Number.isSafeInteger(p) || p < 0 || p > this.data.length)
      throw new Corrupt('corrupt', `a section offset (${p}) lies outside the file`, p);
    this.compressed = compressed;
    if (compressed) {
      this.setBlock(new Uint8Array(0));
      this.nextBlock = p;
    } else {
      this.setBlock(this.data);
      this.p = p;
    }
  }

  private setBlock(b: Uint8Array): void {
    this.cur = b;
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    this.p = 0;
  }

  /** Load the next compressed block; the end of the data in plain mode. */
  private fill(): void {
    if (!this.compressed) throw new Corrupt('truncated', 'the file ends too early', this.p);
    const p = this.nextBlock;
    if (p + 3 > this.data.length)
      throw new Corrupt('truncated', 'the file ends inside a compressed block', p);
    const type = this.data[p];
    const len = (this.data[p + 1] << 8) | this.data[p + 2];
    if (p + 3 + len > this.data.length)
      throw new Corrupt('truncated', 'the file ends inside a compressed block', p);
    const raw = this.data.subarray(p + 3, p + 3 + len);
    let block: Uint8Array;
    if (type === 0) block = raw;
    else if (type === 1) {
      try {
        block = zlibInflate(raw, BLOCK_SIZE);
      } catch (e) {
        if (e instanceof InflateError)
          throw new Corrupt('zlib', `a compressed block is corrupt (${e.message})`, p);
        throw e;
      }
    } else throw new Corrupt('corrupt', `bad compressed block type ${type}`, p);
    if (len === 0 || block.length === 0) throw new Corrupt('corrupt', 'empty compressed block', p);
    this.nextBlock = p + 3 + len;
    this.setBlock(block);
  }

  bytes(n: number): Uint8Array {
    if (this.p + n <= this.cur.length) {
      const b = this.cur.subarray(this.p, this.p + n);
      this.p += n;
      return b;
    }
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n) {
      if (this.p >= this.cur.length) this.fill();
      const k = Math.min(n - got, this.cur.length - this.p);
      out.set(this.cur.subarray(this.p, this.p + k), got);
      this.p += k;
      got += k;
    }
    return out;
  }

  byte(): number {
    if (this.p >= this.cur.length) this.fill();
    return this.cur[this.p++];
  }

  /** A value of n bytes that may straddle blocks or need swapping, through the scratch view. */
  private scratch(n: number, swap: boolean): DataView {
    const b = this.bytes(n);
    const t = this.tmp;
    for (let i = 0; i < n; i++) t.setUint8(i, swap ? b[n - 1 - i] : b[i]);
    return t;
  }

  word(): number {
    if (!this.swapWord && this.p + 2 <= this.cur.length) {
      const v = this.view.getUint16(this.p, true);
      this.p += 2;
      return v;
    }
    return this.scratch(2, this.swapWord).getUint16(0, true);
  }
  int(): number {
    if (!this.swapInt && this.p + 4 <= this.cur.length) {
      const v = this.view.getInt32(this.p, true);
      this.p += 4;
      return v;
    }
    return this.scratch(4, this.swapInt).getInt32(0, true);
  }
  int64(): number {
    const v = this.scratch(8, this.swapInt).getBigInt64(0, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < 0n)
      throw new Corrupt('corrupt', `bad section offset ${v}`, this.offset);
    return Number(v);
  }
  double(): number {
    if (!this.swapDouble && this.p + 8 <= this.cur.length) {
      const v = this.view.getFloat64(this.p, true);
      this.p += 8;
      return v;
    }
    return this.scratch(8, this.swapDouble).getFloat64(0, true);
  }
  string(): string {
    const n = this.byte();
    return n === 0 ? '' : decodeText(this.bytes(n));
  }

  /** Raw access for the byte-order header (always at the start, never compressed). */
  rawView(): DataView {
    return new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
  }
}

export interface ReadOptions {
  /** How special values are returned (default EMD_SPECIALS: EPS -0, NA and UNDF NaN, ±Infinity). */
  specials?: SpecialValues;
  /**
   * Decode the records of these symbols only (names, any case); the others come with empty
   * `records` and their `recordCount`. Default: every symbol.
   */
  only?: readonly string[];
}

export type ReadResult = { ok: true; file: GdxFile } | { ok: false; error: GdxError };

/** Parse a GDX file. Never throws on bad input. */
export function readGdx(bytes: Uint8Array, opts: ReadOptions = {}): ReadResult {
  try {
    return { ok: true, file: readUnchecked(bytes, opts) };
  } catch (e) {
    if (e instanceof Corrupt)
      return { ok: false, error: { kind: e.kind, message: e.message, offset: e.offset } };
    if (e instanceof RangeError)
      // a typed-array allocation from a huge count in a corrupt file
      return { ok: false, error: { kind: 'corrupt', message: e.message } };
    throw e;
  }
}

/** The byte-order header: [size][pattern] for word, integer and double. */
function byteOrder(r: ByteReader, len: number): void {
  if (len < 17) throw new Corrupt('not-gdx', 'the file is too short to be a GDX file', 0);
  const v = r.rawView();
  const check = (at: number, size: number, ok: (le: boolean) => boolean): boolean => {
    if (v.getUint8(at) !== size) throw new Corrupt('not-gdx', 'no GDX byte-order header', at);
    if (ok(true)) return false;
    if (ok(false)) return true;
    throw new Corrupt('not-gdx', 'no GDX byte-order header', at);
  };
  r.swapWord = check(0, 2, (le) => v.getUint16(1, le) === 0x1234);
  r.swapInt = check(3, 4, (le) => v.getInt32(4, le) === 0x12345678);
  r.swapDouble = check(8, 8, (le) => v.getFloat64(9, le) === 3.1415926535897932385);
  r.seek(17, false);
}

function readUnchecked(bytes: Uint8Array, opts: ReadOptions): GdxFile {
  const r = new ByteReader(bytes);
  byteOrder(r, bytes.length);
  if (r.byte() !== HEADER_NR) throw new Corrupt('not-gdx', 'no GDX header', 17);
  if (r.string().toUpperCase() !== HEADER_ID) throw new Corrupt('not-gdx', 'no GDX header', 18);
  const version = r.int();
  if (version > GDX_VERSION || version < 5)
    throw new Corrupt('version', `GDX version ${version} is not supported (versions 5 to 7 are)`, 28);
  const compressed = version > 5 && r.int() > 0;
  const audit = r.string();
  const producer = r.string();
  if (r.int() !== MARK_BOI) throw new Corrupt('corrupt', 'no section index after the header', r.offset);
  let symbPos: number, uelPos: number, setTextPos: number;
  let acroPos = 0;
  let domStrPos = 0;
  if (version <= 5) {
    symbPos = r.int();
    uelPos = r.int();
    setTextPos = r.int();
    r.int();
  } else {
    symbPos = r.int64();
    uelPos = r.int64();
    setTextPos = r.int64();
    if (version >= 7) {
      acroPos = r.int64();
      r.int64();
      domStrPos = r.int64();
    }
  }
  const marker = (m: string) => {
    const at = r.offset;
    if (r.string() !== m) throw new Corrupt('corrupt', `section marker ${m} missing`, at);
  };
  const count = (what: string, limit: number) => {
    const at = r.offset;
    const n = r.int();
    // Every item takes at least one byte: a count beyond that is corrupt (and would hang or exhaust memory).
    if (n < 0 || n > limit) throw new Corrupt('corrupt', `bad ${what} count ${n}`, at);
    return n;
  };
  const maxItems = compressed ? bytes.length * 1100 : bytes.length;

  // Symbol table
  r.seek(symbPos, compressed);
  marker(MARK_SYMB);
  const nsym = count('symbol', maxItems);
  interface Entry {
    sym: GdxSymbol;
    position: number;
    compressed: boolean;
    domSymbols?: number[];
  }
  const entries: Entry[] = [];
  for (let n = 1; n <= nsym; n++) {
    const name = r.string();
    const position = version <= 5 ? r.int() : r.int64();
    const dim = r.int();
    const typeCode = r.byte();
    const userInfo = r.int();
    const recordCount = r.int();
    r.int(); // errors
    r.byte(); // has set text
    const text = r.string();
    const isCompressed = version > 5 && r.byte() !== 0;
    if (dim < 0 || dim > MAX_DIM)
      throw new Corrupt('corrupt', `symbol '${name}' has dimension ${dim}`, r.offset);
    if (typeCode >= SYMBOL_TYPES.length)
      throw new Corrupt('corrupt', `symbol '${name}' has type code ${typeCode}`, r.offset);
    const e: Entry = {
      sym: { name, type: SYMBOL_TYPES[typeCode], dim, userInfo, text, records: [], recordCount },
      position,
      compressed: isCompressed,
    };
    if (version >= 7) {
      if (r.byte()) {
        e.domSymbols = [];
        for (let d = 0; d < dim; d++) e.domSymbols.push(r.int());
      }
      const nc = count('comment', maxItems);
      if (nc > 0) {
        e.sym.comments = [];
        for (let k = 0; k < nc; k++) e.sym.comments.push(r.string());
      }
    }
    entries.push(e);
  }
  marker(MARK_SYMB);
  const symbolName = (k: number) => (k >= 1 && k <= entries.length ? entries[k - 1].sym.name : undefined);
  for (const e of entries) {
    if (e.domSymbols) {
      e.sym.domain = e.domSymbols.map((k) => (k === 0 ? '*' : (symbolName(k) ?? '*')));
      e.sym.domainKind = 'regular';
    }
    if (e.sym.type === 'alias')
      e.sym.aliasOf = e.sym.userInfo === 0 ? '*' : (symbolName(e.sym.userInfo) ?? '*');
  }

  // UEL table
  r.seek(uelPos, compressed);
  marker(MARK_UEL);
  let nuel = count('label', maxItems);
  if (audit.substring(15, 19) === '2001') nuel--; // files written before 2002 count one too many
  const uels: string[] = [];
  for (let k = 0; k < nuel; k++) uels.push(r.string());
  marker(MARK_UEL);

  // Set texts
  r.seek(setTextPos, compressed);
  marker(MARK_SETT);
  const ntext = count('set text', maxItems);
  const setTexts: string[] = [];
  for (let k = 0; k < ntext; k++) setTexts.push(r.string());
  marker(MARK_SETT);

  // Acronyms
  const acronyms: GdxAcronym[] = [];
  if (version >= 7) {
    r.seek(acroPos, compressed);
    marker(MARK_ACRO);
    const nacr = count('acronym', maxItems);
    for (let k = 0; k < nacr; k++) acronyms.push({ name: r.string(), text: r.string(), index: r.int() });
    marker(MARK_ACRO);
  }

  // Relaxed domain strings: they take precedence over domain symbols (gdxSymbolGetDomainX).
  if (version >= 7 && domStrPos) {
    r.seek(domStrPos, compressed);
    marker(MARK_DOMS);
    const nstr = count('domain string', maxItems);
    const strs: string[] = [];
    for (let k = 0; k < nstr; k++) strs.push(r.string());
    marker(MARK_DOMS);
    for (let guard = 0; ; guard++) {
      const k = r.int();
      if (k <= 0) break;
      if (k > entries.length || guard > entries.length)
        throw new Corrupt('corrupt', `bad symbol number ${k} in the domain strings`, r.offset);
      const s = entries[k - 1].sym;
      s.domain = [];
      s.domainKind = 'relaxed';
      for (let d = 0; d < s.dim; d++) {
        const j = r.int();
        s.domain.push(j >= 1 && j <= strs.length ? strs[j - 1] : '*');
      }
    }
    marker(MARK_DOMS);
  }

  const only = opts.only ? new Set(opts.only.map((s) => s.toLowerCase())) : undefined;
  const specials = opts.specials ?? EMD_SPECIALS;
  for (const e of entries) {
    if (e.sym.type === 'alias') continue;
    if (only && !only.has(e.sym.name.toLowerCase())) continue;
    readData(r, e.sym, e.position, e.compressed, version, uels, setTexts, specials);
  }
  return { version, compressed, audit, producer, uels, symbols: entries.map((e) => e.sym), acronyms };
}

/** Decode one symbol's records (TGXFileObj::DoRead). */
function readData(
  r: ByteReader,
  sym: GdxSymbol,
  position: number,
  compressed: boolean,
  version: number,
  uels: string[],
  setTexts: string[],
  sv: SpecialValues,
): void {
  const dim = sym.dim;
  const nval = valueCount(sym.type);
  r.seek(position, compressed);
  const at = r.offset;
  if (r.string() !== MARK_DATA) throw new Corrupt('corrupt', `data of '${sym.name}' not found`, at);
  if (r.byte() !== dim) throw new Corrupt('corrupt', `data of '${sym.name}' has the wrong dimension`, at);
  r.int(); // record count as written (duplicates included)
  if (dim === 0 && sym.recordCount === 0) {
    sym.records.push({ keys: [], values: defaultRecord(sym, sv) });
    return;
  }
  const min: number[] = [];
  const size: number[] = [];
  for (let d = 0; d < dim; d++) {
    const lo = r.int();
    const hi = r.int();
    min.push(lo);
    const span = hi - lo + 1;
    size.push(span <= 0 ? 4 : span <= 255 ? 1 : span <= 65535 ? 2 : 4);
  }
  const delta = version <= 6 ? 10 : dim;
  const last = new Array<number>(dim).fill(-1);
  const special = [sv.undf, sv.na, sv.pinf, sv.minf, sv.eps, 0, 1, -1, 0.5, 2];
  let undf = 0;
  for (;;) {
    const b = r.byte();
    if (b > delta) {
      if (b === 255) break;
      if (dim > 0) last[dim - 1] += b - delta;
    } else {
      if (b < 1) throw new Corrupt('corrupt', `bad record of '${sym.name}'`, r.offset);
      for (let d = b - 1; d < dim; d++) {
        const s = size[d];
        last[d] = (s === 1 ? r.byte() : s === 2 ? r.word() : r.int()) + min[d];
      }
    }
    const keys: string[] = new Array(dim);
    for (let d = 0; d < dim; d++) {
      const u = last[d];
      if (u < 1 || u > uels.length)
        throw new Corrupt('corrupt', `record of '${sym.name}' refers to label number ${u}`, r.offset);
      keys[d] = uels[u - 1];
    }
    const values: number[] = new Array(nval);
    for (let f = 0; f < nval; f++) {
      const c = r.byte();
      if (c === 10) values[f] = r.double();
      else if (c < 10) {
        values[f] = special[c];
        if (c === 0) undf++;
      } else values[f] = 0; // the reference reads an out-of-range indicator as 0
    }
    const rec: { keys: string[]; values: number[]; text?: string } = { keys, values };
    if (sym.type === 'set') {
      const t = values[0];
      if (t !== 0 && Number.isInteger(t) && t > 0 && t < setTexts.length) rec.text = setTexts[t];
      values[0] = 0;
    }
    sym.records.push(rec);
  }
  if (undf) sym.undfCount = undf;
}

/** The record a scalar without data has (GetDefaultRecord): 0, or a variable's or equation's defaults. */
function defaultRecord(sym: GdxSymbol, sv: SpecialValues): number[] {
  if (sym.type === 'variable') {
    const t = sym.userInfo >= 0 && sym.userInfo <= 9 ? sym.userInfo : 0;
    const lo = t === 4 || t === 5 ? sv.minf : t === 8 || t === 9 ? 1 : 0;
    const up = t === 1 ? 1 : t === 4 || t === 0 ? 0 : sv.pinf;
    return [0, 0, lo, up, 1];
  }
  if (sym.type === 'equation') {
    const t = sym.userInfo - 53 >= 0 && sym.userInfo - 53 < 7 ? sym.userInfo - 53 : 0;
    const lo = t === 2 || t === 3 ? sv.minf : 0;
    const up = t === 1 || t === 3 || t === 5 ? sv.pinf : 0;
    return [0, 0, lo, up, 1];
  }
  return [0];
}
