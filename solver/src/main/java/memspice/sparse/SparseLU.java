package memspice.sparse;

/**
 * Sparse LU for circuit matrices, in KLU's phases: {@link #analyze} orders the pattern once per
 * topology, {@link #factor} pivots and builds L and U, {@link #refactor} recomputes their values with
 * the same pivots and patterns (no allocation; it falls back to {@code factor} when a kept pivot has
 * become too small), {@link #solve} and {@link #solveTranspose} reuse the factors for any number of
 * right-hand sides.
 *
 * <p>The matrix is given by a fixed CSC pattern (colPtr, rowIdx) held by reference; every call passes
 * the values in that pattern's order. Duplicated entries are summed. Not thread-safe.
 */
public final class SparseLU {

    private final int n;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final LuOptions options;
    private final LuFactors factors;
    private final PivotingFactorization kernel;
    private boolean valid;
    private int factorCount;
    private int refactorCount;
    private int fallbackCount;

    private SparseLU(int n, int[] colPtr, int[] rowIdx, LuOptions options, int[] order) {
        this.n = n;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.options = options;
        this.factors = new LuFactors(order, 4 * colPtr[n] + n);
        this.kernel = new PivotingFactorization(n);
    }

    /**
     * Analyzes an n x n pattern: computes the fill-reducing column order (applied symmetrically to
     * rows, then adjusted by pivoting).
     *
     * @param colPtr CSC column pointers (length n + 1, non-decreasing), not copied: keep it unchanged
     * @param rowIdx CSC row indices in [0, n), not copied
     * @throws IllegalArgumentException if the pattern is malformed
     */
    public static SparseLU analyze(int n, int[] colPtr, int[] rowIdx, LuOptions options) {
        if (colPtr.length != n + 1 || colPtr[0] != 0 || colPtr[n] > rowIdx.length) {
            throw new IllegalArgumentException("bad CSC pattern: colPtr length " + colPtr.length + " for n = " + n);
        }
        for (int j = 0; j < n; j++) {
            if (colPtr[j + 1] < colPtr[j]) {
                throw new IllegalArgumentException("bad CSC pattern: colPtr decreases at column " + j);
            }
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                if (rowIdx[p] < 0 || rowIdx[p] >= n) {
                    throw new IllegalArgumentException("bad CSC pattern: row " + rowIdx[p] + " in column " + j);
                }
            }
        }
        return new SparseLU(n, colPtr, rowIdx, options, columnOrder(n, colPtr, rowIdx, options));
    }

    private static int[] columnOrder(int n, int[] colPtr, int[] rowIdx, LuOptions options) {
        LuOptions.Ordering kind = options.ordering;
        if (kind == LuOptions.Ordering.NATURAL) {
            int[] order = new int[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            return order;
        }
        if (kind == LuOptions.Ordering.AMD || (kind == LuOptions.Ordering.AUTO && n < options.autoThreshold)) {
            return MinimumDegreeOrdering.order(n, colPtr, rowIdx, options.denseFactor);
        }
        SymmetricGraph graph = SymmetricGraph.of(n, colPtr, rowIdx);
        int[] nd = NestedDissection.order(graph, options.denseFactor);
        if (kind == LuOptions.Ordering.NESTED_DISSECTION) {
            return nd;
        }
        int[] amd = MinimumDegreeOrdering.order(n, colPtr, rowIdx, options.denseFactor);
        return SymbolicFill.choleskyNonzeros(graph, nd) < SymbolicFill.choleskyNonzeros(graph, amd) ? nd : amd;
    }

    /**
     * Factors with fresh partial pivoting.
     *
     * @param values the entries, in the analyzed pattern's order
     * @throws SingularMatrixException naming the original column that could not be pivoted
     */
    public void factor(double[] values) throws SingularMatrixException {
        valid = false;
        factorCount++;
        kernel.factor(colPtr, rowIdx, values, factors, options.pivotTolerance, options.absolutePivotFloor);
        valid = true;
    }

    /**
     * Refactors with the pivots of the last factorization; falls back to {@link #factor} when there is
     * none yet or a pivot has shrunk below the growth limit.
     *
     * @throws SingularMatrixException as {@link #factor}
     */
    public void refactor(double[] values) throws SingularMatrixException {
        if (!valid) {
            factor(values);
            return;
        }
        refactorCount++;
        valid = false;
        int bad = factors.refactor(colPtr, rowIdx, values, kernel.workspace(),
                options.refactorGrowthLimit * options.pivotTolerance, options.absolutePivotFloor);
        if (bad >= 0) {
            fallbackCount++;
            factor(values);
            return;
        }
        valid = true;
    }

    /**
     * Solves A x = b with the current factors, in place; allocates nothing.
     *
     * @param b right-hand side (length n) on entry, solution on return
     * @throws IllegalStateException if there is no valid factorization
     */
    public void solve(double[] b) {
        requireFactors();
        factors.solve(b);
    }

    /** Solves A^T x = b in place, as {@link #solve}. */
    public void solveTranspose(double[] b) {
        requireFactors();
        factors.solveTranspose(b);
    }

    private void requireFactors() {
        if (!valid) {
            throw new IllegalStateException("no valid factorization");
        }
    }

    /**
     * The structural rank of the pattern (size of a maximum matching of columns to rows), computed on
     * request: below n, no values can make the matrix nonsingular.
     */
    public int structuralRank() {
        int rank = 0;
        for (int r : MaximumTransversal.match(n, colPtr, rowIdx)) {
            if (r >= 0) {
                rank++;
            }
        }
        return rank;
    }

    /** The dimension n. */
    public int size() {
        return n;
    }

    /** Entries of L below the diagonal (its unit diagonal is implicit). */
    public long nnzL() {
        return factors.nnzL();
    }

    /** Entries of U including its diagonal. */
    public long nnzU() {
        return factors.nnzU() + n;
    }

    /** The column order: element k is the original column eliminated k-th (a copy). */
    public int[] columnOrder() {
        return factors.q.clone();
    }

    /** Full factorizations so far (including refactor fall-backs). */
    public int factorCount() {
        return factorCount;
    }

    /** Refactorizations attempted so far. */
    public int refactorCount() {
        return refactorCount;
    }

    /** Refactorizations that fell back to a full factor because a pivot had become too small. */
    public int fallbackCount() {
        return fallbackCount;
    }
}
