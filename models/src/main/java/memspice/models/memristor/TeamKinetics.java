package memspice.models.memristor;

/**
 * The threshold kinetics shared by TEAM and VTEAM (Kvatinsky et al., IEEE TCAS-I 60(1):211, 2013,
 * eqs. (5)-(7); IEEE TCAS-II 62(8):786, 2015, eq. (1)): with drive u (current for TEAM, voltage for
 * VTEAM)
 * <pre>
 *   dx/dt = koff (u/uoff - 1)^alphaoff foff(x)   for u > uoff > 0
 *         = 0                                    for uon <= u <= uoff
 *         = kon  (u/uon  - 1)^alphaon  fon(x)    for u < uon < 0
 * </pre>
 * The Kvatinsky window (type 4) is foff = exp(-exp((x - aoff)/wc)), fon = exp(-exp(-(x - aon)/wc));
 * types 1-3 ({@link Windows}) act on xn = (x - xon)/(xoff - xon). The powers and double
 * exponentials use {@link SafeMath}, so alpha = 10 and large overdrives stay finite.
 * All lengths are in the state unit (already multiplied by the model's x scaling).
 *
 * <p>memspice addition: the rate saturates smoothly, r/(1 + |r|/rmax), so the drift velocity never
 * exceeds rmax. With alpha = 10 the published law extrapolates to drift velocities of ~100 m/s
 * (3 nm in 30 fs) a few times above threshold, a time scale no integrator should have to resolve;
 * the default rmax (10 m/s, the full 3 nm in 0.3 ns) leaves every rate below 1 m/s unchanged to
 * 10 % and moves a switching edge by well under a nanosecond. rmax = +infinity is the published model.
 */
final class TeamKinetics {

    final double kon;
    final double koff;
    final double alphaOn;
    final double alphaOff;
    final double uOn;
    final double uOff;
    final int window;
    final double p;
    final double j;
    final double aOn;
    final double aOff;
    final double wc;
    final double xOn;
    final double xOff;
    /** Saturation rate (state unit/s), or +infinity. */
    final double rateMax;
    /** d rate / d u of the last {@link #rate} call. */
    double dRateDu;
    /** d rate / d x of the last {@link #rate} call. */
    double dRateDx;

    TeamKinetics(double kon, double koff, double alphaOn, double alphaOff, double uOn, double uOff, int window,
                 double p, double j, double aOn, double aOff, double wc, double xOn, double xOff, double rateMax) {
        this.kon = kon;
        this.koff = koff;
        this.alphaOn = alphaOn;
        this.alphaOff = alphaOff;
        this.uOn = uOn;
        this.uOff = uOff;
        this.window = window;
        this.p = p;
        this.j = j;
        this.aOn = aOn;
        this.aOff = aOff;
        this.wc = wc;
        this.xOn = xOn;
        this.xOff = xOff;
        this.rateMax = rateMax;
    }

    /** dx/dt at drive u and state x; sets {@link #dRateDu} and {@link #dRateDx}. */
    double rate(double u, double x) {
        double k;
        double alpha;
        double threshold;
        boolean off;
        if (u > uOff) {
            k = koff;
            alpha = alphaOff;
            threshold = uOff;
            off = true;
        } else if (u < uOn) {
            k = kon;
            alpha = alphaOn;
            threshold = uOn;
            off = false;
        } else {
            dRateDu = 0;
            dRateDx = 0;
            return 0;
        }
        double over = u / threshold - 1;          // > 0 in both branches
        double g = k * SafeMath.pow(over, alpha);
        double dg = k * SafeMath.dpow(over, alpha) / threshold;
        double f;
        double df;
        if (window == Windows.KVATINSKY) {
            double z = off ? (x - aOff) / wc : -(x - aOn) / wc;
            double ez = SafeMath.exp(z);
            f = Math.exp(-ez);
            df = -f * SafeMath.dexp(z) * (off ? 1 : -1) / wc;
        } else {
            double span = xOff - xOn;
            double xn = (x - xOn) / span;
            f = Windows.value(window, xn, p, j, off);
            df = Windows.derivative(window, xn, p, j, off) / span;
        }
        double r = g * f;
        // smooth saturation r / (1 + |r|/rmax): the drift velocity cannot exceed rmax
        double d = 1 + Math.abs(r) / rateMax;
        double ds = 1 / (d * d);
        dRateDu = dg * f * ds;
        dRateDx = g * df * ds;
        return r / d;
    }
}
