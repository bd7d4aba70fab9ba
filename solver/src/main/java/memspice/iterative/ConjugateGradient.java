package memspice.iterative;

/**
 * Preconditioned conjugate gradients (Hestenes and Stiefel 1952; Saad, Iterative Methods for Sparse
 * Linear Systems, 2nd ed., Algorithm 9.1) on a symmetric positive definite CSC matrix. Work arrays
 * are allocated once; {@link #solve} allocates nothing.
 */
final class ConjugateGradient {

    /** Why a solve stopped. */
    enum Stop { CONVERGED, ITERATION_LIMIT, NOT_POSITIVE_DEFINITE }

    private final int m;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final double[] values;
    private final ChainPreconditioner preconditioner;
    private final double[] r;
    private final double[] z;
    private final double[] p;
    private final double[] q;
    private int iterations;

    /** @param values held by reference (the reduced matrix of a {@link GroundedSourceElimination}) */
    ConjugateGradient(int m, int[] colPtr, int[] rowIdx, double[] values, ChainPreconditioner preconditioner) {
        this.m = m;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.values = values;
        this.preconditioner = preconditioner;
        r = new double[m];
        z = new double[m];
        p = new double[m];
        q = new double[m];
    }

    /**
     * Improves x until the recursively updated residual satisfies ||b - A x||_2 <= target.
     *
     * @param b             right-hand side
     * @param x             start on entry (the residual is computed from it), solution on return
     * @param target        absolute 2-norm of the residual to reach
     * @param maxIterations iteration budget of this call
     */
    Stop solve(double[] b, double[] x, double target, int maxIterations) {
        multiply(x, q);
        double rr = 0;
        for (int i = 0; i < m; i++) {
            r[i] = b[i] - q[i];
            rr += r[i] * r[i];
        }
        iterations = 0;
        if (Math.sqrt(rr) <= target) {
            return Stop.CONVERGED;
        }
        preconditioner.apply(r, z);
        double rz = 0;
        for (int i = 0; i < m; i++) {
            p[i] = z[i];
            rz += r[i] * z[i];
        }
        while (iterations < maxIterations) {
            iterations++;
            multiply(p, q);
            double pq = 0;
            for (int i = 0; i < m; i++) {
                pq += p[i] * q[i];
            }
            if (!(pq > 0.0)) {
                return Stop.NOT_POSITIVE_DEFINITE;
            }
            double alpha = rz / pq;
            rr = 0;
            for (int i = 0; i < m; i++) {
                x[i] += alpha * p[i];
                double ri = r[i] - alpha * q[i];
                r[i] = ri;
                rr += ri * ri;
            }
            if (Math.sqrt(rr) <= target) {
                return Stop.CONVERGED;
            }
            preconditioner.apply(r, z);
            double next = 0;
            for (int i = 0; i < m; i++) {
                next += r[i] * z[i];
            }
            double beta = next / rz;
            rz = next;
            for (int i = 0; i < m; i++) {
                p[i] = z[i] + beta * p[i];
            }
        }
        return Stop.ITERATION_LIMIT;
    }

    /** Iterations of the last {@link #solve}. */
    int iterations() {
        return iterations;
    }

    /** y = A x for the symmetric matrix (its CSC columns are its rows). */
    private void multiply(double[] x, double[] y) {
        for (int k = 0; k < m; k++) {
            double s = 0;
            for (int e = colPtr[k]; e < colPtr[k + 1]; e++) {
                s += values[e] * x[rowIdx[e]];
            }
            y[k] = s;
        }
    }
}
