package memspice.tools.amc;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import memspice.netlist.NetlistException;

/**
 * INV error versus wire resistance ({@code memspice amc wires}): one matrix from a
 * {@link ScalingFamilies} family and one right-hand side (answer scaled to ||V||_inf = 1 V, as in
 * {@link ScalingStudy}), simulated at the operating point for each wire resistance per segment,
 * with nullor and with macromodel op-amps. Each row holds the simulated error against the ideal
 * answer -A^-1 b, the wired-network model's error ({@link WiredTheory}, an independent nodal solve
 * of the same network), and the distance between the two.
 */
public final class WireStudy {

    /**
     * One simulated point.
     *
     * @param g0         conductance unit (S)
     * @param opamps     "ideal" or "A0=.. GBW=..Hz"
     * @param rwire      wire resistance per segment (ohm)
     * @param errorSim   ||V_sim - V_ideal||_inf / ||V_ideal||_inf
     * @param errorModel the same for the wired-network model's answer
     * @param simVsModel ||V_sim - V_model||_inf / ||V_model||_inf
     * @param lambdaMin  smallest real part of eig(M_V - M_U) (eig(D^-1 G) at 0 ohm)
     * @param wallSeconds wall time of the point (build, verdict, simulation, model)
     */
    public record Row(double g0, String opamps, double rwire, double errorSim, double errorModel, double simVsModel, double lambdaMin,
                      double wallSeconds) {
    }

    private WireStudy() {
    }

    /** The matrix the study uses: {@link ScalingFamilies#build} with these arguments. */
    public static double[][] matrix(String family, int n, long seed, double lambda) {
        return ScalingFamilies.build(family, n, seed, lambda);
    }

    /** The right-hand side: uniform (-1, 1) answer direction from Random(seed * 31 + n), scaled to ||A^-1 b||_inf = 1. */
    public static double[] rhs(double[][] a, long seed) {
        return ScalingStudy.rightHandSide(a, null, ScalingStudy.Rhs.RANDOM, new Random(seed * 31 + a.length));
    }

    /**
     * Runs every (op-amps, resistance) point.
     *
     * @param a      the matrix (dimensionless)
     * @param b      the right-hand side
     * @param g0     conductance unit (S)
     * @param ops    the op-amp choices, each run over every resistance
     * @param rwires wire resistances per segment (ohm, >= 0)
     * @param cwire  wire capacitance per segment (F; written into the decks, no effect on the operating point)
     */
    public static List<Row> run(double[][] a, double[] b, double g0, List<OpampSpec> ops, double[] rwires, double cwire)
            throws NetlistException {
        List<Row> rows = new ArrayList<>();
        for (OpampSpec op : ops) {
            for (double r : rwires) {
                long start = System.nanoTime();
                InverseCircuit c = new InverseCircuit(a, b, g0, op, 0, new Wires(r, cwire));
                InverseStudy.Result res = InverseStudy.run(c, false, 1e-3);
                double err = InverseTheory.relativeError(res.finiteGain(), res.ideal());
                rows.add(new Row(g0, label(op), r, res.errorVsIdeal(), err, res.errorVsFinite(), res.eigReal()[0],
                        (System.nanoTime() - start) * 1e-9));
            }
        }
        return rows;
    }

    /** "ideal" or "A0=1e5 GBW=16MHz"-style label of op-amps. */
    static String label(OpampSpec op) {
        return op.isIdeal() ? "ideal" : "A0=" + OpampSpec.num(op.a0()) + " GBW=" + OpampSpec.num(op.gbw()) + "Hz";
    }
}
