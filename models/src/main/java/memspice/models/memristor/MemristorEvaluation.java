package memspice.models.memristor;

/**
 * A memristor model evaluated at terminal voltage v and state x: the current and the state's rate
 * of change with their partial derivatives (the full Newton stamp). Reused, never allocated per load.
 */
public final class MemristorEvaluation {
    /** Current from the + terminal through the device to the - terminal (A). */
    public double current;
    /** dI/dv (S). */
    public double dCurrentDv;
    /** dI/dx (A per state unit). */
    public double dCurrentDx;
    /** dx/dt (state unit per s). */
    public double rate;
    /** d(dx/dt)/dv. */
    public double dRateDv;
    /** d(dx/dt)/dx. */
    public double dRateDx;

    /** Sets everything to zero. */
    public void clear() {
        current = 0;
        dCurrentDv = 0;
        dCurrentDx = 0;
        rate = 0;
        dRateDv = 0;
        dRateDx = 0;
    }
}
