package memspice.tools.crossbar;

import static memspice.tools.crossbar.CrossbarNetlist.num;

import java.nio.file.Path;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.NetlistParser;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * Programs YMEMRISTOR cells of any model of the device library to given read conductances: for
 * each cell the state xo in [lo, hi] at which the device conducts I(vread, xo) / vread = G.
 *
 * <p>Method: bisection on xo, all cells at once. Each round writes one calibration netlist with
 * every cell's device at its current midpoint state, alone across the read source behind its own
 * 0 V ammeter, and solves its operating point with memspice (states are held in .op, so this is
 * the device's static I-V at that state). Rounds continue until every cell's conductance is within
 * {@link #TOLERANCE} of its target (or 160 rounds, when the bracket has reached the double
 * resolution of the state; the result is then the best state there is). The conductance must be monotonic in the state over [lo, hi] (true of
 * every model's resistance law between its on and off bounds); a G outside [G(lo), G(hi)] is refused.
 */
public final class MemristorProgrammer {

    private static final int ROUNDS = 160;

    /** Relative conductance error at which a cell's bisection stops. */
    public static final double TOLERANCE = 1e-13;

    private MemristorProgrammer() {
    }

    /**
     * @param card  parameters of the {@code .model mcell memristor} card, e.g. "level=2 xscaling=1e9"
     * @param vread read voltage (V), non-zero
     * @param lo    lowest state to search, {@code hi} the highest (state units of the model)
     * @param g     target conductances (S), [rows][cols]
     * @return the states, [rows][cols]
     * @throws IllegalArgumentException for a conductance the state range does not reach, or a card
     *                                  memspice rejects (its message)
     */
    public static double[][] states(String card, double vread, double lo, double hi, double[][] g) {
        if (!(hi > lo) || vread == 0 || !Double.isFinite(vread)) {
            throw new IllegalArgumentException("programming needs a state range lo < hi and a non-zero read voltage");
        }
        int n = g.length;
        int m = g[0].length;
        double[] ends = conductances(card, vread, new double[] {lo, hi});
        boolean rising = ends[1] > ends[0];
        double gLo = Math.min(ends[0], ends[1]);
        double gHi = Math.max(ends[0], ends[1]);
        double[] a = new double[n * m];
        double[] b = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (!(g[i][j] >= gLo && g[i][j] <= gHi)) {
                    throw new IllegalArgumentException("cell (" + i + ", " + j + "): " + num(g[i][j]) + " S is outside the "
                            + num(gLo) + " .. " + num(gHi) + " S the model conducts at " + num(vread) + " V over states "
                            + num(lo) + " .. " + num(hi) + " (--xrange)");
                }
                a[i * m + j] = lo;
                b[i * m + j] = hi;
            }
        }
        double[] mid = new double[n * m];
        double[][] x = new double[n][m];
        boolean[] done = new boolean[n * m];
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < mid.length; k++) {
                mid[k] = 0.5 * (a[k] + b[k]);
            }
            double[] gm = conductances(card, vread, mid);
            boolean all = true;
            for (int k = 0; k < mid.length; k++) {
                double target = g[k / m][k % m];
                if (!done[k]) {
                    x[k / m][k % m] = mid[k];
                    done[k] = Math.abs(gm[k] - target) <= TOLERANCE * target;
                }
                all &= done[k];
                if ((gm[k] < target) == rising) {
                    a[k] = mid[k];
                } else {
                    b[k] = mid[k];
                }
            }
            if (all) {
                break;
            }
        }
        return x;
    }

    /** The read conductance I / vread (S) of the model at each state. */
    public static double[] conductances(String card, double vread, double[] states) {
        StringBuilder b = new StringBuilder("* memristor programming\n");
        b.append("vr a 0 dc ").append(num(vread)).append('\n');
        b.append(".model mcell memristor ").append(card).append('\n');
        for (int k = 0; k < states.length; k++) {
            b.append("vk").append(k).append(" a a").append(k).append(" dc 0\n");
            b.append("ymemristor k").append(k).append(" a").append(k).append(" 0 mcell xo=").append(num(states[k]))
                    .append('\n');
        }
        b.append(".options reltol=1e-12 abstol=1e-18\n.op\n.end\n");
        try {
            Netlist net = NetlistParser.parse(Path.of("program.cir"), DeckReader.read("program.cir", b.toString()));
            TableSink sink = new TableSink();
            Simulator.Report r = Simulator.run(net, sink, new RunStatistics());
            if (!r.succeeded()) {
                throw new IllegalArgumentException("memristor programming: operating point failed: " + r.failures());
            }
            ResultTable op = sink.first("op");
            double[] g = new double[states.length];
            for (int k = 0; k < states.length; k++) {
                int col = op.indexOf("i(vk" + k + ")").orElseThrow();
                g[k] = op.value(0, col) / vread;
            }
            return g;
        } catch (NetlistException e) {
            throw new IllegalArgumentException("memristor model card '" + card + "': " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an in-memory result table cannot fail to write", e);
        }
    }
}
