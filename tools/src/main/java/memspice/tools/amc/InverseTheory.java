package memspice.tools.amc;

import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.DenseVector;
import no.uib.cipr.matrix.EVD;
import no.uib.cipr.matrix.NotConvergedException;

/**
 * The numbers the INV circuit should produce, computed with MTJ in the dimensionless units of the
 * matrix (conductances in G0, currents in G0 * 1 V, voltages in V; REFERENCE.md section 3):
 * <ul>
 * <li>the ideal answer V = -A^-1 b;</li>
 * <li>the finite-gain answer: op-amp i's row sits at -V_i/A0, so KCL at row i reads
 *     b_i + sum_j A+_ij V_j - k sum_j A-_ij V_j + D_i V_i / A0 = 0 with D_i the row sum of both arrays
 *     (A+ + A-) and k = A0/(A0 + 2) the gain magnitude of a unity-gain inverter (input and feedback
 *     resistor equal) built on the same op-amp; i.e. (A+ - k A- + D/A0) V = -b (k = 1 for ideal op-amps);</li>
 * <li>the associated matrix D^-1 (A+ - A-) whose eigenvalues decide stability and settling (Sun et al.,
 *     IEEE TED 67:2945, 2020): with single-pole op-amps dV/dt ~ -2 pi GBW D^-1 (G V + I), so every
 *     eigenvalue needs a positive real part, and tau = 1 / (2 pi GBW min Re lambda).</li>
 * </ul>
 */
public final class InverseTheory {

    private final InverseCircuit circuit;
    private final double[][] plus;
    private final double[][] minus;
    private final double[] rowSums;

    /** Splits the circuit's matrix into A+ and A-. */
    public InverseTheory(InverseCircuit circuit) {
        this.circuit = circuit;
        int n = circuit.size();
        plus = new double[n][n];
        minus = new double[n][n];
        rowSums = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = circuit.a()[i][j];
                if (v >= 0) {
                    plus[i][j] = v;
                } else {
                    minus[i][j] = -v;
                }
                rowSums[i] += Math.abs(v);
            }
        }
    }

    /** D_i: the row sums of A+ + A- (units of G0), the total conductance on row i. */
    public double[] rowSums() {
        return rowSums.clone();
    }

    /** -A^-1 b (V). */
    public double[] ideal() {
        return solve(system(OpampSpec.ideal()));
    }

    /** The solution of (A+ - k A- + D/A0) V = -b for the circuit's op-amps (V). */
    public double[] finiteGain() {
        return solve(system(circuit.opamp()));
    }

    /**
     * The relative residual of the finite-gain equation at V:
     * ||(A+ - k A- + D/A0) V + b||_inf / ||b||_inf.
     */
    public double finiteGainResidual(double[] v) {
        DenseMatrix m = system(circuit.opamp());
        DenseVector r = new DenseVector(circuit.b().clone());
        m.multAdd(new DenseVector(v.clone()), r);
        return r.norm(no.uib.cipr.matrix.Vector.Norm.Infinity) / normInf(circuit.b());
    }

    /**
     * The bound the finite-gain equation implies on the distance from the ideal answer: from
     * A V_fg + E V_fg = -b = A V_id with E = D/A0 + (1 - k) A-, ||V_fg - V_id||_inf <=
     * ||A^-1 E||_inf ||V_fg||_inf (relative to ||V_id||_inf after division). 0 for ideal op-amps.
     */
    public double idealDistanceBound() {
        OpampSpec op = circuit.opamp();
        if (op.isIdeal()) {
            return 0;
        }
        int n = circuit.size();
        double k = inverterGain(op);
        DenseMatrix e = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            e.set(i, i, rowSums[i] / op.a0());
            for (int j = 0; j < n; j++) {
                e.add(i, j, (1 - k) * minus[i][j]);
            }
        }
        DenseMatrix a = new DenseMatrix(circuit.a());
        DenseMatrix x = new DenseMatrix(n, n);
        a.copy().solve(e, x);
        return x.norm(no.uib.cipr.matrix.Matrix.Norm.Infinity) * normInf(finiteGain()) / normInf(ideal());
    }

    /**
     * Eigenvalues of D^-1 (A+ - A-), real parts in [0][k], imaginary parts in [1][k], sorted by
     * real part (ascending).
     *
     * @throws IllegalArgumentException when a row has no cell (D_i = 0: the row is floating)
     */
    public double[][] associatedEigenvalues() {
        int n = circuit.size();
        DenseMatrix m = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            if (rowSums[i] == 0) {
                throw new IllegalArgumentException("row " + (i + 1) + " of the matrix is all zero: op-amp "
                        + (i + 1) + "'s inverting input would have no cell (singular circuit)");
            }
            for (int j = 0; j < n; j++) {
                m.set(i, j, (plus[i][j] - minus[i][j]) / rowSums[i]);
            }
        }
        return sortedEigenvalues(m);
    }

    /**
     * Eigenvalues of the full linearised dynamics with single-pole op-amps, in units of 1/tp
     * (tp = A0/(2 pi GBW), the op-amp's pole time constant); real parts [0], imaginary [1], ascending
     * real part. States: the array op-amp outputs V and, for a mixed-sign matrix, the inverter outputs U.
     * Rows sit at v = D^-1 (b + A+ V + A- U) (unit G0, no input current), inverter inputs at (V + U)/2,
     * and tp dV/dt = -V - A0 v, tp dU/dt = -U - A0 (V + U)/2, so dx/dt = -J x / tp + c with
     * J = [[I + A0 D^-1 A+, A0 D^-1 A-], [A0/2 I, (1 + A0/2) I]]; stable iff every Re eig(J) > 0.
     * For a positive matrix J = I + A0 D^-1 A, the scaled associated matrix.
     *
     * @throws IllegalStateException for ideal op-amps (no dynamics)
     */
    public double[][] dynamicsEigenvalues() {
        OpampSpec op = circuit.opamp();
        if (op.isIdeal()) {
            throw new IllegalStateException("ideal op-amps have no dynamics");
        }
        int n = circuit.size();
        boolean mixed = circuit.mixedSign();
        int m = mixed ? 2 * n : n;
        DenseMatrix j = new DenseMatrix(m, m);
        double a0 = op.a0();
        for (int i = 0; i < n; i++) {
            j.add(i, i, 1);
            for (int k = 0; k < n; k++) {
                j.add(i, k, a0 * plus[i][k] / rowSums[i]);
                if (mixed) {
                    j.set(i, n + k, a0 * minus[i][k] / rowSums[i]);
                }
            }
            if (mixed) {
                j.set(n + i, i, a0 / 2);
                j.set(n + i, n + i, 1 + a0 / 2);
            }
        }
        return sortedEigenvalues(j);
    }

    /** tp = A0 / (2 pi GBW), the op-amp's dominant-pole time constant (s). */
    public double poleTime() {
        return circuit.opamp().a0() / (2 * Math.PI * circuit.opamp().gbw());
    }

    /** tau = 1 / (2 pi GBW lambda_min) in s, lambda_min the smallest real part of eig(D^-1 G). */
    public double timeConstant(double lambdaMin) {
        return 1 / (2 * Math.PI * circuit.opamp().gbw() * lambdaMin);
    }

    /** k = A0 / (A0 + 2): |gain| of the unity-gain inverter on a finite-gain op-amp (1 when ideal). */
    public static double inverterGain(OpampSpec op) {
        return op.isIdeal() ? 1 : op.a0() / (op.a0() + 2);
    }

    private DenseMatrix system(OpampSpec op) {
        int n = circuit.size();
        double k = inverterGain(op);
        DenseMatrix m = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, plus[i][j] - k * minus[i][j]);
            }
            if (!op.isIdeal()) {
                m.add(i, i, rowSums[i] / op.a0());
            }
        }
        return m;
    }

    private double[] solve(DenseMatrix m) {
        DenseVector rhs = new DenseVector(circuit.b().clone());
        rhs.scale(-1);
        DenseVector x = new DenseVector(circuit.size());
        m.copy().solve(rhs, x);
        return x.getData();
    }

    /** Eigenvalues of m sorted by real part (ascending): real parts [0], imaginary [1]. */
    static double[][] sortedEigenvalues(DenseMatrix m) {
        int n = m.numRows();
        try {
            EVD evd = EVD.factorize(m);
            double[] re = evd.getRealEigenvalues();
            double[] im = evd.getImaginaryEigenvalues();
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, (p, q) -> Double.compare(re[p], re[q]));
            double[][] out = new double[2][n];
            for (int k = 0; k < n; k++) {
                out[0][k] = re[order[k]];
                out[1][k] = im[order[k]];
            }
            return out;
        } catch (NotConvergedException e) {
            throw new IllegalStateException("eigenvalues did not converge: " + e.getMessage(), e);
        }
    }

    /** max_i |v_i|. */
    public static double normInf(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** ||x - y||_inf / ||y||_inf. */
    public static double relativeError(double[] x, double[] y) {
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d = Math.max(d, Math.abs(x[i] - y[i]));
        }
        return d / normInf(y);
    }
}
