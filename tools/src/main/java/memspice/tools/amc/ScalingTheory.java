package memspice.tools.amc;

import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.NotConvergedException;
import no.uib.cipr.matrix.SymmDenseEVD;

/**
 * Modal analysis of the INV circuit for a symmetric matrix A with positive entries (one array, no
 * inverters). With D = diag(row sums), S = D^-1/2 A D^-1/2 is symmetric, S = Q diag(sigma) Q^T, and
 * D^-1 A = D^-1/2 S D^1/2 has the real eigenvalues sigma (ascending) with eigenvectors the columns of
 * P = D^-1/2 Q. With single-pole op-amps (pole time tp = A0/(2 pi GBW)) the outputs obey
 * tp dV/dt = -(I + A0 D^-1 A) V - A0 D^-1 b (InverseTheory#dynamicsEigenvalues), so from the all-zero
 * state the error is e(t) = V(t) - V_inf = -sum_k P_k y_k exp(-r_k t), y = Q^T D^1/2 V_inf,
 * r_k = (1 + A0 sigma_k)/tp. This gives the exact settling time of the linear ODE and the weight
 * each mode carries in the initial error.
 */
public final class ScalingTheory {

    private final double[] sigma;
    private final double[][] p;
    private final double[] sqrtD;

    private ScalingTheory(double[] sigma, double[][] p, double[] sqrtD) {
        this.sigma = sigma;
        this.p = p;
        this.sqrtD = sqrtD;
    }

    /**
     * Decomposes A.
     *
     * @throws IllegalArgumentException when A is not symmetric, has a negative entry or a zero row
     */
    public static ScalingTheory of(double[][] a) {
        int n = a.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (a[i][j] < 0) {
                    throw new IllegalArgumentException("scaling study needs positive entries (one array), a" + (i + 1) + "," + (j + 1) + " < 0");
                }
                if (a[i][j] != a[j][i]) {
                    throw new IllegalArgumentException("scaling study needs a symmetric matrix, a" + (i + 1) + "," + (j + 1) + " != a" + (j + 1) + "," + (i + 1));
                }
                d[i] += a[i][j];
            }
            if (d[i] == 0) {
                throw new IllegalArgumentException("row " + (i + 1) + " is all zero");
            }
        }
        double[] sq = new double[n];
        for (int i = 0; i < n; i++) {
            sq[i] = Math.sqrt(d[i]);
        }
        DenseMatrix s = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s.set(i, j, a[i][j] / (sq[i] * sq[j]));
            }
        }
        SymmDenseEVD evd;
        try {
            evd = SymmDenseEVD.factorize(s);
        } catch (NotConvergedException e) {
            throw new IllegalStateException("eigenvalues did not converge: " + e.getMessage(), e);
        }
        double[] ev = evd.getEigenvalues();
        DenseMatrix q = evd.getEigenvectors();
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(ev[x], ev[y]));
        double[] sigma = new double[n];
        double[][] p = new double[n][n];
        for (int k = 0; k < n; k++) {
            sigma[k] = ev[order[k]];
            for (int i = 0; i < n; i++) {
                p[i][k] = q.get(i, order[k]) / sq[i];
            }
        }
        return new ScalingTheory(sigma, p, sq);
    }

    /** lambda_min(D^-1 A). */
    public double lambdaMin() {
        return sigma[0];
    }

    /** The eigenvector of D^-1 A for lambda_min, scaled to max |x_i| = 1. */
    public double[] slowestVector() {
        int n = sigma.length;
        double[] v = new double[n];
        double m = 0;
        for (int i = 0; i < n; i++) {
            v[i] = p[i][0];
            m = Math.max(m, Math.abs(v[i]));
        }
        for (int i = 0; i < n; i++) {
            v[i] /= m;
        }
        return v;
    }

    /** Modal coordinates y of a vector x = sum_k P_k y_k: y = Q^T D^1/2 x (Q = D^1/2 P). */
    double[] modal(double[] x) {
        int n = sigma.length;
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += p[i][k] * sqrtD[i] * sqrtD[i] * x[i];
            }
            y[k] = s;
        }
        return y;
    }

    /** ||P_0 y_0||_inf / ||vInf||_inf: the slowest mode's share of the initial error (from zero). */
    public double slowestWeight(double[] vInf) {
        double y0 = modal(vInf)[0];
        double m = 0;
        for (double[] row : p) {
            m = Math.max(m, Math.abs(row[0] * y0));
        }
        return m / InverseTheory.normInf(vInf);
    }

    /**
     * The exact settling time of the linear ODE from the all-zero state: the last t at which
     * ||e(t)||_inf = band ||V_inf||_inf, found on a grid of 4000 points over [0, stop] and refined by
     * bisection (to 1e-9 relative).
     *
     * @param vInf  the final outputs (V)
     * @param op    the op-amps (finite A0 and GBW)
     * @param band  relative band
     * @param stop  the time span searched (s); NaN is returned when e(stop) is still outside the band
     */
    public double exactSettling(double[] vInf, OpampSpec op, double band, double stop) {
        int n = sigma.length;
        double tp = op.a0() / (2 * Math.PI * op.gbw());
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = (1 + op.a0() * sigma[k]) / tp;
        }
        double[] y = modal(vInf);
        double limit = band * InverseTheory.normInf(vInf);
        double[] w = new double[n];
        int grid = 4000;
        if (error(stop, r, y, w) > limit) {
            return Double.NaN;
        }
        for (int g = grid - 1; g >= 0; g--) {
            double t0 = stop * g / grid;
            if (error(t0, r, y, w) > limit) {
                double lo = t0;
                double hi = stop * (g + 1) / grid;
                while (hi - lo > 1e-9 * hi) {
                    double mid = 0.5 * (lo + hi);
                    if (error(mid, r, y, w) > limit) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                return 0.5 * (lo + hi);
            }
        }
        return 0;
    }

    private double error(double t, double[] r, double[] y, double[] w) {
        int n = sigma.length;
        for (int k = 0; k < n; k++) {
            w[k] = y[k] * Math.exp(-r[k] * t);
        }
        double m = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            double[] row = p[i];
            for (int k = 0; k < n; k++) {
                s += row[k] * w[k];
            }
            m = Math.max(m, Math.abs(s));
        }
        return m;
    }
}
