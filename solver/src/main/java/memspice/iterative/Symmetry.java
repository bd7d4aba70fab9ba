package memspice.iterative;

import java.util.Locale;

/**
 * Entrywise symmetry test of a square CSC matrix (rows ascending within columns), the precondition
 * of conjugate gradients. Two entries count as equal within {@link #RELATIVE} of the larger: an
 * asymmetry that small perturbs A x by less than the solver's residual target (1e-12), so CG cannot
 * tell it from rounding. Temporary memory: one transpose (O(nonzeros)).
 */
final class Symmetry {

    /** Largest relative difference between a_ij and a_ji accepted as symmetric. */
    static final double RELATIVE = 1e-13;

    private Symmetry() {
    }

    /** @return null when symmetric, else a description of the first asymmetric entry (reduced indices) */
    static String check(int m, int[] colPtr, int[] rowIdx, double[] values) {
        int nnz = colPtr[m];
        int[] tPtr = new int[m + 1];
        for (int e = 0; e < nnz; e++) {
            tPtr[rowIdx[e] + 1]++;
        }
        for (int i = 0; i < m; i++) {
            tPtr[i + 1] += tPtr[i];
        }
        int[] next = java.util.Arrays.copyOf(tPtr, m);
        int[] tRow = new int[nnz];
        double[] tVal = new double[nnz];
        for (int c = 0; c < m; c++) {
            for (int e = colPtr[c]; e < colPtr[c + 1]; e++) {
                int k = next[rowIdx[e]]++;
                tRow[k] = c;
                tVal[k] = values[e];
            }
        }
        for (int c = 0; c < m; c++) {
            int e = colPtr[c];
            int f = tPtr[c];
            while (e < colPtr[c + 1] || f < tPtr[c + 1]) {
                int re = e < colPtr[c + 1] ? rowIdx[e] : Integer.MAX_VALUE;
                int rf = f < tPtr[c + 1] ? tRow[f] : Integer.MAX_VALUE;
                int r = Math.min(re, rf);
                double a = re == r ? values[e++] : 0.0;
                double t = rf == r ? tVal[f++] : 0.0;
                if (Math.abs(a - t) > RELATIVE * Math.max(Math.abs(a), Math.abs(t))) {
                    return String.format(Locale.ROOT, "entry (%d,%d) = %.6g but (%d,%d) = %.6g", r, c, a, c, r, t);
                }
            }
        }
        return null;
    }
}
