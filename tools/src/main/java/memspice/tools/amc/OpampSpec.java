package memspice.tools.amc;

/**
 * The op-amps of an analog matrix circuit: ideal nullors, or the YOPAMP macromodel with DC gain
 * {@code a0} (V/V) and gain-bandwidth product {@code gbw} (Hz). All op-amps of a circuit share it.
 *
 * @param a0  open-loop DC gain, {@code Double.POSITIVE_INFINITY} for an ideal nullor
 * @param gbw gain-bandwidth product in Hz, {@code Double.POSITIVE_INFINITY} for no pole
 */
public record OpampSpec(double a0, double gbw) {

    public OpampSpec {
        if (!(a0 > 0)) {
            throw new IllegalArgumentException("op-amp gain A0 must be positive, got " + a0);
        }
        if (!(gbw > 0)) {
            throw new IllegalArgumentException("op-amp GBW must be positive, got " + gbw);
        }
    }

    /** The ideal nullor (v+ = v-, free output current). */
    public static OpampSpec ideal() {
        return new OpampSpec(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** True for the nullor. */
    public boolean isIdeal() {
        return Double.isInfinite(a0);
    }

    /** True when the op-amps have a dominant pole, i.e. the circuit has dynamics. */
    public boolean hasPole() {
        return !isIdeal() && Double.isFinite(gbw);
    }

    /** The {@code .model NAME opamp (...)} card. */
    public String modelCard(String name) {
        StringBuilder s = new StringBuilder(".model ").append(name).append(" opamp(");
        if (!isIdeal()) {
            s.append("a0=").append(num(a0));
            if (Double.isFinite(gbw)) {
                s.append(" gbw=").append(num(gbw));
            }
        }
        return s.append(')').toString();
    }

    /** A number written so that it reads back exactly (shortest round-trip form, e.g. 1.0E-4). */
    static String num(double v) {
        return Double.toString(v);
    }
}
