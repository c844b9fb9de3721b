// The state of one run of a checked program that is not the program itself: caches and
// once-per-statement notes of the stages that execution calls (the solve pipeline's generations,
// plans and notes). The executor makes a new one for every run, so a checked program can be run
// again with the same results. Imports nothing.

/** A typed place in the context, owned by the module that declares it (one constant per module). */
export interface RunSlot<T> {
  readonly name: string;
  create(): T;
}

export class RunContext {
  private readonly slots = new Map<RunSlot<unknown>, unknown>();

  /** The value of `slot` in this run, created on first use. */
  get<T>(slot: RunSlot<T>): T {
    let v = this.slots.get(slot) as T | undefined;
    if (v === undefined) {
      v = slot.create();
      this.slots.set(slot, v);
    }
    return v;
  }
}
