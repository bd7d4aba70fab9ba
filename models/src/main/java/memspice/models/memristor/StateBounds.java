package memspice.models.memristor;

/**
 * Keeps a state inside [lo, hi] smoothly: a rate that pushes the state outward is multiplied by a
 * logistic factor that is 1 well inside the bound, 1/2 at the bound and falls to 0 within a few
 * widths {@code delta} beyond it. A rate pointing inward is left alone, so a state that has
 * overshot (a large time step) returns. The factor is smooth in x, and the rate it multiplies is
 * continuous through 0 where the factor switches, so the Newton stamp stays consistent.
 */
public final class StateBounds {

    private final double lo;
    private final double hi;
    private final double delta;

    /**
     * @param lo    lower bound (state unit)
     * @param hi    upper bound, above lo
     * @param delta width of the soft edge (state unit, > 0), typically 1e-3 of (hi - lo)
     */
    public StateBounds(double lo, double hi, double delta) {
        this.lo = lo;
        this.hi = hi;
        this.delta = delta;
    }

    /** Applies the factor to {@code e.rate} and its derivatives at state x. */
    public void apply(double x, MemristorEvaluation e) {
        double z;
        double sign;
        if (e.rate > 0) {
            z = (hi - x) / delta;
            sign = -1;
        } else if (e.rate < 0) {
            z = (x - lo) / delta;
            sign = 1;
        } else {
            return;
        }
        if (z > 40) {
            return;   // factor is 1 to double precision
        }
        double s = SafeMath.logistic(z);
        // z = (hi - x)/delta has dz/dx = -1/delta; z = (x - lo)/delta has dz/dx = +1/delta
        double ds = SafeMath.dlogistic(z) * sign / delta;
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
