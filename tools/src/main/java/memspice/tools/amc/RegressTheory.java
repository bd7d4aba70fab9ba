package memspice.tools.amc;

import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.DenseVector;

/**
 * The numbers the regression circuit ({@link RegressCircuit}) should produce, with MTJ, in units of
 * G0 and volts.
 * <ul>
 * <li>Ideal: w = -(X^T X)^-1 X^T y (normal equations).</li>
 * <li>Finite gain: the circuit's KCL with every op-amp output = -A0 x (its inverting input), solved as
 *     one dense system over rows r, TIA outputs u, inverter inputs s and outputs n, column inputs k and
 *     outputs w: y + X w - (D1 + 1) r + u = 0, u = -A0 r, u - 2 s + n = 0, n = -A0 s, X^T n - D2 k = 0,
 *     w = -A0 k (D1 row sums, D2 column sums of X).</li>
 * <li>Associated matrix D2^-1 X^T X (its eigenvalues must be positive: X of full column rank), and the
 *     full linearised dynamics with single-pole op-amps: tp d(out)/dt = -out - A0 in(out), where the
 *     inputs are the algebraic node voltages r = (y + X w + u)/(D1 + 1), s = (u + n)/2, k = X^T n / D2.</li>
 * </ul>
 */
public final class RegressTheory {

    private final RegressCircuit c;
    private final int n;
    private final int m;
    private final double[] d1;
    private final double[] d2;

    public RegressTheory(RegressCircuit c) {
        this.c = c;
        n = c.x().length;
        m = c.x()[0].length;
        d1 = new double[n];
        d2 = new double[m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                d1[i] += c.x()[i][j];
                d2[j] += c.x()[i][j];
            }
        }
    }

    /** -(X^T X)^-1 X^T y. */
    public double[] ideal() {
        DenseMatrix x = new DenseMatrix(c.x());
        DenseMatrix xtx = new DenseMatrix(m, m);
        x.transAmult(x, xtx);
        DenseVector rhs = new DenseVector(m);
        x.transMult(new DenseVector(c.y().clone()), rhs);
        rhs.scale(-1);
        DenseVector w = new DenseVector(m);
        xtx.solve(rhs, w);
        return w.getData();
    }

    /** w from the finite-gain KCL system (equals {@link #ideal()} for ideal op-amps). */
    public double[] finiteGain() {
        if (c.opamp().isIdeal()) {
            return ideal();
        }
        double a0 = c.opamp().a0();
        int size = 4 * n + 2 * m;
        int r = 0;
        int u = n;
        int s = 2 * n;
        int nn = 3 * n;
        int k = 4 * n;
        int w = 4 * n + m;
        DenseMatrix g = new DenseMatrix(size, size);
        DenseVector b = new DenseVector(size);
        for (int i = 0; i < n; i++) {
            g.set(r + i, r + i, -(d1[i] + 1));
            g.set(r + i, u + i, 1);
            for (int j = 0; j < m; j++) {
                g.set(r + i, w + j, c.x()[i][j]);
            }
            b.set(r + i, -c.y()[i]);
            g.set(u + i, u + i, 1);
            g.set(u + i, r + i, a0);
            g.set(s + i, u + i, 1);
            g.set(s + i, s + i, -2);
            g.set(s + i, nn + i, 1);
            g.set(nn + i, nn + i, 1);
            g.set(nn + i, s + i, a0);
        }
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                g.set(k + j, nn + i, c.x()[i][j]);
            }
            g.add(k + j, k + j, -d2[j]);
            g.set(w + j, w + j, 1);
            g.set(w + j, k + j, a0);
        }
        DenseVector out = new DenseVector(size);
        g.solve(b, out);
        double[] res = new double[m];
        for (int j = 0; j < m; j++) {
            res[j] = out.get(w + j);
        }
        return res;
    }

    /** Eigenvalues of D2^-1 X^T X (sorted by real part). */
    public double[][] associatedEigenvalues() {
        DenseMatrix x = new DenseMatrix(c.x());
        DenseMatrix xtx = new DenseMatrix(m, m);
        x.transAmult(x, xtx);
        for (int j = 0; j < m; j++) {
            if (d2[j] == 0) {
                throw new IllegalArgumentException("feature column " + (j + 1) + " is all zero: X has no full column rank");
            }
            for (int q = 0; q < m; q++) {
                xtx.set(j, q, xtx.get(j, q) / d2[j]);
            }
        }
        return InverseTheory.sortedEigenvalues(xtx);
    }

    /**
     * Eigenvalues of J (units 1/tp, tp of the TIAs and inverters) of the linearised dynamics over the
     * outputs u, n, w; see the class comment. The column op-amps' rows are divided by the slow-down factor.
     */
    public double[][] dynamicsEigenvalues() {
        double a0 = c.opamp().a0();
        int size = 2 * n + m;
        int u = 0;
        int nn = n;
        int w = 2 * n;
        DenseMatrix j = new DenseMatrix(size, size);
        for (int p = 0; p < size; p++) {
            j.set(p, p, 1);
        }
        for (int i = 0; i < n; i++) {
            // TIA i: input r_i = (y_i + sum X_ij w_j + u_i)/(D1_i + 1)
            j.add(u + i, u + i, a0 / (d1[i] + 1));
            for (int q = 0; q < m; q++) {
                j.add(u + i, w + q, a0 * c.x()[i][q] / (d1[i] + 1));
            }
            // inverter i: input s_i = (u_i + n_i)/2
            j.add(nn + i, u + i, a0 / 2);
            j.add(nn + i, nn + i, a0 / 2);
        }
        for (int q = 0; q < m; q++) {
            // column op-amp q: input k_q = sum_i X_iq n_i / D2_q
            // slower column op-amps (GBW / slow): their rows of J shrink by 1/slow in units of the others' tp
            j.set(w + q, w + q, 1 / c.slow());
            for (int i = 0; i < n; i++) {
                j.add(w + q, nn + i, a0 * c.x()[i][q] / d2[q] / c.slow());
            }
        }
        return InverseTheory.sortedEigenvalues(j);
    }

    /** tp = A0 / (2 pi GBW) in s. */
    public double poleTime() {
        return c.opamp().a0() / (2 * Math.PI * c.opamp().gbw());
    }
}
