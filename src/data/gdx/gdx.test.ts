import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { readGdx } from './read.ts';
import { writeGdx, type WriteOptions } from './write.ts';
import { GAMS_SPECIALS, type Deflater, type GdxFile } from './format.ts';
import { zlibInflate } from './inflate.ts';
import { dumpGdx, dumpGdxFile } from '../../../test/gdx-dump.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/gdx/${name}`, import.meta.url)));
const text = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/gdx/${name}`, import.meta.url), 'utf8');
const nodeDeflater: Deflater = { deflate: (b) => new Uint8Array(deflateSync(b)) };

function read(bytes: Uint8Array): GdxFile {
  const r = readGdx(bytes, { specials: GAMS_SPECIALS });
  if (!r.ok) throw new Error(r.error.message);
  return r.file;
}

/** Write a file back with the settings it was written with (audit, producer, labels, acronyms). */
function rewrite(f: GdxFile, extra: WriteOptions = {}): Uint8Array {
  const w = writeGdx(f.symbols, {
    audit: f.audit,
    producer: f.producer,
    uels: f.uels,
    acronyms: f.acronyms,
    specials: GAMS_SPECIALS,
    compress: f.compressed,
    deflater: nodeDeflater,
    ...extra,
  });
  if (!w.ok) throw new Error(w.message);
  return w.bytes;
}

const DUMPED = [
  'ref-all',
  'ref-all-compressed',
  'gamslib-mcpReport',
  'gamslib-lakein',
  'gamslib-diffile',
  'gamslib-mv',
  'gamslib-sr2kandw_in',
];

describe('GDX reader against the reference library', () => {
  it.each(DUMPED)('%s.gdx reads exactly as the reference library reads it', (name) => {
    expect(dumpGdx(fixture(`${name}.gdx`))).toBe(text(`${name}.dump.txt`));
  });

  it('reads the 32 KB blocks of a big file, compressed or not, as the reference does', () => {
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(sha(dumpGdx(fixture('ref-big.gdx')))).toBe(
      'a26d50a734f6458cf94daab42347e8339e1862c603ee76042975b37cfb677ce0',
    );
    expect(sha(dumpGdx(fixture('ref-big-compressed.gdx')))).toBe(
      '64ac5a123c62aa4fe4907130e04d9b59b69642ee9fc8299cd4c9d8ca57c59917',
    );
    const f = read(fixture('ref-big-compressed.gdx'));
    const flow = f.symbols.find((s) => s.name === 'flow')!;
    expect(flow.records.length).toBe(43 * 34 * 5);
    expect(flow.records[1]).toEqual({ keys: ['n1', 'n1', 'h6'], values: [((1 * 1 + 6) % 50) * 0.25 + 0.1] });
  });

  it('gives EMD values for the special values by default: EPS -0, NA and UNDF NaN, ±Infinity', () => {
    const r = readGdx(fixture('ref-all.gdx'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sv = r.file.symbols.find((s) => s.name === 'sv')!;
    const v = Object.fromEntries(sv.records.map((x) => [x.keys[0], x.values[0]]));
    expect(Object.is(v.eps, -0)).toBe(true);
    expect(v.na).toBeNaN();
    expect(v.undf).toBeNaN();
    expect(sv.undfCount).toBe(1);
    expect(v.pinf).toBe(Infinity);
    expect(v.minf).toBe(-Infinity);
    const x = r.file.symbols.find((s) => s.name === 'x')!;
    expect(x.records[5]).toEqual({ keys: ['san-diego', 'topeka'], values: [275, -0, 0, Infinity, 1] });
    const i = r.file.symbols.find((s) => s.name === 'i')!;
    expect(i.records.map((e) => [e.keys[0], e.text])).toEqual([
      ['seattle', 'Seattle, WA'],
      ['san-diego', 'San Diego, CA'],
    ]);
    expect(r.file.symbols.find((s) => s.name === 'ip')).toMatchObject({ type: 'alias', aliasOf: 'i' });
  });
});

describe('GDX writer against the reference library', () => {
  it.each(['ref-all.gdx', 'ref-big.gdx'])(
    'rewriting %s gives the reference library bytes exactly',
    (name) => {
      const bytes = fixture(name);
      expect(Buffer.from(rewrite(read(bytes))).equals(Buffer.from(bytes))).toBe(true);
    },
  );

  // Node bundles zlib 1.3.1 (Chromium's), the reference was built with the system's 1.2.13: the
  // deflate streams differ, so compressed files are compared by what they hold (the reference
  // library reads EMD's compressed files: scripts/gdx-reference/compare.ts).
  it.each(['ref-all-compressed.gdx', 'ref-big-compressed.gdx'])('rewriting %s keeps every record', (name) => {
    const bytes = fixture(name);
    const again = rewrite(read(bytes));
    expect(dumpGdx(again)).toBe(dumpGdx(bytes));
    expect(again.length).toBeLessThan(bytes.length * 1.1);
  });

  it.each(['gamslib-mcpReport.gdx', 'gamslib-lakein.gdx', 'gamslib-mv.gdx'])(
    'a file GAMS wrote reads back the same after EMD writes it (%s)',
    (name) => {
      const f = read(fixture(name));
      const again = rewrite(f);
      expect(dumpGdx(again)).toBe(dumpGdxFile(f));
      const packed = rewrite(f, { compress: true });
      expect(dumpGdx(packed).replace('compressed 1', 'compressed 0')).toBe(dumpGdxFile(f));
    },
  );

  it('round-trips EMD special values and writes them as GAMS does', () => {
    const w = writeGdx([
      {
        name: 'p',
        type: 'parameter',
        dim: 1,
        userInfo: 0,
        text: 'values',
        domain: ['*'],
        records: [
          { keys: ['a'], values: [-0] },
          { keys: ['b'], values: [NaN] },
          { keys: ['c'], values: [Infinity] },
          { keys: ['d'], values: [-Infinity] },
          { keys: ['e'], values: [1e-12] },
        ],
      },
    ]);
    expect(w.ok).toBe(true);
    if (!w.ok) return;
    expect(dumpGdx(w.bytes).split('\n').slice(-8).join('\n')).toBe(
      [
        'parameter p dim 1 userinfo 0 records 5 "values"',
        '  domain 3 (*)',
        '  a EPS',
        '  b NA',
        '  c +INF',
        '  d -INF',
        '  e 9.9999999999999998e-13',
        '',
      ].join('\n'),
    );
  });

  it('refuses what GDX cannot hold, as an error value', () => {
    const base = { type: 'parameter' as const, dim: 1, userInfo: 0, text: '' };
    expect(writeGdx([{ ...base, name: '1bad', records: [] }])).toEqual({
      ok: false,
      message: "bad symbol name '1bad'",
    });
    const long = 'x'.repeat(64);
    expect(writeGdx([{ ...base, name: 'p', records: [{ keys: [long], values: [1] }] }]).ok).toBe(false);
    expect(
      writeGdx([
        {
          ...base,
          name: 'p',
          records: [
            { keys: ['a'], values: [1] },
            { keys: ['A'], values: [2] },
          ],
        },
      ]),
    ).toEqual({ ok: false, message: "duplicate record a in 'p'" });
  });
});

describe('inflate', () => {
  it('inflates what zlib deflates (stored, fixed and dynamic blocks)', () => {
    const data = new Uint8Array(30000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251 < 40 ? i % 7 : (i * 31) & 255;
    for (const level of [0, 1, 6, 9]) {
      const z = new Uint8Array(deflateSync(data, { level }));
      expect(Buffer.from(zlibInflate(z, 32768)).equals(Buffer.from(data))).toBe(true);
    }
    expect(() => zlibInflate(new Uint8Array(deflateSync(data)), 1000)).toThrow(/larger/);
  });
});

describe('corrupt and truncated GDX files give an error value, never a throw or a hang', () => {
  it.each(['ref-all.gdx', 'ref-all-compressed.gdx', 'gamslib-mcpReport.gdx'])('%s', (name) => {
    const good = fixture(name);
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const kinds = new Set<string>();
    // A guard against a pathological read (a huge allocation from a damaged count), in CPU time,
    // which a loaded machine does not stretch.
    const c0 = process.cpuUsage();
    // Every truncation length in steps, and 400 random byte flips.
    for (let n = 0; n < good.length; n += 7) {
      const r = readGdx(good.subarray(0, n));
      expect(r.ok).toBe(false);
      if (!r.ok) kinds.add(r.error.kind);
    }
    for (let k = 0; k < 400; k++) {
      const bad = good.slice();
      for (let j = 1 + rand(3); j > 0; j--) bad[rand(bad.length)] ^= 1 << rand(8);
      const r = readGdx(bad);
      if (!r.ok) kinds.add(r.error.kind);
    }
    expect(kinds.has('truncated') || kinds.has('corrupt')).toBe(true);
    const cpu = process.cpuUsage(c0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(20000);
  });

  it('names what is wrong', () => {
    expect(readGdx(new TextEncoder().encode('Set i / a /;'))).toEqual({
      ok: false,
      error: { kind: 'not-gdx', message: 'the file is too short to be a GDX file', offset: 0 },
    });
    const r = readGdx(fixture('ref-all.gdx').subarray(0, 1000));
    expect(r.ok || r.error.kind).toBe('truncated');
  });
});
