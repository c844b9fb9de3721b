# relief (GAMS Model Library, SEQ=353): the objective of its last MIP solve, by enumeration.
# The model places 2 drops on a 10x10 grid (rows A-J, columns 1-10) to minimise the total
# Euclidean distance from its 20 huts to the nearer drop (the drop capacity, the total demand,
# never binds). Its last loop solves again and again with a cut excluding each solution found,
# while the solve is optimal and the objective is below 1.03 times the best, at most 50 times:
# the last solve's objective is the smallest total >= 1.03 * best (all totals below it are cut
# first, in whatever order ties come), or the 51st smallest if more than 50 lie below the limit.
# Independent of EMD and of any MIP solver: every pair of cells is tried.
from itertools import combinations
from math import hypot

# The table dem(r,c) of relief.gms (lines 27-38), one hut per entry.
huts = ['A5', 'B5', 'B9', 'B10', 'C1', 'C6', 'C8', 'C9', 'C10', 'D2', 'D7', 'D10',
        'E2', 'E9', 'F8', 'G2', 'H2', 'H6', 'J8', 'J10']
assert len(huts) == 20

rows = 'ABCDEFGHIJ'
cell = lambda h: (rows.index(h[0]) + 1, int(h[1:]))
points = [cell(h) for h in huts]
cells = [(r, c) for r in range(1, 11) for c in range(1, 11)]
totals = sorted(
    (sum(min(hypot(p[0] - a[0], p[1] - a[1]), hypot(p[0] - b[0], p[1] - b[1])) for p in points), a, b)
    for a, b in combinations(cells, 2)
)
name = lambda q: f"{rows[q[0] - 1]}.{q[1]}"
best = totals[0][0]
limit = 1.03 * best
below = [t for t in totals if t[0] < limit]
last = totals[min(len(below), 50)]
print(f"best {best!r} at {name(totals[0][1])}, {name(totals[0][2])}")
print(f"{len(below)} pairs below 1.03 * best = {limit!r}")
print(f"last solve: {last[0]!r} at {name(last[1])}, {name(last[2])}")
