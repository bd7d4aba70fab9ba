package memspice.analysis;

import memspice.circuit.MnaSystem;
import memspice.sparse.LuOptions;
import memspice.sparse.SingularMatrixException;
import memspice.sparse.SparseLU;

/**
 * The sparse LU of a circuit's Jacobian: analyzed once per topology, factored on the first call,
 * refactored (same pivots, no allocation) afterwards. A singular pivot is reported by the name of
 * the unknown whose column failed.
 */
public final class LinearSolver {

    private final MnaSystem system;
    private final SparseLU lu;
    private final double[] values;
    private final RunStatistics stats;
    private boolean factored;

    /**
     * Analyzes the pattern (fill-reducing ordering).
     *
     * @param stats where analyze/factor/solve times go
     */
    public LinearSolver(MnaSystem system, SimulationOptions options, RunStatistics stats) {
        this.system = system;
        this.stats = stats;
        long t0 = System.nanoTime();
        LuOptions lo = LuOptions.defaults();
        lo.pivotTolerance = options.pivrel;
        lo.ordering = options.ordering.equals("nd") ? LuOptions.Ordering.NESTED_DISSECTION : LuOptions.Ordering.AMD;
        this.lu = SparseLU.analyze(system.size(), system.colPtr(), system.rowIdx(), lo);
        this.values = new double[system.nonZeros()];
        stats.addTime("analyze", System.nanoTime() - t0);
        stats.count("unknowns", system.size());
        stats.count("matrix nonzeros", system.nonZeros());
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
     * As {@link #factor(double, double)} with an extra conductance per node diagonal.
     *
     * @param perNodeG conductance (S) added on each unknown's diagonal, or null
     */
    public void factor(double alpha, double diagonalG, double[] perNodeG) throws SimulationException {
        system.jacobian(alpha, diagonalG, values);
        if (perNodeG != null) {
            system.addToDiagonals(perNodeG, values);
        }
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

    /** Solves J dx = rhs in place with the last factorization. */
    public void solve(double[] rhs) {
        long t0 = System.nanoTime();
        lu.solve(rhs);
        stats.addTime("solve", System.nanoTime() - t0);
    }

    /** True once a factorization is available. */
    public boolean isFactored() {
        return factored;
    }

    /** The factorization (for callers that solve many right-hand sides). */
    public SparseLU lu() {
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
