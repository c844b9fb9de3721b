// Test and bench fixture: large sparse NLPs with hand-coded derivatives, as NlpOracle objects —
// clnlbeam (the elastic-beam problem of the JuMP/CUTE benchmarks) and a discretized optimal
// control problem. Imports types.ts.
import type { NlpOracle } from '../types.ts';

/**
 * clnlbeam with N intervals: 3(N+1) variables t, x, u; N nonlinear and N linear equality rows.
 *   min Σ 0.5h(u_{i+1}² + u_i²) + 0.5αh(cos t_{i+1} + cos t_i)
 *   s.t. x_{i+1} - x_i - 0.5h(sin t_{i+1} + sin t_i) = 0,  t_{i+1} - t_i - 0.5h(u_{i+1} + u_i) = 0,
 *        -1 <= t <= 1, -0.05 <= x <= 0.05.  h = 1/N, α = 350. Start at 0 (the JuMP benchmark;
 * a stationary point, f = 350) or, with cosineStart, t_i = x_i = 0.05 cos(iπ/N) as in CUTE.
 */
export function clnlbeam(N: number, cosineStart = false): NlpOracle {
  const h = 1 / N;
  const alpha = 350;
  const n = 3 * (N + 1);
  const m = 2 * N;
  const T = 0;
  const X = N + 1;
  const U = 2 * (N + 1);
  const xl = new Float64Array(n).fill(-Infinity);
  const xu = new Float64Array(n).fill(Infinity);
  for (let i = 0; i <= N; i++) {
    xl[T + i] = -1;
    xu[T + i] = 1;
    xl[X + i] = -0.05;
    xu[X + i] = 0.05;
  }
  const k = (i: number) => (i === 0 || i === N ? 1 : 2); // appearances of node i in the sums
  const jr: number[] = [];
  const jc: number[] = [];
  for (let i = 0; i < N; i++) (jr.push(i, i, i, i), jc.push(X + i + 1, X + i, T + i + 1, T + i));
  for (let i = 0; i < N; i++)
    (jr.push(N + i, N + i, N + i, N + i), jc.push(T + i + 1, T + i, U + i + 1, U + i));
  const hr: number[] = [];
  for (let i = 0; i <= N; i++) hr.push(T + i);
  for (let i = 0; i <= N; i++) hr.push(U + i);
  const hRows = Int32Array.from(hr);
  const x0 = new Float64Array(n);
  if (cosineStart) {
    for (let i = 0; i <= N; i++) x0[T + i] = x0[X + i] = 0.05 * Math.cos((i * Math.PI) / N);
  }
  return {
    n,
    m,
    xl,
    xu,
    gl: new Float64Array(m),
    gu: new Float64Array(m),
    x0,
    objective(x) {
      let f = 0;
      for (let i = 0; i < N; i++) {
        f +=
          0.5 * h * (x[U + i + 1] ** 2 + x[U + i] ** 2) +
          0.5 * alpha * h * (Math.cos(x[T + i + 1]) + Math.cos(x[T + i]));
      }
      return f;
    },
    gradient(x, out) {
      out.fill(0);
      for (let i = 0; i <= N; i++) {
        out[T + i] = -0.5 * alpha * h * Math.sin(x[T + i]) * k(i);
        out[U + i] = h * x[U + i] * k(i);
      }
    },
    constraints(x, out) {
      for (let i = 0; i < N; i++) {
        out[i] = x[X + i + 1] - x[X + i] - 0.5 * h * (Math.sin(x[T + i + 1]) + Math.sin(x[T + i]));
        out[N + i] = x[T + i + 1] - x[T + i] - 0.5 * h * (x[U + i + 1] + x[U + i]);
      }
    },
    jacRows: Int32Array.from(jr),
    jacCols: Int32Array.from(jc),
    jacobian(x, out) {
      let p = 0;
      for (let i = 0; i < N; i++) {
        out[p++] = 1;
        out[p++] = -1;
        out[p++] = -0.5 * h * Math.cos(x[T + i + 1]);
        out[p++] = -0.5 * h * Math.cos(x[T + i]);
      }
      for (let i = 0; i < N; i++) {
        out[p++] = 1;
        out[p++] = -1;
        out[p++] = -0.5 * h;
        out[p++] = -0.5 * h;
      }
    },
    hessRows: hRows,
    hessCols: hRows,
    hessian(x, sigma, lambda, out) {
      for (let i = 0; i <= N; i++) {
        // ∂²/∂t_i²: objective -0.5αh cos t_i k_i; rows i-1 and i contribute 0.5h sin t_i λ.
        let v = -sigma * 0.5 * alpha * h * Math.cos(x[T + i]) * k(i);
        let lam = 0;
        if (i > 0) lam += lambda[i - 1];
        if (i < N) lam += lambda[i];
        v += lam * 0.5 * h * Math.sin(x[T + i]);
        out[i] = v;
        out[N + 1 + i] = sigma * h * k(i);
      }
    },
  };
}

/**
 * Optimal control with N steps (2N + 1 variables, x_0 fixed at 1):
 *   min Σ h/2 (x_{i+1}² + u_i²)  s.t.  x_{i+1} = x_i + h (x_i - x_i³ + u_i),
 *   -2 <= x <= 2, -1 <= u <= 1, h = 10/N. Start: x = 1, u = 0.
 */
export function optimalControl(N: number): NlpOracle {
  const h = 10 / N;
  const n = 2 * N + 1;
  const m = N;
  const U = N + 1;
  const xl = new Float64Array(n);
  const xu = new Float64Array(n);
  for (let i = 0; i <= N; i++) {
    xl[i] = -2;
    xu[i] = 2;
  }
  xl[0] = xu[0] = 1;
  for (let i = 0; i < N; i++) {
    xl[U + i] = -1;
    xu[U + i] = 1;
  }
  const x0 = new Float64Array(n);
  for (let i = 0; i <= N; i++) x0[i] = 1;
  const jr: number[] = [];
  const jc: number[] = [];
  for (let i = 0; i < N; i++) (jr.push(i, i, i), jc.push(i + 1, i, U + i));
  const hr: number[] = [];
  for (let j = 0; j < n; j++) hr.push(j);
  const hRows = Int32Array.from(hr);
  return {
    n,
    m,
    xl,
    xu,
    gl: new Float64Array(m),
    gu: new Float64Array(m),
    x0,
    objective(x) {
      let f = 0;
      for (let i = 0; i < N; i++) f += 0.5 * h * (x[i + 1] ** 2 + x[U + i] ** 2);
      return f;
    },
    gradient(x, out) {
      out[0] = 0;
      for (let i = 1; i <= N; i++) out[i] = h * x[i];
      for (let i = 0; i < N; i++) out[U + i] = h * x[U + i];
    },
    constraints(x, out) {
      for (let i = 0; i < N; i++) out[i] = x[i + 1] - x[i] - h * (x[i] - x[i] ** 3 + x[U + i]);
    },
    jacRows: Int32Array.from(jr),
    jacCols: Int32Array.from(jc),
    jacobian(x, out) {
      let p = 0;
      for (let i = 0; i < N; i++) {
        out[p++] = 1;
        out[p++] = -1 - h * (1 - 3 * x[i] ** 2);
        out[p++] = -h;
      }
    },
    hessRows: hRows,
    hessCols: hRows,
    hessian(x, sigma, lambda, out) {
      out[0] = lambda[0] * 6 * h * x[0];
      for (let i = 1; i <= N; i++) out[i] = sigma * h + (i < N ? lambda[i] * 6 * h * x[i] : 0);
      for (let i = 0; i < N; i++) out[U + i] = sigma * h;
    },
  };
}
