package memspice.device;

/**
 * The vectors and Jacobian value arrays a device writes in {@link Device#load}. Indices are the
 * positions and slots handed out by {@link SetupContext}; the sink position and sink slot absorb
 * writes for ground.
 *
 * <p>Units: node rows of f and b in A, branch rows in V, q in C (node rows) or Wb (branch rows).
 * The owner (the MNA system) clears the arrays before each load and reads them after.
 */
public final class LoadContext {

    private final double[] x;
    private final double[] f;
    private final double[] q;
    private final double[] b;
    private final double[] scale;
    private final double[] g;
    private final double[] c;
    private boolean dc = true;
    private boolean transient_;
    private boolean smallSignal;
    private double time;
    private double sourceScale = 1.0;
    private double gmin;
    private double temperature = 300.15;
    private double[] limitMemory = new double[0];
    private boolean limited;
    private boolean limiting;

    /**
     * @param x     solution by position (length n + 1, the last entry is the sink and stays 0)
     * @param f     f(x) by position
     * @param q     q(x) by position
     * @param b     independent sources by position
     * @param scale per-row magnitude of the largest single contribution (for residual tolerances)
     * @param g     df/dx by slot (the last slot is the sink)
     * @param c     dq/dx by slot
     */
    public LoadContext(double[] x, double[] f, double[] q, double[] b, double[] scale, double[] g, double[] c) {
        this.x = x;
        this.f = f;
        this.q = q;
        this.b = b;
        this.scale = scale;
        this.g = g;
        this.c = c;
    }

    /** Solution value at a position (V or A or state unit); 0 at the sink. */
    public double x(int position) {
        return x[position];
    }

    /** Adds to f at a row: current leaving the node through the device (A), or a branch relation (V). */
    public void addF(int row, double value) {
        f[row] += value;
        double a = Math.abs(value);
        if (a > scale[row]) {
            scale[row] = a;
        }
    }

    /** Adds to q at a row (C at node rows, Wb at branch rows, the state at state rows). */
    public void addQ(int row, double value) {
        q[row] += value;
    }

    /**
     * Adds an independent source term to b at a row, scaled by the current source-stepping factor.
     *
     * @param value the source's full value (A into the node at node rows, V at branch rows)
     */
    public void addSource(int row, double value) {
        double v = value * sourceScale;
        b[row] += v;
        double a = Math.abs(v);
        if (a > scale[row]) {
            scale[row] = a;
        }
    }

    /** Adds to df/dx at a slot. */
    public void addG(int slot, double value) {
        g[slot] += value;
    }

    /** Adds to dq/dx at a slot. */
    public void addC(int slot, double value) {
        c[slot] += value;
    }

    /** True in DC analyses (.op, .dc, transient initial point): d/dt terms vanish, states hold. */
    public boolean isDc() {
        return dc;
    }

    /**
     * True during a transient analysis, its initial operating point included: sources follow their
     * transient functions at {@link #time()} instead of their DC values.
     */
    public boolean isTransient() {
        return transient_;
    }

    /**
     * True while .ac loads the small-signal linearisation at its operating point (then
     * {@link #isDc()} is true too): a device whose DC solutions carry a constraint that is not part
     * of the circuit's small-signal behaviour (a capacitor holding its Xyce IC=) leaves it out.
     */
    public boolean isSmallSignal() {
        return smallSignal;
    }

    /** Marks the loads of the .ac linearisation; called by the AC analysis, not devices. */
    public void setSmallSignal(boolean on) {
        this.smallSignal = on;
    }

    /** Simulation time in s (0 in DC). */
    public double time() {
        return time;
    }

    /** Source-stepping factor in [0, 1]; 1 outside source stepping. */
    public double sourceScale() {
        return sourceScale;
    }

    /** Minimum conductance (S) devices place across nonlinear junctions. */
    public double gmin() {
        return gmin;
    }

    /** Circuit temperature in K. */
    public double temperature() {
        return temperature;
    }

    /**
     * Sets the analysis state; called by analyses, not devices.
     *
     * @param dc        d/dt terms vanish and states hold (operating points)
     * @param inTransient sources follow their transient functions
     * @param time      simulation time (s)
     */
    public void setMode(boolean dc, boolean inTransient, double time) {
        this.dc = dc;
        this.transient_ = inTransient;
        this.time = time;
    }

    /** Sets the source-stepping factor; called by the Newton driver. */
    public void setSourceScale(double s) {
        this.sourceScale = s;
    }

    /** Sets the junction gmin (S); called by the Newton driver. */
    public void setGmin(double gmin) {
        this.gmin = gmin;
    }

    /** Sets the circuit temperature (K). */
    public void setTemperature(double kelvin) {
        this.temperature = kelvin;
    }

    /**
     * Sizes the junction-limiting memory (called by the system after setup, with the total that
     * devices reserved through {@link SetupContext#limitingMemory}); every entry starts unset.
     */
    public void allocateLimitingMemory(int size) {
        limitMemory = new double[size];
        java.util.Arrays.fill(limitMemory, Double.NaN);
    }

    /**
     * The controlling voltage (V) a device evaluated at in the previous load of the present Newton
     * solve, stored under a reserved index; NaN on the first load of a solve (nothing to limit against)
     * and in every load outside a Newton solve, so such loads evaluate devices at x itself.
     *
     * <p>This is the hook for SPICE-style per-device limiting of the iterate: a junction device reads
     * the previous value, limits the new voltage against it, evaluates f and q at the limited value
     * and loads the linearisation there ({@code f(v_lim) + g (v - v_lim)}), stores the limited
     * value, and calls {@link #reportLimited()} if it changed the voltage.
     */
    public double limitMemory(int index) {
        return limiting ? limitMemory[index] : Double.NaN;
    }

    /** Stores the voltage (V) a device evaluated at, for the next load's limiting. */
    public void setLimitMemory(int index, double value) {
        limitMemory[index] = value;
    }

    /** A device evaluated at a limited voltage: this iterate must not be accepted as converged. */
    public void reportLimited() {
        limited = true;
    }

    /** True if some device limited its voltages in the last load. */
    public boolean limited() {
        return limited;
    }

    /** Clears the limited flag; called by the system before each load. */
    public void clearLimited() {
        limited = false;
    }

    /** Turns junction limiting on (inside a Newton solve) or off; called by the Newton driver. */
    public void setLimiting(boolean on) {
        limiting = on;
    }

    /**
     * Forgets the limiting memory, so the next load evaluates every device at x itself; called by the
     * Newton driver at the start of each solve and by tests that load at arbitrary points.
     */
    public void resetLimiting() {
        java.util.Arrays.fill(limitMemory, Double.NaN);
    }
}
