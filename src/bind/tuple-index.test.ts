import { describe, expect, it } from 'vitest';
import { TupleIndex } from './tuple-index.ts';
import { ParamRecords, key2, keysOf, tupleKey } from './symbols.ts';

describe('TupleIndex', () => {
  it('numbers keys densely in insertion order and finds them after the table grows', () => {
    const ix = new TupleIndex();
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 100003);
    keys.forEach((k, i) => expect(ix.insert(k)).toBe(i));
    expect(ix.size).toBe(5000);
    keys.forEach((k, i) => expect(ix.find(k)).toBe(i));
    expect(ix.find(100004)).toBe(-1);
    expect(ix.insert(keys[17])).toBe(17);
    expect(ix.added).toBe(false);
  });

  it('lookups in order or at a stride find the right entries, also around removed keys', () => {
    const ix = new TupleIndex();
    for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) ix.insert(key2(i, j));
    // By columns (stride 30), then by rows (stride 1), as the rows of a transport model read x(i,j).
    for (let j = 0; j < 30; j++) for (let i = 0; i < 30; i++) expect(ix.find(key2(i, j))).toBe(i * 30 + j);
    for (let e = 0; e < 900; e++) expect(ix.find(key2(Math.floor(e / 30), e % 30))).toBe(e);
    expect(ix.remove(key2(1, 2))).toBe(32);
    expect(ix.find(key2(1, 1))).toBe(31);
    expect(ix.find(key2(1, 2))).toBe(-1);
    expect(ix.find(key2(1, 3))).toBe(33);
    expect(ix.insert(key2(1, 2))).toBe(900);
    expect(ix.added).toBe(true);
    expect(ix.find(key2(1, 2))).toBe(900);
    expect(ix.find(key2(29, 29))).toBe(899);
  });

  it('reserve sizes the table once; keys inserted before and after stay found', () => {
    const ix = new TupleIndex();
    ix.insert(7);
    ix.reserve(100000);
    const t = (ix as unknown as { table: Int32Array }).table;
    expect(t.length).toBe(262144);
    for (let k = 0; k < 100000; k++) ix.insert(k * 3 + 1000);
    expect((ix as unknown as { table: Int32Array }).table).toBe(t); // no growth
    expect(ix.find(7)).toBe(0);
    expect(ix.find(1000 + 3 * 99999)).toBe(100000);
    expect(ix.find(1001)).toBe(-1);
  });

  it('mixes integer and string keys', () => {
    const ix = new TupleIndex();
    expect(ix.insert(3)).toBe(0);
    expect(ix.insert('40000,2')).toBe(1);
    expect(ix.insert(0)).toBe(2);
    expect(ix.find('40000,2')).toBe(1);
    expect(ix.find(0)).toBe(2);
    expect(ix.insert('40000,2')).toBe(1);
    expect(ix.added).toBe(false);
    expect(ix.remove('40000,2')).toBe(1);
    expect(ix.find('40000,2')).toBe(-1);
    expect(ix.size).toBe(2);
  });

  it('removal leaves a tombstone that probing passes over; compact renumbers the live entries', () => {
    const ix = new TupleIndex();
    for (let k = 0; k < 100; k++) ix.insert(k * 16); // same low bits: long probe chains
    for (let k = 0; k < 100; k += 2) expect(ix.remove(k * 16)).toBe(k);
    for (let k = 1; k < 100; k += 2) expect(ix.find(k * 16)).toBe(k);
    expect(ix.insert(0)).toBe(100); // re-added at the end, as a Map does
    const from = ix.compact()!;
    expect(Array.from(from.slice(0, 3))).toEqual([1, 3, 5]);
    expect(from[from.length - 1]).toBe(100);
    expect(ix.find(16)).toBe(0);
    expect(ix.find(0)).toBe(50);
    expect(ix.size).toBe(51);
  });
});

describe('ParamRecords', () => {
  it('keeps values unboxed and decodes the labels of every key form', () => {
    const p = new ParamRecords(2);
    p.set(key2(4, 9), 1.5);
    p.set(key2(40000, 2), -2); // a string key: ids beyond 2^15
    p.set(key2(0, 0), 3);
    expect(p.get(key2(4, 9))).toBe(1.5);
    expect(p.get(key2(40000, 2))).toBe(-2);
    expect(p.get(key2(1, 1))).toBeUndefined();
    expect([...p.values()]).toEqual([
      { keys: [4, 9], value: 1.5 },
      { keys: [40000, 2], value: -2 },
      { keys: [0, 0], value: 3 },
    ]);
    expect(keysOf(tupleKey([3, 1000, 7]), 3)).toEqual([3, 1000, 7]);
    expect(keysOf(tupleKey([3, 1024, 7]), 3)).toEqual([3, 1024, 7]);
    expect(keysOf(tupleKey([1, 2, 3, 4]), 4)).toEqual([1, 2, 3, 4]);
  });

  it('a loop that zeroes and restores values does not grow the store without bound', () => {
    const p = new ParamRecords(1);
    for (let k = 0; k < 10; k++) p.set(k, k + 1);
    for (let round = 0; round < 1000; round++) {
      p.delete(round % 10);
      p.set(round % 10, round);
    }
    expect(p.size).toBe(10);
    expect(p.get(3)).toBe(993);
    // Insertion order: the key re-added last comes last.
    expect([...p.keys()].slice(-2)).toEqual([8, 9]);
    expect((p as unknown as { index: TupleIndex }).index.capacity).toBeLessThan(100);
  });
});
