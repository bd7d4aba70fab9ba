package memspice.expr;

/**
 * Numeric semantics of every {@link Op}, as used by compiled device expressions and constant
 * folding. It follows ngspice 39 B sources (verified with {@code B1 1 0 V=...} and {@code .op}):
 * <ul>
 * <li>{@code a/b} is {@code a/(b+1e-32)} for {@code b>=0} (including -0) and {@code a/(b-1e-32)}
 * otherwise: {@code 1/0}=1e32, {@code -3/0}=-3e32, {@code 0/0}=0, {@code 1/1e-31}=9.0909e30.</li>
 * <li>{@code exp(x)} is capped at 1e99 ({@code exp(228)}=1e99).</li>
 * <li>{@code ln(0)}, {@code log(0)}, {@code log10(0)} are -1e99.</li>
 * <li>{@code x^y}, {@code x**y}, {@code pow(x,y)} are {@code |x|^y}: {@code (-2)^3}=8,
 * {@code (-2)^0.5}=1.414; {@code 0^0}=1.</li>
 * <li>{@code pwr(x,y)} (and {@code pwrs}) is sign-preserving: {@code x<0 ? -|x|^y : |x|^y},
 * so {@code pwr(-2,2)}=-4 and {@code pwr(0,0)}=1.</li>
 * <li>{@code u(0)}=0.5; {@code nint} rounds half to even ({@code nint(2.5)}=2,
 * {@code nint(-2.5)}=-2).</li>
 * </ul>
 * Where ngspice reports "out of range" ({@code sqrt(-4)}, {@code ln(-1)}, {@code asin(2)},
 * {@code 0^-1}, {@code 1e200*1e200}) the result here is NaN or an infinity; callers check
 * {@link Double#isFinite}. Functions ngspice lacks follow PSpice/HSPICE/Xyce: {@code stp(x)} is 1
 * for {@code x>0} else 0, {@code sign(x,y)} is {@code |x|} for {@code y>=0} else {@code -|x|},
 * {@code limit(x,lo,hi)} is {@code x<lo ? lo : x>hi ? hi : x}, {@code int} truncates toward zero,
 * {@code %} is C {@code fmod} (as in ngspice {@code .param}: {@code -7%3}=-1).
 *
 * <p>Comparisons and logic yield 1 or 0; any non-zero value (also NaN) is true.
 */
final class MathFn {
    private MathFn() {
    }

    /** Added to (or subtracted from) every divisor, as ngspice B sources do. */
    static final double DIV_EPS = 1e-32;
    /** Cap of exp() and magnitude of ln(0). */
    static final double HUGE = 1e99;

    /** Applies {@code op} to its operands (unused operands are ignored). */
    static double apply(int op, double a, double b, double c) {
        switch (op) {
            case Op.NEG: return -a;
            case Op.NOT: return a == 0 ? 1 : 0;
            case Op.ADD: return a + b;
            case Op.SUB: return a - b;
            case Op.MUL: return a * b;
            case Op.DIV: return div(a, b);
            case Op.MOD: return a % b;
            case Op.POW: return Math.pow(Math.abs(a), b);
            case Op.EQ: return a == b ? 1 : 0;
            case Op.NE: return a != b ? 1 : 0;
            case Op.LT: return a < b ? 1 : 0;
            case Op.LE: return a <= b ? 1 : 0;
            case Op.GT: return a > b ? 1 : 0;
            case Op.GE: return a >= b ? 1 : 0;
            case Op.AND: return a != 0 && b != 0 ? 1 : 0;
            case Op.OR: return a != 0 || b != 0 ? 1 : 0;
            case Op.SELECT: return a != 0 ? b : c;
            case Op.ABS: return Math.abs(a);
            case Op.SQRT: return Math.sqrt(a);
            case Op.EXP: return Math.min(Math.exp(a), HUGE);
            case Op.LN: return a == 0 ? -HUGE : Math.log(a);
            case Op.LOG10: return a == 0 ? -HUGE : Math.log10(a);
            case Op.SIN: return Math.sin(a);
            case Op.COS: return Math.cos(a);
            case Op.TAN: return Math.tan(a);
            case Op.ASIN: return Math.asin(a);
            case Op.ACOS: return Math.acos(a);
            case Op.ATAN: return Math.atan(a);
            case Op.ATAN2: return Math.atan2(a, b);
            case Op.SINH: return Math.sinh(a);
            case Op.COSH: return Math.cosh(a);
            case Op.TANH: return Math.tanh(a);
            case Op.ASINH: return asinh(a);
            case Op.ACOSH: return acosh(a);
            case Op.ATANH: return atanh(a);
            case Op.MIN: return a <= b ? a : b;
            case Op.MAX: return a >= b ? a : b;
            case Op.PWR: return a < 0 ? -Math.pow(-a, b) : Math.pow(a, b);
            case Op.SGN: return Math.signum(a);
            case Op.SIGN2: return b >= 0 ? Math.abs(a) : -Math.abs(a);
            case Op.FLOOR: return Math.floor(a);
            case Op.CEIL: return Math.ceil(a);
            case Op.INT: return a < 0 ? Math.ceil(a) : Math.floor(a);
            case Op.NINT: return Math.rint(a);
            case Op.U: return a > 0 ? 1 : a == 0 ? 0.5 : 0;
            case Op.URAMP: return a > 0 ? a : 0;
            case Op.STP: return a > 0 ? 1 : 0;
            case Op.LIMIT: return a < b ? b : a > c ? c : a;
            case Op.POW_DA: return powDa(a, b);
            case Op.POW_DB: return a == 0 ? 0 : Math.pow(Math.abs(a), b) * Math.log(Math.abs(a));
            case Op.PWR_DA: return b == 0 ? 0 : b * Math.pow(Math.abs(a), b - 1);
            case Op.PWR_DB: return a == 0 ? 0 : apply(Op.PWR, a, b, 0) * Math.log(Math.abs(a));
            case Op.EXP_D: {
                double e = Math.exp(a);
                return e <= HUGE ? e : 0;
            }
            default: throw new IllegalArgumentException("not a computed op: " + op);
        }
    }

    /** ngspice B-source division: the divisor is pushed 1e-32 away from zero. */
    static double div(double a, double b) {
        return a / (b >= 0 ? b + DIV_EPS : b - DIV_EPS);
    }

    /**
     * d|a|^b/da, from the piece the value uses ({@code a>=0}: a^b, else (-a)^b); 0 when b is 0.
     * At a=0 this is 0 for b&gt;1, 1 for b=1 and +infinity for 0&lt;b&lt;1.
     */
    private static double powDa(double a, double b) {
        if (b == 0) {
            return 0;
        }
        double d = b * Math.pow(Math.abs(a), b - 1);
        return a >= 0 ? d : -d;
    }

    static double asinh(double x) {
        double ax = Math.abs(x);
        double r = ax > 1e8 ? Math.log(ax) + Math.log(2) : Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax)));
        return x < 0 ? -r : r;
    }

    /** NaN below 1. */
    static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        return x > 1e8 ? Math.log(x) + Math.log(2) : Math.log(x + Math.sqrt((x - 1) * (x + 1)));
    }

    /** NaN outside [-1, 1], infinite at the ends. */
    static double atanh(double x) {
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }
}
