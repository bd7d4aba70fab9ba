package memspice.iterative;

import java.util.Locale;

/**
 * Entrywise symmetry test of a square CSC matrix (rows ascending within columns), the precondition
 * of conjugate gradients. Two entries count as equal within {@link #RELATIVE} of the larger: an
 * asymmetry that small perturbs A x by less than the solver's residual target (1e-12), so CG cannot
 * tell it from rounding. Each off-diagonal entry's mirror is found by binary search in its column;
 * nothing is allocated.
 */
final class Symmetry {

    /** Largest relative difference between a_ij and a_ji accepted as symmetric. */
    static final double RELATIVE = 1e-13;

    private Symmetry() {
    }

    /** @return null when symmetric, else a description of the first asymmetric entry (reduced indices) */
    static String check(int m, int[] colPtr, int[] rowIdx, double[] values) {
        for (int c = 0; c < m; c++) {
            for (int e = colPtr[c]; e < colPtr[c + 1]; e++) {
                int r = rowIdx[e];
                if (r == c) {
                    continue;
                }
                double a = values[e];
                int f = find(colPtr, rowIdx, r, c);
                double t = f >= 0 ? values[f] : 0.0;
                if (Math.abs(a - t) > RELATIVE * Math.max(Math.abs(a), Math.abs(t))) {
                    return String.format(Locale.ROOT, "entry (%d,%d) = %.6g but (%d,%d) = %.6g", r, c, a, c, r, t);
                }
            }
        }
        return null;
    }

    /** Position of row {@code row} in column {@code col} (rows ascending), or -1. */
    private static int find(int[] colPtr, int[] rowIdx, int col, int row) {
        int lo = colPtr[col];
        int hi = colPtr[col + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = rowIdx[mid];
            if (v < row) {
                lo = mid + 1;
            } else if (v > row) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
