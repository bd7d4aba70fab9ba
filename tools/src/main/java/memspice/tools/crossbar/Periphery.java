package memspice.tools.crossbar;

import static memspice.tools.crossbar.CrossbarNetlist.num;

import java.io.IOException;
import java.io.Writer;

/**
 * The periphery cards of {@link CrossbarNetlist} beyond the original generator: row drivers with
 * output resistance at one or both ends, sample-capacitor column ends with their reset switch and
 * {@code .measure} read-out, and the difference outputs of column pairs ({@link Layout}).
 */
final class Periphery {

    /** Reset switch: on (1 ohm) above 0.6 V of control, off (1 T-ohm) below 0.4 V; VT 0.5, VH 0.1. */
    static final String RESET_SWITCH_MODEL = ".model swrst sw(vt=0.5 vh=0.1 ron=1 roff=1e12)";

    private Periphery() {
    }

    /**
     * Driver of physical row i at one end ({@code side} "l" or "r") into wire node {@code node}: the
     * source node {@code in<i>}, the driver resistance {@code rd<side><i>} (if > 0) to
     * {@code d<side><i>}, then one row segment {@code rs<side><i>}.
     */
    static void driver(CrossbarSpec s, int i, String side, String node, StringBuilder b) {
        String from = "in" + i;
        double rd = s.layout().driverResistance();
        if (rd > 0) {
            String mid = "d" + side + i;
            b.append("rd").append(side).append(i).append(' ').append(from).append(' ').append(mid).append(' ')
                    .append(num(rd)).append('\n');
            from = mid;
        }
        b.append("rs").append(side).append(i).append(' ').append(from).append(' ').append(node).append(' ')
                .append(num(s.wires().rowResistance())).append('\n');
    }

    /** Switch model and the reset control {@code vrst}: 1 V until resetEnd, then 0 V within resetEnd/100. */
    static void samplePreamble(CrossbarSpec.Readout r, Writer out) throws IOException {
        out.write("* floating columns into sample capacitors " + num(r.cs()) + " F, read at " + num(r.sampleTime())
                + " s\n");
        if (r.resetEnd() > 0) {
            out.write(RESET_SWITCH_MODEL + "\n");
            out.write("vrst rst 0 pwl(0 1 " + num(r.resetEnd()) + " 1 " + num(r.resetEnd() * 1.01) + " 0)\n");
        }
    }

    /** Column j's end {@code out<j>}: the sample capacitor to ground and, with a reset, its switch. */
    static void sampleEnd(CrossbarSpec.Readout r, int j, StringBuilder b) {
        b.append("cs").append(j).append(" out").append(j).append(" 0 ").append(num(r.cs())).append('\n');
        if (r.resetEnd() > 0) {
            b.append("srst").append(j).append(" out").append(j).append(" 0 rst 0 swrst\n");
        }
    }

    /** Difference nodes {@code d<k>} of column pairs, and the sample read-out's measure cards. */
    static void outputs(CrossbarSpec s, StringBuilder b) {
        boolean pairs = s.layout().pairing() == Layout.Pairing.COLUMNS;
        CrossbarSpec.Readout r = s.readout();
        for (int k = 0; pairs && k < s.outputs(); k++) {
            int p = 2 * k;
            int q = 2 * k + 1;
            if (r.tia()) {
                b.append("ed").append(k).append(" d").append(k).append(" 0 tia").append(q).append(" tia").append(p)
                        .append(" 1\n");
            } else if (r.sampled()) {
                b.append("ed").append(k).append(" d").append(k).append(" 0 out").append(p).append(" out").append(q)
                        .append(" 1\n");
            } else {
                b.append("fdp").append(k).append(" 0 d").append(k).append(" vout").append(p).append(" 1\n");
                b.append("fdm").append(k).append(" d").append(k).append(" 0 vout").append(q).append(" 1\n");
                b.append("rd").append(k).append(" d").append(k).append(" 0 1\n");
            }
        }
        for (int k = 0; r.sampled() && k < s.outputs(); k++) {
            b.append(".measure tran vs").append(k).append(" find v(").append(pairs ? "d" : "out").append(k)
                    .append(") at=").append(num(r.sampleTime())).append('\n');
        }
    }
}
