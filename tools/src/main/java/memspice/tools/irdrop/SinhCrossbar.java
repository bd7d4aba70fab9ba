package memspice.tools.irdrop;

import memspice.sparse.SingularMatrixException;

/**
 * A crossbar of nonlinear cells with the sinh I-V common for RRAM and selector-less arrays,
 * I = (G / b) sinh(b V): G is the cell's low-field conductance (S), b (1/V) its nonlinearity
 * (b -> 0 is the linear resistor). Solved per input by Newton's method on the nodal system of
 * {@link CrossbarSystem}: each iteration stamps every cell's tangent conductance G cosh(b V) and the
 * matching companion current, refactors the kept pattern and solves.
 */
public final class SinhCrossbar implements MvmArray {

    private final CrossbarSystem system;
    private final double[][] g;
    private final double b;
    private final double[][] tangent;
    private int lastIterations;

    /**
     * Newton stops when no node moved more than this (V) plus 1e-9 of its voltage; the step after
     * that is quadratically smaller, far below the 1e-6 the issue asks of nonlinear cells.
     */
    public static final double VOLTAGE_TOLERANCE = 1e-12;

    private static final int MAX_ITERATIONS = 100;

    /**
     * @param conductance low-field cell conductances (S), [rows][cols]
     * @param b           nonlinearity (1/V), > 0
     */
    public SinhCrossbar(double[][] conductance, Wiring wiring, double b, CrossbarSystem.Solver solver)
            throws SingularMatrixException {
        if (!(b > 0) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("sinh nonlinearity must be positive and finite (1/V), got " + b);
        }
        this.system = CrossbarSystem.build(conductance, wiring, solver);
        this.g = system.conductances();
        this.b = b;
        this.tangent = CrossbarSystem.copy(g);
    }

    /** Cell current (A) at voltage v (V). */
    public double cellCurrent(int i, int j, double v) {
        return g[i][j] / b * Math.sinh(b * v);
    }

    /**
     * Node voltages (V) for row inputs x (V), a fresh vector indexed like {@link CrossbarSystem}.
     *
     * @throws IllegalStateException if Newton does not converge in 100 iterations
     */
    public double[] nodeVoltages(double[] x) throws SingularMatrixException {
        int n = system.rows();
        int m = system.columns();
        int size = system.unknowns();
        double[] v = new double[size];
        double[] rhs = new double[size];
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            java.util.Arrays.fill(rhs, 0);
            system.addInputs(x, rhs);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    int r = system.rowNode(i, j);
                    int c = system.columnNode(i, j);
                    double u = v[r] - v[c];
                    double gt = g[i][j] * Math.cosh(b * u);
                    tangent[i][j] = gt;
                    double companion = cellCurrent(i, j, u) - gt * u;   // current r -> c beyond the tangent
                    rhs[r] -= companion;
                    rhs[c] += companion;
                }
            }
            system.setConductances(tangent);
            system.solveInPlace(rhs);
            double worst = 0;
            for (int k = 0; k < size; k++) {
                worst = Math.max(worst, Math.abs(rhs[k] - v[k]) - 1e-9 * Math.abs(rhs[k]));
            }
            System.arraycopy(rhs, 0, v, 0, size);
            if (worst < VOLTAGE_TOLERANCE) {
                lastIterations = it;
                return v;
            }
        }
        throw new IllegalStateException("sinh crossbar: Newton did not converge in " + MAX_ITERATIONS + " iterations");
    }

    /** Column output currents (A) for row inputs x (V) into y. */
    @Override
    public void columnCurrents(double[] x, double[] y) {
        try {
            system.outputs(nodeVoltages(x), y);
        } catch (SingularMatrixException e) {
            // tangent conductances G cosh(bV) are positive: the nodal matrix stays SPD
            throw new IllegalStateException("sinh crossbar: singular Newton matrix", e);
        }
    }

    @Override
    public int rows() {
        return system.rows();
    }

    @Override
    public int columns() {
        return system.columns();
    }

    /** Newton iterations of the last solve. */
    public int lastIterations() {
        return lastIterations;
    }

    /** The linear system underneath (its conductances are the last Newton tangents). */
    public CrossbarSystem system() {
        return system;
    }

    public double nonlinearity() {
        return b;
    }

    /** A copy of the low-field conductances (S). */
    public double[][] conductances() {
        return CrossbarSystem.copy(g);
    }
}
