// Results shared while `shareResults` runs: a parse of the same SourceFile object through the same
// host (src/syntax/parse.ts) and a check of the same Program object without options
// (src/check/checker.ts) are computed once. Both are pure functions of those objects, and their
// results are read-only (the AST and the checked program are `readonly` throughout; callers copy
// the diagnostic arrays), so the stages of one fuzzing case (compile, import and the language
// server's analysis, test/fuzz.ts), which each parse and check the same text, get exactly what a
// computation of their own would give. Off otherwise. Imports nothing.

let active = false;

/** Whether results are shared now. */
export function sharing(): boolean {
  return active;
}

/** Runs `f` with results shared; not reentrant. */
export async function shareResults<T>(f: () => Promise<T>): Promise<T> {
  active = true;
  try {
    return await f();
  } finally {
    active = false;
  }
}
