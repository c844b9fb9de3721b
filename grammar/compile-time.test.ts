import { describe, expect, it } from 'vitest';
import {
  enterFile,
  evaluateExpression,
  evaluateIf,
  findSubstitutions,
  formatEvalValue,
  leaveFile,
  lookupVar,
  newCompileVars,
  setVar,
  type IfEnv,
} from './compile-time.ts';

function env(over: Partial<IfEnv> = {}): IfEnv {
  return {
    vars: newCompileVars(),
    fileExists: (p) => p === 'here.gms',
    errorFree: () => true,
    warnings: () => false,
    ...over,
  };
}

const ifv = (s: string, kind: '' | 'i' | 'e' = '', e = env()) => {
  const r = evaluateIf(s, kind, e);
  if (!r.ok) throw new Error(r.message);
  return { value: r.value, rest: s.slice(r.rest) };
};

describe('compile-time variables', () => {
  it('looks names up as local, then scoped (innermost first), then global, case-insensitively', () => {
    const v = newCompileVars({}, { N: '10' });
    expect(lookupVar(v, 'n')).toBe('10');
    setVar(v, 'scoped', 'n', 's0');
    expect(lookupVar(v, 'N')).toBe('s0');
    enterFile(v);
    expect(lookupVar(v, 'n')).toBe('s0');
    setVar(v, 'local', 'n', 'l1');
    expect(lookupVar(v, 'n')).toBe('l1');
    expect(lookupVar(v, 'n', 'global')).toBe('10');
    leaveFile(v);
    expect(lookupVar(v, 'n')).toBe('s0');
    expect(v.commandLine.has('n')).toBe(true);
  });

  it('knows the predefined constants of GAMS', () => {
    const v = newCompileVars({ 'system.date': '12/04/26' });
    expect(lookupVar(v, 'modelStat.Optimal')).toBe('1');
    expect(lookupVar(v, 'modelstat.LocallyOptimal')).toBe('2');
    expect(lookupVar(v, 'modelStat.InfeasibleNoSolution')).toBe('19');
    expect(lookupVar(v, 'solveStat.NormalCompletion')).toBe('1');
    expect(lookupVar(v, 'solveStat.SystemFailure')).toBe('13');
    expect(lookupVar(v, 'solPrint.Quiet')).toBe('2');
    expect(lookupVar(v, 'solveLink.AsyncGrid')).toBe('3');
    expect(lookupVar(v, 'handleStatus.Ready')).toBe('2');
    expect(lookupVar(v, 'system.dirSep')).toBe('/');
    expect(lookupVar(v, 'system.date')).toBe('12/04/26');
  });

  it('substitutes status names spelt with a dash (nonsharp: %modelStat.IntermediateNon-Integer%)', () => {
    const v = newCompileVars({});
    const text = 'k$(m.modelstat eq %modelstat.IntermediateNon-Integer%) = 0; x = %a-b%;';
    expect(findSubstitutions(text, 0, text.length, v, undefined)).toEqual([
      { start: 18, end: 53, text: '9' },
    ]);
  });

  it('substitutes defined %name% and batInclude %1; undefined names stay', () => {
    const v = newCompileVars({}, { qmax: '75' });
    const text = "q%qmax% %nope% '%qmax%' %1%2 %";
    const subs = findSubstitutions(text, 0, text.length, v, ['a']);
    expect(subs.map((s) => [text.slice(s.start, s.end), s.text])).toEqual([
      ['%qmax%', '75'],
      ['%qmax%', '75'],
      ['%1', 'a'],
      ['%2', ''],
    ]);
    expect(findSubstitutions('%1', 0, 2, v, undefined)).toEqual([]);
  });
});

describe('$if conditions', () => {
  it('string comparisons: == exact, $ifI ignores case, quotes removed, blanks optional', () => {
    expect(ifv('1==1 x = 1;')).toEqual({ value: true, rest: 'x = 1;' });
    expect(ifv("'u' == u $goto ok")).toEqual({ value: true, rest: '$goto ok' });
    expect(ifv('abc == ABC').value).toBe(false);
    expect(ifv('abc == ABC', 'i').value).toBe(true);
    expect(ifv('not x == x').value).toBe(false);
    expect(ifv("'' == ''").value).toBe(true);
    expect(ifv('4+6+26 == 4+6+26').value).toBe(true);
    expect(ifv('NOT x%1 == x').value).toBe(true);
  });

  it('word comparisons EQU NEQ LEQ LSS GEQ GTR compare numbers (strings otherwise)', () => {
    expect(ifv('2 EQU 2.0').value).toBe(true);
    expect(ifv('2 neq 3').value).toBe(true);
    expect(ifv('10 gtr 9').value).toBe(true);
    expect(ifv('10 lss 9').value).toBe(false);
    expect(ifv('3 leq 3').value).toBe(true);
    expect(ifv('b geq a').value).toBe(true);
  });

  it('set, setGlobal, setLocal, setEnv, exist, errorFree, warnings, errorLevel', () => {
    const e = env();
    setVar(e.vars, 'scoped', 'n', '5');
    setVar(e.vars, 'global', 'g', '');
    expect(ifv('set n $set m %n%', '', e)).toEqual({ value: true, rest: '$set m %n%' });
    expect(ifv('NOT set n', '', e).value).toBe(false);
    expect(ifv('setglobal n', '', e).value).toBe(false);
    expect(ifv('setGlobal g', '', e).value).toBe(true);
    expect(ifv('setlocal g', '', e).value).toBe(false);
    expect(ifv('set system.date', '', e).value).toBe(false);
    e.vars.env.set('HOME', '/h');
    expect(ifv('setenv HOME', '', e).value).toBe(true);
    expect(ifv('exist here.gms', '', e).value).toBe(true);
    expect(ifv('not exist "there.gms" $abort no', '', e)).toEqual({ value: true, rest: '$abort no' });
    expect(ifv('errorfree', '', e).value).toBe(true);
    expect(ifv('errorFree', '', env({ errorFree: () => false })).value).toBe(false);
    expect(ifv('warnings', '', e).value).toBe(false);
    expect(ifv('errorlevel 1 $abort x', '', e).value).toBe(false);
  });

  it('declared, defined and dimension need the symbol table', () => {
    const e = env({ symbol: (n) => (n === 'x' ? { dim: 2, defined: false } : undefined) });
    expect(ifv('declared x', '', e).value).toBe(true);
    expect(ifv('defined x', '', e).value).toBe(false);
    expect(ifv('dimension 2 x', '', e).value).toBe(true);
    expect(ifv('not declared y', '', e).value).toBe(true);
    const r = evaluateIf('declared x', '', env());
    expect(r.ok).toBe(false);
  });

  it('$ifE compares expressions with a relative tolerance, or tests one for nonzero', () => {
    expect(ifv('mod(5,2)=1 $eval d 6', 'e')).toEqual({ value: true, rest: '$eval d 6' });
    expect(ifv('470<231 $abort old', 'e').value).toBe(false);
    expect(ifv('sqr(sqrt(2)) == 2', 'e').value).toBe(true);
    expect(ifv('1+1 == 3', 'e').value).toBe(false);
    expect(ifv('0', 'e').value).toBe(false);
    expect(ifv('not 0', 'e').value).toBe(true);
  });

  it('reports a condition it cannot read', () => {
    const r = evaluateIf('just words', '', env());
    expect(r).toEqual({
      ok: false,
      message: "expected a test (set, exist, errorFree, ...) or 'string1 == string2' but found 'just words'",
      at: 0,
    });
  });
});

describe('$eval expressions', () => {
  const ev = (s: string) => {
    const r = evaluateExpression(s);
    return r.ok ? r.value : r.message;
  };
  it('computes arithmetic, functions, comparisons and logic as GAMS', () => {
    expect(ev('5*10')).toBe(50);
    expect(ev('2+3*4-1')).toBe(13);
    expect(ev('2**3')).toBe(8);
    expect(ev('2^3^1')).toBe(8);
    expect(ev('-2**2')).toBe(-4);
    expect(ev('(1+2)/4')).toBe(0.75);
    expect(ev('min(3, 1, 2) + max(4, 5)')).toBe(6);
    expect(ev('mod(7, 3)')).toBe(1);
    expect(ev('round(2.567, 2)')).toBe(2.57);
    expect(ev('ceil(2.1) + floor(2.9) + abs(-1)')).toBe(6);
    expect(ev('fact(5)')).toBe(120);
    expect(ev('sqrt(16) + sqr(3) + power(2, 10)')).toBe(1037);
    expect(ev('3 > 2')).toBe(1);
    expect(ev('3 <> 3')).toBe(0);
    expect(ev('2 le 2 and 1 gt 0')).toBe(1);
    expect(ev('0 or not 0')).toBe(1);
    expect(ev('ifthen(1 = 2, 10, 20)')).toBe(20);
  });
  it('reports what it cannot compute', () => {
    expect(ev('card(i)*2')).toBe("card(i) needs the data of 'i' at compile time, which EMD does not have");
    expect(ev('foo(1)')).toBe("unknown function or name 'foo'");
    expect(ev('1 +')).toBe('an expression is missing');
    expect(ev('1 2')).toBe("unexpected '2'");
  });
  it('writes integers plainly and others with 15 significant digits', () => {
    expect(formatEvalValue(50)).toBe('50');
    expect(formatEvalValue(1 / 3)).toBe('0.333333333333333');
    expect(formatEvalValue(0.75)).toBe('0.75');
  });
});
