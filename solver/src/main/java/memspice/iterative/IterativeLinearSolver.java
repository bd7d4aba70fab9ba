package memspice.iterative;

import java.util.Arrays;

/**
 * An iterative solve of an MNA system A x = b: grounded voltage sources eliminated from the
 * matrix entries ({@link GroundedSourceElimination}), conjugate gradients on the remaining nodal
 * matrix with an algebraic line preconditioner ({@link ChainPreconditioner}), and the answer
 * accepted only when the residual of the FULL MNA system satisfies
 * {@code ||b - A x||_2 <= tolerance * ||b||_2}.
 *
 * <p>The method applies to matrices that are symmetric positive definite once the grounded sources
 * are gone (networks of resistors, conductances to ground, current sources, grounded voltage
 * sources; capacitors in a transient's G + alpha C). {@link #prepare} says why when a matrix is not
 * of that kind (a floating or controlled source makes it unsymmetric or indefinite); the caller then
 * uses a direct solve. Memory is O(nonzeros); no fill.
 */
public final class IterativeLinearSolver {

    /**
     * Default relative residual on the full MNA system. A direct LU reaches a backward error of a few
     * unit round-offs times pivot growth. Measured on the 1 ohm crossbars: the round-off floor of
     * this iteration (the true residual stops falling) is 1.4e-15 at 256 x 256 and 2.6e-15 at
     * 1024 x 1024; 1e-12 is reached in 13 and 31 iterations, 1e-14 in 15 and 36. 1e-12 keeps a factor
     * ~400 above that floor, so circuits with wider conductance ranges (and a higher floor) still
     * converge instead of falling back, while the answers stay within 1e-9 of the direct LU's
     * (largest difference / largest magnitude, measured 2e-11..4e-10 on crossbars 32..512 by
     * {@code memspice bench}; 1e-9 is the agreement issue 7 asks against ngspice).
     */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    private final int n;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final double tolerance;
    private final int maxIterations;
    private final double[] b;
    private final double[] x;
    private final double[] residual;
    private GroundedSourceElimination elimination;
    private ConjugateGradient cg;
    private ChainPreconditioner preconditioner;
    private double[] values;
    private double[] reducedB;
    private double[] reducedX;
    private int iterations;
    private int chains;
    private double relativeResidual = Double.NaN;
    private String failure = "";

    /**
     * @param tolerance     relative residual {@code ||b - A x|| / ||b||} of the full system to reach
     * @param maxIterations CG iterations allowed per solve before giving up
     */
    public IterativeLinearSolver(int n, int[] colPtr, int[] rowIdx, double tolerance, int maxIterations) {
        this.n = n;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.b = new double[n];
        this.x = new double[n];
        this.residual = new double[n];
    }

    /**
     * Eliminates, checks symmetry and builds the preconditioner for new matrix values.
     *
     * @param values CSC values of A, held by reference until the next call
     * @return null when ready, else why the iterative method does not apply to this matrix
     */
    public String prepare(double[] values) {
        this.values = values;
        if (cg != null && refresh(values)) {
            return null;
        }
        cg = null;
        GroundedSourceElimination e = GroundedSourceElimination.build(n, colPtr, rowIdx, values);
        int m = e.size();
        if (m > 0) {
            String asym = Symmetry.check(m, e.colPtr(), e.rowIdx(), e.values());
            if (asym != null) {
                return "the matrix is not symmetric after eliminating " + e.pairs() + " grounded voltage sources ("
                        + asym + "; controlled or floating sources need the direct LU)";
            }
        }
        ChainPreconditioner pre = ChainPreconditioner.build(m, e.colPtr(), e.rowIdx(), e.values());
        if (pre == null) {
            return "the nodal matrix is not positive definite (a non-positive pivot along a chain)";
        }
        elimination = e;
        preconditioner = pre;
        cg = new ConjugateGradient(m, e.colPtr(), e.rowIdx(), e.values(), pre);
        if (reducedB == null || reducedB.length != m) {
            reducedB = new double[m];
            reducedX = new double[m];
        }
        chains = pre.chains();
        return null;
    }

    /**
     * New values on the pattern of the last successful prepare (a transient's next step or Newton
     * iteration): refills the reduced matrix and refactors the same chains, allocating nothing.
     * False when the nonzero pattern changed or the checks fail; the caller then builds afresh, so
     * the verdict on a matrix is always that of a fresh build.
     */
    private boolean refresh(double[] values) {
        if (!elimination.samePattern(values)) {
            return false;
        }
        elimination.load(values);
        int m = elimination.size();
        if (m > 0 && Symmetry.check(m, elimination.colPtr(), elimination.rowIdx(), elimination.values()) != null) {
            return false;
        }
        return preconditioner.refactor(elimination.values());
    }

    /**
     * Solves A x = rhs in place (rhs on entry, x on return when converged; unchanged otherwise).
     *
     * @return true when the full residual test holds; false with {@link #failure()} saying why
     * @throws IllegalStateException when {@link #prepare} did not succeed
     */
    public boolean solve(double[] rhs) {
        if (cg == null) {
            throw new IllegalStateException("iterative solver not prepared");
        }
        System.arraycopy(rhs, 0, b, 0, n);
        double bnorm = norm(b);
        iterations = 0;
        if (bnorm == 0.0) {
            Arrays.fill(rhs, 0, n, 0.0);
            relativeResidual = 0.0;
            return true;
        }
        Arrays.fill(x, 0.0);
        elimination.reducedRhs(b, x, reducedB);
        Arrays.fill(reducedX, 0.0);
        double target = tolerance * bnorm;
        // the recursive residual drifts from the true one; restart from the true residual if needed
        for (int attempt = 0; attempt < 4; attempt++) {
            ConjugateGradient.Stop stop = cg.solve(reducedB, reducedX, 0.5 * target, maxIterations - iterations);
            iterations += cg.iterations();
            if (stop == ConjugateGradient.Stop.NOT_POSITIVE_DEFINITE) {
                failure = "conjugate gradients broke down (p'Ap <= 0: the matrix is not positive definite)";
                return false;
            }
            elimination.expand(reducedX, b, x);
            relativeResidual = residualNorm() / bnorm;
            if (relativeResidual <= tolerance) {
                System.arraycopy(x, 0, rhs, 0, n);
                return true;
            }
            if (stop == ConjugateGradient.Stop.ITERATION_LIMIT || iterations >= maxIterations) {
                break;
            }
        }
        failure = String.format(java.util.Locale.ROOT, "relative residual %.2e after %d iterations (target %.1e)",
                relativeResidual, iterations, tolerance);
        return false;
    }

    /** ||b - A x||_2 of the full system. */
    private double residualNorm() {
        double[] r = residual;
        System.arraycopy(b, 0, r, 0, n);
        for (int c = 0; c < n; c++) {
            double xc = x[c];
            if (xc != 0.0) {
                for (int e = colPtr[c]; e < colPtr[c + 1]; e++) {
                    r[rowIdx[e]] -= values[e] * xc;
                }
            }
        }
        return norm(r);
    }


    private double norm(double[] v) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i] * v[i];
        }
        return Math.sqrt(s);
    }

    /** CG iterations of the last solve (summed over restarts). */
    public int iterations() {
        return iterations;
    }

    /** Full-system relative residual of the last solve. */
    public double relativeResidual() {
        return relativeResidual;
    }

    /** Why the last solve did not converge. */
    public String failure() {
        return failure;
    }

    /** Grounded voltage sources eliminated by the last prepare. */
    public int eliminatedSources() {
        return elimination == null ? 0 : elimination.pairs();
    }

    /** Unknowns of the nodal system CG works on. */
    public int reducedSize() {
        return elimination == null ? 0 : elimination.size();
    }

    /** Chains (lines) of the preconditioner. */
    public int chains() {
        return chains;
    }
}
