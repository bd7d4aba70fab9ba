package memspice.netlist;

/**
 * A mistake in the user's input, reported as {@code file:line: message}. The command line exits with
 * status 1 on it; it never carries a stack trace to the user.
 */
public class NetlistException extends Exception {
    private static final long serialVersionUID = 1L;
    private final SourceLocation location;
    private final String problem;

    /**
     * @param location where the problem is (never null; use {@link SourceLocation#none} when there is no line)
     * @param problem  what is wrong, phrased for the user
     */
    public NetlistException(SourceLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public SourceLocation location() {
        return location;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
