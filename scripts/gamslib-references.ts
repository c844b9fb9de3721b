// Computes the reference objective of every vendored GAMS Model Library model (test/gamslib/models.json)
// and writes test/gamslib/references.json. The references come from the flattened models that GAMS
// CONVERT wrote from each model's last solve of its library type (NAME-scalar.mod/.gms in the
// source folder, not vendored):
// - LP, MIP: glpsol --math on NAME-scalar.mod (the AMPL text, with a solve/printf tail added on the
//   fly for MathProg), with a 60 s time limit;
// - NLP, QCP, DNLP: native Ipopt through EMD on NAME-scalar.gms (GAMS flattened it; Ipopt solves it
//   from the levels CONVERT recorded), so the reference is the local optimum Ipopt reaches from the
//   model's own starting point;
// - published: the objective reported for the same scalar AMPL model in the benchmark table of
//   vaidasj/alg-mod-rev (benchmark/ampl-solving-times.md: Gurobi 9.0 for LP/MIP/QCP, BARON for NLP),
//   used when the independent solve gives none;
// - documented: optima that the model's own text states.
// CONVERT did not solve, so a model whose last solve of its type follows other solves
// (multiSolve: true) may start that solve from other values in a real run; see notes.
// Usage: node bin/run-ts.js scripts/gamslib-references.ts [--source DIR] [--benchmark DIR] [--recompute] [models...]
// The independent solves already in references.json are kept unless --recompute; the file is
// written after every model.
// Imports only node:.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const source = flag('--source', '/work/gamslib-src/gamslib');
const benchmark = flag('--benchmark', '/work/.mirror/vaidasj+alg-mod-rev/repo');
/** Solve again even where references.json already holds an independent solve. */
const recompute = args.includes('--recompute');
const only = new Set(args.filter((a) => a !== '--recompute'));
const JOBS = 2;
const GLPK_SECONDS = 60;
const IPOPT_SECONDS = 120;
const HIGHS_SECONDS = 150;

/**
 * Optima stated in a model's own text (file and line in the vendored copy); abs: half a unit of the
 * last digit given. `lastSolve`: why the stated optimum is the objective of the run's last solve; it
 * then comes before the CONVERT snapshot, which a loop of solves does not reach.
 */
const DOCUMENTED: Record<string, { objective: number; abs: number; where: string; lastSolve?: string }> = {
  ramsey: { objective: 2.4875, abs: 5e-5, where: 'ramsey.gms:18 "The optimal objective value is 2.4875"' },
  trig: {
    objective: -3.76250149,
    abs: 5e-9,
    where: 'trig.gms:7 "Solution: x* ~ 2.66695657 f(x*) ~ -3.76250149"',
  },
  hs62: {
    objective: -26272.5145,
    abs: 5e-5,
    where: 'hs62.gms:36 "scalar global global solution / -0.262725145e5 /"',
  },
  fct: { objective: 0, abs: 1e-6, where: 'fct.gms:7 "the global solution at x*=0 f(x*)=0"' },
  srpchase: {
    objective: 4.167,
    abs: 5e-4,
    where: 'srpchase.gms:11 "OPT = 4.167 (Optimal value)" (analytical, full tree)',
  },
  tsp42: {
    objective: 699,
    abs: 0.5,
    where: 'tsp42.gms:16 "optimal solution: 699"',
    lastSolve:
      'the loop adds subtour cuts and solves until the tour has no subtour, so its last solve is the optimal tour; CONVERT saw the first solve, without cuts (646)',
  },
  mathopt3: {
    objective: 0,
    abs: 1e-9,
    where:
      'mathopt3.gms:20-30 (analytical): obj is a sum of squares, so >= 0, and x = 0 satisfies eq1-eq4 and ineq1-ineq3 with obj = 0',
  },
  mws: {
    objective: 765,
    abs: 0.5,
    where:
      "worktrip.inc (included by mws.gms:34): its column OPTSOL, Florios and Skouras's optimal z(T), sums to 765 over the 842 persons (Gurobi 9.0 finds 765 in 4,899 s, alg-mod-rev benchmark)",
  },
  coex: {
    objective: 9,
    abs: 0.5,
    where:
      'coex.gms:45-55 "solution reported in OPTIMA" (Bosch 2000): 9 queens per army on the 8x8 board, the maximum (OEIS A250000: a(8) = 9)',
  },
  relief: {
    objective: 52.7840167161471,
    abs: 1e-9,
    where:
      'relief.gms:11 "The optimal solution for two drops is D.8 and E.2" (51.246009397411); test/gamslib/independent/relief.py (Python, no solver) enumerates all 4,950 pairs of drops: 13 totals lie below 1.03 times the best, and the next is 52.7840167161471 (D.8, G.2)',
    lastSolve:
      'the last loop (relief.gms:131-141) solves again, excluding each solution found, while the solve is optimal and its objective below 1.03 times the best (at most 50 times), so its last solve finds the smallest total at or above that limit; CONVERT saw the solve before the loop (51.246)',
  },
  procmean: {
    objective: 14.166136839946404,
    abs: 1e-8,
    where:
      'procmean.gms:52-60 (one degree of freedom): ydef fixes delta from y, so tc is a function of y in [0.0001, 0.9999]; SciPy 1.x scipy.special.betainc for BetaReg and bounded Brent (minimize_scalar, xatol 1e-12) give 14.166136839946404 at y = 0.364985 (Ipopt through EMD could not run: EMD had no betareg of a variable)',
  },
};

/**
 * Models that scale their objective variable (`m.scaleopt = 1; z.scale = k;`): CONVERT wrote the
 * scaled model, whose objective is z/k, while a run reports z (GAMS unscales levels after the solve).
 */
const OBJECTIVE_SCALE: Record<string, { scale: number; where: string }> = {
  bearing: { scale: 1e4, where: 'bearing.gms:132 "PL.scale = 1.0e4;", :193 "m.scaleopt = 1;"' },
  popdynm: { scale: 1000, where: 'popdynm.gms:93 "popdynm.scaleopt = 1;", :94 "obj.scale = 1000;"' },
};

/**
 * LPs whose floating-point glpsol run stops at a wrong vertex: glpsol solves them in exact rational
 * arithmetic (`--exact`) instead.
 */
const GLPSOL_EXACT: Record<string, string> = {
  imsl: 'coefficients of 2.2e-16 and 1.3e-15 (GAMS fuzzy floor); the floating simplex stops at 1.5203, below the dual of the primal (1 + 0.598697), which --exact finds',
};

/**
 * Multi-solve NLPs whose CONVERT snapshot is another problem than a run's last solve: the reference
 * is native Ipopt's last solve of the whole model (ipoptFullRun).
 */
const WHOLE_RUN: Record<string, string> = {
  minlphi:
    "minlphi.gms:781-870: an outer approximation loop of NLP subproblems and MIP masters; CONVERT's snapshot is the first NLP subproblem (582.236), a run's last NLP solve is the subproblem of the last integer assignment before the master turns infeasible",
  dyncge:
    "dyncge.gms:556-600: a recursive dynamic loop; each period fixes FF, KK and Sf from the previous solve's levels (FF.fx(h_mob) = FF.l(h_mob)*(1+pop)), which the snapshot took from unsolved levels",
  saras:
    "saras.gms:1412-2464: CONVERT's snapshot is SARASdual (110 rows, the run's first solve, as EMD generates it), not the SARASprimal solves (80 rows) that follow it and end the run",
  harker:
    "harker.gms:170-175: the last solve is the converged Jacobi iteration of harkoli, whose objective holds d.l and tt.l of the previous iteration (a concave problem: one optimum); CONVERT's snapshot is the first iteration from levels no earlier solve set",
};

/** Whole runs that also solve MIPs: only their NLP solves go to Ipopt. */
const MIXED_RUN = new Set(['minlphi']);

/**
 * Enumeration loops whose CONVERT snapshot is their first solve: the loop goes on only while the
 * previous solve was optimal, which a converted (unsolved) solve is not. A run goes on to the
 * solve that finds nothing more, so the harness judges it by its first solve of the type.
 */
const JUDGE_FIRST: Record<string, string> = {
  icut: 'icut.gms:99-119 loop(kk$whatnext, ... solve enum ...; whatnext = enum.modelstat=1 or ...=8)',
  stablem:
    'stablem.gms:155-172 solve sm; new.modelstat=sm.modelstat; loop(nn$(new.modelstat=1), ... solve new)',
  trigx:
    'trigx.gms:35-48 solve m; loop(sol$(m.solvestat=1 and m.modelstat<=2), ... obj.lo = obj.l*1.1; solve m)',
};

/** Models whose data or start points GAMS's random generator draws (EMD draws the same numbers). */
const RANDOM_DATA: Record<string, string> = {
  prodsp: 'prodsp.gms:39-42 t(j,i,s) = uniform(...); h(j,s) = normal(...)',
  lrs: 'lrs.gms:31 c(t) = uniform(0,1) > .3',
  lmp2: 'lmp2.gms:93-96 f(p), cc(p,n), A(m,n), b(m) = uniform(...) (random instances)',
  mathopt6: 'mathopt6.gms:60-61 x.l = uniform(x.lo,x.up); y.l = uniform(y.lo,y.up) (random starts)',
  circpack: 'circpack.gms:72 x.l(i,d) = uniform(x.lo(i,d), x.up(i,d)) (the start point)',
  ps5_s_mn: 'ps5_s_mn.gms:27 pt(i,t) = uniform(0,1)',
  ps10_s_mn: 'ps10_s_mn.gms:27 pt(i,t) = uniform(0,1)',
  knp: 'knp.gms:48,81 x.l(i,k) = uniform(...) (the start points)',
  tricp: 'tricp.gms:79 x.l(n,k) = myScale*uniform(0,smax(i,fx(i,k))) (the start point)',
  openpit: 'openpit.gms:38-40 fix(p), var(p), evo(p,s) = uniform(...)',
  tgridmix:
    'tgridmix.gms:91 dem(s,j) = b(j)*uniform(.95,1.15) (GAMS draws make the last scenario infeasible)',
};

interface Model {
  model: string;
  type: string;
  title: string;
  files: string[];
}

interface Reference {
  model: string;
  type: string;
  /** The reference objective of the last solve of the library type; null when none was found. */
  objective: number | null;
  source: string;
  /** The last solve as CONVERT recorded it, e.g. "Solve m using LP minimizing x7". */
  lastSolve: string;
  /** Solve statements in NAME.gms (any type); inLoop when one sits inside a loop or if. */
  solveStatements: number;
  multiSolve: boolean;
  /** 'first': the run is judged by its first solve of the type, the one CONVERT's snapshot is. */
  judge?: 'first';
  independent?: { solver: string; status: string; objective: number | null; seconds: number; error?: string };
  published?: { solver: string; status: string; objective: number | null };
  documented?: { objective: number; abs: number; where: string; lastSolve?: string };
  notes: string[];
}

/** Text of a GAMS file without comments ($ontext blocks, `*` lines). */
function stripComments(text: string): string {
  return text
    .replace(/^\$ontext[\s\S]*?^\$offtext.*$/gim, '')
    .split('\n')
    .filter((l) => !l.startsWith('*'))
    .join('\n');
}

/** Solve statements of a model, and whether any sits inside parentheses (a loop, if or while). */
function countSolves(text: string): { count: number; nested: boolean } {
  const t = stripComments(text);
  let depth = 0;
  let count = 0;
  let nested = false;
  let quote = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quote) {
      if (c === quote || c === '\n') quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (
      (c === 's' || c === 'S') &&
      /^solve\s/i.test(t.slice(i, i + 6)) &&
      !/[\w.]/.test(t[i - 1] ?? ' ')
    ) {
      count++;
      if (depth > 0) nested = true;
    }
  }
  return { count, nested };
}

/** Published objectives of the scalar AMPL models (presolve off rows). */
function readPublished(): Map<string, { solver: string; status: string; objective: number | null }> {
  const out = new Map<string, { solver: string; status: string; objective: number | null }>();
  let text = '';
  try {
    text = readFileSync(join(benchmark, 'benchmark', 'ampl-solving-times.md'), 'utf8');
  } catch {
    // A mirror without a work tree (a bare git directory): the file of its HEAD.
    try {
      text = execFileSync('git', ['show', 'HEAD:benchmark/ampl-solving-times.md'], {
        cwd: benchmark,
        encoding: 'utf8',
      });
    } catch {
      return out;
    }
  }
  for (const line of text.split('\n')) {
    const c = line.split('|');
    if (c.length < 9 || c[3] !== 'Off') continue;
    const objective = /^-?[\d.]+(e[-+]?\d+)?$/i.test(c[7]) ? Number(c[7]) : null;
    out.set(c[1], {
      solver: c[4] === 'gurobi' ? 'Gurobi 9.0 (AMPL)' : 'BARON (AMPL)',
      status: c[5],
      objective,
    });
  }
  return out;
}

/** The AMPL scalar model made MathProg: glpsol prints the objective after solving. */
function toMathProg(mod: string): { text?: string; objective?: string; error?: string } {
  if (/^\s*(suffix|let)\b/m.test(mod))
    return { error: 'SOS constraints (AMPL suffix/let) have no MathProg form' };
  const objective = /^\s*(?:minimize|maximize)\s+\w+\s*:([^;]*);/m.exec(mod)?.[1];
  if (!objective) return { error: 'no objective in the .mod' };
  // MathProg has no initial values in var declarations (AMPL's `var x := 4, >= 0;`).
  const text = mod.replace(/^(var \w+(?: binary| integer)?) := [^,;]+,?/gm, '$1');
  // The objective's expression, not its name: glpsol's value of an objective row leaves out the
  // constant term (ajax: `maximize obj: - 76*x1 ... + 5958000` printed 441003.6 - 5958000).
  const tail = `solve;\nprintf "EMDOBJ %.17g\\n", ${objective.trim()};\n`;
  // A hand-written model (test/gamslib/independent/) may carry a data section: solve before it.
  const data = /^data;/m.exec(text);
  const body = data
    ? `${text.slice(0, data.index)}${tail}${text.slice(data.index)}`
    : `${text.replace(/^end;\s*$/m, '')}\n${tail}end;\n`;
  return { text: body, objective };
}

/** Run a program; its stdout, also when it exits with an error; killed after `seconds`. */
async function capture(
  cmd: string,
  args: string[],
  seconds: number,
): Promise<{ out: string; killed: boolean }> {
  try {
    return {
      out: (await run(cmd, args, { timeout: seconds * 1000, maxBuffer: 1 << 28 })).stdout,
      killed: false,
    };
  } catch (e) {
    const err = e as { stdout?: string; killed?: boolean };
    return { out: err.stdout ?? '', killed: !!err.killed };
  }
}

/**
 * A hand-written MathProg model of the model's last solve as a real run reaches it, for models
 * whose CONVERT snapshot solves another problem (the earlier solves, which CONVERT did not run,
 * move bounds or data); each file says how it was derived.
 */
const handWritten = (model: string) => join(root, 'test', 'gamslib', 'independent', `${model}.mod`);

async function glpsol(model: string): Promise<NonNullable<Reference['independent']>> {
  const t0 = performance.now();
  const seconds = () => Math.round((performance.now() - t0) / 10) / 100;
  const own = existsSync(handWritten(model));
  const exact = model in GLPSOL_EXACT;
  const solver = own
    ? 'glpsol 5.0 --math (test/gamslib/independent/NAME.mod)'
    : exact
      ? 'glpsol 5.0 --math --exact'
      : 'glpsol 5.0 --math';
  const m = toMathProg(
    readFileSync(own ? handWritten(model) : join(source, model, `${model}-scalar.mod`), 'utf8'),
  );
  if (!m.text) return { solver, status: 'not run', objective: null, seconds: 0, error: m.error };
  const file = join(mkdtempSync(join(tmpdir(), 'gamslib-ref-')), `${model}.mod`);
  writeFileSync(file, m.text);
  const { out, killed } = await capture(
    'glpsol',
    ['--math', file, '--tmlim', String(GLPK_SECONDS), ...(exact ? ['--exact'] : [])],
    GLPK_SECONDS + 60,
  );
  rmSync(dirname(file), { recursive: true, force: true });
  if (killed) return { solver, status: 'killed', objective: null, seconds: seconds() };
  // A MIP log also prints "OPTIMAL LP SOLUTION FOUND" for its relaxation, before branching: only
  // "INTEGER OPTIMAL" proves a MIP optimum (at the time limit the incumbent is no reference).
  const mip = /^\s*var\s+\w+\s+(?:binary|integer)/m.test(m.text);
  // (--exact prints "OPTIMAL SOLUTION FOUND".)
  const status = (mip ? /INTEGER OPTIMAL SOLUTION FOUND/ : /OPTIMAL (LP )?SOLUTION FOUND/).test(out)
    ? 'optimal'
    : /TIME LIMIT EXCEEDED/.test(out)
      ? 'time limit'
      : /NO (PRIMAL )?FEASIBLE|INFEASIBLE/.test(out)
        ? 'infeasible'
        : /UNBOUNDED/.test(out)
          ? 'unbounded'
          : 'error';
  const value = /EMDOBJ (\S+)/.exec(out)?.[1];
  const error = status === 'error' ? out.split('\n').find((l) => /error|invalid/i.test(l)) : undefined;
  return {
    solver,
    status,
    objective: status === 'optimal' && value !== undefined ? Number(value) : null,
    seconds: seconds(),
    ...(error ? { error: error.replace(file, `${model}-scalar.mod`) } : {}),
  };
}

/** Native Ipopt through EMD on NAME-scalar.gms. */
const ipopt = (model: string) =>
  throughEmd(model, 'Ipopt (native, through EMD)', ['--solver', 'ipopt'], IPOPT_SECONDS);

/**
 * HiGHS's branch and cut through EMD on NAME-scalar.gms, to a zero gap: the MIPs that glpsol does
 * not prove optimal within its time limit (its incumbent then is no reference).
 */
const highs = (model: string) =>
  throughEmd(
    model,
    'HiGHS 1.15 (through EMD, mip_rel_gap 0)',
    ['--solver', 'highs', '--option', 'mip_rel_gap=0', '--option', `time_limit=${HIGHS_SECONDS}`],
    HIGHS_SECONDS + 30,
  );

/**
 * Native Ipopt on the whole vendored model (a scratch copy: it may write files), its last solve of
 * the model's type: for multi-solve NLPs whose CONVERT snapshot Ipopt cannot solve (it starts from
 * levels the earlier solves did not set). Independent of EMD's solver, not of its generation.
 */
async function ipoptFullRun(model: string, type: string): Promise<NonNullable<Reference['independent']>> {
  const work = mkdtempSync(join(tmpdir(), `gamslib-ref-${model}-`));
  cpSync(join(root, 'test', 'gamslib', 'models', model), work, { recursive: true });
  // A run that also solves MIPs (minlphi's outer approximation) keeps EMD's MIP solver: Ipopt runs
  // its NLP solves through `option nlp = ipopt;`, which replaces the model's own NLP options.
  const mixed = MIXED_RUN.has(model);
  if (mixed) {
    const file = join(work, `${model}.gms`);
    const text = readFileSync(file, 'latin1').replace(/^(\s*option\s+nlp\s*=\s*)[^;]+;/gim, '$1ipopt;');
    writeFileSync(file, `option nlp = ipopt;\n${text}`, 'latin1');
  }
  try {
    return await throughEmd(
      model,
      mixed
        ? 'Ipopt (native, through EMD: option nlp = ipopt) on the whole NAME.gms'
        : 'Ipopt (native, through EMD) on the whole NAME.gms',
      mixed ? [] : ['--solver', 'ipopt'],
      IPOPT_SECONDS,
      join(work, `${model}.gms`),
      type,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function throughEmd(
  model: string,
  solver: string,
  options: string[],
  limit: number,
  file = join(source, model, `${model}-scalar.gms`),
  type?: string,
): Promise<NonNullable<Reference['independent']>> {
  const t0 = performance.now();
  const seconds = () => Math.round((performance.now() - t0) / 10) / 100;
  const args = [join(root, 'bin', 'emd.js'), 'solve', file, ...options, '--json', '--quiet'];
  const { out, killed } = await capture(process.execPath, args, limit);
  if (killed) return { solver, status: 'killed', objective: null, seconds: seconds() };
  try {
    const json = JSON.parse(out) as {
      diagnostics: { code: string; severity: string; message: string; line: number | null }[];
      solves: { type: string; objective: number | null; modelStatus: number; modelStatusText: string }[];
    };
    const last = json.solves.filter((x) => !type || x.type.toUpperCase() === type).at(-1);
    if (!last) {
      const d = json.diagnostics.find((x) => x.severity === 'error');
      return {
        solver,
        status: 'error',
        objective: null,
        seconds: seconds(),
        error: d ? `${d.code} line ${d.line}: ${d.message}` : 'no solve',
      };
    }
    const ok = last.modelStatus === 1 || last.modelStatus === 2;
    return {
      solver,
      status: last.modelStatusText,
      objective: ok ? last.objective : null,
      seconds: seconds(),
    };
  } catch {
    return { solver, status: 'error', objective: null, seconds: seconds(), error: 'no JSON on stdout' };
  }
}

const relDiff = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

async function reference(
  m: Model,
  published: ReturnType<typeof readPublished>,
  cached: Reference['independent'],
): Promise<Reference> {
  const scalar = readFileSync(join(source, m.model, `${m.model}-scalar.gms`), 'utf8');
  const lastSolve = /^\*\s+(Solve .*?);?\s*$/m.exec(scalar)?.[1] ?? '';
  const { count, nested } = countSolves(
    readFileSync(join(root, 'test', 'gamslib', 'models', m.model, `${m.model}.gms`), 'latin1'),
  );
  const linear = m.type === 'LP' || m.type === 'MIP' || m.type === 'RMIP';
  const notes: string[] = [];
  // A hand-written model replaces the cached solve of the CONVERT snapshot.
  const fresh =
    cached && (!linear || !existsSync(handWritten(m.model)) || cached.solver.includes('independent'));
  let independent = (fresh ? cached : undefined) ?? (linear ? await glpsol(m.model) : await ipopt(m.model));
  if (WHOLE_RUN[m.model]) {
    notes.push(WHOLE_RUN[m.model]);
    if (!independent.solver.includes('whole')) {
      notes.push(`Ipopt on the CONVERT snapshot: ${independent.objective}`);
      const full = await ipoptFullRun(m.model, m.type);
      if (full.objective !== null) independent = full;
    }
  }
  if (
    !linear &&
    independent.objective === null &&
    (count > 1 || nested) &&
    !independent.solver.includes('whole')
  ) {
    const full = await ipoptFullRun(m.model, m.type);
    notes.push(`Ipopt on the CONVERT snapshot: ${independent.status}; ${full.solver}: ${full.status}`);
    if (full.objective !== null) independent = full;
  }
  if (linear && independent.status === 'time limit') {
    const h = await highs(m.model);
    notes.push(
      `glpsol reached its ${GLPK_SECONDS} s limit without proving optimality; ${h.solver}: ${h.status}`,
    );
    if (h.objective !== null) independent = h;
  }
  const pub = published.get(m.model);
  const documented = DOCUMENTED[m.model];
  let objective: number | null = null;
  let src = '';
  const scaled = OBJECTIVE_SCALE[m.model];
  if (documented?.lastSolve) {
    objective = documented.objective;
    src = `documented: ${documented.where} (the last solve of a run: ${documented.lastSolve})`;
  } else if (independent.objective !== null) {
    objective = independent.objective * (scaled?.scale ?? 1);
    if (scaled)
      notes.push(
        `CONVERT wrote the scaled model: its objective ${independent.objective} times the objective variable's scale ${scaled.scale} (${scaled.where})`,
      );
    src = independent.solver.includes('whole')
      ? WHOLE_RUN[m.model]
        ? "Ipopt on the whole NAME.gms (its CONVERT snapshot is another problem than a run's last solve)"
        : 'Ipopt on the whole NAME.gms (its CONVERT snapshot has no Ipopt solution)'
      : independent.solver.startsWith('HiGHS')
        ? 'HiGHS on NAME-scalar.gms (glpsol hit its time limit)'
        : linear
          ? independent.solver.includes('independent')
            ? 'glpsol on test/gamslib/independent/NAME.mod (the last solve of a run, written by hand)'
            : 'glpsol on NAME-scalar.mod'
          : 'Ipopt on NAME-scalar.gms';
  } else if (documented) {
    objective = documented.objective;
    src = `documented: ${documented.where}`;
    notes.push(
      `no independent value (${independent.status}${independent.error ? `: ${independent.error}` : ''})`,
    );
  } else if (pub && pub.status === 'solved' && pub.objective !== null) {
    objective = pub.objective;
    src = `published: ${pub.solver} on NAME-scalar.mod (alg-mod-rev benchmark)`;
    notes.push(
      `no independent value (${independent.status}${independent.error ? `: ${independent.error}` : ''})`,
    );
  } else {
    src = 'none';
    notes.push(
      `no reference: ${independent.solver} ${independent.status}${independent.error ? `: ${independent.error}` : ''}`,
    );
  }
  const tol = linear ? 1e-6 : 1e-5;
  if (
    objective !== null &&
    pub?.objective != null &&
    pub.status === 'solved' &&
    relDiff(pub.objective, objective) > tol
  )
    notes.push(
      `published ${pub.solver} value ${pub.objective} differs (rel ${relDiff(pub.objective, objective).toExponential(1)})`,
    );
  if (objective !== null && documented && Math.abs(documented.objective - objective) > documented.abs)
    notes.push(
      `documented ${documented.objective} differs (rel ${relDiff(documented.objective, objective).toExponential(1)})`,
    );
  if (JUDGE_FIRST[m.model])
    notes.push(
      `judged by the first ${m.type} solve of a run, the one CONVERT's snapshot holds (${JUDGE_FIRST[m.model]}); a run's last solve finds no further solution`,
    );
  if (GLPSOL_EXACT[m.model]) notes.push(`glpsol --exact: ${GLPSOL_EXACT[m.model]}`);
  if (RANDOM_DATA[m.model])
    notes.push(
      `data from GAMS's random generator (${RANDOM_DATA[m.model]}): the reference holds GAMS's draws, which EMD's generator (GAMS's own, src/ops/random.ts) reproduces`,
    );
  const multiSolve = count > 1 || nested;
  if (multiSolve)
    notes.push(
      documented?.lastSolve
        ? `${count} solve statement(s)${nested ? ', one inside a loop or if' : ''}: the reference is the documented optimum that the run's last ${m.type} solve reaches`
        : independent.solver.includes('whole')
          ? WHOLE_RUN[m.model]
            ? `${count} solve statement(s)${nested ? ', one inside a loop or if' : ''}: the reference is the last ${m.type} solve of a whole run with Ipopt`
            : `${count} solve statement(s)${nested ? ', one inside a loop or if' : ''}: Ipopt finds no solution of the CONVERT snapshot (levels the earlier solves did not set), so the reference is the last ${m.type} solve of a whole run with Ipopt`
          : independent.solver.includes('independent')
            ? `${count} solve statement(s)${nested ? ', one inside a loop or if' : ''}: the reference is the last ${m.type} solve as a run reaches it (test/gamslib/independent/${m.model}.mod)`
            : `${count} solve statement(s)${nested ? ', one inside a loop or if' : ''}: the reference is the last ${m.type} solve as CONVERT saw it, starting from levels that earlier solves did not set`,
    );
  return {
    model: m.model,
    type: m.type,
    objective,
    source: src,
    lastSolve,
    solveStatements: count,
    multiSolve,
    ...(JUDGE_FIRST[m.model] ? { judge: 'first' as const } : {}),
    independent,
    ...(pub ? { published: pub } : {}),
    ...(documented ? { documented } : {}),
    notes,
  };
}

const models = (
  JSON.parse(readFileSync(join(root, 'test', 'gamslib', 'models.json'), 'utf8')) as Model[]
).filter((m) => !only.size || only.has(m.model));
const published = readPublished();
const outFile = join(root, 'test', 'gamslib', 'references.json');
const previous = new Map<string, Reference>(
  existsSync(outFile)
    ? (JSON.parse(readFileSync(outFile, 'utf8')) as Reference[]).map((r) => [r.model, r])
    : [],
);
const save = () => {
  const all = [...previous.values()].sort((a, b) => a.model.localeCompare(b.model));
  writeFileSync(`${outFile}.tmp`, `[\n${all.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  renameSync(`${outFile}.tmp`, outFile);
  return all;
};
let next = 0;
await Promise.all(
  Array.from({ length: JOBS }, async () => {
    while (next < models.length) {
      const m = models[next++];
      const r = await reference(m, published, recompute ? undefined : previous.get(m.model)?.independent);
      previous.set(m.model, r);
      save();
      console.log(
        `${m.model.padEnd(12)} ${m.type.padEnd(5)} ${String(r.objective).padEnd(22)} ${r.source}  ${r.independent?.seconds}s`,
      );
    }
  }),
);
const all = save();
console.log(
  `${all.filter((r) => r.objective !== null).length} of ${all.length} models have a reference; test/gamslib/references.json written`,
);
