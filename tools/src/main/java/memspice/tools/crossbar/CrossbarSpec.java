package memspice.tools.crossbar;

import java.util.Random;

/**
 * A passive crossbar and its periphery: cell conductances between row wires and column wires,
 * wire segments (resistance, and capacitance to ground at each wire node), row drivers, and the
 * column read-out.
 *
 * <p>Geometry: row i is driven at its left end from input node {@code in<i>} through one segment
 * into {@code r<i>_0}; segments join {@code r<i>_<j>} to {@code r<i>_<j+1>}. Column j runs from
 * {@code c0_<j>} down to {@code c<n-1>_<j>} and one more segment to {@code out<j>}, where the
 * read-out holds it. Cell (i, j) joins {@code r<i>_<j>} and {@code c<i>_<j>}. The {@link Layout}
 * adds a right-end driver per row, driver output resistance and differential pairs; rows and
 * columns here are always those of the physical array.
 *
 * @param conductance physical cell conductances (S), [rows][cols], all positive (for pairs see {@link Layout})
 * @param wires       wire parasitics
 * @param inputs      input amplitudes (V), one per weight row (half the physical rows with 2T2R pairs)
 * @param drive       how inputs are applied over time
 * @param readout     how columns are read
 * @param layout      pairing and row drivers
 */
public record CrossbarSpec(double[][] conductance, Wires wires, double[] inputs, Drive drive, Readout readout,
                           Layout layout) {

    /**
     * Wire parasitics per cell segment.
     *
     * @param rowResistance    ohm, > 0
     * @param columnResistance ohm, > 0
     * @param rowCapacitance   F to ground at each row-wire node, >= 0
     * @param columnCapacitance F to ground at each column-wire node, >= 0
     */
    public record Wires(double rowResistance, double columnResistance, double rowCapacitance, double columnCapacitance) {
        public Wires {
            if (!(rowResistance > 0) || !(columnResistance > 0)) {
                throw new IllegalArgumentException("wire segment resistances must be positive");
            }
            if (!(rowCapacitance >= 0) || !(columnCapacitance >= 0)) {
                throw new IllegalArgumentException("wire capacitances must not be negative");
            }
        }

        /** Resistance only, the same for rows and columns. */
        public static Wires resistive(double segment) {
            return new Wires(segment, segment, 0, 0);
        }
    }

    /**
     * Input timing: DC levels, or a pulse from 0 to each row's amplitude.
     *
     * @param pulse whether inputs are pulses (else DC)
     * @param delay s before the edge
     * @param edge  rise and fall time (s)
     * @param width pulse width (s)
     * @param period repetition period (s)
     */
    public record Drive(boolean pulse, double delay, double edge, double width, double period) {
        public static Drive dc() {
            return new Drive(false, 0, 0, 0, 0);
        }

        public static Drive pulse(double delay, double edge, double width, double period) {
            return new Drive(true, delay, edge, width, period);
        }
    }

    /**
     * Column read-out: a 0 V source per column (ideal virtual ground), a transimpedance amplifier
     * built from standard elements (single-pole op-amp: gain a0, unity-gain bandwidth gbw, feedback
     * resistor rf) so ngspice runs the same netlist, or a floating column: the column end is not held
     * but charges a sample capacitor cs to ground, whose voltage at {@code sampleTime} is the
     * read-out (a {@code .measure tran vs<k> find ... at=} card per output).
     *
     * @param tia        whether to use TIAs
     * @param rf         feedback resistance (ohm)
     * @param a0         open-loop DC gain
     * @param gbw        gain-bandwidth product (Hz)
     * @param cs         sample capacitance (F), > 0 for the floating-column read-out, else 0
     * @param sampleTime s, when the sample capacitors are read
     * @param resetEnd   s; > 0: a switch (RON 1 ohm) shorts each cs until this time, 0: no reset switch
     */
    public record Readout(boolean tia, double rf, double a0, double gbw, double cs, double sampleTime,
                          double resetEnd) {
        public Readout {
            if (cs > 0 && !(sampleTime > resetEnd && resetEnd >= 0)) {
                throw new IllegalArgumentException("a sample read-out needs 0 <= reset end < sample time, got reset "
                        + resetEnd + " s, sample " + sampleTime + " s");
            }
            if (!(cs >= 0) || Double.isInfinite(cs)) {
                throw new IllegalArgumentException("sample capacitance must be >= 0 and finite, got " + cs);
            }
        }

        public static Readout virtualGround() {
            return new Readout(false, 0, 0, 0, 0, 0, 0);
        }

        public static Readout tia(double rf, double a0, double gbw) {
            return new Readout(true, rf, a0, gbw, 0, 0, 0);
        }

        /** Floating columns into sample capacitors cs (F), read at sampleTime (s), reset until resetEnd (s, 0 = none). */
        public static Readout sample(double cs, double sampleTime, double resetEnd) {
            if (!(cs > 0)) {
                throw new IllegalArgumentException("sample capacitance must be positive, got " + cs);
            }
            return new Readout(false, 0, 0, 0, cs, sampleTime, resetEnd);
        }

        /** Whether columns float into sample capacitors. */
        public boolean sampled() {
            return cs > 0;
        }
    }

    public CrossbarSpec {
        if (conductance.length == 0 || conductance[0].length == 0) {
            throw new IllegalArgumentException("a crossbar needs at least one row and one column");
        }
        if (layout.pairing() == Layout.Pairing.COLUMNS && conductance[0].length % 2 != 0) {
            throw new IllegalArgumentException("column pairs need an even number of physical columns");
        }
        if (layout.pairing() == Layout.Pairing.TWO_T_TWO_R && conductance.length % 2 != 0) {
            throw new IllegalArgumentException("2T2R pairs need an even number of physical rows");
        }
        int weightRows = layout.pairing() == Layout.Pairing.TWO_T_TWO_R ? conductance.length / 2 : conductance.length;
        if (inputs.length != weightRows) {
            throw new IllegalArgumentException(inputs.length + " inputs for " + weightRows + " weight rows");
        }
    }

    /** One cell per weight, left-end ideal row drivers. */
    public CrossbarSpec(double[][] conductance, Wires wires, double[] inputs, Drive drive, Readout readout) {
        this(conductance, wires, inputs, drive, readout, Layout.single());
    }

    /** A DC crossbar with resistive wires and virtual-ground read-out. */
    public CrossbarSpec(double[][] conductance, double rowSegment, double columnSegment, double[] inputs) {
        this(conductance, new Wires(rowSegment, columnSegment, 0, 0), inputs, Drive.dc(), Readout.virtualGround());
    }

    /** Amplitude (V) of physical row p: its input, or +/- an input for 2T2R pairs. */
    public double rowAmplitude(int p) {
        if (layout.pairing() != Layout.Pairing.TWO_T_TWO_R) {
            return inputs[p];
        }
        return p % 2 == 0 ? inputs[p / 2] : -inputs[p / 2];
    }

    /** Outputs after pairing: physical columns, or half of them for column pairs. */
    public int outputs() {
        return layout.pairing() == Layout.Pairing.COLUMNS ? columns() / 2 : columns();
    }

    public int rows() {
        return conductance.length;
    }

    public int columns() {
        return conductance[0].length;
    }

    public double rowSegment() {
        return wires.rowResistance();
    }

    public double columnSegment() {
        return wires.columnResistance();
    }

    /** The same array with other wires, drive and read-out. */
    public CrossbarSpec with(Wires w, Drive d, Readout r) {
        return new CrossbarSpec(conductance, w, inputs, d, r, layout);
    }

    /** The same array with another layout (same physical conductances and inputs). */
    public CrossbarSpec with(Layout l) {
        return new CrossbarSpec(conductance, wires, inputs, drive, readout, l);
    }

    /**
     * A random array: conductances uniform in [gMin, gMax] and inputs uniform in [0, vMax], seeded;
     * resistive wires, DC inputs, virtual-ground read-out.
     */
    public static CrossbarSpec random(int rows, int cols, double gMin, double gMax, double vMax, double segment,
                                      long seed) {
        Random rnd = new Random(seed);
        double[][] g = new double[rows][cols];
        for (double[] row : g) {
            for (int j = 0; j < cols; j++) {
                row[j] = gMin + (gMax - gMin) * rnd.nextDouble();
            }
        }
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            v[i] = vMax * rnd.nextDouble();
        }
        return new CrossbarSpec(g, segment, segment, v);
    }
}
