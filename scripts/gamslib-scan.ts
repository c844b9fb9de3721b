// Developer tool: compile (parse + check, no run) every GAMS Model Library model in one process and
// print the first error of each, then counts by error code. Usage:
//   npx tsx scripts/gamslib-scan.ts [DIR=/work/gamslib-src/gamslib] [--syntax]
// `--syntax` only parses (first syntax-phase error); `--ignore CODE` skips a code (repeatable).
// Imports api.ts and the Node host.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource, compile } from '../src/api.ts';
import { parseSource } from '../src/syntax/parse.ts';
import { nodeHost } from '../src/cli/node-host.ts';
import { lineAndColumn } from '../src/text/source-file.ts';

const args = process.argv.slice(2);
const syntaxOnly = args.includes('--syntax');
const ignored = new Set(args.flatMap((a, k) => (args[k - 1] === '--ignore' ? [a] : [])));
const dir =
  args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--ignore') ?? '/work/gamslib-src/gamslib';
const counts = new Map<string, number>();
let pass = 0;
let total = 0;
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name, `${name}.gms`);
  if (!existsSync(path)) continue;
  total++;
  const t0 = Date.now();
  const loaded = loadSource(path, nodeHost);
  if (!loaded.file) continue;
  const ds = syntaxOnly
    ? parseSource(loaded.file, nodeHost).diagnostics
    : compile(loaded.file, nodeHost).diagnostics;
  const errs = ds.filter((d) => d.severity === 'error' && !ignored.has(d.code));
  const ms = Date.now() - t0;
  if (!errs.length) {
    pass++;
    console.log(`${name}\tOK\t${ms}ms`);
    continue;
  }
  const e = errs[0];
  counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  let where = '';
  if (e.span) {
    const lc = lineAndColumn(e.span.file, e.span.start);
    const lineText = e.span.file.text.split('\n')[lc.line - 1] ?? '';
    where = `${lc.line}:${lc.column}\t${lineText.trim().slice(0, 100)}`;
  }
  console.log(`${name}\t${e.code}\t${e.message}\t${where}\t${ms}ms`);
}
console.log(`\npass ${pass} / ${total}`);
for (const [c, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${c}\t${n}`);
