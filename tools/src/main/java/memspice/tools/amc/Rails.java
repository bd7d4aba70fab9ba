package memspice.tools.amc;

/**
 * Output rails of the op-amps of an analog matrix circuit: the YOPAMP {@code VOL}/{@code VOH}
 * parameters (V), a smooth limiter that tends to the rail (models/opamp/RailLimiter).
 *
 * @param vol lower rail (V), {@code Double.NEGATIVE_INFINITY} for none
 * @param voh upper rail (V), {@code Double.POSITIVE_INFINITY} for none
 */
public record Rails(double vol, double voh) {

    /** No rails. */
    public static final Rails NONE = new Rails(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Rails {
        if (!(vol < 0 && voh > 0)) {
            throw new IllegalArgumentException("--rails VOL,VOH needs VOL < 0 < VOH (V), got " + vol + "," + voh);
        }
    }

    /** True when both rails are finite. */
    public boolean present() {
        return Double.isFinite(vol) && Double.isFinite(voh);
    }

    /** The model parameters to append inside {@code .model ... opamp(...)}, empty without rails. */
    String parameters() {
        return present() ? " voh=" + OpampSpec.num(voh) + " vol=" + OpampSpec.num(vol) : "";
    }
}
