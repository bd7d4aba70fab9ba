package memspice.tools.amc;

import java.util.ArrayList;
import java.util.List;

import memspice.netlist.NetlistException;

/**
 * Builds, judges and simulates an INV circuit: the stability verdict from eig(D^-1 G) before any
 * simulation, then the operating point (and optionally a transient from the all-zero state for
 * the settling time), compared with the MTJ answers of {@link InverseTheory}.
 */
public final class InverseStudy {

    /**
     * What a run found. Voltages in V, times in s, power in W.
     *
     * @param circuitV        the op-amp outputs v(c_j) at the operating point
     * @param ideal           -A^-1 b of the target matrix A
     * @param programmed      -A_cell^-1 b of the matrix the cells hold (= ideal unless programmed cells differ)
     * @param finiteGain      the circuit's exact answer: the finite-gain equation, with the wires' network when they have resistance
     * @param errorVsIdeal    ||V - V_ideal||_inf / ||V_ideal||_inf
     * @param errorVsProgrammed ||V - programmed||_inf / ||programmed||_inf
     * @param errorVsFinite   ||V - V_fg||_inf / ||V_fg||_inf
     * @param residual        relative residual of the finite-gain equation at the circuit's V
     * @param bound           the bound on ||V_fg - V_ideal|| / ||V_ideal|| the finite-gain equation implies (no wires, unprogrammed; NaN otherwise)
     * @param eigReal         real parts of eig(D^-1 G) (with wire resistance: of M_V - M_U, {@link WiredTheory}), ascending
     * @param eigImag         their imaginary parts
     * @param tau             1/(2 pi GBW lambda_min), NaN without an op-amp pole
     * @param dynamicsTau     tp / min Re eig(J) of the full linearised dynamics (inverters included), NaN without a pole
     * @param predictedSettle tau ln(1/band), NaN without a pole
     * @param settle          settling time measured in the transient, NaN when not run
     * @param power           power dissipated in all resistors at the operating point
     * @param netlist         the netlist text that was simulated
     * @param simulated       the circuit that was simulated (with the transient's current ramp)
     * @param cards           its analysis cards, for writing the same deck for ngspice
     */
    public record Result(double[] circuitV, double[] ideal, double[] programmed, double[] finiteGain, double errorVsIdeal,
                         double errorVsProgrammed, double errorVsFinite, double residual, double bound, double[] eigReal, double[] eigImag,
                         double tau, double dynamicsTau, double predictedSettle, double settle, double power, String netlist,
                         InverseCircuit simulated, List<String> cards) {
    }

    private InverseStudy() {
    }

    /**
     * The stability verdict: every eigenvalue of D^-1 (A+ - A-) must have a positive real part.
     *
     * @return the eigenvalues (real parts [0], imaginary [1], ascending real part)
     * @throws IllegalArgumentException naming the offending eigenvalue when the circuit is unstable
     */
    public static double[][] checkStable(InverseCircuit c) {
        WiredTheory wired = c.wires().resistive() ? new WiredTheory(c) : null;
        String what = wired == null ? "D^-1 G" : "the wired associated matrix M_V - M_U";
        double[][] eig = wired == null ? new InverseTheory(c).associatedEigenvalues() : wired.associatedEigenvalues();
        double scale = 0;
        for (int k = 0; k < eig[0].length; k++) {
            scale = Math.max(scale, Math.hypot(eig[0][k], eig[1][k]));
        }
        for (int k = 0; k < eig[0].length; k++) {
            if (Math.abs(eig[0][k]) <= 1e-12 * scale && eig[1][k] == 0) {
                throw new IllegalArgumentException("singular matrix: eigenvalue " + complex(eig[0][k], eig[1][k])
                        + " of " + what + " is zero to round-off (A has no inverse); refusing to simulate");
            }
            if (!(eig[0][k] > 0)) {
                throw new IllegalArgumentException("unstable circuit: eigenvalue " + complex(eig[0][k], eig[1][k])
                        + " of " + what + " has real part <= 0 (every eigenvalue needs a positive real part; Sun et al., "
                        + "IEEE TED 67:2945, 2020); refusing to simulate");
            }
        }
        if (c.opamp().hasPole()) {
            double[][] dyn = wired == null ? new InverseTheory(c).dynamicsEigenvalues() : wired.dynamicsEigenvalues();
            if (!(dyn[0][0] > 0)) {
                throw new IllegalArgumentException("unstable circuit: the linearised dynamics with single-pole op-amps "
                        + "(inverters included" + (wired == null ? "" : ", wire resistance included") + ") have the eigenvalue " + complex(-dyn[0][0], -dyn[1][0]) + " x 2 pi GBW/A0 "
                        + "with real part >= 0; refusing to simulate");
            }
        }
        if (c.opamp().hasPole() && c.wires().c() > 0 && WiredDynamics.states(c) <= WiredDynamics.MAX_STATES) {
            double[][] full = WiredDynamics.eigenvalues(c);
            if (!(full[0][0] > 0)) {
                throw new IllegalArgumentException("unstable circuit: the full linearisation with wire capacitance has a mode "
                        + "growing at " + complex(-full[0][0], -full[1][0]) + " /s (real part >= 0); refusing to simulate");
            }
        }
        return eig;
    }

    /** Runs the study with the circuit's own matrix as the target (see {@link #run(InverseCircuit, double[][], boolean, double)}). */
    public static Result run(InverseCircuit base, boolean tran, double band) throws NetlistException {
        return run(base, base.a(), tran, band);
    }

    /**
     * Runs the study.
     *
     * @param base   the circuit (its riseTime is ignored; the transient deck gets its own)
     * @param target the matrix A the circuit should invert (the cells may hold a programmed approximation)
     * @param tran   also run a transient from zero and measure the settling time (needs a pole)
     * @param band   relative settling band
     * @throws IllegalArgumentException for an unstable circuit or a transient without op-amp pole
     */
    public static Result run(InverseCircuit base, double[][] target, boolean tran, double band) throws NetlistException {
        double[][] eig = checkStable(base);
        InverseTheory theory = new InverseTheory(base);
        WiredTheory wired = base.wires().resistive() ? new WiredTheory(base) : null;
        boolean pole = base.opamp().hasPole();
        if (tran && !pole) {
            throw new IllegalArgumentException("--tran needs op-amps with finite A0 and GBW (an ideal nullor has no dynamics)");
        }
        double tau = pole ? theory.timeConstant(eig[0][0]) : Double.NaN;
        double dynamicsTau = pole ? theory.poleTime() / (wired == null ? theory.dynamicsEigenvalues() : wired.dynamicsEigenvalues())[0][0]
                : Double.NaN;
        double predicted = tau * Math.log(1 / band);
        InverseCircuit c = base;
        List<String> cards = new ArrayList<>();
        cards.add(".op");
        if (tran) {
            double slowest = Math.max(Math.max(tau, dynamicsTau), WiredTheory.wireDelay(base));
            double stop = 4 * slowest * Math.log(1 / band);
            c = base.withRiseTime(tau / 1000);
            cards.add(".options reltol=1e-6");
            cards.add(".tran " + OpampSpec.num(stop / 2000) + " " + OpampSpec.num(stop) + " 0 " + OpampSpec.num(stop / 2000));
        }
        String text = c.netlist(cards.toArray(String[]::new));
        CircuitRun run = CircuitRun.run("amc-inverse.cir", text);
        int n = c.size();
        double[] v = new double[n];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            names.add("v(" + InverseCircuit.column(j) + ")");
            v[j] = run.op(names.get(j));
        }
        double[] ideal = new InverseTheory(new InverseCircuit(target, base.b(), base.g0(), base.opamp(), 0)).ideal();
        double[] programmed = theory.ideal();
        double[] fg = wired == null ? theory.finiteGain() : wired.finiteGain();
        double residual = wired == null ? theory.finiteGainResidual(v) : wired.finiteGainResidual(v);
        boolean plain = wired == null && java.util.Arrays.deepEquals(target, base.a());
        double settle = tran ? Settling.time(run.table("tran"), names, v, band) : Double.NaN;
        return new Result(v, ideal, programmed, fg, InverseTheory.relativeError(v, ideal), InverseTheory.relativeError(v, programmed),
                InverseTheory.relativeError(v, fg), residual, plain ? theory.idealDistanceBound() : Double.NaN, eig[0], eig[1], tau,
                dynamicsTau, pole ? predicted : Double.NaN, settle, power(c, run), text, c, List.copyOf(cards));
    }

    /** Power dissipated in every resistor of the circuit (cells, wires, inverters) at the operating point (W). */
    static double power(InverseCircuit c, CircuitRun run) {
        int n = c.size();
        double p = 0;
        for (InverseArray.Element e : InverseArray.elements(c)) {
            if (!e.capacitor()) {
                double dv = run.op("v(" + e.n1() + ")") - run.op("v(" + e.n2() + ")");
                p += dv * dv / e.value();
            }
        }
        if (c.mixedSign()) {
            for (int j = 0; j < n; j++) {
                double s = run.op("v(s" + (j + 1) + ")");
                double d1 = run.op("v(" + InverseCircuit.column(j) + ")") - s;
                double d2 = s - run.op("v(" + InverseCircuit.inverted(j) + ")");
                p += c.g0() * (d1 * d1 + d2 * d2);
            }
        }
        return p;
    }

    /** a + bi, or a when b = 0. */
    static String complex(double re, double im) {
        if (im == 0) {
            return String.format(java.util.Locale.ROOT, "%.6g", re);
        }
        return String.format(java.util.Locale.ROOT, "%.6g%+.6gi", re, im);
    }
}
