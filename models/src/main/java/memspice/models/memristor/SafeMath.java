package memspice.models.memristor;

/**
 * Overflow-free exponentials for compact models. Beyond an exponent of {@link #LIMIT} the
 * exponential continues as its tangent line, so values stay finite and the derivative stays
 * consistent with the value (C1 continuity) while Newton wanders far from the solution.
 */
public final class SafeMath {

    /** Exponent beyond which exp is continued linearly (exp(80) ~ 5.5e34). */
    public static final double LIMIT = 80;
    private static final double EXP_LIMIT = Math.exp(LIMIT);

    private SafeMath() {
    }

    /** exp(z) for z <= LIMIT, exp(LIMIT) * (1 + z - LIMIT) above. */
    public static double exp(double z) {
        return z <= LIMIT ? Math.exp(z) : EXP_LIMIT * (1 + (z - LIMIT));
    }

    /** d/dz of {@link #exp(double)}. */
    public static double dexp(double z) {
        return z <= LIMIT ? Math.exp(z) : EXP_LIMIT;
    }

    /**
     * sinh that stays finite: Math.sinh while |z| <= LIMIT (accurate near 0, where the difference
     * of exponentials would cancel), then sign(z) exp(|z|)/2 continued as in {@link #exp(double)}.
     */
    public static double sinh(double z) {
        double a = Math.abs(z);
        return a <= LIMIT ? Math.sinh(z) : Math.signum(z) * 0.5 * exp(a);
    }

    /** d/dz of {@link #sinh(double)}: cosh, continued with the same slope beyond LIMIT. */
    public static double cosh(double z) {
        double a = Math.abs(z);
        return a <= LIMIT ? Math.cosh(z) : 0.5 * dexp(a);
    }

    /**
     * u^a for u >= 0 and a > 0 evaluated as exp(a ln u) with the safe exponential; 0 at u = 0.
     */
    public static double pow(double u, double a) {
        if (u <= 0) {
            return 0;
        }
        return exp(a * Math.log(u));
    }

    /** d/du of {@link #pow(double, double)} (0 at u = 0 when a > 1). */
    public static double dpow(double u, double a) {
        if (u <= 0) {
            return a == 1 ? 1 : 0;
        }
        double z = a * Math.log(u);
        return dexp(z) * a / u;
    }

    /** The logistic function 1 / (1 + exp(-z)), finite and accurate for any z. */
    public static double logistic(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** d/dz of the logistic function: s (1 - s). */
    public static double dlogistic(double z) {
        double s = logistic(z);
        return s * (1 - s);
    }
}
