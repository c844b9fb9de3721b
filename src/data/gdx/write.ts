// Writes a GDX file (version 7) as the reference library's gdxOpenWriteEx / gdxDataWriteStr /
// gdxClose do (GAMS-dev/gdx src/gxfile.cpp, src/gdlib/gmsstrm.cpp), byte for byte: same label
// numbering, record order, value coding and, when compressing, the same 32 KB blocks. Pure: no
// Node APIs; compression goes through an injected Deflater (node:zlib in Node). Imports format.ts.
import {
  BLOCK_SIZE,
  EMD_SPECIALS,
  GDX_VERSION,
  GMS_SV,
  HEADER_ID,
  HEADER_NR,
  MARK_ACRO,
  MARK_BOI,
  MARK_DATA,
  MARK_DOMS,
  MARK_SETT,
  MARK_SYMB,
  MARK_UEL,
  SYMBOL_TYPES,
  valueCount,
  type Deflater,
  type GdxAcronym,
  type GdxSymbol,
  type SpecialValues,
} from './format.ts';

const utf8 = new TextEncoder();

/** The bytes of a string, at most `max` (whole UTF-8 characters). */
function encodeText(s: string, max = 255): Uint8Array {
  let b = utf8.encode(s);
  if (b.length <= max) return b;
  let n = max;
  while (n > 0 && (b[n] & 0xc0) === 0x80) n--;
  b = b.subarray(0, n);
  return b;
}

/** TBufferedFileStream for writing: plain bytes, or 32 KB blocks compressed one by one. */
class ByteWriter {
  private out = new Uint8Array(1 << 16);
  private len = 0;
  private buf = new Uint8Array(BLOCK_SIZE);
  private nbuf = 0;
  private compress = false;
  private readonly tmp = new DataView(new ArrayBuffer(8));

  constructor(private readonly deflater?: Deflater) {}

  private append(b: Uint8Array): void {
    if (this.len + b.length > this.out.length) {
      let n = this.out.length * 2;
      while (n < this.len + b.length) n *= 2;
      const o = new Uint8Array(n);
      o.set(this.out.subarray(0, this.len));
      this.out = o;
    }
    this.out.set(b, this.len);
    this.len += b.length;
  }

  private flush(): void {
    if (this.nbuf === 0) return;
    const data = this.buf.subarray(0, this.nbuf);
    const z = this.deflater!.deflate(data);
    if (z.length < this.nbuf) (this.append(Uint8Array.of(1, z.length >> 8, z.length & 255)), this.append(z));
    else (this.append(Uint8Array.of(0, this.nbuf >> 8, this.nbuf & 255)), this.append(data));
    this.nbuf = 0;
  }

  setCompression(v: boolean): void {
    if (this.compress || v) this.flush();
    this.compress = v && !!this.deflater;
  }

  /** The physical position (flushes the pending block, as GetPosition does). */
  position(): number {
    if (this.compress) this.flush();
    return this.len + this.nbuf;
  }

  write(b: Uint8Array): void {
    if (!this.compress) {
      this.append(b);
      return;
    }
    let i = 0;
    while (i < b.length) {
      const k = Math.min(b.length - i, BLOCK_SIZE - this.nbuf);
      this.buf.set(b.subarray(i, i + k), this.nbuf);
      this.nbuf += k;
      i += k;
      if (this.nbuf >= BLOCK_SIZE) this.flush();
    }
  }

  byte(v: number): void {
    this.write(Uint8Array.of(v & 255));
  }
  word(v: number): void {
    this.tmp.setUint16(0, v, true);
    this.write(new Uint8Array(this.tmp.buffer, 0, 2).slice());
  }
  int(v: number): void {
    this.tmp.setInt32(0, v, true);
    this.write(new Uint8Array(this.tmp.buffer, 0, 4).slice());
  }
  int64(v: number): void {
    this.tmp.setBigInt64(0, BigInt(v), true);
    this.write(new Uint8Array(this.tmp.buffer, 0, 8).slice());
  }
  double(v: number): void {
    this.tmp.setFloat64(0, v, true);
    this.write(new Uint8Array(this.tmp.buffer, 0, 8).slice());
  }
  string(s: string): void {
    const b = encodeText(s);
    this.byte(b.length);
    this.write(b);
  }

  /** Overwrite bytes at a position already written (the section index at the end). */
  patch(at: number, b: Uint8Array): void {
    this.flush();
    this.out.set(b, at);
  }

  bytes(): Uint8Array {
    this.flush();
    return this.out.slice(0, this.len);
  }
}

export interface WriteOptions {
  /** Compress the data and tables (needs `deflater`; without one the file is written uncompressed). */
  compress?: boolean;
  deflater?: Deflater;
  /** The producer line (gdxOpenWrite's Producer). */
  producer?: string;
  /** The audit line the reference library writes (its version and build); EMD writes its own. */
  audit?: string;
  /** How special values appear in the records (default EMD_SPECIALS). */
  specials?: SpecialValues;
  /** Labels to number first, in this order (EMD passes its universe, as GAMS writes its UEL table). */
  uels?: readonly string[];
  acronyms?: readonly GdxAcronym[];
}

export type WriteResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Replace control characters by '?' and make all quotes the first kind seen (MakeGoodExplText). */
function goodText(s: string): string {
  let q = '';
  let out = '';
  for (const ch of s) {
    if (ch === '"' || ch === "'") {
      if (!q) q = ch;
      out += q;
    } else out += ch.charCodeAt(0) < 32 ? '?' : ch;
  }
  return out;
}

/**
 * Encode symbols as a GDX file. Symbols are written in the order given; an alias names its set
 * in `aliasOf` (which must come earlier, or be '*'). Returns an error value for input the format
 * cannot hold (bad names, dimensions, labels longer than 63 characters, duplicate records).
 */
export function writeGdx(symbols: readonly GdxSymbol[], opts: WriteOptions = {}): WriteResult {
  const w = new ByteWriter(opts.deflater);
  const compress = !!opts.compress && !!opts.deflater;
  const sv = opts.specials ?? EMD_SPECIALS;
  // Byte-order header, then the file header.
  w.byte(2);
  w.word(0x1234);
  w.byte(4);
  w.int(0x12345678);
  w.byte(8);
  w.double(3.1415926535897932385);
  w.byte(HEADER_NR);
  w.string(HEADER_ID);
  w.int(GDX_VERSION);
  w.int(compress ? 1 : 0);
  w.string(opts.audit ?? 'GDX Library TypeScript V7 EMD');
  w.string(opts.producer ?? 'EMD');
  const indexPos = w.position();
  for (let k = 0; k < 10; k++) w.int64(0);
  let next = w.position();

  // Labels: case-insensitive, first spelling kept (TUELTable).
  const uels: string[] = [];
  const uelNr = new Map<string, number>();
  const uel = (s: string): number => {
    const t = s.replace(/ +$/, '');
    const k = t.toLowerCase();
    let n = uelNr.get(k);
    if (n === undefined) {
      uels.push(t);
      n = uels.length;
      uelNr.set(k, n);
    }
    return n;
  };
  for (const u of opts.uels ?? []) uel(u);
  const setTexts = [''];
  const setTextNr = new Map<string, number>([['', 0]]);
  const symNr = new Map<string, number>();
  const acronyms = [...(opts.acronyms ?? [])];
  interface Row {
    name: string;
    type: number;
    dim: number;
    userInfo: number;
    text: string;
    position: number;
    count: number;
    hasText: boolean;
    compressed: boolean;
    domSymbols?: number[];
    domStrings?: string[];
    comments: string[];
  }
  const rows: Row[] = [];
  // With EMD's values NA and UNDF are both NaN: NaN is written as NA.
  const undf = Object.is(sv.undf, sv.na) ? undefined : sv.undf;
  const special: (number | undefined)[] = [undf, sv.na, sv.pinf, sv.minf, sv.eps, 0, 1, -1, 0.5, 2];

  for (const s of symbols) {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,62}$/.test(s.name))
      return { ok: false, message: `bad symbol name '${s.name}'` };
    if (symNr.has(s.name.toLowerCase())) return { ok: false, message: `duplicate symbol '${s.name}'` };
    const type = SYMBOL_TYPES.indexOf(s.type);
    if (s.dim < 0 || s.dim > 20 || !Number.isInteger(s.dim))
      return { ok: false, message: `symbol '${s.name}' has dimension ${s.dim}` };
    const row: Row = {
      name: s.name,
      type,
      dim: s.dim,
      userInfo: s.userInfo,
      text: goodText(s.text).slice(0, 255),
      position: 0,
      count: 0,
      hasText: false,
      compressed: false,
      comments: s.comments ?? [],
    };
    if (s.type === 'alias') {
      // gdxAddAlias: no data; user info is the aliased set's number (0: the universe).
      const target = !s.aliasOf || s.aliasOf === '*' ? 0 : symNr.get(s.aliasOf.toLowerCase());
      if (target === undefined)
        return { ok: false, message: `alias '${s.name}' of unknown set '${s.aliasOf}'` };
      row.userInfo = target;
      row.dim = target === 0 ? 1 : rows[target - 1].dim;
      row.text = target === 0 ? 'Aliased with *' : `Aliased with ${rows[target - 1].name}`;
      rows.push(row);
      symNr.set(s.name.toLowerCase(), rows.length);
      continue;
    }
    rows.push(row);
    symNr.set(s.name.toLowerCase(), rows.length);
    if (s.domain && s.dim > 0) {
      const nums = s.domain.map((d) => (d === '*' ? 0 : symNr.get(d.toLowerCase())));
      const regular =
        s.domainKind !== 'relaxed' &&
        nums.every((n) => n !== undefined && (n === 0 || rows[n - 1].type === 0 || rows[n - 1].type === 4));
      if (regular) row.domSymbols = nums as number[];
      else row.domStrings = s.domain.slice();
    }
    // Number the labels and texts in the order given, then sort by label numbers (the SortList).
    const dim = s.dim;
    const nval = valueCount(s.type);
    const keyed: { k: Int32Array; v: number[] }[] = [];
    for (const r of s.records) {
      if (r.keys.length !== dim)
        return { ok: false, message: `a record of '${s.name}' has ${r.keys.length} labels` };
      const k = new Int32Array(dim);
      for (let d = 0; d < dim; d++) {
        const t = r.keys[d].replace(/ +$/, '');
        if (utf8.encode(t).length > 63 || /[\u0000-\u001f]/.test(t) || (t.includes("'") && t.includes('"')))
          return { ok: false, message: `label '${t}' of '${s.name}' cannot be written to GDX` };
        k[d] = uel(t);
      }
      const v = r.values.slice(0, nval);
      while (v.length < nval) v.push(0);
      if (s.type === 'set') {
        let n = 0;
        if (r.text !== undefined && r.text !== '') {
          const t = goodText(r.text).slice(0, 255);
          n = setTextNr.get(t) ?? -1;
          if (n < 0) {
            setTexts.push(t);
            n = setTexts.length - 1;
            setTextNr.set(t, n);
          }
        }
        v[0] = n;
      }
      keyed.push({ k, v });
    }
    keyed.sort((a, b) => {
      for (let d = 0; d < dim; d++) if (a.k[d] !== b.k[d]) return a.k[d] - b.k[d];
      return 0;
    });
    for (let i = 1; i < keyed.length; i++) {
      let same = dim > 0;
      for (let d = 0; d < dim && same; d++) same = keyed[i].k[d] === keyed[i - 1].k[d];
      if (same || (dim === 0 && i > 0))
        return {
          ok: false,
          message: `duplicate record ${[...keyed[i].k].map((n) => uels[n - 1]).join('.')} in '${s.name}'`,
        };
    }
    // PrepareSymbolWrite / InitDoWrite / DoWrite / DataWriteDone.
    row.compressed = compress && dim > 0;
    w.setCompression(row.compressed);
    row.position = next;
    w.string(MARK_DATA);
    w.byte(dim);
    w.int(keyed.length);
    const min = new Array<number>(dim).fill(2147483647);
    const max = new Array<number>(dim).fill(0);
    for (const { k } of keyed)
      for (let d = 0; d < dim; d++) {
        if (k[d] < min[d]) min[d] = k[d];
        if (k[d] > max[d]) max[d] = k[d];
      }
    const size: number[] = [];
    for (let d = 0; d < dim; d++) {
      const span = max[d] - min[d] + 1;
      size.push(span <= 0 ? 4 : span <= 255 ? 1 : span <= 65535 ? 2 : 4);
      w.int(min[d]);
      w.int(max[d]);
    }
    const last = new Array<number>(dim).fill(-256);
    const deltaMax = 255 - dim - 1;
    for (const { k, v } of keyed) {
      let fdim = dim + 1;
      let delta = 0;
      for (let d = 0; d < dim; d++) {
        delta = k[d] - last[d];
        if (delta) {
          fdim = d + 1;
          break;
        }
      }
      if (fdim > dim) w.byte(1);
      else if (fdim === dim && delta <= deltaMax) {
        w.byte(dim + delta);
        last[dim - 1] = k[dim - 1];
      } else {
        w.byte(fdim);
        for (let d = fdim - 1; d < dim; d++) {
          const x = k[d] - min[d];
          if (size[d] === 1) w.byte(x);
          else if (size[d] === 2) w.word(x);
          else w.int(x);
          last[d] = k[d];
        }
      }
      for (let f = 0; f < nval; f++) {
        const x = v[f];
        let xv = 0;
        while (xv < 10 && !Object.is(x, special[xv])) xv++;
        if (xv === 10) {
          if (x === 0) xv = 5;
          else if (Number.isNaN(x)) xv = 1;
          else if (x === Infinity) xv = 2;
          else if (x === -Infinity) xv = 3;
        }
        w.byte(xv);
        if (xv === 10) {
          w.double(x);
          if (x >= GMS_SV.acr) {
            const index = Math.round(x / GMS_SV.acr);
            if (!acronyms.some((a) => a.index === index)) acronyms.push({ name: '', text: '', index });
          }
        }
      }
      row.count++;
      if (s.type === 'set' && v[0] !== 0) row.hasText = true;
    }
    w.byte(255);
    next = w.position();
    w.setCompression(false);
  }

  // gdxClose: symbol table, set texts, labels, acronyms, domain strings, then the section index.
  w.setCompression(compress);
  const symbPos = next;
  w.string(MARK_SYMB);
  w.int(rows.length);
  for (const r of rows) {
    w.string(r.name);
    w.int64(r.position);
    w.int(r.dim);
    w.byte(r.type);
    w.int(r.userInfo);
    w.int(r.count);
    w.int(0);
    w.byte(r.hasText ? 1 : 0);
    w.string(r.text);
    w.byte(r.compressed ? 1 : 0);
    w.byte(r.domSymbols ? 1 : 0);
    for (const d of r.domSymbols ?? []) w.int(d);
    w.int(r.comments.length);
    for (const c of r.comments) w.string(c);
  }
  w.string(MARK_SYMB);
  const setTextPos = w.position();
  w.string(MARK_SETT);
  w.int(setTexts.length);
  for (const t of setTexts) w.string(t);
  w.string(MARK_SETT);
  const uelPos = w.position();
  w.string(MARK_UEL);
  w.int(uels.length);
  for (const u of uels) w.string(u);
  w.string(MARK_UEL);
  const acroPos = w.position();
  w.string(MARK_ACRO);
  w.int(acronyms.length);
  for (const a of acronyms) {
    w.string(a.name || `UnknownACRO${a.index}`);
    w.string(goodText(a.text));
    w.int(a.index);
  }
  w.string(MARK_ACRO);
  const domStrPos = w.position();
  w.string(MARK_DOMS);
  const domStrs: string[] = [];
  const domStrNr = new Map<string, number>();
  const domIdx = rows.map((r) =>
    r.domStrings?.map((d) => {
      if (d === '*' || !/^[A-Za-z][A-Za-z0-9_]{0,62}$/.test(d)) return 0;
      let n = domStrNr.get(d.toLowerCase());
      if (n === undefined) {
        domStrs.push(d);
        n = domStrs.length;
        domStrNr.set(d.toLowerCase(), n);
      }
      return n;
    }),
  );
  w.int(domStrs.length);
  for (const d of domStrs) w.string(d);
  w.string(MARK_DOMS);
  domIdx.forEach((ix, k) => {
    if (!ix) return;
    w.int(k + 1);
    for (const n of ix) w.int(n);
  });
  w.int(-1);
  w.string(MARK_DOMS);
  w.position();
  w.setCompression(false);
  const index = new DataView(new ArrayBuffer(4 + 6 * 8));
  index.setInt32(0, MARK_BOI, true);
  [symbPos, uelPos, setTextPos, acroPos, symbPos, domStrPos].forEach((p, k) =>
    index.setBigInt64(4 + 8 * k, BigInt(p), true),
  );
  w.patch(indexPos, new Uint8Array(index.buffer));
  return { ok: true, bytes: w.bytes() };
}
