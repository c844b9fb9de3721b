// The shared-memory mailbox of a playground solve worker (solve-pool.ts writes the layout, solve-worker.ts
// fills it): the types and offsets only, so that the solve worker's bundle does not include the pool.
/** The mailbox's header: [full] is 1 while an outcome waits to be read, [length] its bytes. */
export const MAILBOX = { full: 0, length: 1 } as const;

/** What a solve worker is sent first: its mailbox and the counter all solve workers bump. */
export interface SolveWorkerInit {
  readonly header: Int32Array;
  readonly data: GrowableBuffer;
  readonly signal: Int32Array;
}

/** A SharedArrayBuffer that grows in place (ES2024; TypeScript's ES2022 library lacks it). */
export type GrowableBuffer = SharedArrayBuffer & { grow(bytes: number): void };

export function growableBuffer(bytes: number, maxBytes: number): GrowableBuffer {
  const Growable = SharedArrayBuffer as unknown as new (
    n: number,
    o: { maxByteLength: number },
  ) => GrowableBuffer;
  return new Growable(bytes, { maxByteLength: maxBytes });
}
