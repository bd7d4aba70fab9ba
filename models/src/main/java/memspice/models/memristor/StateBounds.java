package memspice.models.memristor;

/**
 * Keeps a state inside [lo, hi + delta] (and [lo - delta, hi] at the other end) whatever the drive:
 * a rate that pushes the state outward is multiplied by a C1 smoothstep factor that is 1 up to the
 * bound, falls as 1 - 3u^2 + 2u^3 over the band u = (x - hi)/delta in [0, 1] beyond it, and is
 * exactly 0 from hi + delta on. No outward rate, however large (the Stanford-PKU sinh, TEAM's
 * alpha = 10 power), moves the state past the band, so a converged state is never more than delta
 * outside its bound. A rate pointing inward is left alone, so a state that has overshot returns.
 * The factor is C1 in x and the rate it multiplies is continuous through 0 where the factor
 * switches, so the Newton stamp stays consistent.
 */
public final class StateBounds {

    private final double lo;
    private final double hi;
    private final double delta;

    /**
     * @param lo    lower bound (state unit)
     * @param hi    upper bound, above lo
     * @param delta width of the band beyond each bound (state unit, > 0), typically 1e-3 of (hi - lo)
     */
    public StateBounds(double lo, double hi, double delta) {
        this.lo = lo;
        this.hi = hi;
        this.delta = delta;
    }

    /** Applies the factor to {@code e.rate} and its derivatives at state x. */
    public void apply(double x, MemristorEvaluation e) {
        double u;
        double dudx;
        if (e.rate > 0) {
            u = (x - hi) / delta;
            dudx = 1 / delta;
        } else if (e.rate < 0) {
            u = (lo - x) / delta;
            dudx = -1 / delta;
        } else {
            return;
        }
        if (u <= 0) {
            return;
        }
        double s;
        double ds;
        if (u >= 1) {
            s = 0;
            ds = 0;
        } else {
            s = 1 - u * u * (3 - 2 * u);
            ds = -6 * u * (1 - u) * dudx;
        }
        e.dRateDx = e.dRateDx * s + e.rate * ds;
        e.dRateDv *= s;
        e.rate *= s;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }
}
