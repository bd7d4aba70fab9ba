package memspice.analysis;

import memspice.circuit.MnaSystem;
import memspice.iterative.IterativeLinearSolver;
import memspice.netlist.SourceLocation;
import memspice.sparse.LuOptions;
import memspice.sparse.SingularMatrixException;
import memspice.sparse.SparseLU;

/**
 * The linear solve of a circuit's Jacobian. Direct: the sparse LU, analyzed once per topology,
 * factored on the first call, refactored (same pivots, no allocation) afterwards; a singular pivot
 * is reported by the name of the unknown whose column failed. Iterative ({@code .options
 * solver=iterative}, or {@code auto} on a linear circuit of 4 k unknowns or more): {@link IterativeLinearSolver}, whose
 * answer is accepted only at a full-system relative residual of
 * {@link IterativeLinearSolver#DEFAULT_TOLERANCE}; when it does not apply (unsymmetric or indefinite
 * nodal matrix) or does not converge, a warning says why and the LU takes over for the rest of the run.
 */
public final class LinearSolver {

    /**
     * {@code solver=auto} picks the iterative method for linear circuits with at least this many
     * unknowns. Measured on 1 ohm crossbars ({@code memspice bench --workload op}, docs/performance):
     * at 132 k unknowns (256 x 256) the LU solves in 2.9 s against 0.5 s iterative, 6.0 s against
     * 3.8 s end to end; at 526 k (512 x 512) 16.8 s against 0.74 s; at 2.1 M about 640 s against 4 s.
     * Below ~200 k unknowns the LU costs a few seconds at most and gives the direct answer (no
     * fallback risk on a matrix CG handles badly), so it stays the choice there.
     */
    public static final int AUTO_MIN_UNKNOWNS = 200_000;

    /**
     * CG budget when {@code solver=auto} chose the iterative method (at most {@code itlcg}): a
     * crossbar needs 13-31 iterations, so 200 leaves a wide margin, and a matrix CG handles badly
     * (a uniform 2-D resistor mesh, no strong direction: 1367 iterations at 200 x 200, growing with N) falls back to
     * the LU after 200 iterations, about 1 s at 200 k unknowns, a fraction of that LU's own cost.
     */
    public static final int AUTO_MAX_ITERATIONS = 200;

    /**
     * From this many unknowns up to {@link #AUTO_MIN_UNKNOWNS}, {@code solver=auto} first tries the
     * iterative method on a linear circuit, to the tighter {@link #AUTO_TRY_TOLERANCE}, and quietly
     * takes the LU when that does not apply or converge. Measured on 1 ohm crossbars (in-process,
     * docs/performance/README.md): at 64 x 64 (8448 unknowns) CG needs 9 iterations and a few ms
     * where the LU's ordering and factorization take 50-180 ms; below ~4 k unknowns the LU costs a
     * few ms, so it stays the choice.
     */
    public static final int AUTO_TRY_MIN_UNKNOWNS = 4096;

    /**
     * Residual target of that trial: at 1e-14 the answers on crossbars of 16..128 rows differ from
     * the LU's by at most 2.8e-12 (voltages) and 8.9e-12 (currents) of their largest magnitude, the
     * level at which the LU itself agrees with ngspice; at the default 1e-12 up to 4e-10. The
     * round-off floor (1.4e-15 at 132 k unknowns) stays below it.
     */
    public static final double AUTO_TRY_TOLERANCE = 1e-14;

    /**
     * Iteration budget of that trial: crossbars need 6-11 iterations; 100 bounds the time lost
     * before the LU on a matrix CG handles badly to a fraction of that LU's cost.
     */
    public static final int AUTO_TRY_MAX_ITERATIONS = 100;

    private final MnaSystem system;
    private final SimulationOptions options;
    private SparseLU lu;
    private final double[] values;
    private final RunStatistics stats;
    private IterativeLinearSolver iterative;   // null: direct
    private boolean factored;
    private boolean iterativeReady;
    private final boolean quietFallback;   // auto's trial below AUTO_MIN_UNKNOWNS: the LU is the normal choice there

    /**
     * Chooses the method; for the direct one analyzes the pattern (fill-reducing ordering).
     *
     * @param stats where analyze/factor/solve times go
     */
    public LinearSolver(MnaSystem system, SimulationOptions options, RunStatistics stats) {
        this.system = system;
        this.options = options;
        this.stats = stats;
        this.values = new double[system.nonZeros()];
        stats.count("unknowns", system.size());
        stats.count("matrix nonzeros", system.nonZeros());
        boolean autoLinear = options.solver.equals("auto") && system.isLinear();
        boolean auto = autoLinear && system.size() >= AUTO_MIN_UNKNOWNS;
        boolean trial = autoLinear && !auto && system.size() >= AUTO_TRY_MIN_UNKNOWNS;
        this.quietFallback = trial;
        if (auto || options.solver.equals("iterative")) {
            int budget = Math.max(1, auto ? Math.min(options.itlcg, AUTO_MAX_ITERATIONS) : options.itlcg);
            iterative = new IterativeLinearSolver(system.size(), system.colPtr(), system.rowIdx(),
                    IterativeLinearSolver.DEFAULT_TOLERANCE, budget);
        } else if (trial) {
            iterative = new IterativeLinearSolver(system.size(), system.colPtr(), system.rowIdx(),
                    AUTO_TRY_TOLERANCE, Math.max(1, Math.min(options.itlcg, AUTO_TRY_MAX_ITERATIONS)));
        } else {
            analyze();
        }
    }

    private void analyze() {
        if (lu != null) {
            return;
        }
        long t0 = System.nanoTime();
        LuOptions lo = LuOptions.defaults();
        lo.pivotTolerance = options.pivrel;
        lo.ordering = options.ordering.equals("nd") ? LuOptions.Ordering.NESTED_DISSECTION : LuOptions.Ordering.AMD;
        this.lu = SparseLU.analyze(system.size(), system.colPtr(), system.rowIdx(), lo);
        stats.addTime("analyze", System.nanoTime() - t0);
    }

    /** True while the iterative method is in use (false once it fell back to the LU). */
    public boolean isIterative() {
        return iterative != null;
    }

    /**
     * Assembles J = G + alpha C (+ diagonalG on node diagonals) from the last load and factors it.
     *
     * @throws SimulationException naming the unknown of a singular pivot
     */
    public void factor(double alpha, double diagonalG) throws SimulationException {
        factor(alpha, diagonalG, null);
    }

    /**
     * As {@link #factor(double, double)} with an extra conductance per node diagonal. In the
     * iterative mode this builds the preconditioner instead (timed as "factor").
     *
     * @param perNodeG conductance (S) added on each unknown's diagonal, or null
     */
    public void factor(double alpha, double diagonalG, double[] perNodeG) throws SimulationException {
        system.jacobian(alpha, diagonalG, values);
        if (perNodeG != null) {
            system.addToDiagonals(perNodeG, values);
        }
        if (iterative != null) {
            long t0 = System.nanoTime();
            String why = iterative.prepare(values);
            stats.addTime("factor", System.nanoTime() - t0);
            if (why == null) {
                iterativeReady = true;
                return;
            }
            fallBack(why);
        }
        factorLu();
    }

    private void factorLu() throws SimulationException {
        analyze();
        long t0 = System.nanoTime();
        try {
            if (factored) {
                lu.refactor(values);
            } else {
                lu.factor(values);
                factored = true;
                stats.count("nnz(L+U)", lu.nnzL() + lu.nnzU());
            }
        } catch (SingularMatrixException e) {
            factored = false;
            throw new SingularJacobianException(singularMessage(e), e.isStructural());
        } finally {
            stats.addTime("factor", System.nanoTime() - t0);
            stats.count("factorizations", 1);
        }
    }

    /**
     * Leaves the iterative method for the rest of the run, saying why in a warning (counted only,
     * when it was auto's trial on a circuit the LU handles in well under a second).
     */
    private void fallBack(String why) {
        iterative = null;
        iterativeReady = false;
        stats.count("iterative fallbacks", 1);
        if (!quietFallback) {
            system.circuit().warn(SourceLocation.none(String.valueOf(system.circuit().file())),
                    "iterative solver: " + why + "; using the direct LU");
        }
    }

    /**
     * Solves J dx = rhs in place with the last factorization (or iteratively).
     *
     * @throws SimulationException when the iterative method failed and the LU then finds J singular
     */
    public void solve(double[] rhs) throws SimulationException {
        if (iterative != null && iterativeReady) {
            long t0 = System.nanoTime();
            boolean ok = iterative.solve(rhs);
            stats.addTime("solve", System.nanoTime() - t0);
            stats.count("cg iterations", iterative.iterations());
            if (ok) {
                return;
            }
            fallBack(iterative.failure());
            factorLu();
        }
        long t0 = System.nanoTime();
        lu.solve(rhs);
        stats.addTime("solve", System.nanoTime() - t0);
    }

    /** True once a factorization (or a prepared iterative solver) is available. */
    public boolean isFactored() {
        return factored || iterativeReady;
    }

    /** The factorization's analysis (for callers that solve many right-hand sides); analyzed on demand. */
    public SparseLU lu() {
        analyze();
        return lu;
    }

    private String singularMessage(SingularMatrixException e) {
        int col = e.column();
        String what = col >= 0 && col < system.size() ? system.circuit().unknowns().name(col) : "column " + col;
        String kind = e.isStructural()
                ? "structurally singular (structural rank " + lu.structuralRank() + " of " + system.size() + ")"
                : "singular";
        return "matrix is " + kind + ": " + what + " is not determined by the circuit"
                + " (a floating node, a loop of voltage sources or inductors, or a cutset of current sources)";
    }
}
