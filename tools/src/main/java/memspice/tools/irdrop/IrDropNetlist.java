package memspice.tools.irdrop;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link CrossbarSystem}'s circuit, with driver resistance and one- or two-sided drive and
 * sense, as a standard-SPICE netlist (memspice and ngspice), for checking the in-memory solve.
 * Node names follow {@link memspice.tools.crossbar.CrossbarNetlist}: {@code r<i>_<j>}, {@code c<i>_<j>};
 * column currents are {@code i(vout<j>)} plus {@code i(vtop<j>)} with two-sided sense.
 */
public final class IrDropNetlist {

    private IrDropNetlist() {
    }

    /** Writes the array with row inputs x (V, DC) and the given analysis lines. */
    public static void write(CrossbarSystem s, double[] x, Writer out, String... analyses) throws IOException {
        write(s, s.conductances(), 0, x, out, analyses);
    }

    /**
     * Writes a sinh-cell array: each cell a behavioural current source
     * {@code I={G/b*sinh(b*V(r,c))}} (memspice and ngspice B-source syntax).
     */
    public static void write(SinhCrossbar s, double[] x, Writer out, String... analyses) throws IOException {
        write(s.system(), s.conductances(), s.nonlinearity(), x, out, analyses);
    }

    private static void write(CrossbarSystem s, double[][] g, double sinh, double[] x, Writer out, String... analyses)
            throws IOException {
        int n = s.rows();
        int m = s.columns();
        Wiring w = s.wiring();
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("* memspice irdrop array ").append(n).append(" x ").append(m).append('\n');
        for (int i = 0; i < n; i++) {
            b.append("vin").append(i).append(" in").append(i).append(" 0 dc ").append(num(x[i])).append('\n');
            driver(b, w, i, "l", "r" + i + "_0");
            if (w.twoSidedDrive()) {
                driver(b, w, i, "r", "r" + i + "_" + (m - 1));
            }
            for (int j = 0; j + 1 < m; j++) {
                b.append("rr").append(i).append('_').append(j).append(" r").append(i).append('_').append(j)
                        .append(" r").append(i).append('_').append(j + 1).append(' ').append(num(w.rowSegment())).append('\n');
            }
            for (int j = 0; j < m; j++) {
                String nodes = " r" + i + "_" + j + " c" + i + "_" + j;
                if (sinh > 0) {
                    b.append("bx").append(i).append('_').append(j).append(nodes).append(" i={")
                            .append(num(g[i][j] / sinh)).append("*sinh(").append(num(sinh)).append("*v(")
                            .append(nodes.trim().replace(' ', ',')).append("))}\n");
                } else {
                    b.append("rx").append(i).append('_').append(j).append(nodes).append(' ').append(num(1 / g[i][j]))
                            .append('\n');
                }
            }
            out.append(b);
            b.setLength(0);
        }
        for (int j = 0; j < m; j++) {
            for (int i = 0; i + 1 < n; i++) {
                b.append("rc").append(i).append('_').append(j).append(" c").append(i).append('_').append(j)
                        .append(" c").append(i + 1).append('_').append(j).append(' ').append(num(w.columnSegment())).append('\n');
            }
            b.append("rco").append(j).append(" c").append(n - 1).append('_').append(j).append(" out").append(j)
                    .append(' ').append(num(w.columnSegment())).append('\n');
            sense(b, w, "out", j);
            if (w.twoSidedSense()) {
                b.append("rct").append(j).append(" c0_").append(j).append(" top").append(j)
                        .append(' ').append(num(w.columnSegment())).append('\n');
                sense(b, w, "top", j);
            }
            out.append(b);
            b.setLength(0);
        }
        for (String a : analyses) {
            out.write(a + "\n");
        }
        out.write(".end\n");
    }

    /** The read-out at node {@code <end><j>}: a 0 V ammeter, behind its input resistance if any. */
    private static void sense(StringBuilder b, Wiring w, String end, int j) {
        String node = end + j;
        if (w.senseResistance() > 0) {
            b.append("rin").append(end).append(j).append(' ').append(node).append(" s").append(node).append(' ')
                    .append(num(w.senseResistance())).append('\n');
            node = "s" + node;
        }
        b.append("v").append(end).append(j).append(' ').append(node).append(" 0 dc 0\n");
    }

    private static void driver(StringBuilder b, Wiring w, int i, String side, String node) {
        String from = "in" + i;
        if (w.driverResistance() > 0) {
            String mid = "d" + side + i;
            b.append("rd").append(side).append(i).append(' ').append(from).append(' ').append(mid).append(' ')
                    .append(num(w.driverResistance())).append('\n');
            from = mid;
        }
        b.append("rs").append(side).append(i).append(' ').append(from).append(' ').append(node).append(' ')
                .append(num(w.rowSegment())).append('\n');
    }

    private static String num(double v) {
        return Double.toString(v).replace("E", "e");
    }
}
