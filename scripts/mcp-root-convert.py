# Solves an MCP outside EMD when every row is an equation: GAMS CONVERT's Pyomo transcription of
# a model (NAME-scalar.py of the GAMS Model Library copy, /work/gamslib-src/gamslib/NAME/), its fixed
# variables substituted, as the square system F(x) = 0 by SciPy's root (MINPACK hybrd) from the
# transcription's start levels. Prints the worst |F|, the free variables found below their lower
# bound (none: the root is then the MCP's solution whatever the pairing), and x1, x2, ... one per
# line.
#
#   python3 scripts/mcp-root-convert.py NAME-scalar.py
#
# (used for ers82mcp, test/mcp-library.test.ts).
import re
import sys

import numpy as np
from scipy.optimize import root

src = open(sys.argv[1]).read()
var = re.compile(r'm\.x(\d+) = Var\(within=Reals,bounds=\(([^,]+),([^)]+)\),initialize=([^)]+)\)')
bounds = {}
for m in var.finditer(src):
    lo, up = (None if b == 'None' else float(b) for b in (m.group(2), m.group(3)))
    bounds[int(m.group(1))] = (lo, up, float(m.group(4)))
rows = re.findall(r'm\.c\d+ = Complementarity\(expr=\((.*?)\)\s*\n', src, re.S)
if any('==' not in r for r in rows):
    sys.exit('not every row is an equation')
free = [i for i in sorted(bounds) if bounds[i][0] is None or bounds[i][0] != bounds[i][1]]
if len(free) != len(rows):
    sys.exit(f'{len(rows)} rows, {len(free)} free variables: not square')
funcs = {'exp': np.exp, 'log': np.log, 'sqrt': np.sqrt}
code = [compile(re.sub(r'm\.x(\d+)', r'x[\1]', '({})-({})'.format(*r.split('=='))), '<row>', 'eval') for r in rows]
x = {i: b[2] for i, b in bounds.items()}


def residual(z):
    for k, i in enumerate(free):
        x[i] = z[k]
    return np.array([eval(c, funcs, {'x': x}) for c in code])


r = root(residual, np.array([x[i] for i in free]), method='hybr', options={'xtol': 1e-14})
print('worst |F|', np.abs(residual(r.x)).max())
print('below lower bound', [i for i in free if bounds[i][0] is not None and x[i] < bounds[i][0] - 1e-9])
for i in sorted(x):
    print(f'x{i} {float(x[i])!r}')
