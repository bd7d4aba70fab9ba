package memspice.sparse;

import java.util.Arrays;

/**
 * Sparse LU of a complex matrix A = Ar + j Ai on a fixed CSC pattern, for small-signal (.ac)
 * analysis where A = G + j omega C shares the pattern of the real Jacobian. It reuses the real
 * factorization's fill-reducing column order ({@link SparseLU#columnOrder()}) and pivots afresh on
 * every {@link #factor}: the left-looking algorithm of Gilbert and Peierls (SIAM J. Sci. Stat.
 * Comput. 9(5):862, 1988) in complex arithmetic, each column a sparse triangular solve whose pattern
 * is the depth-first reach of A(:,k) in the graph of L, with threshold partial pivoting that keeps
 * the diagonal of the order when |x_diag| >= tol max|x_i|. Factors grow as needed on the first
 * factorizations and are then reused (no allocation once sized). Not thread-safe.
 */
public final class ComplexSparseLU {

    private final int n;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final int[] q;
    private final double tol;
    private final int[] pinv;
    private final int[] prow;
    private final int[] lStart;
    private final int[] uStart;
    private final double[] dRe;
    private final double[] dIm;
    private int[] lRow = new int[16];
    private double[] lRe = new double[16];
    private double[] lIm = new double[16];
    private int[] uRow = new int[16];
    private double[] uRe = new double[16];
    private double[] uIm = new double[16];
    private final double[] xr;
    private final double[] xi;
    private final int[] mark;
    private final int[] stack;
    private final int[] childPos;
    private final int[] reach;
    private int stamp;
    private boolean valid;

    /**
     * @param n           order
     * @param colPtr      CSC column pointers (length n + 1), held by reference
     * @param rowIdx      CSC row indices, held by reference
     * @param columnOrder element k is the original column eliminated k-th (a permutation of 0..n-1)
     * @param pivotTolerance diagonal preference threshold in (0, 1] (KLU's default 1e-3)
     * @throws IllegalArgumentException if the order is not a permutation or the pattern is malformed
     */
    public ComplexSparseLU(int n, int[] colPtr, int[] rowIdx, int[] columnOrder, double pivotTolerance) {
        if (colPtr.length != n + 1 || columnOrder.length != n) {
            throw new IllegalArgumentException("pattern of order " + (colPtr.length - 1) + " and column order of "
                    + columnOrder.length + " for n = " + n);
        }
        boolean[] seen = new boolean[n];
        for (int c : columnOrder) {
            if (c < 0 || c >= n || seen[c]) {
                throw new IllegalArgumentException("column order is not a permutation (entry " + c + ")");
            }
            seen[c] = true;
        }
        this.n = n;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.q = columnOrder.clone();
        this.tol = pivotTolerance;
        pinv = new int[n];
        prow = new int[n];
        lStart = new int[n + 1];
        uStart = new int[n + 1];
        dRe = new double[n];
        dIm = new double[n];
        xr = new double[n];
        xi = new double[n];
        mark = new int[n];
        stack = new int[n];
        childPos = new int[n];
        reach = new int[n];
    }

    /** A complex LU on the real factorization's pattern and column order. */
    public static ComplexSparseLU reusing(SparseLU real, int[] colPtr, int[] rowIdx, double pivotTolerance) {
        return new ComplexSparseLU(real.size(), colPtr, rowIdx, real.columnOrder(), pivotTolerance);
    }

    /**
     * Factors A = re + j im (values in the pattern's order; duplicates are summed).
     *
     * @throws SingularMatrixException naming the original column without a usable pivot
     */
    public void factor(double[] re, double[] im) throws SingularMatrixException {
        valid = false;
        Arrays.fill(pinv, -1);
        Arrays.fill(mark, 0);
        stamp = 0;
        int lTop = 0;
        int uTop = 0;
        try {
            for (int k = 0; k < n; k++) {
                int col = q[k];
                lStart[k] = lTop;
                uStart[k] = uTop;
                int top = reach(col);
                for (int p = colPtr[col]; p < colPtr[col + 1]; p++) {
                    xr[rowIdx[p]] += re[p];
                    xi[rowIdx[p]] += im[p];
                }
                ensureU(uTop + (n - top));
                int candidates = 0;
                for (int t = top; t < n; t++) {
                    int i = reach[t];
                    int j = pinv[i];
                    if (j < 0) {
                        candidates++;
                        continue;
                    }
                    double ar = xr[i];
                    double ai = xi[i];
                    xr[i] = 0;
                    xi[i] = 0;
                    uRow[uTop] = j;
                    uRe[uTop] = ar;
                    uIm[uTop++] = ai;
                    if (ar != 0 || ai != 0) {
                        for (int r = lStart[j]; r < lStart[j + 1]; r++) {
                            int l = lRow[r];
                            xr[l] -= lRe[r] * ar - lIm[r] * ai;
                            xi[l] -= lRe[r] * ai + lIm[r] * ar;
                        }
                    }
                }
                if (candidates == 0) {
                    throw new SingularMatrixException(col, true, "structurally singular at column " + col);
                }
                double largest = -1;
                int pivotRow = -1;
                for (int t = top; t < n; t++) {
                    int i = reach[t];
                    double a = Math.hypot(xr[i], xi[i]);
                    if (pinv[i] < 0 && a > largest) {
                        largest = a;
                        pivotRow = i;
                    }
                }
                if (!(largest > 0) || !Double.isFinite(largest)) {
                    throw new SingularMatrixException(col, false,
                            "numerically singular at column " + col + " (largest pivot candidate " + largest + ")");
                }
                if (pinv[col] < 0 && mark[col] == stamp && Math.hypot(xr[col], xi[col]) >= tol * largest) {
                    pivotRow = col;
                }
                double pr = xr[pivotRow];
                double pi = xi[pivotRow];
                pinv[pivotRow] = k;
                prow[k] = pivotRow;
                dRe[k] = pr;
                dIm[k] = pi;
                xr[pivotRow] = 0;
                xi[pivotRow] = 0;
                ensureL(lTop + candidates);
                double den = pr * pr + pi * pi;
                double invR = pr / den;
                double invI = -pi / den;
                for (int t = top; t < n; t++) {
                    int i = reach[t];
                    if (pinv[i] < 0) {
                        lRow[lTop] = i;
                        lRe[lTop] = xr[i] * invR - xi[i] * invI;
                        lIm[lTop++] = xr[i] * invI + xi[i] * invR;
                        xr[i] = 0;
                        xi[i] = 0;
                    }
                }
            }
            lStart[n] = lTop;
            uStart[n] = uTop;
            valid = true;
        } finally {
            Arrays.fill(xr, 0);
            Arrays.fill(xi, 0);
        }
    }

    /**
     * Solves A x = b in place (b = bRe + j bIm on entry, x on return) with the last factorization.
     *
     * @throws IllegalStateException if no factorization succeeded
     */
    public void solve(double[] bRe, double[] bIm) {
        if (!valid) {
            throw new IllegalStateException("no valid complex factorization");
        }
        // forward: L y = P b, in original row indexing; y(k) lands in xr/xi[k]
        for (int k = 0; k < n; k++) {
            int r0 = prow[k];
            double yr = bRe[r0];
            double yi = bIm[r0];
            xr[k] = yr;
            xi[k] = yi;
            if (yr != 0 || yi != 0) {
                for (int r = lStart[k]; r < lStart[k + 1]; r++) {
                    int l = lRow[r];
                    bRe[l] -= lRe[r] * yr - lIm[r] * yi;
                    bIm[l] -= lRe[r] * yi + lIm[r] * yr;
                }
            }
        }
        // backward: U z = y, column-oriented
        for (int k = n - 1; k >= 0; k--) {
            double ar = xr[k];
            double ai = xi[k];
            double dr = dRe[k];
            double di = dIm[k];
            double den = dr * dr + di * di;
            double zr = (ar * dr + ai * di) / den;
            double zi = (ai * dr - ar * di) / den;
            xr[k] = zr;
            xi[k] = zi;
            if (zr != 0 || zi != 0) {
                for (int p = uStart[k]; p < uStart[k + 1]; p++) {
                    int j = uRow[p];
                    xr[j] -= uRe[p] * zr - uIm[p] * zi;
                    xi[j] -= uRe[p] * zi + uIm[p] * zr;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            bRe[q[k]] = xr[k];
            bIm[q[k]] = xi[k];
        }
        Arrays.fill(xr, 0);
        Arrays.fill(xi, 0);
    }

    /** Order of the matrix. */
    public int size() {
        return n;
    }

    /** Nonzeros of L (unit diagonal excluded) plus U (diagonal included) of the last factorization. */
    public long nnz() {
        return (long) lStart[n] + uStart[n] + n;
    }

    private void ensureL(int size) {
        if (size > lRow.length) {
            int c = Math.max(size, 2 * lRow.length);
            lRow = Arrays.copyOf(lRow, c);
            lRe = Arrays.copyOf(lRe, c);
            lIm = Arrays.copyOf(lIm, c);
        }
    }

    private void ensureU(int size) {
        if (size > uRow.length) {
            int c = Math.max(size, 2 * uRow.length);
            uRow = Arrays.copyOf(uRow, c);
            uRe = Arrays.copyOf(uRe, c);
            uIm = Arrays.copyOf(uIm, c);
        }
    }

    /** Depth-first reach of A(:,col)'s rows through the columns of L; reach[top..n-1] in topological order. */
    private int reach(int col) {
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
            int j0 = pinv[start];
            childPos[0] = j0 >= 0 ? lStart[j0] : 0;
            while (depth >= 0) {
                int i = stack[depth];
                int j = pinv[i];
                boolean descended = false;
                if (j >= 0) {
                    for (int r = childPos[depth]; r < lStart[j + 1]; r++) {
                        int child = lRow[r];
                        if (mark[child] != tag) {
                            childPos[depth] = r + 1;
                            mark[child] = tag;
                            stack[++depth] = child;
                            int jc = pinv[child];
                            childPos[depth] = jc >= 0 ? lStart[jc] : 0;
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
