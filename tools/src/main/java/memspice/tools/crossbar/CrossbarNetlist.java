package memspice.tools.crossbar;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link CrossbarSpec} as a standard-SPICE netlist that memspice and ngspice both run.
 * Numbers are written with 17 significant digits so both read the exact same values.
 */
public final class CrossbarNetlist {

    private CrossbarNetlist() {
    }

    /**
     * @param analyses directive lines to append (e.g. ".op"), one per line
     */
    public static void write(CrossbarSpec s, Writer out, String... analyses) throws IOException {
        int n = s.rows();
        int m = s.columns();
        out.write("* memspice crossbar " + n + " x " + m + ", row segment " + num(s.rowSegment())
                + " ohm, column segment " + num(s.columnSegment()) + " ohm\n");
        StringBuilder b = new StringBuilder(1 << 16);
        for (int i = 0; i < n; i++) {
            b.append("vin").append(i).append(" in").append(i).append(" 0 dc ").append(num(s.inputs()[i])).append('\n');
            b.append("rri").append(i).append(" in").append(i).append(" r").append(i).append("_0 ")
                    .append(num(s.rowSegment())).append('\n');
            for (int j = 0; j + 1 < m; j++) {
                b.append("rr").append(i).append('_').append(j).append(" r").append(i).append('_').append(j)
                        .append(" r").append(i).append('_').append(j + 1).append(' ').append(num(s.rowSegment())).append('\n');
            }
            flush(b, out);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                b.append("rx").append(i).append('_').append(j).append(" r").append(i).append('_').append(j)
                        .append(" c").append(i).append('_').append(j).append(' ')
                        .append(num(1.0 / s.conductance()[i][j])).append('\n');
            }
            flush(b, out);
        }
        for (int j = 0; j < m; j++) {
            for (int i = 0; i + 1 < n; i++) {
                b.append("rc").append(i).append('_').append(j).append(" c").append(i).append('_').append(j)
                        .append(" c").append(i + 1).append('_').append(j).append(' ').append(num(s.columnSegment())).append('\n');
            }
            b.append("rco").append(j).append(" c").append(n - 1).append('_').append(j).append(" out").append(j)
                    .append(' ').append(num(s.columnSegment())).append('\n');
            b.append("vout").append(j).append(" out").append(j).append(" 0 dc 0\n");
            flush(b, out);
        }
        for (String a : analyses) {
            out.write(a + "\n");
        }
        out.write(".end\n");
    }

    private static void flush(StringBuilder b, Writer out) throws IOException {
        out.append(b);
        b.setLength(0);
    }

    /** Shortest text that reads back as the same double. */
    static String num(double v) {
        return Double.toString(v).replace("E", "e");
    }
}
