#!/bin/bash
# A long fuzz run that survives interruptions: N cases in chunks of 20,000 (`npm run fuzz`, 2 jobs,
# the front-end stages, lowest priority), one log per chunk in LOGDIR; a chunk is done when its
# log has the final summary line, and a rerun skips the chunks that are done. Seeds are contiguous
# from BASE, so the chunks together are one run of N cases over seeds BASE..BASE+N-1.
# Usage: scripts/fuzz-chunks.sh BASE N LOGDIR   (from the repository; e.g. 6000000 1000000 ../fuzzlog)
set -u
base=$1; n=$2; logs=$3
mkdir -p "$logs"
for ((s = base; s < base + n; s += 20000)); do
  f="$logs/chunk-$s.log"
  if [ -f "$f" ] && grep -q '^fuzz: 20000 cases (seeds' "$f"; then continue; fi
  /usr/bin/time -f 'time: %e s wall %U user %S sys %M KB' nice -n 19 node bin/run-ts.js test/fuzz-run.ts \
    --cases 20000 --seed "$s" --jobs 2 --stages compile,format,import,lsp --report-every 2000 \
    --out "$logs/crashes" > "$f" 2>&1
done
