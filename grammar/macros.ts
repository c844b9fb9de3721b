// GAMS `$macro` calls in the preprocessor's text (grammar/preprocess.ts keeps the definitions in its
// DollarState): finds `name(args)` or `name` of a defined macro in code lines and gives the text it
// expands into. Imports grammar/compile-time.ts's Substitution and the diagnostics table.
//
// GAMS (UG_DollarControlOptions, "Macros in GAMS"): the body replaces the call, each argument name
// of the body by the text of the argument; a `&` separates an argument name from the text around it
// and disappears (`x&i` with i = a gives `xa`); bodies may call macros defined before, and the
// arguments may too. Calls are not expanded inside quoted text, nor in comment lines.
import type { Substitution } from './compile-time.ts';
import type { MessageDef } from '../src/diagnostics/diagnostic.ts';
import { syntaxMessages as M } from '../src/diagnostics/messages/syntax.ts';

/** A `$macro name(params) body`: parameter names (lower case) and the body as written. */
export interface MacroDef {
  readonly params: readonly string[];
  readonly body: string;
}

/** A problem with a call: the message, its arguments and the range of `text` it is about. */
export interface MacroProblem {
  readonly message: MessageDef;
  readonly args: (string | number)[];
  readonly start: number;
  readonly end: number;
}

const MAX_DEPTH = 100;
const isWord = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The index after the quoted text opening at i (or `end`). */
function skipQuote(text: string, i: number, end: number): number {
  const q = text.charCodeAt(i);
  for (let j = i + 1; j < end; j++) if (text.charCodeAt(j) === q) return j + 1;
  return end;
}

/**
 * The macro calls in `text[start, end)` with their expansions (in order, not overlapping), and the
 * problems found. Lines that start with `commentChar` are skipped.
 */
export function findMacroCalls(
  text: string,
  start: number,
  end: number,
  macros: ReadonlyMap<string, MacroDef>,
  commentChar: string,
  depth = 0,
): { calls: Substitution[]; diagnostics: MacroProblem[] } {
  const calls: Substitution[] = [];
  const diagnostics: MacroProblem[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const lineStart = i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
    if (lineStart && text[i] === commentChar) {
      while (i < end && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    if ((c === 39 || c === 34) && !(i > 0 && isWord(text.charCodeAt(i - 1)))) {
      i = skipQuote(text, i, end);
      continue;
    }
    if (!isNameStart(c) || (i > 0 && isWord(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isWord(text.charCodeAt(j))) j++;
    const name = text.slice(i, j);
    const def = macros.get(name.toLowerCase());
    if (!def) {
      i = j;
      continue;
    }
    const call = readCall(text, i, j, end, name, def);
    if ('problem' in call) {
      diagnostics.push(call.problem);
      i = j;
      continue;
    }
    const out =
      depth >= MAX_DEPTH
        ? { message: M.Macro_0_too_deep, args: [name] }
        : expand(def, call.args, macros, depth + 1, commentChar);
    if (typeof out !== 'string') diagnostics.push({ ...out, start: i, end: call.end });
    else calls.push({ start: i, end: call.end, text: out });
    i = call.end;
  }
  return { calls, diagnostics };
}

/** The arguments of the call of `def` whose name is text[i, j), and where the call ends. */
function readCall(
  text: string,
  i: number,
  j: number,
  end: number,
  name: string,
  def: MacroDef,
): { args: string[]; end: number } | { problem: MacroProblem } {
  let p = j;
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (text.charCodeAt(p) !== 40) {
    if (def.params.length === 0) return { args: [], end: j };
    return {
      problem: {
        message: M.Macro_0_takes_1_arguments_but_2,
        args: [name, def.params.length, 0],
        start: i,
        end: j,
      },
    };
  }
  if (def.params.length === 0) return { args: [], end: j };
  const args: string[] = [];
  let depth = 0;
  let from = p + 1;
  for (let k = p; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) break;
    if (c === 39 || c === 34) {
      k = skipQuote(text, k, end) - 1;
      continue;
    }
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) {
      args.push(text.slice(from, k).trim());
      if (args.length !== def.params.length)
        return {
          problem: {
            message: M.Macro_0_takes_1_arguments_but_2,
            args: [name, def.params.length, args.length],
            start: i,
            end: k + 1,
          },
        };
      return { args, end: k + 1 };
    } else if (c === 44 && depth === 1) {
      args.push(text.slice(from, k).trim());
      from = k + 1;
    }
  }
  return { problem: { message: M.Macro_0_call_not_closed, args: [name], start: i, end: j } };
}

/** The body of `def` with its arguments in place and the macros it calls expanded. */
function expand(
  def: MacroDef,
  args: readonly string[],
  macros: ReadonlyMap<string, MacroDef>,
  depth: number,
  commentChar: string,
): string | Omit<MacroProblem, 'start' | 'end'> {
  const body = def.body;
  const parts: string[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body.charCodeAt(i);
    if ((c === 39 || c === 34) && !(i > 0 && isWord(body.charCodeAt(i - 1)))) {
      const q = skipQuote(body, i, body.length);
      parts.push(body.slice(i, q));
      i = q;
    } else if (c === 38) {
      // `&`: a separator that disappears (`&&` stays one `&`).
      if (body.charCodeAt(i + 1) === 38) parts.push('&');
      i += body.charCodeAt(i + 1) === 38 ? 2 : 1;
    } else if (isNameStart(c) && !(i > 0 && isWord(body.charCodeAt(i - 1)))) {
      let j = i + 1;
      while (j < body.length && isWord(body.charCodeAt(j))) j++;
      const k = def.params.indexOf(body.slice(i, j).toLowerCase());
      parts.push(k >= 0 ? args[k] : body.slice(i, j));
      i = j;
    } else {
      parts.push(body[i]);
      i++;
    }
  }
  const out = parts.join('');
  const inner = findMacroCalls(out, 0, out.length, macros, commentChar, depth);
  if (inner.diagnostics.length) {
    const d = inner.diagnostics[0];
    return { message: d.message, args: d.args };
  }
  if (!inner.calls.length) return out;
  const pieces: string[] = [];
  let p = 0;
  for (const x of inner.calls) {
    pieces.push(out.slice(p, x.start), x.text);
    p = x.end;
  }
  pieces.push(out.slice(p));
  return pieces.join('');
}
