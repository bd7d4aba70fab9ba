package memspice.tools.irdrop;

import memspice.sparse.SingularMatrixException;

/**
 * Conductance pre-distortion: programs G so that the wired array's effective matrix matches the
 * target up to a global read-out gain s, G_eff(G) = s T (REFERENCE.md section 4: solve with wires,
 * update G, clip to [Gmin, Gmax], iterate). Each iteration refactors the one pattern and extracts
 * G_eff with n solves. The iteration runs on continuous conductances clipped to the grid's range;
 * the result is snapped to the grid's levels once at the end.
 *
 * <p>Fixed point: G <- G * s T / G_eff (exact if each G_eff entry were proportional to its own cell).
 * Newton (adjoint): G <- G + (s T - G_eff) / J with J_ij = dG_eff[i][j]/dG[i][j] =
 * -(lambda^j_r - lambda^j_c)(u^i_r - u^i_c), from the forward solution u^i for a unit input on row i
 * and the adjoint lambda^j = A^-T c_j of column j's output ({@link CrossbarSystem#adjoint}); the
 * off-diagonal sensitivities (a cell's effect on other cells' drop) are left out, so this is a
 * Jacobi-Newton step with the exact diagonal.
 */
public final class PreDistortion {

    /** Update rule. */
    public enum Method { FIXED_POINT, NEWTON }

    /**
     * @param conductance the programmed conductances, on the grid (S)
     * @param gain        the read-out gain s the array was fitted to
     * @param mismatch    mean over cells of |G_eff - s T| / (s T) after each iteration (index 0: before)
     * @param atBounds    cells of the result at Gmin or Gmax
     */
    public record Result(double[][] conductance, double gain, double[] mismatch, int atBounds) {
        public int iterations() {
            return mismatch.length - 1;
        }
    }

    /** Stop when an iteration improves the mismatch by less than 0.1 % (cells held at a bound). */
    private static final double STAGNATION = 0.999;

    private PreDistortion() {
    }

    /**
     * Largest gain s <= 1 for which the first fixed-point step keeps every cell below
     * margin * Gmax: s = margin * min(1, Gmax / max(T^2 / G_eff(T))).
     */
    public static double autoGain(double[][] target, double[][] geffOfTarget, LevelGrid grid, double margin) {
        double worst = 0;
        for (int i = 0; i < target.length; i++) {
            for (int j = 0; j < target[i].length; j++) {
                worst = Math.max(worst, target[i][j] * target[i][j] / geffOfTarget[i][j]);
            }
        }
        return margin * Math.min(1, grid.max() / worst);
    }

    /**
     * Runs the iteration.
     *
     * @param system     the array, programmed with its starting conductances (left programmed with the result)
     * @param target     T (S), [rows][cols]
     * @param gain       s in (0, 1]
     * @param iterations maximum iterations
     * @param tolerance  stop when the mean mismatch falls below this (or stops improving)
     */
    public static Result run(CrossbarSystem system, double[][] target, LevelGrid grid, double gain, Method method,
                             int iterations, double tolerance) throws SingularMatrixException {
        int n = system.rows();
        int m = system.columns();
        double[][] g = system.conductances();
        double[] history = new double[iterations + 1];
        double[][] geff = system.effectiveMatrix();
        history[0] = mismatch(geff, target, gain);
        int done = 0;
        while (done < iterations && history[done] > tolerance
                && (done == 0 || history[done] < STAGNATION * history[done - 1])) {
            double[][] jac = method == Method.NEWTON ? diagonalJacobian(system) : null;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double want = gain * target[i][j];
                    double next = method == Method.NEWTON ? g[i][j] + (want - geff[i][j]) / jac[i][j]
                            : g[i][j] * want / geff[i][j];
                    g[i][j] = Math.min(grid.max(), Math.max(grid.min(), next));
                }
            }
            system.setConductances(g);
            geff = system.effectiveMatrix();
            history[++done] = mismatch(geff, target, gain);
        }
        double[][] snapped = grid.snap(g);
        system.setConductances(snapped);
        int bounds = 0;
        for (double[] row : snapped) {
            for (double v : row) {
                if (v == grid.min() || v == grid.max()) {
                    bounds++;
                }
            }
        }
        return new Result(snapped, gain, java.util.Arrays.copyOf(history, done + 1), bounds);
    }

    /** dG_eff[i][j]/dG[i][j] for every cell from n forward and m adjoint solves. */
    static double[][] diagonalJacobian(CrossbarSystem s) {
        int n = s.rows();
        int m = s.columns();
        double[][] drop = new double[m][n];     // lambda^j_r - lambda^j_c at cell (i, j)
        for (int j = 0; j < m; j++) {
            double[] lambda = s.adjoint(j);
            for (int i = 0; i < n; i++) {
                drop[j][i] = lambda[s.rowNode(i, j)] - lambda[s.columnNode(i, j)];
            }
        }
        double[][] jac = new double[n][m];
        double[] unit = new double[n];
        for (int i = 0; i < n; i++) {
            unit[i] = 1;
            double[] u = s.nodeVoltages(unit);
            unit[i] = 0;
            for (int j = 0; j < m; j++) {
                jac[i][j] = -drop[j][i] * (u[s.rowNode(i, j)] - u[s.columnNode(i, j)]);
            }
        }
        return jac;
    }

    /** Mean over cells of |G_eff - s T| / (s T). */
    public static double mismatch(double[][] geff, double[][] target, double gain) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < target.length; i++) {
            for (int j = 0; j < target[i].length; j++) {
                double want = gain * target[i][j];
                sum += Math.abs(geff[i][j] - want) / want;
                count++;
            }
        }
        return sum / count;
    }
}
