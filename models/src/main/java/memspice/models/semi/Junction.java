package memspice.models.semi;

/**
 * Shared pn-junction arithmetic for the SPICE level-1 semiconductor models: thermal voltage,
 * overflow-safe exponential, critical voltage, Newton junction-voltage limiting and depletion charge.
 * Pure functions; nothing here allocates.
 *
 * <p>Sources: L. W. Nagel, "SPICE2: A computer program to simulate semiconductor circuits",
 * UCB/ERL M520, 1975 (junction limiting, section on convergence; depletion-charge linearisation
 * beyond FC*VJ); P. Antognetti and G. Massobrio, "Semiconductor Device Modeling with SPICE",
 * 2nd ed., McGraw-Hill 1993, ch. 1-2 (diode and junction-capacitance equations).
 */
public final class Junction {

    /**
     * Boltzmann constant over elementary charge (V/K) with the CODATA 2014 values
     * k = 1.38064852e-23 J/K and q = 1.6021766208e-19 C, the values ngspice 39 uses (its {@code boltz}
     * and {@code echarge} constants print as these), so golden comparisons see the same kT/q.
     */
    public static final double K_OVER_Q = 1.38064852e-23 / 1.6021766208e-19;

    /** Exponent beyond which {@link #exp} continues linearly, so currents stay finite (e^80 ~ 5.5e34). */
    public static final double MAX_EXP_ARG = 80.0;

    private static final double EXP_MAX = Math.exp(MAX_EXP_ARG);

    private Junction() {
    }

    /** Thermal voltage kT/q (V) at an absolute temperature (K). */
    public static double thermalVoltage(double kelvin) {
        return K_OVER_Q * kelvin;
    }

    /** e^a for a <= {@link #MAX_EXP_ARG}, continued by its tangent beyond (C1, never overflows). */
    public static double exp(double a) {
        return a <= MAX_EXP_ARG ? Math.exp(a) : EXP_MAX * (1.0 + (a - MAX_EXP_ARG));
    }

    /** d/da of {@link #exp}. */
    public static double expDerivative(double a) {
        return a <= MAX_EXP_ARG ? Math.exp(a) : EXP_MAX;
    }

    /**
     * The SPICE2 junction current (A) without gmin: is (e^(v/vte) - 1) for v >= -3 vte, and below it
     * -is (1 + (3 vte / (e v))^3), which joins with matching value and slope at -3 vte and tends to
     * -is (Nagel 1975; the same form serves the BJT and MOSFET junctions in SPICE3).
     */
    public static double diodeCurrent(double v, double is, double vte) {
        if (v >= -3.0 * vte) {
            return is * (exp(v / vte) - 1.0);
        }
        double a = 3.0 * vte / (Math.E * v);
        return -is * (1.0 + a * a * a);
    }

    /** d/dv of {@link #diodeCurrent} (S). */
    public static double diodeConductance(double v, double is, double vte) {
        if (v >= -3.0 * vte) {
            return is * expDerivative(v / vte) / vte;
        }
        double a = 3.0 * vte / (Math.E * v);
        return 3.0 * is * a * a * a / v;
    }

    /**
     * The critical voltage (V) above which limiting applies: where the junction's I-V curve has its
     * minimum radius of curvature, vcrit = vte ln(vte / (sqrt(2) is)) (Nagel 1975).
     *
     * @param vte emission coefficient times thermal voltage (V), > 0
     * @param is  saturation current (A), > 0
     */
    public static double criticalVoltage(double vte, double is) {
        return vte * Math.log(vte / (Math.sqrt(2.0) * is));
    }

    /**
     * Limits a forward junction voltage proposed by a Newton step.
     *
     * <p>Derivation: Newton linearised the exponential at {@code vOld}, so its step predicts the
     * current i(vOld) + g(vOld) (vNew - vOld). On the exponential i = is e^(v/vte), that current is
     * reached at v = vOld + vte ln(1 + (vNew - vOld)/vte): a step that overshoots along the tangent is
     * pulled back onto the curve at the same current. From a reverse or unbiased start (vOld <= 0) the
     * tangent says nothing useful; the step goes to vte ln(vNew / vte), the voltage where the diode's
     * current equals is vNew/vte. Limiting applies only above the critical voltage and for steps larger
     * than 2 vte, the regime where the exponential's curvature makes Newton overshoot.
     *
     * @param vNew  the voltage the Newton update proposes (V)
     * @param vOld  the voltage the device evaluated at in the previous iteration (V)
     * @param vte   emission coefficient times thermal voltage (V)
     * @param vcrit {@link #criticalVoltage}
     * @return the voltage to evaluate at (equal to vNew when no limiting is needed)
     */
    public static double limit(double vNew, double vOld, double vte, double vcrit) {
        if (vNew > vcrit && Math.abs(vNew - vOld) > 2.0 * vte) {
            if (vOld > 0.0) {
                double arg = 1.0 + (vNew - vOld) / vte;
                return arg > 0.0 ? vOld + vte * Math.log(arg) : vcrit;
            }
            return vte * Math.log(vNew / vte);
        }
        return vNew;
    }

    /**
     * Depletion charge (C) of a junction with zero-bias capacitance {@code cj0}, built-in potential
     * {@code vj} and grading {@code m}: q = cj0 vj (1 - (1 - v/vj)^(1-m)) / (1 - m) for v < fc vj,
     * continued beyond fc vj by the charge whose capacitance is the tangent of C(v) there
     * (C(v) = cj0 / (1-fc)^(1+m) (1 - fc (1+m) + m v / vj)), as SPICE2 does so C stays finite.
     *
     * @param v voltage across the junction (V), anode positive
     * @param m grading coefficient, 0 <= m < 1
     */
    public static double depletionCharge(double v, double cj0, double vj, double m, double fc) {
        if (cj0 == 0.0) {
            return 0.0;
        }
        double vlim = fc * vj;
        if (v < vlim) {
            return cj0 * vj * (1.0 - Math.pow(1.0 - v / vj, 1.0 - m)) / (1.0 - m);
        }
        double f1 = vj * (1.0 - Math.pow(1.0 - fc, 1.0 - m)) / (1.0 - m);
        double f2 = Math.pow(1.0 - fc, 1.0 + m);
        double f3 = 1.0 - fc * (1.0 + m);
        return cj0 * (f1 + (f3 * (v - vlim) + m / (2.0 * vj) * (v * v - vlim * vlim)) / f2);
    }

    /** dq/dv (F) of {@link #depletionCharge}. */
    public static double depletionCapacitance(double v, double cj0, double vj, double m, double fc) {
        if (cj0 == 0.0) {
            return 0.0;
        }
        if (v < fc * vj) {
            return cj0 * Math.pow(1.0 - v / vj, -m);
        }
        double f2 = Math.pow(1.0 - fc, 1.0 + m);
        double f3 = 1.0 - fc * (1.0 + m);
        return cj0 / f2 * (f3 + m * v / vj);
    }
}
