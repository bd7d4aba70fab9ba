package memspice.tools.crossbar;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link CrossbarSpec} as a standard-SPICE netlist that memspice and ngspice both run.
 * Numbers are written in shortest round-trip form so both read the exact same values. Column
 * read-out currents are {@code i(vout<j>)} (virtual ground) or the TIA outputs {@code v(tia<j>)};
 * sampled columns are {@code v(out<j>)} with {@code .measure} results {@code vs<k>}; column pairs add
 * the difference nodes {@code d<k>} ({@link Layout}, {@link Periphery}).
 */
public final class CrossbarNetlist {

    private CrossbarNetlist() {
    }

    /**
     * @param analyses directive lines to append (e.g. ".op"), one per line
     */
    public static void write(CrossbarSpec s, Writer out, String... analyses) throws IOException {
        write(s, CrossbarCell.resistor(), out, analyses);
    }

    /**
     * Writes the array with the given cell type ({@link CrossbarCell}); resistor cells give exactly
     * the text of {@link #write(CrossbarSpec, Writer, String...)}.
     *
     * @param analyses directive lines to append (e.g. ".op"), one per line
     */
    public static void write(CrossbarSpec s, CrossbarCell cell, Writer out, String... analyses) throws IOException {
        int n = s.rows();
        int m = s.columns();
        CrossbarSpec.Wires w = s.wires();
        out.write("* memspice crossbar " + n + " x " + m + ", row segment " + num(w.rowResistance())
                + " ohm, column segment " + num(w.columnResistance()) + " ohm\n");
        if (s.readout().tia()) {
            writeTia(s.readout(), out);
        }
        CellWriter.preamble(cell, n, out);
        if (s.readout().sampled()) {
            Periphery.samplePreamble(s.readout(), out);
        }
        StringBuilder b = new StringBuilder(1 << 16);
        if (s.layout().pairing() == Layout.Pairing.TWO_T_TWO_R && cell.type() != CrossbarCell.Type.ONE_T_ONE_R) {
            throw new IllegalArgumentException("2t2r pairs need 1t1r cells (--cell 1t1r)");
        }
        for (int i = 0; i < n; i++) {
            b.append("vin").append(i).append(" in").append(i).append(" 0 ").append(source(s, s.rowAmplitude(i))).append('\n');
            if (s.layout().plainDrive()) {
                b.append("rri").append(i).append(" in").append(i).append(" r").append(i).append("_0 ")
                        .append(num(w.rowResistance())).append('\n');
            } else {
                Periphery.driver(s, i, "l", "r" + i + "_0", b);
                if (s.layout().bothEnds()) {
                    Periphery.driver(s, i, "r", "r" + i + "_" + (m - 1), b);
                }
            }
            for (int j = 0; j + 1 < m; j++) {
                b.append("rr").append(i).append('_').append(j).append(" r").append(i).append('_').append(j)
                        .append(" r").append(i).append('_').append(j + 1).append(' ').append(num(w.rowResistance())).append('\n');
            }
            if (w.rowCapacitance() > 0) {
                for (int j = 0; j < m; j++) {
                    b.append("cr").append(i).append('_').append(j).append(" r").append(i).append('_').append(j)
                            .append(" 0 ").append(num(w.rowCapacitance())).append('\n');
                }
            }
            flush(b, out);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                CellWriter.cell(cell, i, j, s.conductance()[i][j], b);
            }
            flush(b, out);
        }
        for (int j = 0; j < m; j++) {
            for (int i = 0; i + 1 < n; i++) {
                b.append("rc").append(i).append('_').append(j).append(" c").append(i).append('_').append(j)
                        .append(" c").append(i + 1).append('_').append(j).append(' ').append(num(w.columnResistance())).append('\n');
            }
            if (w.columnCapacitance() > 0) {
                for (int i = 0; i < n; i++) {
                    b.append("cc").append(i).append('_').append(j).append(" c").append(i).append('_').append(j)
                            .append(" 0 ").append(num(w.columnCapacitance())).append('\n');
                }
            }
            b.append("rco").append(j).append(" c").append(n - 1).append('_').append(j).append(" out").append(j)
                    .append(' ').append(num(w.columnResistance())).append('\n');
            if (s.readout().tia()) {
                b.append("xtia").append(j).append(" out").append(j).append(" tia").append(j).append(" tia\n");
            } else if (s.readout().sampled()) {
                Periphery.sampleEnd(s.readout(), j, b);
            } else {
                b.append("vout").append(j).append(" out").append(j).append(" 0 dc 0\n");
            }
            flush(b, out);
        }
        Periphery.outputs(s, b);
        flush(b, out);
        for (String a : analyses) {
            out.write(a + "\n");
        }
        out.write(".end\n");
    }

    /** A TIA subcircuit: inverting single-pole op-amp (gain a0, pole gbw/a0) with feedback rf. */
    private static void writeTia(CrossbarSpec.Readout r, Writer out) throws IOException {
        double pole = r.gbw() / r.a0();
        double rp = 1e3;
        double cp = 1 / (2 * Math.PI * pole * rp);
        out.write("* transimpedance amplifier: op-amp with gain " + num(r.a0()) + ", GBW " + num(r.gbw())
                + " Hz, feedback " + num(r.rf()) + " ohm\n");
        out.write(".subckt tia in out\n");
        out.write("eamp x 0 0 in " + num(r.a0()) + "\n");
        out.write("rpole x y " + num(rp) + "\n");
        out.write("cpole y 0 " + num(cp) + "\n");
        out.write("ebuf out 0 y 0 1\n");
        out.write("rf in out " + num(r.rf()) + "\n");
        out.write(".ends tia\n");
    }

    private static String source(CrossbarSpec s, double amplitude) {
        CrossbarSpec.Drive d = s.drive();
        if (!d.pulse()) {
            return "dc " + num(amplitude);
        }
        return "pulse(0 " + num(amplitude) + " " + num(d.delay()) + " " + num(d.edge()) + " " + num(d.edge()) + " "
                + num(d.width()) + " " + num(d.period()) + ")";
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
