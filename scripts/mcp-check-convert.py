# Checks an MCP solution outside EMD: evaluates GAMS CONVERT's Pyomo transcription of a model
# (NAME-scalar.py of the GAMS Model Library copy, /work/gamslib-src/gamslib/NAME/) with plain
# Python floats standing in for pyomo.environ, at the levels x1, x2, ... read one per line from a
# file, and prints the worst violation of F >= 0, x >= lo, min(|F|, |x - lo|) = 0 (|F| for
# equality rows; rows matched with fixed variables impose nothing).
#
#   python3 scripts/mcp-check-convert.py NAME-scalar.py levels.txt
#
# The levels come from `emd solve` on NAME-scalar.gms with, appended,
#   file fsol /levels.txt/; put fsol; put x1.l:0:16 /; ... put xN.l:0:16 /; putclose fsol;
# (used for vonthmcp and mr5mcp, test/mcp-library.test.ts).
import math
import sys
import types

values = [float(line) for line in open(sys.argv[2]) if line.strip()]


class Num:
    def __init__(self, v):
        self.v = v


def val(o):
    return o.v if isinstance(o, Num) else o


for name, fn in [
    ('add', lambda a, b: a + b),
    ('sub', lambda a, b: a - b),
    ('mul', lambda a, b: a * b),
    ('truediv', lambda a, b: a / b),
    ('pow', lambda a, b: a**b),
]:
    setattr(Num, f'__{name}__', (lambda fn: lambda s, o: Num(fn(s.v, val(o))))(fn))
    setattr(Num, f'__r{name}__', (lambda fn: lambda s, o: Num(fn(val(o), s.v)))(fn))
Num.__neg__ = lambda s: Num(-s.v)
Num.__pos__ = lambda s: s
Num.__ge__ = lambda s, o: ('ge', s.v - val(o))
Num.__le__ = lambda s, o: ('ge', val(o) - s.v)
Num.__eq__ = lambda s, o: ('eq', s.v - val(o))

conditions = []
count = [0]


class ConcreteModel:
    pass


def Var(within=None, bounds=(None, None), initialize=0):
    count[0] += 1
    return Num(values[count[0] - 1])


def Complementarity(expr):
    conditions.append(expr)
    return expr


env = types.ModuleType('pyomo.environ')
env.ConcreteModel = ConcreteModel
env.Var = Var
env.Reals = None
for f in ('log', 'exp', 'sqrt'):
    setattr(env, f, (lambda g: lambda a: Num(g(val(a))))(getattr(math, f)))
mpec = types.ModuleType('pyomo.mpec')
mpec.Complementarity = Complementarity
sys.modules['pyomo'] = types.ModuleType('pyomo')
sys.modules['pyomo.environ'] = env
sys.modules['pyomo.mpec'] = mpec
exec(compile(open(sys.argv[1]).read(), sys.argv[1], 'exec'), {})

worst = 0.0
checked = 0
for row, column in conditions:
    if not isinstance(row, tuple):
        continue  # a row without a relation: its variable is fixed
    kind, f = row
    x = column[1]
    worst = max(worst, abs(f) if kind == 'eq' else max(-f, -x, min(abs(f), abs(x))))
    checked += 1
print(f'{checked} of {len(conditions)} conditions, {count[0]} variables, worst violation {worst:.3e}')
