// The handle functions of GAMS's asynchronous solves (UG_GridComputing), as the checker's compiled
// expressions call them: handleCollect, handleStatus, handleDelete, readyCollect and sleep. The run
// (src/interp/async-solves.ts) installs its registry on the symbol table; until then every handle
// is unknown. Imports nothing.

/** GAMS's handleStatus codes (also %handleStatus.Unknown% ... %handleStatus.Failure%). */
export const HandleStatus = { Unknown: 0, Running: 1, Ready: 2, Failure: 3 } as const;

/** GAMS's readyCollect codes (0: a job is ready; 1: no active job; 2: no handle; 3: not a handle; 4/5: time-out under solveLink 6/3). */
export const ReadyCollect = {
  Ready: 0,
  NoActiveJob: 1,
  NoHandle: 2,
  NotAHandle: 3,
  TimeoutThreads: 4,
  TimeoutGrid: 5,
} as const;

/** GAMS's handleDelete codes (0: removed; 1: not a legal handle; 2: not known; 3: deletion failed). */
export const HandleDelete = { Removed: 0, Illegal: 1, Unknown: 2, Failed: 3 } as const;

export interface HandleFunctions {
  /** Loads the results of a finished solve into the symbols: 1 loaded, 0 not finished (or unknown). */
  collect(handle: number): number;
  status(handle: number): number;
  remove(handle: number): number;
  /** Blocks until one of the handles (0 entries ignored) is ready or maxWait seconds passed. */
  ready(handles: readonly number[], maxWait: number): number;
  /** GAMS's sleep(seconds): waits, and returns 0. */
  sleep(seconds: number): number;
}

/** No asynchronous solve was submitted: every handle is unknown. */
export const noHandles: HandleFunctions = {
  collect: () => 0,
  status: () => HandleStatus.Unknown,
  remove: (h) => (Number.isInteger(h) && h > 0 ? HandleDelete.Unknown : HandleDelete.Illegal),
  ready: (hs) => (hs.some((h) => h !== 0) ? ReadyCollect.NotAHandle : ReadyCollect.NoHandle),
  sleep: (s) => {
    if (s > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, s * 1000);
    return 0;
  },
};
