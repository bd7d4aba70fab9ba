package memspice.models.opamp;

/**
 * The smooth output rails of the op-amp: {@code u -> u - s sp((u - VOH)/s) + s sp((VOL - u)/s)} with
 * sp(z) = ln(1 + e^z) (softplus) and s = VSOFT. Far inside the rails it is the identity to within
 * s e^(-d/s) at distance d from a rail (1e-10 V at d = 1 V, s = 50 mV); far outside it tends to the
 * rail. Its slope is 1 - sigma((u - VOH)/s) - sigma((VOL - u)/s) in (0, 1], with sigma the logistic
 * function, the exact derivative. An absent rail (infinite) contributes nothing.
 */
final class RailLimiter {

    private final double voh;
    private final double vol;
    private final double s;

    RailLimiter(double voh, double vol, double softness) {
        this.voh = voh;
        this.vol = vol;
        this.s = softness;
    }

    /** The limited output (V) for an unlimited u (V). */
    double value(double u) {
        double out = u;
        if (voh != Double.POSITIVE_INFINITY) {
            out -= s * softplus((u - voh) / s);
        }
        if (vol != Double.NEGATIVE_INFINITY) {
            out += s * softplus((vol - u) / s);
        }
        return out;
    }

    /** d value / d u (dimensionless). */
    double slope(double u) {
        double d = 1.0;
        if (voh != Double.POSITIVE_INFINITY) {
            d -= logistic((u - voh) / s);
        }
        if (vol != Double.NEGATIVE_INFINITY) {
            d -= logistic((vol - u) / s);
        }
        return d;
    }

    /** ln(1 + e^z) without overflow: max(z, 0) + ln(1 + e^-|z|). */
    static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** 1 / (1 + e^-z) without overflow. */
    static double logistic(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }
}
