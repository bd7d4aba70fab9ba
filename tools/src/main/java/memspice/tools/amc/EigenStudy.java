package memspice.tools.amc;

import memspice.netlist.NetlistException;
import memspice.output.ResultTable;

/**
 * Judges and simulates an EGV circuit: the growth-rate verdict first (exactly one real growing mode),
 * then a transient from v = 0 kicked by the perturbation pulse, long enough that the dominant mode
 * outgrows the next by 1/band twice over; the normalised output direction is compared with the
 * dominant eigenvector (MTJ) and the measured growth rate with the predicted one.
 */
public final class EigenStudy {

    /**
     * @param lambda         dominant eigenvalue of A
     * @param eigenvector    its unit eigenvector (positive sum)
     * @param direction      the circuit's v(t_end), unit 2-norm, positive sum
     * @param directionError ||direction - eigenvector||_inf
     * @param mode           the growing mode of the linearised dynamics (v part, unit, positive sum)
     * @param modeError      ||direction - mode||_inf: how well the circuit follows its linearised dynamics
     * @param modeOffset     ||mode - eigenvector||_inf: the predicted error of the method at this G_lambda
     * @param growth         predicted growth rate sigma_1 (1/s)
     * @param next           real part of the next growth rate (1/s, negative)
     * @param measuredGrowth ln(|v(t_end)| / |v(t_end/2 + pulse/2)|) / elapsed, from the transient (1/s)
     * @param stop           simulated time (s)
     * @param netlist        the simulated deck
     */
    public record Result(double lambda, double[] eigenvector, double[] direction, double directionError, double[] mode,
                         double modeError, double modeOffset, double growth,
                         double next, double measuredGrowth, double stop, String netlist) {
    }

    private EigenStudy() {
    }

    /**
     * The growth-rate verdict: exactly one real mode grows.
     *
     * @return the growth rates (real [0], imaginary [1], descending real part, 1/s)
     * @throws IllegalArgumentException naming the rate when no mode, several modes or an oscillating mode would grow
     */
    static double[][] verdict(EigenCircuit c) {
        double[][] g = new EigenTheory(c).growthRates();
        if (!(g[0][0] > 0)) {
            throw new IllegalArgumentException("no mode grows: the largest growth rate is " + InverseStudy.complex(g[0][0], g[1][0])
                    + " /s (G_lambda at or above lambda_max G0); refusing to simulate");
        }
        if (g[1][0] != 0) {
            throw new IllegalArgumentException("the growing mode oscillates: growth rate " + InverseStudy.complex(g[0][0], g[1][0])
                    + " /s; refusing to simulate");
        }
        if (g[0][1] >= 0) {
            throw new IllegalArgumentException("several modes grow: the second growth rate is " + InverseStudy.complex(g[0][1], g[1][1])
                    + " /s (G_lambda below the second eigenvalue times G0); refusing to simulate");
        }
        return g;
    }


    /**
     * Runs the study; IllegalArgumentException when no mode, several modes or an oscillating mode
     * would grow, naming the rate.
     *
     * @param c    the circuit; its pulse length is replaced by 1 % of the settling horizon
     * @param band direction accuracy sought (sets the simulated time)
     */
    public static Result run(EigenCircuit c, double band) throws NetlistException {
        if (!c.opamp().hasPole()) {
            throw new IllegalArgumentException("the eigenvector circuit is judged by its transient: it needs op-amps with finite A0 and GBW");
        }
        if (c.rails().present()) {
            throw new IllegalArgumentException("with op-amp rails the outputs saturate: use EigenSaturation");
        }
        double[][] g = verdict(c);
        double s1 = g[0][0];
        double horizon = Math.log(1 / band) / (s1 - g[0][1]);
        double pulse = 0.01 * horizon;
        double stop = pulse + 2 * horizon;
        EigenCircuit sim = c.withPulse(pulse);
        String text = sim.netlist(".options reltol=1e-6",
                ".tran " + OpampSpec.num(stop / 2000) + " " + OpampSpec.num(stop) + " 0 " + OpampSpec.num(stop / 2000));
        ResultTable t = CircuitRun.run("amc-eigen.cir", text).table("tran");
        int n = c.a().length;
        int last = t.rowCount() - 1;
        double tMid = (stop + pulse) / 2;
        int mid = 0;
        int time = t.indexOf("time").orElseThrow();
        while (t.value(mid, time) < tMid) {
            mid++;
        }
        double[] v = new double[n];
        double endNorm = 0;
        double midNorm = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int col = t.indexOf("v(v" + (i + 1) + ")").orElseThrow();
            v[i] = t.value(last, col);
            endNorm += v[i] * v[i];
            midNorm += t.value(mid, col) * t.value(mid, col);
            sum += v[i];
        }
        double scale = Math.signum(sum == 0 ? 1 : sum) / Math.sqrt(endNorm);
        for (int i = 0; i < n; i++) {
            v[i] *= scale;
        }
        double measured = Math.log(Math.sqrt(endNorm / midNorm)) / (t.value(last, time) - t.value(mid, time));
        double[] dom = new EigenTheory(c).dominant();
        double[] x = java.util.Arrays.copyOfRange(dom, 1, n + 1);
        double err = 0;
        for (int i = 0; i < n; i++) {
            err = Math.max(err, Math.abs(v[i] - x[i]));
        }
        double[] mode = new EigenTheory(c).growingMode();
        return new Result(dom[0], x, v, err, mode, InverseTheory.relativeError(v, mode) * InverseTheory.normInf(mode),
                InverseTheory.relativeError(mode, x) * InverseTheory.normInf(x), s1, g[0][1], measured, stop, text);
    }
}
