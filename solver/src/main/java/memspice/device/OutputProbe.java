package memspice.device;

/**
 * Computes one output quantity from a solution: a device current, a state, a resistance.
 */
@FunctionalInterface
public interface OutputProbe {
    /** @return the quantity in its SI unit */
    double value(SolutionView s);
}
