package memspice.tools.amc;

import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.EVD;
import no.uib.cipr.matrix.NotConvergedException;

/**
 * What the EGV circuit ({@link EigenCircuit}) should do, with MTJ (units of G0, gl = G_lambda/G0).
 * <ul>
 * <li>The dominant eigenpair of A (largest real eigenvalue; for a non-negative matrix the Perron
 *     root, with a non-negative eigenvector), normalised to unit 2-norm with a positive sum.</li>
 * <li>The linearised dynamics with single-pole op-amps over the outputs (u, v): TIA inputs
 *     r = (A v + gl u)/(D + gl) (D row sums of A), inverter inputs s = (u + v)/2,
 *     tp dx/dt = -x - A0 in(x) = -J x; growth rates sigma = -eig(J)/tp. Exactly one mode must grow
 *     (positive real sigma, real): G_lambda below lambda_max G0 but above the next eigenvalue.</li>
 * </ul>
 */
public final class EigenTheory {

    private final EigenCircuit c;

    public EigenTheory(EigenCircuit c) {
        this.c = c;
    }

    /** The dominant eigenvalue of A (dimensionless) in [0] and its eigenvector in [1..N]. */
    public double[] dominant() {
        int n = c.a().length;
        try {
            EVD evd = EVD.factorize(new DenseMatrix(c.a()));
            double[] re = evd.getRealEigenvalues();
            double[] im = evd.getImaginaryEigenvalues();
            int best = -1;
            for (int k = 0; k < n; k++) {
                if (im[k] == 0 && (best < 0 || re[k] > re[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("the matrix has no real eigenvalue");
            }
            DenseMatrix vec = evd.getRightEigenvectors();
            double[] out = new double[n + 1];
            out[0] = re[best];
            double norm = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                norm += vec.get(i, best) * vec.get(i, best);
                sum += vec.get(i, best);
            }
            double scale = Math.signum(sum == 0 ? 1 : sum) / Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                out[i + 1] = vec.get(i, best) * scale;
            }
            return out;
        } catch (NotConvergedException e) {
            throw new IllegalStateException("eigenvalues of A did not converge", e);
        }
    }

    /** Real parts [0] and imaginary parts [1] of the growth rates (1/s), descending real part. */
    public double[][] growthRates() {
        double[][] eig = InverseTheory.sortedEigenvalues(jacobian());
        double tp = c.opamp().a0() / (2 * Math.PI * c.opamp().gbw());
        for (int k = 0; k < eig[0].length; k++) {
            eig[0][k] = -eig[0][k] / tp;
            eig[1][k] = -eig[1][k] / tp;
        }
        return eig;
    }

    /**
     * The v part of the fastest-growing mode of the linearised dynamics (unit 2-norm, positive sum):
     * what the circuit's output direction tends to. It differs from A's eigenvector because while the
     * outputs grow at sigma the rows are not virtual grounds (r = -u (1 + sigma tp)/A0), loading the
     * rows by their different totals D_i + gl; the difference vanishes as sigma -> 0 (G_lambda -> lambda_max G0).
     */
    public double[] growingMode() {
        int n = c.a().length;
        try {
            EVD evd = EVD.factorize(jacobian());
            double[] re = evd.getRealEigenvalues();
            int best = 0;
            for (int k = 1; k < re.length; k++) {
                if (re[k] < re[best]) {
                    best = k;
                }
            }
            DenseMatrix vec = evd.getRightEigenvectors();
            double[] v = new double[n];
            double norm = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                v[i] = vec.get(n + i, best);
                norm += v[i] * v[i];
                sum += v[i];
            }
            double scale = Math.signum(sum == 0 ? 1 : sum) / Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                v[i] *= scale;
            }
            return v;
        } catch (NotConvergedException e) {
            throw new IllegalStateException("eigenvalues of the EGV dynamics did not converge", e);
        }
    }

    private DenseMatrix jacobian() {
        int n = c.a().length;
        double a0 = c.opamp().a0();
        double gl = c.gLambda() / c.g0();
        DenseMatrix j = new DenseMatrix(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            double d = 0;
            for (double v : c.a()[i]) {
                d += v;
            }
            j.set(i, i, 1 + a0 * gl / (d + gl));
            for (int q = 0; q < n; q++) {
                j.add(i, n + q, a0 * c.a()[i][q] / (d + gl));
            }
            j.set(n + i, i, a0 / 2);
            j.add(n + i, n + i, 1 + a0 / 2);
        }
        return j;
    }
}
