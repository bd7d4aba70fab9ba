package memspice.tools.amc;

import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.DenseVector;
import no.uib.cipr.matrix.EVD;
import no.uib.cipr.matrix.Matrix;
import no.uib.cipr.matrix.NotConvergedException;

/**
 * Exact settling of the mixed-sign INV circuit's linear ODE, for {@link ScalingStudy}'s mixed
 * families, where the modal shortcut of {@link ScalingTheory} (symmetric, one array) does not apply:
 * the states are the array op-amps' outputs V and the inverters' outputs U,
 * tp dx/dt = -J x + c with J from {@link InverseTheory#dynamicsEigenvalues} (2N x 2N, not symmetric).
 * From the all-zero state the error is e(t) = expm(-J t / tp) e(0), e(0) = -(V_inf, U_inf),
 * U_inf = -k V_inf. The propagator over one step h is computed once by scaling and squaring a
 * Taylor series (terms until they fall below 1e-17 of the sum); e is stepped over a uniform grid.
 */
public final class MixedScaling {

    private final double[][] a;

    private MixedScaling(double[][] a) {
        this.a = a;
    }

    /** For the matrix A (any signs; every row non-zero). */
    public static MixedScaling of(double[][] a) {
        return new MixedScaling(a);
    }

    /** lambda_min: the smallest real part of eig(D^-1 (A+ - A-)). */
    public double lambdaMin() {
        return theory(OpampSpec.ideal()).associatedEigenvalues()[0][0];
    }

    /** The real eigenvector of D^-1 G for its smallest eigenvalue, scaled to max |x_i| = 1. */
    public double[] slowestVector() {
        int n = a.length;
        double[] d = theory(OpampSpec.ideal()).rowSums();
        DenseMatrix m = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, a[i][j] / d[i]);
            }
        }
        try {
            EVD evd = EVD.factorize(m);
            double[] re = evd.getRealEigenvalues();
            int best = 0;
            for (int k = 1; k < n; k++) {
                if (re[k] < re[best]) {
                    best = k;
                }
            }
            if (evd.getImaginaryEigenvalues()[best] != 0) {
                throw new IllegalArgumentException("the slowest eigenvalue of D^-1 G is complex: no real slowest vector");
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = evd.getRightEigenvectors().get(i, best);
            }
            double s = InverseTheory.normInf(v);
            for (int i = 0; i < n; i++) {
                v[i] /= s;
            }
            return v;
        } catch (NotConvergedException e) {
            throw new IllegalStateException("eigenvalues did not converge", e);
        }
    }

    /**
     * The exact settling time of the V outputs: the last t at which ||e_V(t)||_inf = band ||V_inf||_inf,
     * from a grid of {@code steps} points over [0, stop], linearly interpolated on the crossing step.
     *
     * @return the time (s); NaN when e(stop) is still outside the band
     */
    public double exactSettling(double[] vInf, OpampSpec op, double band, double stop, int steps) {
        int n = a.length;
        double tp = op.a0() / (2 * Math.PI * op.gbw());
        double k = InverseTheory.inverterGain(op);
        DenseMatrix j = jacobian(op);
        DenseMatrix phi = propagator(j, stop / steps / tp);
        double[] e = new double[2 * n];
        for (int i = 0; i < n; i++) {
            e[i] = -vInf[i];
            e[n + i] = k * vInf[i];
        }
        double limit = band * InverseTheory.normInf(vInf);
        DenseVector x = new DenseVector(e);
        DenseVector y = new DenseVector(2 * n);
        double lastOutside = -1;
        double errPrev = err(x, n);
        double settle = errPrev > limit ? Double.NaN : 0;
        for (int s = 1; s <= steps; s++) {
            phi.mult(x, y);
            DenseVector t = x;
            x = y;
            y = t;
            double errNow = err(x, n);
            if (errPrev > limit && errNow <= limit) {
                lastOutside = s - 1 + (errPrev - limit) / (errPrev - errNow);
                settle = lastOutside * stop / steps;
            } else if (errNow > limit) {
                settle = Double.NaN;
            }
            errPrev = errNow;
        }
        return settle;
    }

    private static double err(DenseVector x, int n) {
        double m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(x.get(i)));
        }
        return m;
    }

    /** J of the full linearised dynamics (InverseTheory's definition), as a dense matrix. */
    private DenseMatrix jacobian(OpampSpec op) {
        InverseTheory t = theory(op);
        double[] d = t.rowSums();
        int n = a.length;
        double a0 = op.a0();
        DenseMatrix j = new DenseMatrix(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            j.add(i, i, 1);
            for (int q = 0; q < n; q++) {
                double v = a[i][q];
                if (v > 0) {
                    j.add(i, q, a0 * v / d[i]);
                } else if (v < 0) {
                    j.set(i, n + q, -a0 * v / d[i]);
                }
            }
            j.set(n + i, i, a0 / 2);
            j.set(n + i, n + i, 1 + a0 / 2);
        }
        return j;
    }

    /** expm(-J h) by scaling and squaring a Taylor series. */
    static DenseMatrix propagator(DenseMatrix j, double h) {
        int m = j.numRows();
        double norm = j.norm(Matrix.Norm.One) * h;
        int squarings = Math.max(0, (int) Math.ceil(Math.log(norm / 0.25) / Math.log(2)));
        double step = -h / Math.pow(2, squarings);
        DenseMatrix sum = new DenseMatrix(m, m);
        DenseMatrix term = new DenseMatrix(m, m);
        for (int i = 0; i < m; i++) {
            sum.set(i, i, 1);
            term.set(i, i, 1);
        }
        DenseMatrix next = new DenseMatrix(m, m);
        for (int q = 1; q < 40; q++) {
            j.mult(step / q, term, next);
            DenseMatrix t = term;
            term = next;
            next = t;
            sum.add(term);
            if (term.norm(Matrix.Norm.One) < 1e-17 * sum.norm(Matrix.Norm.One)) {
                break;
            }
        }
        for (int s = 0; s < squarings; s++) {
            sum.mult(sum.copy(), next);
            DenseMatrix t = sum;
            sum = next;
            next = t;
        }
        return sum;
    }

    private InverseTheory theory(OpampSpec op) {
        return new InverseTheory(new InverseCircuit(a, new double[a.length], 1, op, 0));
    }
}
