package memspice.analysis;

/**
 * A simulation that could not be completed: Newton did not converge, the matrix is singular, a
 * time step became too small. The message says where (analysis, time or sweep point) and why
 * (which node, branch or device). The command line exits with status 2; results computed before
 * the failure are kept.
 */
public class SimulationException extends Exception {
    private static final long serialVersionUID = 1L;

    public SimulationException(String message) {
        super(message);
    }

    /** The same failure with context prepended, e.g. "dc sweep at v1 = 2.5: ". */
    public SimulationException within(String context) {
        SimulationException e = new SimulationException(context + getMessage());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
