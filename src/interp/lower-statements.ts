// Lowers the checked statements (statement IR, src/check/statements.ts) into runnable statements:
// assignments become one closure each (their target's store, domain iteration, condition and
// value compiled by ./evaluate.ts), and the expressions of flow control, display, put and abort
// become evaluators. The executor (./executor.ts) runs the result; solve, option and GDX
// statements stay data. Imports check/ (IR, ExecError), bind/, diagnostics/, interp/evaluate.ts.
import type { Span } from '../text/source-file.ts';
import type { CheckedProgram } from '../check/checker.ts';
import type {
  AssignTarget,
  CStmt,
  DisplayItem,
  IDomain,
  PutAlign,
  OptionItem,
  Projection,
} from '../check/statements.ts';
import type { GdxCStmt } from '../check/gdx-load.ts';
import type { RegionCStmt } from '../check/region-statement.ts';
import type { IExpr, IIndex } from '../check/ir.ts';
import { ExecError } from '../check/expressions.ts';
import { clearAction } from '../check/option-clear.ts';
import {
  bump,
  keysOf,
  newVarRecord,
  setChanged,
  setList,
  tupleKey,
  type ParameterSymbol,
  type SetSymbol,
  type EquRecord,
  type TupleKey,
  type Universe,
  type PutAttributes,
  type VarRecord,
} from '../bind/symbols.ts';
import { keyFn, keysFn, makeIterator, type Env } from '../bind/iterate.ts';
import { execMessages as X } from '../diagnostics/messages/exec.ts';
import { Evaluator, type Num } from './evaluate.ts';

type Iterate = (env: Env, body: () => void) => void;

/** A runnable statement: what the executor runs. */
export type LStmt =
  | { kind: 'run'; span: Span; run: (env: Env) => void }
  | Extract<CStmt, { kind: 'solve' }>
  | { kind: 'display'; span: Span; cond?: Num; items: DisplayItem[] }
  | { kind: 'option'; span: Span; items: (OptionItem & { run?: () => void })[] }
  | { kind: 'loop'; span: Span; iterate: (env: Env, body: () => boolean) => void; cond?: Num; body: LStmt[] }
  | { kind: 'while'; span: Span; cond: Num; body: LStmt[] }
  | { kind: 'repeat'; span: Span; until: Num; body: LStmt[] }
  | {
      kind: 'for';
      span: Span;
      param: ParameterSymbol;
      from: Num;
      to: Num;
      step: Num;
      down: boolean;
      body: LStmt[];
    }
  | { kind: 'if'; span: Span; branches: { cond: Num; body: LStmt[] }[]; elseBody?: LStmt[] }
  | { kind: 'break' | 'continue'; span: Span }
  | { kind: 'abort'; span: Span; noError?: boolean; cond?: Num; items: DisplayItem[] }
  | {
      kind: 'put';
      span: Span;
      file?: Extract<CStmt, { kind: 'put' }>['file'];
      close: boolean;
      items: LPutItem[];
      block?: 'title' | 'header' | 'page';
      utility?: string;
      cond?: Num;
    }
  | GdxCStmt
  | RegionCStmt;

export type LPutItem =
  | { kind: 'newline' }
  | { kind: 'column'; span: Span; value: Num }
  | {
      kind: 'text';
      span: Span;
      text: string;
      width?: Num;
      align?: PutAlign;
      label?: (env: Env) => string;
    }
  | { kind: 'value'; span: Span; value: Num; width?: Num; decimals?: Num; align?: PutAlign };

/** The runnable statements of a checked program (a new lowering per call: nothing is shared). */
export function lowerStatements(prog: CheckedProgram): LStmt[] {
  return new StatementLowering(prog).list(prog.statements);
}

const one: Num = () => 1;

class StatementLowering {
  private readonly ev: Evaluator;
  private readonly universe: Universe;

  constructor(prog: CheckedProgram) {
    this.ev = new Evaluator(prog.table, prog.facts);
    this.universe = prog.table.universe;
    const table = prog.table;
    // Read when the statement runs: the executor installs the put writer's attributes.
    this.putAttributes = {
      get: (f, a) => table.putAttributes.get(f, a),
      set: (f, a, v) => table.putAttributes.set(f, a, v),
    };
  }
  private readonly putAttributes: PutAttributes;

  list(stmts: readonly CStmt[]): LStmt[] {
    return stmts.map((s) => this.stmt(s));
  }

  private opt(e: IExpr | undefined): Num | undefined {
    return e && this.ev.num(e);
  }

  private stmt(s: CStmt): LStmt {
    const ev = this.ev;
    switch (s.kind) {
      case 'assign':
        return { kind: 'run', span: s.span, run: this.assignment(s.target, s.domain, ev.num(s.value)) };
      case 'solve':
      case 'gdx':
      case 'region':
      case 'break':
      case 'continue':
        return s;
      case 'display':
        return { kind: 'display', span: s.span, cond: this.opt(s.cond), items: s.items };
      case 'option':
        return {
          kind: 'option',
          span: s.span,
          items: s.items.map((it) =>
            it.project
              ? { ...it, run: projection(it.project) }
              : it.clear
                ? { ...it, run: clearAction(it.clear) }
                : it,
          ),
        };
      case 'loop': {
        // Without a condition here: the drivers only choose the tuples to test.
        const it = makeIterator(
          s.sets as SetSymbol[],
          s.slots as number[],
          undefined,
          undefined,
          this.ev.drivers(s.drivers, s.sets),
        );
        // The loop set is fixed when the loop starts; its $ condition is evaluated as each element
        // is reached, so the body can switch later iterations off (GAMS semantics).
        const iterate = (env: Env, f: () => boolean) => {
          let stop = false;
          it(env, () => {
            if (!stop && !f()) stop = true;
          });
        };
        return { kind: 'loop', span: s.span, iterate, cond: this.opt(s.cond), body: this.list(s.body) };
      }
      case 'while':
        return { kind: 'while', span: s.span, cond: ev.num(s.cond), body: this.list(s.body) };
      case 'repeat':
        return { kind: 'repeat', span: s.span, until: ev.num(s.until), body: this.list(s.body) };
      case 'for':
        return {
          kind: 'for',
          span: s.span,
          param: s.param,
          from: ev.num(s.from),
          to: ev.num(s.to),
          step: s.step ? ev.num(s.step) : one,
          down: s.down,
          body: this.list(s.body),
        };
      case 'if':
        return {
          kind: 'if',
          span: s.span,
          branches: s.branches.map((b) => ({ cond: ev.num(b.cond), body: this.list(b.body) })),
          elseBody: s.elseBody && this.list(s.elseBody),
        };
      case 'abort':
        return { kind: 'abort', span: s.span, noError: s.noError, cond: this.opt(s.cond), items: s.items };
      case 'put': {
        const u = this.universe;
        const items = s.items.map((it): LPutItem => {
          if (it.kind === 'newline') return it;
          if (it.kind === 'column') return { kind: 'column', span: it.span, value: ev.num(it.value) };
          const width = this.opt(it.width);
          const align = it.align ? { align: it.align } : {};
          if (it.kind === 'value')
            return {
              kind: 'value',
              span: it.span,
              value: ev.num(it.value),
              width,
              decimals: this.opt(it.decimals),
              ...align,
            };
          if (it.system) {
            const attr = it.system;
            return { kind: 'text', span: it.span, text: '', width, ...align, label: () => systemText(attr) };
          }
          const l = it.label;
          if (!l) return { kind: 'text', span: it.span, text: it.text, width, ...align };
          const { slot, set } = l;
          const label =
            l.attr === 'tl'
              ? (env: Env) => u.name(env[slot])
              : (env: Env) => {
                  const id = env[slot];
                  for (const r of set.records.values()) if (r.keys[0] === id) return r.text ?? u.name(id);
                  return u.name(id);
                };
          return { kind: 'text', span: it.span, text: it.text, width, ...align, label };
        });
        return {
          kind: 'put',
          span: s.span,
          file: s.file,
          close: s.close,
          items,
          ...(s.block ? { block: s.block } : {}),
          utility: s.utility,
          cond: this.opt(s.cond),
        };
      }
    }
  }

  /** The label ids of a target's indices at an env (undefined when a lag falls off its set). */
  private kfOf(t: { readonly indices: readonly IIndex[] }): (env: Env) => number[] | undefined {
    return keysFn(this.ev.indices(t.indices));
  }

  /** The closure that runs an assignment: its domain's iteration writing `vn` into the target. */
  private assignment(t: AssignTarget, d: IDomain, vn: Num): (env: Env) => void {
    const ev = this.ev;
    const cond = this.opt(d.cond);
    const sets = d.sets as SetSymbol[];
    const iterate = makeIterator(
      sets,
      d.slots as number[],
      cond,
      d.filter && ev.filter(d.filter),
      ev.drivers(d.drivers, sets),
    );
    switch (t.kind) {
      case 'param':
        return paramAssignment(t, sets, d.slots, !!cond, iterate, keyFn(ev.indices(t.indices)), vn);
      case 'set': {
        const set = t.sym;
        const kf = this.kfOf(t);
        const span = t.span;
        // GAMS computes a set assignment against the set as it was before the statement:
        // `s(ss+1)$s(ss) = yes; s(ss-1)$s(ss) = no;` moves a one-element set by one position
        // (airsp, tsp1's `tt(t) = tt(t-1)`), so the changes are applied after the iteration.
        return (env) => {
          const changes: { keys: number[]; member: boolean }[] = [];
          iterate(env, () => {
            const v = vn(env);
            const keys = kf(env);
            if (keys) changes.push({ keys, member: v !== 0 });
          });
          // A singleton set takes the element a statement assigns in place of the one it held
          // (tsp1: `from(k) = yes` moves the current city).
          const added = set.singleton ? changes.filter((c) => c.member) : [];
          if (added.length > 1)
            throw new ExecError(X.Singleton_0_gets_1_elements_at_run, span, [set.name, added.length]);
          if (added.length === 1) set.records.clear();
          for (const { keys, member } of changes) {
            const k = tupleKey(keys);
            if (!member) set.records.delete(k);
            else if (!set.records.has(k)) set.records.set(k, { keys });
          }
          setChanged(set);
        };
      }
      case 'var': {
        const { sym: v, attr } = t;
        const write =
          attr === 'fx'
            ? (r: VarRecord, x: number) => {
                r.lo = x;
                r.up = x;
                r.l = x;
              }
            : (r: VarRecord, x: number) => void (r[attr as 'l'] = x);
        return recordAssignment(v, (keys) => newVarRecord(v.varType, keys), write, iterate, this.kfOf(t), vn);
      }
      case 'equ': {
        const attr = t.attr as 'l';
        const create = (keys: number[]): EquRecord => ({ keys, l: 0, m: 0, lo: 0, up: 0, scale: 1 });
        return recordAssignment(t.sym, create, (r, x) => void (r[attr] = x), iterate, this.kfOf(t), vn);
      }
      case 'model': {
        const { sym: m, attr } = t;
        return (env) => void m.attrs.set(attr, vn(env));
      }
      case 'fileAttr': {
        const { sym: f, attr } = t;
        const put = this.putAttributes;
        return (env) => put.set(f, attr, vn(env));
      }
    }
  }
}

/** `put system.date` (GAMS writes MM/DD/YY) and `system.time` (HH:MM:SS), at the moment of writing. */
function systemText(attr: string): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  if (attr === 'date') return `${two(d.getMonth() + 1)}/${two(d.getDate())}/${two(d.getFullYear() % 100)}`;
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** A variable or equation attribute assignment: each tuple's record, created when absent, gets the value. */
function recordAssignment<R>(
  sym: { records: Map<TupleKey, R>; version?: number },
  create: (keys: number[]) => R,
  write: (r: R, x: number) => void,
  iterate: Iterate,
  kf: (env: Env) => number[] | undefined,
  vn: Num,
): (env: Env) => void {
  return (env) => {
    bump(sym);
    iterate(env, () => {
      const keys = kf(env);
      if (!keys) return;
      const k = tupleKey(keys);
      let r = sym.records.get(k);
      if (!r) {
        r = create(keys);
        sym.records.set(k, r);
      }
      write(r, vn(env));
    });
  };
}

/** A parameter assignment (see AssignTarget 'param' for selectFirst and deferWrites). */
function paramAssignment(
  t: Extract<AssignTarget, { kind: 'param' }>,
  sets: readonly SetSymbol[],
  slots: readonly number[],
  conditional: boolean,
  iterate: Iterate,
  kf: (env: Env) => TupleKey | undefined,
  vn: Num,
): (env: Env) => void {
  const sym = t.sym;
  const each: Iterate = t.selectFirst
    ? (env, body) => {
        const picked: number[] = [];
        iterate(env, () => {
          for (const slot of slots) picked.push(env[slot]);
        });
        for (let k = 0; k < picked.length; k += slots.length) {
          for (let d = 0; d < slots.length; d++) env[slots[d]] = picked[k + d];
          body();
        }
      }
    : iterate;
  const deferWrites = t.deferWrites;
  return (env) => {
    const recs = sym.records;
    // A first assignment over a whole domain (`c(i,j) = ...` on no data): size the store once.
    if (recs.size === 0 && sets.length > 0 && !conditional) {
      let n = 1;
      for (const s of sets) n *= setList(s).length;
      if (n <= 1 << 24) recs.reserve(n);
    }
    if (deferWrites) {
      const keys: TupleKey[] = [];
      const vals: number[] = [];
      each(env, () => {
        const k = kf(env);
        if (k === undefined) return;
        keys.push(k);
        vals.push(vn(env));
      });
      for (let q = 0; q < keys.length; q++)
        if (vals[q] === 0) recs.delete(keys[q]);
        else recs.set(keys[q], vals[q]);
    } else
      each(env, () => {
        const v = vn(env);
        const k = kf(env);
        if (k === undefined) return;
        if (v === 0) recs.delete(k);
        else recs.set(k, v);
      });
    bump(sym);
  };
}

/** `option a < b;` when reached: a holds the projection of b's records (see Projection). */
function projection(p: Projection): () => void {
  const { target: set, source, n, positions } = p;
  return () => {
    const keys: TupleKey[] = [...source.records.keys()];
    set.records.clear();
    for (const k of keys) {
      if (source.kind === 'parameter' && !source.records.get(k)) continue;
      const all = keysOf(k, n);
      const ids = positions.map((q) => all[q]);
      const t = tupleKey(ids);
      if (!set.records.has(t)) set.records.set(t, { keys: ids });
    }
    setChanged(set);
  };
}
