package memspice.tools.amc;

import java.util.Random;

import memspice.netlist.NetlistException;

/**
 * One point of the INV settling-time scaling study: builds a family member (ScalingFamilies), the
 * right-hand side, judges stability and simulates the transient from zero through InverseStudy, and
 * sets the measured settling time beside the prediction tau ln(1/band), tau = 1/(2 pi GBW lambda_min)
 * (Sun et al., IEEE TED 67:2945, 2020; REFERENCE.md section 3), and beside the exact settling time of
 * the circuit's linear ODE from the same initial state (ScalingTheory), which accounts for how much of
 * the initial error the slowest mode carries.
 */
public final class ScalingStudy {

    /** Right-hand-side choices: random uniform (-1, 1), all ones, or the one whose answer is the slowest mode. */
    public enum Rhs { RANDOM, ONES, SLOWEST }

    /**
     * One row of the table. Times in s.
     *
     * @param family        the family name
     * @param n             N
     * @param lambdaMin     lambda_min(D^-1 G)
     * @param predicted     tau ln(1/band)
     * @param exact         exact settling time of the linear ODE from zero (current ramp included as a delay;
     *                      mixed families: {@link MixedScaling}, inverters included)
     * @param measured      settling time measured in the transient simulation
     * @param slowestWeight the slowest mode's share of the initial error, ||P_0 y_0||_inf / ||V||_inf (NaN for a mixed family)
     * @param error         relative error of the circuit's answer against -A^-1 b
     * @param wallSeconds   wall time of build, judgement and simulation
     * @param predictedDynamics tau_dyn ln(1/band) with tau_dyn the slowest time constant of the full linearised
     *                      dynamics (inverters included; about tau for a positive family)
     */
    public record Row(String family, int n, double lambdaMin, double predicted, double exact, double measured,
                      double slowestWeight, double error, double wallSeconds, double predictedDynamics) {

        /** measured / predicted. */
        public double ratio() {
            return measured / predicted;
        }

        /** measured / exact. */
        public double exactRatio() {
            return measured / exact;
        }
    }

    private ScalingStudy() {
    }

    /**
     * Runs one point.
     *
     * @param family  a ScalingFamilies name
     * @param n       N
     * @param seed    seed of the random families and the random right-hand side
     * @param lambda  the target lambda_min of the {@code fixed} family
     * @param rhs     the right-hand side choice; b is scaled so that ||A^-1 b||_inf = 1 (answers of 1 V)
     * @param op      op-amps with finite A0 and GBW
     * @param band    relative settling band
     */
    public static Row run(String family, int n, long seed, double lambda, Rhs rhs, OpampSpec op, double band, double g0)
            throws NetlistException {
        long start = System.nanoTime();
        double[][] a = ScalingFamilies.build(family, n, seed, lambda);
        boolean mixed = ScalingFamilies.MIXED.contains(family);
        ScalingTheory modes = mixed ? null : ScalingTheory.of(a);
        MixedScaling dyn = mixed ? MixedScaling.of(a) : null;
        double[] slowest = rhs != Rhs.SLOWEST ? null : mixed ? dyn.slowestVector() : modes.slowestVector();
        double[] b = rightHandSide(a, slowest, rhs, new Random(seed * 31 + n));
        InverseCircuit c = new InverseCircuit(a, b, g0, op, 0);
        InverseStudy.Result r = InverseStudy.run(c, true, band);
        double[] vInf = r.finiteGain();
        // InverseStudy steps the currents up over tau/1000 and runs to 4 max(tau, tau_dyn) ln(1/band);
        // a ramp of length T delays every slow mode's response by T/2.
        double stop = 4 * Math.max(r.tau(), r.dynamicsTau()) * Math.log(1 / band);
        double exact = (mixed ? dyn.exactSettling(vInf, op, band, stop, 4000) : modes.exactSettling(vInf, op, band, stop))
                + r.tau() / 2000;
        double wall = (System.nanoTime() - start) * 1e-9;
        return new Row(family, n, r.eigReal()[0], r.predictedSettle(), exact, r.settle(), mixed ? Double.NaN : modes.slowestWeight(vInf),
                r.errorVsIdeal(), wall, r.dynamicsTau() * Math.log(1 / band));
    }

    /** b with -A^-1 b = v, ||v||_inf = 1: v the slowest vector (given for SLOWEST), or from ones / uniform (-1, 1) draws. */
    static double[] rightHandSide(double[][] a, double[] slowestVector, Rhs rhs, Random rnd) {
        int n = a.length;
        double[] v;
        if (rhs == Rhs.SLOWEST) {
            v = slowestVector.clone();
        } else {
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = rhs == Rhs.ONES ? 1 : 2 * rnd.nextDouble() - 1;
            }
            v = new InverseTheory(new InverseCircuit(a, b, 1, OpampSpec.ideal(), 0)).ideal();
            double m = InverseTheory.normInf(v);
            for (int i = 0; i < n; i++) {
                v[i] /= m;
            }
        }
        // b = -A v, so that -A^-1 b = v with ||v||_inf = 1.
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] -= a[i][j] * v[j];
            }
        }
        return b;
    }
}
