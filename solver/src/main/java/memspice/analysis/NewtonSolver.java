package memspice.analysis;

import java.util.Arrays;
import java.util.Locale;

import memspice.circuit.MnaSystem;
import memspice.circuit.UnknownKind;
import memspice.circuit.Unknowns;

/**
 * Newton-Raphson on the circuit equations with SPICE convergence semantics. The residual is
 * {@code r = b - f(x) - (alpha q(x) + h)}, where {@code alpha} and the history {@code h} come from
 * the integration method in transients and vanish in DC. Each iteration loads the devices, factors
 * the Jacobian {@code G + alpha C}, solves for the update and applies it.
 *
 * <p>Converged means, for every unknown i, both
 * <ul>
 * <li>update: |dx_i| <= reltol * max(|x_i|, |x_i - dx_i|) + atol_i, with atol = vntol for node
 * voltages, abstol for branch currents, the state's own tolerance for states; and</li>
 * <li>residual: |r_i| <= reltol * s_i + rtol_i, with s_i the largest single term loaded into row i
 * and rtol = abstol for KCL rows, vntol for branch rows, the state tolerance for state rows.</li>
 * </ul>
 * A linear circuit converges as soon as the residual test holds after the first solve. An
 * iterate at which a device limited its junction voltages ({@link memspice.device.LoadContext#reportLimited})
 * is never accepted; limiting is active only inside a solve, its memory reset at the start of each.
 */
public final class NewtonSolver {

    /** The result of one Newton solve. */
    public record Outcome(boolean converged, int iterations, String diagnosis) {
    }

    private final MnaSystem system;
    private final LinearSolver linear;
    private final SimulationOptions options;
    private final RunStatistics stats;
    private final Unknowns unknowns;
    private final int n;
    private final double[] residual;
    private final double[] update;
    private final double[] xPrevious;
    private final double[] absUpdateTol;
    private final double[] absResidualTol;
    private double[] clampConductance;   // per unknown (S), null when no node is clamped
    private double[] clampVoltage;       // per unknown (V)
    private boolean factoredForLinear;
    private double factoredDiagonalG = Double.NaN;
    private double factoredAlpha = Double.NaN;

    public NewtonSolver(MnaSystem system, LinearSolver linear, SimulationOptions options, RunStatistics stats) {
        this.system = system;
        this.linear = linear;
        this.options = options;
        this.stats = stats;
        this.unknowns = system.circuit().unknowns();
        this.n = system.size();
        this.residual = new double[n + 1];
        this.update = new double[n + 1];
        this.xPrevious = new double[n + 1];
        this.absUpdateTol = new double[n];
        this.absResidualTol = new double[n];
        for (int i = 0; i < n; i++) {
            UnknownKind k = unknowns.kind(i);
            absUpdateTol[i] = switch (k) {
                case NODE -> options.vntol;
                case BRANCH -> options.abstol;
                case STATE -> unknowns.stateTolerance(i);
            };
            absResidualTol[i] = switch (k) {
                case NODE -> options.abstol;
                case BRANCH -> options.vntol;
                case STATE -> unknowns.stateTolerance(i);
            };
        }
    }

    public MnaSystem system() {
        return system;
    }

    /**
     * Holds node voltages near given values through a large conductance to a source at that value
     * (SPICE's treatment of .ic during the transient operating point and of .nodeset).
     *
     * @param values node unknown id -> voltage (V); an empty map or null removes every clamp
     */
    public void setClamps(java.util.Map<Integer, Double> values) {
        if (values == null || values.isEmpty()) {
            clampConductance = null;
            clampVoltage = null;
        } else {
            clampConductance = new double[n];
            clampVoltage = new double[n];
            for (java.util.Map.Entry<Integer, Double> e : values.entrySet()) {
                clampConductance[e.getKey()] = CLAMP_CONDUCTANCE;
                clampVoltage[e.getKey()] = e.getValue();
            }
        }
        invalidate();
    }

    private boolean singularAtIterate;

    /** Conductance of an .ic/.nodeset clamp (S): large enough to pin the node to ~1e-10 relative. */
    static final double CLAMP_CONDUCTANCE = 1e10;

    /**
     * Solves the DC equations (alpha = 0, no history) from the guess in {@code system.x()}.
     *
     * @param maxIterations iteration limit
     * @param diagonalG     conductance from every node to ground (S): gmin stepping plus gshunt
     * @throws SimulationException for a singular matrix (a structural problem no iteration fixes)
     */
    public Outcome solveDc(int maxIterations, double diagonalG) throws SimulationException {
        return solve(maxIterations, diagonalG, 0.0, null);
    }

    /**
     * Solves with dynamic terms: {@code r = b - f - alpha q - history}.
     *
     * @param history per-position history term of the integration formula (A), or null
     */
    public Outcome solve(int maxIterations, double diagonalG, double alpha, double[] history)
            throws SimulationException {
        singularAtIterate = false;
        memspice.device.LoadContext ctx = system.context();
        ctx.resetLimiting();
        ctx.setLimiting(true);
        try {
            return iterate(maxIterations, diagonalG, alpha, history);
        } finally {
            ctx.setLimiting(false);
        }
    }

    /** The Newton loop of {@link #solve}, with junction limiting active. */
    private Outcome iterate(int maxIterations, double diagonalG, double alpha, double[] history)
            throws SimulationException {
        double[] x = system.x();
        boolean linearCircuit = system.isLinear();
        boolean updateSmall = false;
        String diagnosis = "";
        for (int iter = 0; iter <= maxIterations; iter++) {
            long t0 = System.nanoTime();
            system.load();
            stats.addTime("load", System.nanoTime() - t0);
            boolean residualSmall = computeResidual(alpha, history, diagonalG);
            if (residualSmall && !system.context().limited() && (updateSmall || (linearCircuit && iter > 0))) {
                stats.count("newton iterations", iter);
                return new Outcome(true, iter, "");
            }
            if (iter == maxIterations) {
                diagnosis = diagnose();
                break;
            }
            // alpha = c/h varies in its last bits as times accumulate; such a Jacobian is as good
            boolean reuse = linearCircuit && factoredForLinear && factoredDiagonalG == diagonalG
                    && Math.abs(factoredAlpha - alpha) <= 1e-12 * Math.abs(alpha);
            if (!reuse) {
                try {
                    linear.factor(alpha, diagonalG, clampConductance);
                } catch (SingularJacobianException e) {
                    if (e.isStructural() || linearCircuit) {
                        throw e;
                    }
                    // singular only at this iterate (sqrt'(0) = 1e32 in a behavioural source, say):
                    // a failed attempt the caller may retry from elsewhere, not a circuit defect
                    stats.count("newton iterations", iter + 1);
                    singularAtIterate = true;
                    return new Outcome(false, iter + 1, "Jacobian singular at the iterate: " + e.getMessage());
                }
                factoredForLinear = linearCircuit;
                factoredDiagonalG = diagonalG;
                factoredAlpha = alpha;
            }
            System.arraycopy(residual, 0, update, 0, n);
            linear.solve(update);
            System.arraycopy(x, 0, xPrevious, 0, n);
            for (int i = 0; i < n; i++) {
                double d = update[i];
                if (!Double.isFinite(d)) {
                    stats.count("newton iterations", iter + 1);
                    return new Outcome(false, iter + 1, "the update of " + unknowns.name(i)
                            + " is not finite (numerical overflow)");
                }
                x[i] += d;
            }
            x[n] = 0.0;
            updateSmall = updateConverged(x);
        }
        stats.count("newton iterations", maxIterations);
        return new Outcome(false, maxIterations, diagnosis);
    }

    /** r = b - f - alpha q - h (+ the diagonal conductance's current); returns the residual test. */
    private boolean computeResidual(double alpha, double[] history, double diagonalG) {
        double[] x = system.x();
        double[] f = system.f();
        double[] b = system.b();
        double[] q = system.q();
        double[] scale = system.scale();
        double reltol = options.reltol;
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            double r = b[i] - f[i];
            double s = scale[i];
            if (alpha != 0.0) {
                double dq = alpha * q[i] + (history == null ? 0.0 : history[i]);
                r -= dq;
                s = Math.max(s, Math.abs(alpha * q[i]));
            }
            if (diagonalG != 0.0 && system.diagonalSlot(i) >= 0) {
                r -= diagonalG * x[i];
            }
            if (clampConductance != null && clampConductance[i] != 0.0) {
                r -= clampConductance[i] * (x[i] - clampVoltage[i]);
                s = Math.max(s, clampConductance[i] * Math.abs(clampVoltage[i]));
            }
            residual[i] = r;
            if (Math.abs(r) > reltol * s + absResidualTol[i]) {
                ok = false;
            }
        }
        return ok;
    }

    private boolean updateConverged(double[] x) {
        double reltol = options.reltol;
        for (int i = 0; i < n; i++) {
            double tol = reltol * Math.max(Math.abs(x[i]), Math.abs(xPrevious[i])) + absUpdateTol[i];
            if (Math.abs(update[i]) > tol) {
                return false;
            }
        }
        return true;
    }

    /** Names the unknown with the largest update and the row with the largest residual, relative to their tolerances. */
    private String diagnose() {
        double[] x = system.x();
        double[] scale = system.scale();
        int worstUpdate = -1;
        double worstUpdateRatio = 0;
        int worstRow = -1;
        double worstRowRatio = 0;
        for (int i = 0; i < n; i++) {
            double tol = options.reltol * Math.max(Math.abs(x[i]), Math.abs(xPrevious[i])) + absUpdateTol[i];
            double ratio = Math.abs(update[i]) / tol;
            if (ratio > worstUpdateRatio) {
                worstUpdateRatio = ratio;
                worstUpdate = i;
            }
            double rtol = options.reltol * scale[i] + absResidualTol[i];
            double rr = Math.abs(residual[i]) / rtol;
            if (rr > worstRowRatio) {
                worstRowRatio = rr;
                worstRow = i;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (worstUpdate >= 0 && worstUpdateRatio > 1) {
            sb.append(String.format(Locale.ROOT, "largest update at %s: %.3g %s (tolerance %.3g)",
                    unknowns.name(worstUpdate), update[worstUpdate], unit(worstUpdate, false),
                    options.reltol * Math.abs(x[worstUpdate]) + absUpdateTol[worstUpdate]));
        }
        if (worstRow >= 0 && worstRowRatio > 1) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(String.format(Locale.ROOT, "largest residual in the equation of %s: %.3g %s",
                    unknowns.name(worstRow), residual[worstRow], unit(worstRow, true)));
        }
        return sb.toString();
    }

    private String unit(int i, boolean row) {
        UnknownKind k = unknowns.kind(i);
        if (k == UnknownKind.STATE) {
            return "";
        }
        return (k == UnknownKind.NODE) != row ? "V" : "A";
    }

    /** Forgets the cached factorization (after the circuit's values changed, e.g. a sweep rebuilt it). */
    public void invalidate() {
        factoredForLinear = false;
        factoredDiagonalG = Double.NaN;
        factoredAlpha = Double.NaN;
    }

    /** Copies the present solution (length n + 1). */
    /** True when the last solve stopped because the Jacobian was singular at an iterate. */
    public boolean stoppedOnSingularIterate() {
        return singularAtIterate;
    }

    /**
     * Moves every node voltage by {@code volts} (a start off the singular points of devices evaluated
     * at exactly 0 V, such as sqrt or log of a node voltage).
     */
    public void offsetNodes(double volts) {
        double[] x = system.x();
        for (int i = 0; i < n; i++) {
            if (unknowns.kind(i) == memspice.circuit.UnknownKind.NODE) {
                x[i] += volts;
            }
        }
    }

    public double[] snapshot() {
        return Arrays.copyOf(system.x(), n + 1);
    }

    /** Restores a solution taken with {@link #snapshot()}. */
    public void restore(double[] saved) {
        System.arraycopy(saved, 0, system.x(), 0, n + 1);
    }
}
