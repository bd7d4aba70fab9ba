package memspice.tools.irdrop;

/**
 * The periphery and wires of a crossbar for IR-drop studies.
 *
 * <p>Geometry (the same as {@link memspice.tools.crossbar.CrossbarSpec}'s netlists): row i is driven
 * at its left end by an ideal source x_i behind {@code driverResistance} and one row segment into the
 * first cell node; row segments join neighbouring cell nodes. Column j runs from row 0 down to row
 * n-1 and one more column segment to the read-out, an ideal virtual ground (0 V). With
 * {@code twoSidedDrive} each row is also driven at its right end by a second driver with the same
 * input and output resistance, through one more row segment; with {@code twoSidedSense} each column is also read at its
 * top end through one more column segment, and the column's output is the sum of both ends.
 *
 * @param rowSegment       ohm per row-wire segment, > 0
 * @param columnSegment    ohm per column-wire segment, > 0
 * @param driverResistance ohm, output resistance of each row driver, >= 0
 * @param twoSidedDrive    drive rows from both ends
 * @param twoSidedSense    read columns at both ends
 * @param senseResistance  ohm, input resistance of each column read-out, >= 0: 0 is the ideal virtual
 *                         ground; a transimpedance amplifier with DC gain A0 and feedback Rf presents
 *                         Rf / (1 + A0) ({@link #tia})
 */
public record Wiring(double rowSegment, double columnSegment, double driverResistance, boolean twoSidedDrive,
                     boolean twoSidedSense, double senseResistance) {

    public Wiring {
        if (!(senseResistance >= 0) || Double.isInfinite(senseResistance)) {
            throw new IllegalArgumentException("read-out input resistance must be >= 0 and finite");
        }
        if (!(rowSegment > 0) || !(columnSegment > 0) || Double.isInfinite(rowSegment)
                || Double.isInfinite(columnSegment)) {
            throw new IllegalArgumentException("wire segment resistances must be positive and finite");
        }
        if (!(driverResistance >= 0) || Double.isInfinite(driverResistance)) {
            throw new IllegalArgumentException("driver resistance must be >= 0 and finite");
        }
    }

    /** Wiring with ideal virtual-ground read-out. */
    public Wiring(double rowSegment, double columnSegment, double driverResistance, boolean twoSidedDrive,
                  boolean twoSidedSense) {
        this(rowSegment, columnSegment, driverResistance, twoSidedDrive, twoSidedSense, 0);
    }

    /**
     * The input resistance of an inverting transimpedance amplifier at DC: feedback rf (ohm) and
     * open-loop gain a0 hold the input at v = -v_out / a0 with v_out = v - rf i, so v = i rf / (1 + a0).
     */
    public static double tia(double rf, double a0) {
        if (!(rf > 0) || !(a0 > 0)) {
            throw new IllegalArgumentException("a TIA needs positive feedback resistance and gain");
        }
        return rf / (1 + a0);
    }

    /** One-sided drive and read-out, the same segment for rows and columns, ideal drivers. */
    public static Wiring uniform(double segment) {
        return new Wiring(segment, segment, 0, false, false);
    }

    /** The same wiring with both-end drive and sense switched as given. */
    public Wiring sides(boolean drive, boolean sense) {
        return new Wiring(rowSegment, columnSegment, driverResistance, drive, sense, senseResistance);
    }

    /** The same wiring with other segment resistances. */
    public Wiring segments(double row, double column) {
        return new Wiring(row, column, driverResistance, twoSidedDrive, twoSidedSense, senseResistance);
    }
}
