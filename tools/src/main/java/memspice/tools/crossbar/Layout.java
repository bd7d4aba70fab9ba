package memspice.tools.crossbar;

import java.util.Locale;

/**
 * How weights map onto the physical array and how rows are driven.
 *
 * <p>Pairing (a signed weight w_ij as the difference of two conductances G+ and G-):
 * <ul>
 *   <li>{@link Pairing#SINGLE}: one cell per weight, the physical array is the weight array.</li>
 *   <li>{@link Pairing#COLUMNS}: two columns per weight column; physical column 2k holds G+ of
 *       weight column k and 2k+1 its G-. Both are read at 0 V (or by TIAs, or sampled), and the
 *       output of weight column k is the difference, formed in the netlist at node {@code d<k>}
 *       (virtual ground: two CCCS of i(vout<2k>) and -i(vout<2k+1>) into 1 ohm, so v(d<k>) in volts
 *       equals I+ - I- in amperes; TIA: {@code v(tia<2k+1>) - v(tia<2k>)} = Rf (I+ - I-); sampled
 *       column: {@code v(out<2k>) - v(out<2k+1>)}).</li>
 *   <li>{@link Pairing#TWO_T_TWO_R}: two rows per input; physical row 2i holds G+ of weight row i
 *       and is driven at +x_i, row 2i+1 holds G- and is driven at -x_i, every cell a 1T1R cell, so
 *       each column current is sum_i x_i (G+ - G-) directly (Yao et al., Nature 577, 641, 2020,
 *       use this differential 2T2R scheme).</li>
 * </ul>
 *
 * @param pairing          the weight-to-cell mapping
 * @param bothEnds         drive each row from both ends (a second driver at the right end of the row)
 * @param driverResistance ohm, output resistance of every row driver, >= 0 (0 = ideal source)
 */
public record Layout(Pairing pairing, boolean bothEnds, double driverResistance) {

    /** Weight-to-cell mapping, with its CLI names. */
    public enum Pairing {
        SINGLE("single"), COLUMNS("columns"), TWO_T_TWO_R("2t2r");

        private final String cliName;

        Pairing(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        /** The pairing named {@code name} (case-insensitive), or an IllegalArgumentException listing the names. */
        public static Pairing parse(String name) {
            for (Pairing p : values()) {
                if (p.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown pairing '" + name + "' (single, columns, 2t2r)");
        }
    }

    public Layout {
        if (!(driverResistance >= 0) || Double.isInfinite(driverResistance)) {
            throw new IllegalArgumentException("driver resistance must be >= 0 and finite, got " + driverResistance);
        }
    }

    /** One cell per weight, rows driven at the left end by ideal sources (the original generator). */
    public static Layout single() {
        return new Layout(Pairing.SINGLE, false, 0);
    }

    /**
     * A differential array from the two conductance matrices G+ and G- (S), [weight rows][weight
     * columns], laid out as this layout's pairing says (interleaved columns or interleaved rows);
     * DC inputs (V, one per weight row), virtual-ground read-out.
     */
    public CrossbarSpec spec(double[][] gPlus, double[][] gMinus, double[] inputs, CrossbarSpec.Wires wires) {
        return new CrossbarSpec(physical(pairing, gPlus, gMinus), wires, inputs, CrossbarSpec.Drive.dc(),
                CrossbarSpec.Readout.virtualGround(), this);
    }

    /**
     * The physical conductance array (S) of a differential pair: G+ and G- interleaved as the
     * pairing says, columns 2k and 2k+1 ({@link Pairing#COLUMNS}) or rows 2i and 2i+1
     * ({@link Pairing#TWO_T_TWO_R}).
     *
     * @param gPlus  G+ (S), [weight rows][weight columns]
     * @param gMinus G- (S), the same shape
     * @throws IllegalArgumentException for different shapes or a pairing without pairs
     */
    public static double[][] physical(Pairing pairing, double[][] gPlus, double[][] gMinus) {
        int n = gPlus.length;
        int m = gPlus[0].length;
        if (gMinus.length != n || gMinus[0].length != m) {
            throw new IllegalArgumentException("G+ is " + n + " x " + m + " but G- is " + gMinus.length + " x "
                    + gMinus[0].length);
        }
        boolean cols = pairing == Pairing.COLUMNS;
        if (!cols && pairing != Pairing.TWO_T_TWO_R) {
            throw new IllegalArgumentException("pairs need pairing columns or 2t2r");
        }
        double[][] g = cols ? new double[n][2 * m] : new double[2 * n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (cols) {
                    g[i][2 * j] = gPlus[i][j];
                    g[i][2 * j + 1] = gMinus[i][j];
                } else {
                    g[2 * i][j] = gPlus[i][j];
                    g[2 * i + 1][j] = gMinus[i][j];
                }
            }
        }
        return g;
    }

    /** True when the netlist's row drive is the original one (left end, no driver resistance). */
    boolean plainDrive() {
        return !bothEnds && driverResistance == 0;
    }
}
