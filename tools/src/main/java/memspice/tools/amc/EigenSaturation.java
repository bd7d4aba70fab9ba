package memspice.tools.amc;

import memspice.netlist.NetlistException;
import memspice.output.ResultTable;
import no.uib.cipr.matrix.DenseMatrix;
import no.uib.cipr.matrix.DenseVector;

/**
 * The EGV circuit with output rails ({@link Rails}): the dominant mode grows from the kick until the
 * op-amps reach their rails, and the outputs settle there, as in Sun et al., PNAS 116:4123 (2019)
 * (REFERENCE.md section 3), where the answer is read from the saturated outputs after normalising.
 *
 * <p>Prediction: with ideal (infinite-gain) op-amps and hard rails, a settled state is a fixed point
 * v = clip(A v / gl) (gl = G_lambda/G0; the TIA's output u = -(A v)/gl lies in [VOL, VOH] and the
 * inverter's -u as well, so v is clipped to [max(VOL, -VOH), min(VOH, -VOL)]). The growing mode
 * overshoots every component by 1/F (A x = lambda x, gl = F lambda), so the largest components are
 * held at the rail (set S) and the others satisfy the linear equations (gl I - A_FF) v_F = A_FS v_S.
 * That state is reached by iterating the map from the eigenvector (it increases monotonically for
 * a non-negative A) and polished by the direct solve. Its direction differs from the eigenvector's
 * by O(1 - F): the clipping is the method's error at the rails.
 */
public final class EigenSaturation {

    /**
     * @param eigenvector     the dominant eigenvector of A (unit 2-norm, positive sum)
     * @param output          the circuit's outputs v at the end of the transient (V)
     * @param direction       output normalised to unit 2-norm with a positive sum
     * @param directionError  ||direction - eigenvector||_inf
     * @param predicted       the hard-rail fixed point (V)
     * @param predictedError  ||output - predicted||_inf / ||predicted||_inf
     * @param predictedDirectionError ||unit(predicted) - eigenvector||_inf: the error the rails themselves imply
     * @param saturated       number of outputs held at a rail in the prediction
     * @param drift           max_j |v_j(end) - v_j(0.9 end)| / max|v(end)|: how settled the outputs are
     * @param stop            simulated time (s)
     * @param netlist         the simulated deck
     */
    public record Result(double[] eigenvector, double[] output, double[] direction, double directionError, double[] predicted,
                         double predictedError, double predictedDirectionError, int saturated, double drift, double stop,
                         String netlist) {
    }

    /** Settled: the outputs move less than this fraction of max|v| over the last 10 % of the run. */
    static final double DRIFT = 1e-6;

    private EigenSaturation() {
    }

    /**
     * Runs the transient through growth and saturation.
     *
     * @param c    the circuit with rails; its pulse length is replaced (1 % of the growth horizon)
     * @param band direction accuracy of the linear growth phase (sets the horizon, as {@link EigenStudy})
     * @throws IllegalArgumentException without rails, without a pole, or when not exactly one real mode grows
     */
    public static Result run(EigenCircuit c, double band) throws NetlistException {
        if (!c.rails().present()) {
            throw new IllegalArgumentException("the saturating eigenvector circuit needs op-amp rails (--rails VOL,VOH)");
        }
        if (!c.opamp().hasPole()) {
            throw new IllegalArgumentException("the eigenvector circuit is judged by its transient: it needs op-amps with finite A0 and GBW");
        }
        double[][] g = EigenStudy.verdict(c);
        double s1 = g[0][0];
        double horizon = Math.log(1 / band) / (s1 - g[0][1]);
        double[] dom = new EigenTheory(c).dominant();
        double hi = Math.min(c.rails().voh(), -c.rails().vol());
        // First guess of the growth time to the rail from outputs ~ eps / lambda V after the kick; the kick
        // is short against the op-amps, so the outputs start lower: while the end is still far below the rail
        // (linear growth), the run is repeated with the remaining growth time ln(rail / |v|) / sigma_1 added;
        // then the time after saturation is doubled until the outputs have settled (DRIFT).
        double rise = Math.log(Math.max(2, hi * dom[0] / c.eps())) / s1;
        double pulse = 0.01 * horizon;
        int n = c.a().length;
        double[] v = new double[n];
        double drift = 0;
        double stop = 0;
        String text = null;
        double settle = 2 * horizon;
        for (int attempt = 0; attempt < 14; attempt++) {
            stop = pulse + rise + settle;
            text = c.withPulse(pulse).netlist(".options reltol=1e-6",
                    ".tran " + OpampSpec.num(stop / 4000) + " " + OpampSpec.num(stop) + " 0 " + OpampSpec.num(stop / 4000));
            ResultTable t = CircuitRun.run("amc-eigen-rails.cir", text).table("tran");
            int time = t.indexOf("time").orElseThrow();
            int last = t.rowCount() - 1;
            int early = last;
            while (early > 0 && t.value(early, time) > 0.9 * t.value(last, time)) {
                early--;
            }
            drift = 0;
            for (int i = 0; i < n; i++) {
                int col = t.indexOf("v(v" + (i + 1) + ")").orElseThrow();
                v[i] = t.value(last, col);
                drift = Math.max(drift, Math.abs(v[i] - t.value(early, col)));
            }
            double peak = InverseTheory.normInf(v);
            drift /= peak;
            if (peak < 0.5 * hi) {
                rise += Math.log(hi / peak) / s1 + horizon;
            } else if (drift > DRIFT) {
                settle *= 2;
            } else {
                break;
            }
        }
        if (drift > DRIFT) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                    "the saturated outputs did not settle: drift %.3g over the last 10 %% of %.4g s", drift, stop));
        }
        double[] x = java.util.Arrays.copyOfRange(dom, 1, n + 1);
        double[] dir = unit(v);
        double[] fixed = fixedPoint(c, x, Math.signum(sum(v)) < 0 ? -1 : 1);
        int sat = 0;
        for (double f : fixed) {
            sat += Math.abs(f) >= (f > 0 ? hi : -Math.max(c.rails().vol(), -c.rails().voh())) * (1 - 1e-12) ? 1 : 0;
        }
        return new Result(x, v, dir, distance(dir, x), fixed, InverseTheory.relativeError(v, fixed), distance(unit(fixed), x), sat,
                drift, stop, text);
    }

    /**
     * The hard-rail fixed point v = clip(A v / gl) reached from {@code sign} times the eigenvector x.
     *
     * @throws IllegalStateException when the iteration does not settle
     */
    static double[] fixedPoint(EigenCircuit c, double[] x, double sign) {
        int n = x.length;
        double[][] a = c.a();
        double gl = c.gLambda() / c.g0();
        double hi = Math.min(c.rails().voh(), -c.rails().vol());
        double lo = Math.max(c.rails().vol(), -c.rails().voh());
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = sign * 1e-3 * hi * x[i];
        }
        double[] next = new double[n];
        for (int it = 0; it < 1_000_000; it++) {
            double change = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * v[j];
                }
                next[i] = Math.max(lo, Math.min(hi, s / gl));
                change = Math.max(change, Math.abs(next[i] - v[i]));
            }
            System.arraycopy(next, 0, v, 0, n);
            if (change < 1e-9 * hi && it > 10) {
                return polish(a, gl, v, lo, hi);
            }
        }
        throw new IllegalStateException("the hard-rail fixed point iteration did not settle");
    }

    /** Solves (gl I - A_FF) v_F = A_FS v_S exactly for the free set of v; keeps v if the result leaves the rails. */
    private static double[] polish(double[][] a, double gl, double[] v, double lo, double hi) {
        int n = v.length;
        int[] free = java.util.stream.IntStream.range(0, n).filter(i -> v[i] > lo && v[i] < hi).toArray();
        if (free.length == 0) {
            return v;
        }
        DenseMatrix m = new DenseMatrix(free.length, free.length);
        DenseVector r = new DenseVector(free.length);
        for (int p = 0; p < free.length; p++) {
            m.set(p, p, gl);
            for (int j = 0; j < n; j++) {
                int q = java.util.Arrays.binarySearch(free, j);
                if (q >= 0) {
                    m.add(p, q, -a[free[p]][j]);
                } else {
                    r.add(p, a[free[p]][j] * v[j]);
                }
            }
        }
        DenseVector y = new DenseVector(free.length);
        m.solve(r, y);
        double[] out = v.clone();
        for (int p = 0; p < free.length; p++) {
            if (!(y.get(p) > lo && y.get(p) < hi)) {
                return v;
            }
            out[free[p]] = y.get(p);
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double[] unit(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        double scale = (sum(v) < 0 ? -1 : 1) / Math.sqrt(norm);
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * scale;
        }
        return u;
    }

    private static double distance(double[] p, double[] q) {
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            d = Math.max(d, Math.abs(p[i] - q[i]));
        }
        return d;
    }
}
