package memspice.sparse;

/**
 * Thrown when a factorization meets a column it cannot pivot: structurally (no candidate entry at
 * all, whatever the values) or numerically (every candidate at or below the pivot floor).
 */
public final class SingularMatrixException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final boolean structural;

    /**
     * @param column     the original (unpermuted) column index that failed, i.e. the unknown
     * @param structural true when no value could have made the pivot nonzero
     */
    public SingularMatrixException(int column, boolean structural, String message) {
        super(message);
        this.column = column;
        this.structural = structural;
    }

    /** The original column index (the circuit unknown) whose pivot failed. */
    public int column() {
        return column;
    }

    /** True when the column has no candidate entry at all. */
    public boolean isStructural() {
        return structural;
    }
}
