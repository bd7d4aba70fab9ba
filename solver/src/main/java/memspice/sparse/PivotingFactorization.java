package memspice.sparse;

/**
 * Left-looking LU with threshold partial pivoting (Gilbert and Peierls, SIAM J. Sci. Stat. Comput.
 * 9(5):862, 1988): column k of L and U comes from a sparse triangular solve with the columns already
 * factored, whose nonzero pattern is the set reachable in the graph of L from A(:,k), found by a
 * depth-first search in topological order. Among the rows not yet pivotal, the diagonal of the
 * fill-reducing order is kept when |x_diag| >= tol * max|x_i| (diagonal preference, as in KLU),
 * else the largest entry pivots.
 */
final class PivotingFactorization {

    private final int n;
    private final double[] x;
    private final int[] mark;
    private final int[] stack;
    private final int[] childPos;
    private final int[] reach;
    /** End of the part of L(:,j) the search must still visit (symmetric pruning); -1 = unpruned. */
    private final int[] pruneEnd;
    private int stamp;

    PivotingFactorization(int n) {
        this.n = n;
        x = new double[n];
        mark = new int[n];
        stack = new int[n];
        childPos = new int[n];
        reach = new int[n];
        pruneEnd = new int[n];
    }

    /** The dense zeroed workspace shared with refactorization. */
    double[] workspace() {
        return x;
    }

    /**
     * Factors the matrix into f (pivot order and patterns new).
     *
     * @throws SingularMatrixException naming the original column with no usable pivot
     */
    void factor(int[] colPtr, int[] rowIdx, double[] values, LuFactors f, double tol, double floor)
            throws SingularMatrixException {
        java.util.Arrays.fill(f.pinv, -1);
        java.util.Arrays.fill(mark, 0);
        java.util.Arrays.fill(pruneEnd, -1);
        stamp = 0;
        int lTop = 0;
        int uTop = 0;
        try {
            for (int k = 0; k < n; k++) {
                int col = f.q[k];
                f.lStart[k] = lTop;
                f.uStart[k] = uTop;
                int top = reach(colPtr, rowIdx, col, f);
                for (int p = colPtr[col]; p < colPtr[col + 1]; p++) {
                    x[rowIdx[p]] += values[p];
                }
                int candidates = 0;
                f.ensureU(uTop + (n - top));
                for (int t = top; t < n; t++) {
                    int i = reach[t];
                    int j = f.pinv[i];
                    if (j < 0) {
                        candidates++;
                        continue;
                    }
                    double xj = x[i];
                    x[i] = 0;
                    f.uRow[uTop] = j;
                    f.uVal[uTop++] = xj;
                    if (xj != 0) {
                        for (int r = f.lStart[j]; r < f.lStart[j + 1]; r++) {
                            x[f.lRow[r]] -= f.lVal[r] * xj;
                        }
                    }
                }
                if (candidates == 0) {
                    throw new SingularMatrixException(col, true, "structurally singular at column " + col);
                }
                double largest = -1;
                int largestRow = -1;
                for (int t = top; t < n; t++) {
                    int i = reach[t];
                    if (f.pinv[i] < 0 && Math.abs(x[i]) > largest) {
                        largest = Math.abs(x[i]);
                        largestRow = i;
                    }
                }
                if (!(largest > floor)) {
                    throw new SingularMatrixException(col, false,
                            "numerically singular at column " + col + " (largest pivot candidate " + largest + ")");
                }
                int pivotRow = largestRow;
                if (f.pinv[col] < 0 && mark[col] == stamp && Math.abs(x[col]) >= tol * largest) {
                    pivotRow = col;
                }
                double pivot = x[pivotRow];
                f.pinv[pivotRow] = k;
                f.prow[k] = pivotRow;
                f.uDiag[k] = pivot;
                x[pivotRow] = 0;
                f.ensureL(lTop + candidates);
                double inv = 1.0 / pivot;
                for (int t = top; t < n; t++) {
                    int i = reach[t];
                    if (f.pinv[i] < 0) {
                        f.lRow[lTop] = i;
                        f.lVal[lTop++] = x[i] * inv;
                        x[i] = 0;
                    }
                }
                prune(f, k, uTop, pivotRow);
            }
            f.lStart[n] = lTop;
            f.uStart[n] = uTop;
            for (int p = 0; p < lTop; p++) {
                f.lRow[p] = f.pinv[f.lRow[p]];
            }
        } finally {
            java.util.Arrays.fill(x, 0);
        }
    }

    /**
     * Symmetric pruning (Eisenstat and Liu, SIAM J. Matrix Anal. Appl. 13(1):202, 1992): when
     * U(j,k) != 0 and L(pivot row of k, j) != 0, every row of L(:,j) not yet pivotal also lies in
     * L(:,k), so later searches reach it through k. Only the pivotal rows of L(:,j) stay visible:
     * they are moved to the front (values with them) and the search stops at pruneEnd[j].
     */
    private void prune(LuFactors f, int k, int uEnd, int pivotRow) {
        for (int p = f.uStart[k]; p < uEnd; p++) {
            int j = f.uRow[p];
            if (pruneEnd[j] >= 0) {
                continue;
            }
            int start = f.lStart[j];
            int end = f.lStart[j + 1];
            boolean symmetric = false;
            for (int r = start; r < end; r++) {
                if (f.lRow[r] == pivotRow) {
                    symmetric = true;
                    break;
                }
            }
            if (!symmetric) {
                continue;
            }
            int front = start;
            for (int r = start; r < end; r++) {
                int i = f.lRow[r];
                if (f.pinv[i] >= 0) {
                    f.lRow[r] = f.lRow[front];
                    f.lRow[front] = i;
                    double t = f.lVal[r];
                    f.lVal[r] = f.lVal[front];
                    f.lVal[front] = t;
                    front++;
                }
            }
            pruneEnd[j] = front;
        }
    }

    /**
     * Depth-first search from the rows of A(:,col) through the columns of L already computed.
     * Returns top: reach[top..n-1] lists the visited rows in topological order.
     */
    private int reach(int[] colPtr, int[] rowIdx, int col, LuFactors f) {
        int tag = ++stamp;
        int top = n;
        for (int p = colPtr[col]; p < colPtr[col + 1]; p++) {
            int start = rowIdx[p];
            if (mark[start] == tag) {
                continue;
            }
            int depth = 0;
            stack[0] = start;
            mark[start] = tag;
            int j0 = f.pinv[start];
            childPos[0] = j0 >= 0 ? f.lStart[j0] : 0;
            while (depth >= 0) {
                int i = stack[depth];
                int j = f.pinv[i];
                boolean descended = false;
                if (j >= 0) {
                    int end = pruneEnd[j] >= 0 ? pruneEnd[j] : f.lStart[j + 1];
                    for (int r = childPos[depth]; r < end; r++) {
                        int child = f.lRow[r];
                        if (mark[child] != tag) {
                            childPos[depth] = r + 1;
                            mark[child] = tag;
                            depth++;
                            stack[depth] = child;
                            int jc = f.pinv[child];
                            childPos[depth] = jc >= 0 ? f.lStart[jc] : 0;
                            descended = true;
                            break;
                        }
                    }
                }
                if (!descended) {
                    reach[--top] = i;
                    depth--;
                }
            }
        }
        return top;
    }
}
