package memspice.tools.amc;

import java.util.ArrayList;
import java.util.List;

import memspice.netlist.NetlistException;

/**
 * Judges and simulates a regression circuit: stability verdict first (eig of D2^-1 X^T X and, with
 * single-pole op-amps, of the full linearised dynamics), then .op (and optionally .tran from zero)
 * compared with {@link RegressTheory}.
 */
public final class RegressStudy {

    /**
     * @param circuitW      v(w_j) at the operating point (V)
     * @param ideal         -(X^T X)^-1 X^T y
     * @param finiteGain    the finite-gain KCL answer
     * @param errorVsIdeal  ||w - w_ideal||_inf / ||w_ideal||_inf
     * @param errorVsFinite ||w - w_fg||_inf / ||w_fg||_inf
     * @param eigReal       real parts of eig(D2^-1 X^T X), ascending
     * @param dynamicsTau   tp / min Re eig(J), s; NaN without a pole
     * @param settle        settling time of w to the band (s), NaN when not run
     * @param netlist       the simulated deck
     */
    public record Result(double[] circuitW, double[] ideal, double[] finiteGain, double errorVsIdeal,
                         double errorVsFinite, double[] eigReal, double dynamicsTau, double settle, String netlist) {
    }

    private RegressStudy() {
    }

    /** Runs the study; throws IllegalArgumentException for an unstable or rank-deficient configuration. */
    public static Result run(RegressCircuit c, boolean tran, double band) throws NetlistException {
        RegressTheory theory = new RegressTheory(c);
        double[][] eig = theory.associatedEigenvalues();
        double max = eig[0][eig[0].length - 1];
        // X^T X is symmetric positive semi-definite: a smallest eigenvalue at round-off level means rank deficiency.
        if (!(eig[0][0] > 1e-12 * max)) {
            throw new IllegalArgumentException("unstable circuit: eigenvalue " + InverseStudy.complex(eig[0][0], eig[1][0])
                    + " of D2^-1 X^T X is not positive (X lacks full column rank); refusing to simulate");
        }
        boolean pole = c.opamp().hasPole();
        double dynTau = Double.NaN;
        if (pole) {
            double[][] dyn = theory.dynamicsEigenvalues();
            if (!(dyn[0][0] > 0)) {
                throw new IllegalArgumentException("unstable circuit: the linearised dynamics have the eigenvalue "
                        + InverseStudy.complex(-dyn[0][0], -dyn[1][0]) + " x 2 pi GBW/A0 with real part >= 0; refusing to simulate");
            }
            dynTau = theory.poleTime() / dyn[0][0];
        } else if (tran) {
            throw new IllegalArgumentException("--tran needs op-amps with finite A0 and GBW (an ideal nullor has no dynamics)");
        }
        List<String> cards = new ArrayList<>();
        cards.add(".op");
        if (tran) {
            double stop = 4 * dynTau * Math.log(1 / band);
            cards.add(".options reltol=1e-6");
            cards.add(".tran " + OpampSpec.num(stop / 2000) + " " + OpampSpec.num(stop) + " 0 " + OpampSpec.num(stop / 2000));
        }
        RegressCircuit sim = tran ? new RegressCircuit(c.x(), c.y(), c.g0(), c.opamp(), c.slow(), dynTau / 1000) : c;
        String text = sim.netlist(cards.toArray(String[]::new));
        CircuitRun run = CircuitRun.run("amc-regress.cir", text);
        int m = c.x()[0].length;
        double[] w = new double[m];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            names.add("v(w" + (j + 1) + ")");
            w[j] = run.op(names.get(j));
        }
        double[] ideal = theory.ideal();
        double[] fg = theory.finiteGain();
        double settle = tran ? Settling.time(run.table("tran"), names, w, band) : Double.NaN;
        return new Result(w, ideal, fg, InverseTheory.relativeError(w, ideal), InverseTheory.relativeError(w, fg), eig[0],
                dynTau, settle, text);
    }
}
