package memspice.sparse;

import java.util.Arrays;

/**
 * The factors P A Q = L U of one pattern: L unit lower triangular and U upper triangular, both by
 * columns in pivot order. Row indices of L and U are pivot steps (0..n-1), so solves and
 * refactorizations run on permuted indices without look-ups. Arrays only grow, in factor; solve and
 * refactor allocate nothing.
 */
final class LuFactors {

    final int n;
    /** q[k] = original column eliminated at step k. */
    final int[] q;
    /** prow[k] = original row pivoted at step k; pinv is its inverse. */
    final int[] prow;
    final int[] pinv;
    final int[] lStart;
    int[] lRow;
    double[] lVal;
    final int[] uStart;
    int[] uRow;
    double[] uVal;
    final double[] uDiag;
    private final double[] work;

    LuFactors(int[] columnOrder, int initialCapacity) {
        this.n = columnOrder.length;
        this.q = columnOrder;
        this.prow = new int[n];
        this.pinv = new int[n];
        this.lStart = new int[n + 1];
        this.uStart = new int[n + 1];
        this.uDiag = new double[n];
        this.work = new double[n];
        int cap = Math.max(16, initialCapacity);
        lRow = new int[cap];
        lVal = new double[cap];
        uRow = new int[cap];
        uVal = new double[cap];
    }

    int nnzL() {
        return lStart[n];
    }

    int nnzU() {
        return uStart[n];
    }

    void ensureL(int needed) {
        if (needed > lRow.length) {
            int cap = Math.max(needed, lRow.length * 2);
            lRow = Arrays.copyOf(lRow, cap);
            lVal = Arrays.copyOf(lVal, cap);
        }
    }

    void ensureU(int needed) {
        if (needed > uRow.length) {
            int cap = Math.max(needed, uRow.length * 2);
            uRow = Arrays.copyOf(uRow, cap);
            uVal = Arrays.copyOf(uVal, cap);
        }
    }

    /**
     * Recomputes the values with the pivot order and patterns of the last factorization.
     *
     * @param x dense workspace of length n, all zero on entry and on return
     * @return -1 on success, or the step k whose pivot is below the growth limit (factors then invalid)
     */
    int refactor(int[] colPtr, int[] rowIdx, double[] values, double[] x, double growthLimit, double floor) {
        for (int k = 0; k < n; k++) {
            int col = q[k];
            for (int p = colPtr[col]; p < colPtr[col + 1]; p++) {
                x[pinv[rowIdx[p]]] += values[p];
            }
            for (int p = uStart[k]; p < uStart[k + 1]; p++) {
                int j = uRow[p];
                double xj = x[j];
                x[j] = 0;
                uVal[p] = xj;
                if (xj != 0) {
                    for (int r = lStart[j]; r < lStart[j + 1]; r++) {
                        x[lRow[r]] -= lVal[r] * xj;
                    }
                }
            }
            double pivot = x[k];
            x[k] = 0;
            double largest = 0;
            for (int r = lStart[k]; r < lStart[k + 1]; r++) {
                largest = Math.max(largest, Math.abs(x[lRow[r]]));
            }
            if (!(Math.abs(pivot) > floor) || Math.abs(pivot) < growthLimit * largest) {
                for (int r = lStart[k]; r < lStart[k + 1]; r++) {
                    x[lRow[r]] = 0;
                }
                return k;
            }
            uDiag[k] = pivot;
            double inv = 1.0 / pivot;
            for (int r = lStart[k]; r < lStart[k + 1]; r++) {
                int i = lRow[r];
                lVal[r] = x[i] * inv;
                x[i] = 0;
            }
        }
        return -1;
    }

    /** Solves A x = b in place: b in original row order in, x in original column order out. */
    void solve(double[] b) {
        double[] y = work;
        for (int k = 0; k < n; k++) {
            y[k] = b[prow[k]];
        }
        for (int k = 0; k < n; k++) {
            double yk = y[k];
            if (yk != 0) {
                for (int r = lStart[k]; r < lStart[k + 1]; r++) {
                    y[lRow[r]] -= lVal[r] * yk;
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double yk = y[k] / uDiag[k];
            y[k] = yk;
            if (yk != 0) {
                for (int p = uStart[k]; p < uStart[k + 1]; p++) {
                    y[uRow[p]] -= uVal[p] * yk;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            b[q[k]] = y[k];
        }
    }

    /** Solves A^T x = b in place (adjoint sensitivities): b indexed by column, x by row. */
    void solveTranspose(double[] b) {
        double[] z = work;
        for (int k = 0; k < n; k++) {
            double s = b[q[k]];
            for (int p = uStart[k]; p < uStart[k + 1]; p++) {
                s -= uVal[p] * z[uRow[p]];
            }
            z[k] = s / uDiag[k];
        }
        for (int k = n - 1; k >= 0; k--) {
            double s = z[k];
            for (int r = lStart[k]; r < lStart[k + 1]; r++) {
                s -= lVal[r] * z[lRow[r]];
            }
            z[k] = s;
        }
        for (int k = 0; k < n; k++) {
            b[prow[k]] = z[k];
        }
    }
}
