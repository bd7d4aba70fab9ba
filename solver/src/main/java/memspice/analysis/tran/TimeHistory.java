package memspice.analysis.tran;

/**
 * The accepted time points a multistep formula and the truncation-error estimate need: the last
 * few (t, x, q), and dq/dt and dx/dt at the most recent one. {@link #restart} marks a breakpoint,
 * where derivatives jump: the points before it no longer serve integration or prediction, but they
 * stay for the truncation-error estimate, whose divided differences across the corner are what
 * shrinks the first step after it on a stiff node (as SPICE's CKTterr does).
 */
final class TimeHistory {

    static final int DEPTH = 4;
    private final double[] t = new double[DEPTH];
    private final double[][] x;
    private final double[][] q;
    private final double[] qdot;
    private final double[] xdot;
    private int count;
    private int sinceRestart;
    private boolean initialRateKnown;

    TimeHistory(int length) {
        x = new double[DEPTH][length];
        q = new double[DEPTH][length];
        qdot = new double[length];
        xdot = new double[length];
    }

    /** Appends an accepted point (copies the arrays). */
    void push(double time, double[] xNew, double[] qNew, double[] qdotNew, double[] xdotNew) {
        double[] oldestX = x[DEPTH - 1];
        double[] oldestQ = q[DEPTH - 1];
        for (int k = DEPTH - 1; k > 0; k--) {
            t[k] = t[k - 1];
            x[k] = x[k - 1];
            q[k] = q[k - 1];
        }
        x[0] = oldestX;
        q[0] = oldestQ;
        t[0] = time;
        System.arraycopy(xNew, 0, x[0], 0, xNew.length);
        System.arraycopy(qNew, 0, q[0], 0, qNew.length);
        System.arraycopy(qdotNew, 0, qdot, 0, qdotNew.length);
        System.arraycopy(xdotNew, 0, xdot, 0, xdotNew.length);
        count = Math.min(DEPTH, count + 1);
        sinceRestart = Math.min(DEPTH, sinceRestart + 1);
    }

    /** Marks the most recent point as a breakpoint: only it counts as smooth history from now on. */
    void restart() {
        sinceRestart = Math.min(sinceRestart, 1);
    }

    /**
     * Whether dq/dt at the single first point is the circuit's own (an operating point) rather than
     * an assumed zero (uic), so the first step may be checked with it.
     */
    void setInitialRateKnown(boolean known) {
        initialRateKnown = known;
    }

    boolean initialRateKnown() {
        return initialRateKnown && count == 1;
    }

    /** Number of stored points (1..DEPTH), across breakpoints: for the error estimate. */
    int count() {
        return count;
    }

    /** Number of points since the last breakpoint (1..DEPTH): for integration and prediction. */
    int countSinceRestart() {
        return sinceRestart;
    }

    /** Time of the k-th most recent point (0 = latest). */
    double time(int k) {
        return t[k];
    }

    double[] x(int k) {
        return x[k];
    }

    double[] q(int k) {
        return q[k];
    }

    /** dq/dt at the latest point. */
    double[] qdot() {
        return qdot;
    }

    /** dx/dt at the latest point. */
    double[] xdot() {
        return xdot;
    }
}
