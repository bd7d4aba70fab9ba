package memspice.tools.validate;

/**
 * A memristor's published equations, written again here from REFERENCE.md section 1 (not from
 * memspice's device code) so that the published-parameter cases have an independent reference:
 * the current law I(V, x) and the state equation dx/dt = rate(V, I, x).
 */
interface PublishedLaw {

    /** Device current (A) at voltage v (V) and state x; increasing in v. */
    double current(double v, double x);

    /** dx/dt (state unit per second) at voltage v, current i = current(v, x) and state x. */
    double rate(double v, double i, double x);
}
