"""Issue 14's load side by side, the pandas row: the long-format CSV of `zones-bulk to-csv` through
pandas.read_csv, then pivoted to one row per cell (zone, indicator, year) with its actual and its
target, the shape a recompute reads.  Prints the lines benchmarks/load-side-by-side.sh reads.

usage: python3 load_pandas.py DIR        (DIR holds values.csv and indicators.csv)
"""
import os
import resource
import sys
import time

import pandas as pd


def main():
    d = sys.argv[1]
    values = os.path.join(d, "values.csv")
    t0 = time.perf_counter()
    # Types given, as a careful user would; an empty value reads as NaN (pandas' missing).  The unit
    # column is read and not checked: pandas knows no units.
    ind = pd.read_csv(os.path.join(d, "indicators.csv"), dtype={"indicator": str, "weight": "float64", "reverse": bool})
    df = pd.read_csv(values, dtype={"zone": str, "indicator": str, "period": "int32", "kind": str,
                                    "value": "float64", "unit": str})
    cells = df.pivot(index=["zone", "indicator", "period"], columns="kind", values="value")
    load = time.perf_counter() - t0
    assert len(ind) > 0 and list(cells.columns) == ["actual", "target"]
    print("impl: pandas-csv")
    print(f"input: {values} bytes={os.path.getsize(values)} cells={len(cells)}")
    print(f"load_s: {load:.3f}")
    print(f"load_peak_rss_mb: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    print("end_to_end_s: -")
    print(f"peak_rss_mb: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    print(f"pandas: {pd.__version__}")


if __name__ == "__main__":
    main()
