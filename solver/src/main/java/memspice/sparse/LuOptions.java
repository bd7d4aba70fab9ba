package memspice.sparse;

/**
 * Tuning of {@link SparseLU}. Mutable on purpose: callers copy {@link #defaults()} and change the
 * fields they care about before {@code analyze}.
 */
public final class LuOptions {

    /**
     * Threshold of partial pivoting, in (0, 1]: the diagonal candidate is kept when
     * |a_diag| >= pivotTolerance * max |a_i| over the column's candidates (SPICE's PIVREL, KLU's tol).
     * 1 is plain partial pivoting; small values favour the fill-reducing order.
     */
    public double pivotTolerance = 1e-3;

    /**
     * Absolute pivot floor: a column whose largest candidate is at or below this is numerically
     * singular (SPICE's PIVTOL). Entries of MNA matrices are conductances (S) and 1s, so 1e-13
     * flags only genuinely vanishing pivots.
     */
    public double absolutePivotFloor = 1e-13;

    /**
     * In refactor: a pivot smaller than refactorGrowthLimit * pivotTolerance times the largest entry
     * below it means the old pivot order has gone bad, and a full factor with fresh pivoting runs.
     */
    public double refactorGrowthLimit = 1e-3;

    /**
     * A row/column of the symmetrised pattern with more than max(16, denseFactor * sqrt(n)) entries
     * is ordered last (its node touches everything, as a supply rail does).
     */
    public double denseFactor = 10;

    /** Fill-reducing ordering. */
    public Ordering ordering = Ordering.AUTO;

    /**
     * Matrices with at least this many unknowns get both orderings under {@link Ordering#AUTO}, and
     * the one with the smaller symbolic fill is kept. Circuits use AMD ({@code .options ordering=}):
     * on crossbars of 128, 256 and 512 squared AMD's fill was 6-12 % below this nested dissection's.
     */
    public int autoThreshold = 20_000;

    /** The orderings {@link SparseLU#analyze} knows. */
    public enum Ordering {
        /** Approximate minimum degree below {@link #autoThreshold}; above, the better of AMD and ND by fill. */
        AUTO,
        /** Approximate minimum degree. */
        AMD,
        /** Nested dissection with minimum degree on small parts (large mesh-like circuits). */
        NESTED_DISSECTION,
        /** The given order (for tests). */
        NATURAL
    }

    /** A fresh copy of the defaults. */
    public static LuOptions defaults() {
        return new LuOptions();
    }
}
