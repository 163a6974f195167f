# Usage: python3 reweighting_bits.py FILE.bin (docs/performance.md, "Reweighting as one multiplication").
# How many zone-years of the zones-bulk score change bits with reweighting as one multiplication, and which
# definition is nearer to C's wc / ws * 100. Elementwise numpy float64 ops are IEEE (no FMA), in the kernel's order;
# the completion is the workload's num / den (its data hold none of the engine's corner cases). The printed sums are
# numpy's pairwise sums, not the runners' sequential checksums.
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np
from common import load
Z, I, Y, w, rev, a, t = load(sys.argv[1])
a = a.reshape(Z, I, Y); t = t.reshape(Z, I, Y)
r = rev.astype(bool)[None, :, None]
num = np.where(r, t, a); den = np.where(r, a, t)
with np.errstate(all="ignore"):
    c = np.where(den > 0, num / den, np.nan)
s = 0.0
for x in w: s += x
P = 100.0 * w / s
total = 0.0
for p in P: total += p
dropped = np.zeros((Z, Y)); old_sum = np.zeros((Z, Y)); new_sum = np.zeros((Z, Y))
for i in range(I):
    dropped = dropped + np.where(np.isnan(c[:, i, :]), P[i], 0.0)
kept = total - dropped
with np.errstate(all="ignore"):
    scale = np.where(dropped > 0, (kept + dropped) / kept, 1.0)
none = (dropped > 0) & (kept <= 1e-12 * 100.0)
wc = np.zeros((Z, Y)); ws = np.zeros((Z, Y))
for i in range(I):
    ci = c[:, i, :]; ok = ~np.isnan(ci)
    wgt = P[i] * scale
    capped = np.minimum(ci, 1.2)
    old_sum = old_sum + np.where(ok, np.clip(wgt * capped, 0, wgt * 1.2) + 0.0, 0.0)
    new_sum = new_sum + np.where(ok, np.clip(P[i] * capped, 0, P[i] * 1.2) + 0.0, 0.0)
    wc = wc + np.where(ok, w[i] * capped, 0.0); ws = ws + np.where(ok, w[i], 0.0)
old = np.where(none, np.nan, old_sum)
new = np.where(none, np.nan, scale * new_sum)
with np.errstate(all="ignore"):
    cref = np.where(ws > 0, wc / ws * 100.0, np.nan)
m = ~np.isnan(new)
print("zone-years", Z * Y, "scored", m.sum(), "reweighted (scale != 1)", (m & (scale != 1)).sum())
print("new != old bits", (m & (new != old)).sum(), " max |new-old| ulps", np.max(np.abs(new[m] - old[m]) / np.spacing(old[m])))
print("old == C", (m & (old == cref)).sum(), " new == C", (m & (new == cref)).sum())
dold = np.abs(old - cref)[m]; dnew = np.abs(new - cref)[m]
print("nearer C: new", (dnew < dold).sum(), " old", (dold < dnew).sum(), " tie", (dold == dnew).sum())
print("sum old %.17g new %.17g C %.17g" % (np.nansum(old), np.nansum(new), np.nansum(cref)))
