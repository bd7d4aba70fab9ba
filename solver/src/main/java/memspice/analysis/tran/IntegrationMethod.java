package memspice.analysis.tran;

/**
 * The linear multistep formulas that replace d/dt in {@code f(x) + d/dt q(x) = b(t)}. For the new
 * point, dq/dt is approximated as {@code alpha * q_new + history}; the Newton Jacobian is then
 * {@code G + alpha C}. Devices never see the step or the method.
 */
public enum IntegrationMethod {
    /** Backward Euler (order 1). */
    EULER,
    /** Trapezoidal rule (order 2; order 1 = backward Euler at restarts). */
    TRAPEZOIDAL,
    /** Gear / BDF-2 with variable step (order 2; order 1 = backward Euler at restarts). */
    GEAR;

    /** The method named by {@code .options method=}. */
    public static IntegrationMethod fromOption(String name) {
        return switch (name) {
            case "gear" -> GEAR;
            case "euler" -> EULER;
            default -> TRAPEZOIDAL;
        };
    }

    /** Highest order this method runs at. */
    public int maxOrder() {
        return this == EULER ? 1 : 2;
    }

    /**
     * The leading coefficient of the local truncation error in dq/dt units, C in
     * {@code err ~ C h^k q^(k+1)} as ngspice scales it (with the divided difference standing for the
     * derivative): 1/2 for order 1, 1/12 for trapezoidal, 2/9 for Gear-2.
     */
    public double errorCoefficient(int order) {
        if (order == 1) {
            return 0.5;
        }
        return this == GEAR ? 2.0 / 9.0 : 1.0 / 12.0;
    }
}
