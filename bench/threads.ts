// The CPU seconds of each thread of this process (Linux /proc), for the benchmarks that tell the
// main thread's work from that of V8's helper threads and of worker threads.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds per thread of this process by thread name (Linux /proc; empty elsewhere). */
export function threadSeconds(): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime: fields 14 and 15 of stat, in clock ticks (100 per second)
      const key = tid === String(process.pid) ? 'main' : name;
      out.set(key, (out.get(key) ?? 0) + (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      // the thread ended
    }
  }
  return out;
}

/** The CPU seconds each thread (by name) took since `before` (threadSeconds), rounded to 0.01 s. */
export function threadSecondsSince(before: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of threadSeconds()) {
    const d = v - (before.get(k) ?? 0);
    if (d > 0) out[k] = Number(d.toFixed(2));
  }
  return out;
}
