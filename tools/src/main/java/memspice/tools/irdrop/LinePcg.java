package memspice.tools.irdrop;

/**
 * Preconditioned conjugate gradients for the crossbar's symmetric positive definite nodal matrix,
 * an alternative to the sparse LU for arrays whose factors do not fit (N = 1024: 2 M unknowns).
 * The preconditioner is the matrix's tridiagonal part: with {@link CrossbarSystem}'s numbering every
 * row wire and every column wire is a run of consecutive unknowns, so this is an exact line solve
 * along each wire (block Jacobi over wires, the cells' coupling left to the Krylov iteration),
 * factored once as L D L^T in O(unknowns).
 */
final class LinePcg {

    private final int size;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final double[] values;
    private final double tolerance;
    private final int maxIterations;
    private final double[] d;       // pivots of the tridiagonal L D L^T
    private final double[] l;       // sub-diagonal multipliers: l[k] links k-1 and k
    private final double[] r;
    private final double[] z;
    private final double[] p;
    private final double[] q;
    private int lastIterations;

    /**
     * @param values    held by reference: call {@link #update} after changing them
     * @param tolerance relative residual ||b - A x|| / ||b|| to reach
     */
    LinePcg(int size, int[] colPtr, int[] rowIdx, double[] values, double tolerance, int maxIterations) {
        this.size = size;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.values = values;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        d = new double[size];
        l = new double[size];
        r = new double[size];
        z = new double[size];
        p = new double[size];
        q = new double[size];
        update();
    }

    /** Refactors the tridiagonal preconditioner from the current values. */
    void update() {
        for (int k = 0; k < size; k++) {
            double diag = 0;
            double sub = 0;
            for (int e = colPtr[k]; e < colPtr[k + 1]; e++) {
                if (rowIdx[e] == k) {
                    diag = values[e];
                } else if (rowIdx[e] == k - 1) {
                    sub = values[e];
                }
            }
            if (k == 0) {
                d[0] = diag;
            } else {
                l[k] = sub / d[k - 1];
                d[k] = diag - l[k] * sub;
            }
        }
    }

    /** Solves A x = b in place (b on entry, x on return), starting from x = 0. */
    void solve(double[] b) {
        double bnorm = Math.sqrt(dot(b, b));
        System.arraycopy(b, 0, r, 0, size);
        java.util.Arrays.fill(b, 0);
        if (bnorm == 0) {
            lastIterations = 0;
            return;
        }
        precondition(r, z);
        System.arraycopy(z, 0, p, 0, size);
        double rz = dot(r, z);
        int it = 0;
        while (Math.sqrt(dot(r, r)) > tolerance * bnorm) {
            if (++it > maxIterations) {
                throw new IllegalStateException("conjugate gradients did not reach relative residual " + tolerance
                        + " in " + maxIterations + " iterations");
            }
            multiply(p, q);
            double alpha = rz / dot(p, q);
            for (int k = 0; k < size; k++) {
                b[k] += alpha * p[k];
                r[k] -= alpha * q[k];
            }
            precondition(r, z);
            double next = dot(r, z);
            double beta = next / rz;
            rz = next;
            for (int k = 0; k < size; k++) {
                p[k] = z[k] + beta * p[k];
            }
        }
        lastIterations = it;
    }

    /** Iterations of the last solve. */
    int lastIterations() {
        return lastIterations;
    }

    private void multiply(double[] x, double[] y) {
        // symmetric matrix: the CSC columns are also its rows
        for (int k = 0; k < size; k++) {
            double s = 0;
            for (int e = colPtr[k]; e < colPtr[k + 1]; e++) {
                s += values[e] * x[rowIdx[e]];
            }
            y[k] = s;
        }
    }

    private void precondition(double[] in, double[] out) {
        out[0] = in[0];
        for (int k = 1; k < size; k++) {
            out[k] = in[k] - l[k] * out[k - 1];
        }
        for (int k = 0; k < size; k++) {
            out[k] /= d[k];
        }
        for (int k = size - 2; k >= 0; k--) {
            out[k] -= l[k + 1] * out[k + 1];
        }
    }

    private double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < size; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
