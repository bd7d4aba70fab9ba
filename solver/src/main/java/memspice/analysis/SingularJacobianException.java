package memspice.analysis;

/**
 * The Jacobian could not be factored: structurally (no values could make it regular: a topology
 * problem) or numerically at the present iterate (a device's derivative vanished or overflowed
 * there, which another starting point may avoid).
 */
public final class SingularJacobianException extends SimulationException {

    private static final long serialVersionUID = 1L;

    private final boolean structural;

    public SingularJacobianException(String message, boolean structural) {
        super(message);
        this.structural = structural;
    }

    /** True when the pattern itself is singular. */
    public boolean isStructural() {
        return structural;
    }
}
