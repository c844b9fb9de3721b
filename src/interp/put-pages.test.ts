import { describe, expect, it } from 'vitest';
import { PutPages } from './put-pages.ts';

describe('PutPages', () => {
  it('writes a line without a page as the put buffer did', () => {
    const p = new PutPages();
    p.write('window', 'a');
    p.newline('window');
    p.write('window', 'b');
    expect(p.text()).toBe('a\nb');
    p.newline('window');
    expect(p.text()).toBe('a\nb\n');
  });

  it('breaks pages at the page size in a paged mode, with the title and header on each page', () => {
    const p = new PutPages();
    p.set('pc', 0);
    p.set('ps', 4);
    p.write('title', 'T');
    p.write('header', 'H');
    for (const x of ['1', '2', '3']) {
      p.write('window', x);
      p.newline('window');
    }
    // Two window rows fit under the title and the header.
    expect(p.text()).toBe('T\nH\n1\n2\nT\nH\n3\n');
    expect([p.get('cr'), p.get('cc'), p.get('pw'), p.get('hdcr')]).toEqual([2, 1, 255, 1]);
  });

  it('keeps continuous pages (pc 2, the default) and overwrites text at a moved cursor', () => {
    const p = new PutPages();
    p.set('ps', 2);
    for (const x of ['aaaa', 'b', 'c']) {
      p.write('window', x);
      p.newline('window');
    }
    p.set('cr', 1);
    p.set('cc', 2);
    p.write('window', 'XY');
    expect(p.text()).toBe('aXYa\nb\nc\n');
  });
});
