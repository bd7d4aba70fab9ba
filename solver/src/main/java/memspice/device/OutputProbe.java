package memspice.device;

/**
 * Computes one output quantity from a solution: a device current, a state, a resistance.
 */
@FunctionalInterface
public interface OutputProbe {
    /**
     * @param x    solution vector by position (the sink position holds 0)
     * @param time simulation time in s (0 in DC)
     * @return the quantity in its SI unit
     */
    double value(double[] x, double time);
}
