package memspice.tools.amc;

/**
 * Wire parasitics of the INV crossbar, per segment: every stretch of row or column wire between two
 * neighbouring cells (and between the op-amp and the first cell) is a resistor {@code r} (ohm)
 * followed by a capacitor {@code c} (F) to ground at the cell end (an L-section). The geometry
 * ({@link InverseArray}):
 * <ul>
 * <li>row wire i runs left to right; op-amp i's inverting input and the input current I_i sit at its
 *     LEFT end (node {@code r<i>}); it passes the A+ cells of columns 1..N, then, for a mixed-sign
 *     matrix, continues through the A- array's cells 1..N (so it has N or 2N segments);</li>
 * <li>column wire j runs top to bottom; op-amp j's output (A+ array) or inverter j's output (A- array)
 *     drives it from the TOP end, above row 1 (nodes {@code c<j>}, {@code m<j>}); it has N segments.</li>
 * </ul>
 * With {@code r = 0} a wire is one node and its capacitance (segments x c) is lumped there.
 *
 * @param r resistance of one wire segment (ohm, >= 0)
 * @param c capacitance to ground of one wire segment (F, >= 0)
 */
public record Wires(double r, double c) {

    /** No parasitics: the cells join the op-amp nodes directly. */
    public static final Wires NONE = new Wires(0, 0);

    public Wires {
        if (!(r >= 0) || Double.isInfinite(r)) {
            throw new IllegalArgumentException("--rwire must be a finite resistance >= 0 ohm, got " + r);
        }
        if (!(c >= 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("--cwire must be a finite capacitance >= 0 F, got " + c);
        }
    }

    /** True when the wires have resistance, i.e. every cell has its own row and column node. */
    public boolean resistive() {
        return r > 0;
    }

    /** True when neither resistance nor capacitance is modelled. */
    public boolean none() {
        return r == 0 && c == 0;
    }
}
