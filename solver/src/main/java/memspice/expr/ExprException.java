package memspice.expr;

/**
 * A user-facing error in an expression: a syntax error, an undefined name, a wrong argument count,
 * recursion among {@code .func}s, or a value out of range during constant evaluation.
 *
 * <p>The message is meant to be shown to the user as is (for example {@code "undefined parameter
 * 'rload'"} or {@code "expected ')' at column 7"}); syntax errors carry a 1-based column in the
 * message, and {@link #offset()} always holds the 0-based character offset in the expression text.
 */
public final class ExprException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /**
     * @param message user-facing message
     * @param offset 0-based character offset in the expression text, or -1 if unknown
     */
    public ExprException(String message, int offset) {
        super(message);
        this.offset = offset < 0 ? -1 : offset;
    }

    /** An error with an unknown position. */
    public ExprException(String message) {
        this(message, -1);
    }

    /** 0-based character offset of the offending text in the expression, -1 if unknown. */
    public int offset() {
        return offset;
    }

    /** This error, or a copy placed at {@code newOffset} when this one has no position yet. */
    ExprException at(int newOffset) {
        return offset >= 0 || newOffset < 0 ? this : new ExprException(getMessage(), newOffset);
    }
}
