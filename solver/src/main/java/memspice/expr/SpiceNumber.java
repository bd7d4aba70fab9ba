package memspice.expr;

import java.math.BigDecimal;

/**
 * SPICE numbers: {@code [+-]digits[.digits][e[+-]digits]}, then an optional scale suffix, then
 * ignored unit letters. Case-insensitive.
 *
 * <table>
 * <caption>Scale suffixes (checked in this order: {@code meg}, {@code mil}, then one letter)</caption>
 * <tr><th>suffix</th><th>factor</th></tr>
 * <tr><td>t</td><td>1e12</td></tr> <tr><td>g</td><td>1e9</td></tr>
 * <tr><td>meg</td><td>1e6</td></tr> <tr><td>k</td><td>1e3</td></tr>
 * <tr><td>mil</td><td>25.4e-6</td></tr> <tr><td>m</td><td>1e-3</td></tr>
 * <tr><td>u</td><td>1e-6</td></tr> <tr><td>n</td><td>1e-9</td></tr>
 * <tr><td>p</td><td>1e-12</td></tr> <tr><td>f</td><td>1e-15</td></tr>
 * </table>
 *
 * <p>Any letters after the number that do not start with a scale suffix are units and ignored:
 * {@code 10kOhm}=1e4, {@code 1uF}=1e-6, {@code 5V}=5, {@code 1F}=1e-15 (femto!),
 * {@code 1M}=1e-3 (milli!), {@code 1MEGohm}=1e6, {@code 1A}=1 (ampere: ngspice 39 has no atto
 * suffix, {@code 1a} gives 1), {@code 2mil}=50.8e-6, {@code 1e}=1 (an {@code e} without exponent
 * digits is a unit letter, as in ngspice). Scale arithmetic is done on the decimal exponent, so
 * {@code 1.5u} is exactly the double nearest 1.5e-6 (and {@code 1mil} the one nearest 2.54e-5).
 *
 * <p>Deliberate differences from ngspice 39 (verified with {@code ngspice -b}):
 * <ul>
 * <li>Only letters may follow the number: {@code 1u2} and {@code 1k5} are rejected. ngspice's device
 * line reader reads them as 1e-6 and 1e3, while its {@code .param} and B-source parsers reject them;
 * rejecting avoids silently misreading the LTspice-style {@code 1k5} = 1500.</li>
 * <li>{@code mil} is 25.4e-6 as in ngspice device lines and B sources; ngspice's {@code .param}
 * reader gives 1e-3 for {@code 1mil} (it reads {@code m} then ignores {@code il}).</li>
 * <li>Values that overflow to infinity ({@code 1e999}) are rejected.</li>
 * </ul>
 */
public final class SpiceNumber {
    private static final BigDecimal MIL = new BigDecimal("25.4");

    private SpiceNumber() {
    }

    /**
     * Parses a SPICE number. Surrounding whitespace is ignored.
     *
     * @throws NumberFormatException with a message like {@code "'1x2' is not a number"}
     */
    public static double parse(String token) {
        double v = parseOrNaN(token);
        if (Double.isNaN(v)) {
            throw new NumberFormatException("'" + token + "' is not a number");
        }
        if (Double.isInfinite(v)) {
            throw new NumberFormatException("'" + token + "' is out of range");
        }
        return v;
    }

    /**
     * The value if {@link #parse} accepts the token, else NaN (not a number, or out of range): one
     * pass where {@code isNumber} then {@code parse} would read the token twice.
     */
    public static double valueOrNaN(String token) {
        double v = parseOrNaN(token);
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    /** True if {@link #parse} accepts the token and the value is finite. */
    public static boolean isNumber(String token) {
        return Double.isFinite(parseOrNaN(token));
    }

    /** The value, NaN if the text is not a SPICE number, or an infinity on overflow. */
    static double parseOrNaN(String token) {
        if (token == null) {
            return Double.NaN;
        }
        String s = token.strip();
        double fast = fastPath(s);
        return fast == fast ? fast : slowPath(s);   // NaN: not decided here
    }

    /** 10^0 .. 10^22, every one exactly a double. */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int k = 0; k < POW10.length; k++) {
            POW10[k] = p;
            p *= 10;
        }
    }

    /**
     * The common case without any allocation: at most 18 significant digits and a suffix other
     * than {@code mil}. With at most 15 digits and a total decimal exponent (written exponent +
     * suffix - fraction digits) within +-22, the digits m are an exact double and so is 10^|e|, and
     * the one IEEE multiplication or division m * 10^e is the correctly rounded value of the decimal
     * number (the classic fast path of Clinger, "How to read floating point numbers accurately", PLDI
     * 1990), which is what {@link Double#parseDouble} returns. Otherwise (the 17-digit values that
     * generated netlists write) {@link EiselLemire} rounds correctly or declines. Anything else gives
     * NaN, meaning: ask {@link #slowPath}, which also produces every error (NaN for a non-number).
     */
    private static double fastPath(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long m = 0;
        int significant = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digits++;
                if (point) {
                    fraction++;
                }
                if (m != 0 || c != '0') {
                    if (++significant > 18) {       // beyond a long's exact range: slow path
                        return Double.NaN;
                    }
                    m = m * 10 + (c - '0');
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            boolean expNegative = false;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                expNegative = s.charAt(j) == '-';
                j++;
            }
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) {
                    exponent = exponent * 10 + (s.charAt(j) - '0');
                    if (exponent > 400) {
                        return Double.NaN;
                    }
                    j++;
                }
                i = j;
                exponent = expNegative ? -exponent : exponent;
            }
        }
        int unitStart = i;
        for (; i < n; i++) {
            if (!isLetter(s.charAt(i))) {
                return Double.NaN;
            }
        }
        if (unitStart < n) {
            char u = Character.toLowerCase(s.charAt(unitStart));
            if (u == 'm' && n - unitStart >= 3) {
                char u1 = Character.toLowerCase(s.charAt(unitStart + 1));
                char u2 = Character.toLowerCase(s.charAt(unitStart + 2));
                if (u1 == 'i' && u2 == 'l') {
                    return Double.NaN;                       // mil: exact decimal product, slow path
                }
                exponent += u1 == 'e' && u2 == 'g' ? 6 : -3;
            } else {
                exponent += letterScale(u);
            }
        }
        int e = exponent - fraction;
        double v;
        if (m == 0) {
            v = 0;
        } else if (significant <= 15 && e >= 0 && e <= 22) {
            v = m * POW10[e];
        } else if (significant <= 15 && e < 0 && e >= -22) {
            v = m / POW10[-e];
        } else {
            v = EiselLemire.toDouble(m, e);                 // NaN when it cannot decide
        }
        return negative ? -v : v;
    }

    /** The general reader (exact decimal arithmetic through {@link Double#parseDouble} and BigDecimal). */
    private static double slowPath(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        String mantissa = s.substring(0, i);
        long exponent = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            boolean negative = false;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                negative = s.charAt(j) == '-';
                j++;
            }
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) {
                    // saturate: anything beyond 1e9 overflows or underflows anyway
                    exponent = Math.min(exponent * 10 + (s.charAt(j) - '0'), 1_000_000_000L);
                    j++;
                }
                if (negative) {
                    exponent = -exponent;
                }
                i = j;
            }
            // else: 'e' without digits is a unit letter (ngspice: "1e" = 1)
        }
        String tail = s.substring(i);
        for (int k = 0; k < tail.length(); k++) {
            if (!isLetter(tail.charAt(k))) {
                return Double.NaN;
            }
        }
        String unit = tail.toLowerCase(java.util.Locale.ROOT);
        if (unit.startsWith("mil")) {
            // exact decimal product, rounded once; |exponent| beyond 1000 over- or underflows anyway
            int e = (int) Math.max(-1000, Math.min(1000, exponent - 6));
            return new BigDecimal(mantissa.endsWith(".") ? mantissa + "0" : mantissa)
                    .multiply(MIL).scaleByPowerOfTen(e).doubleValue();
        }
        if (unit.startsWith("meg")) {
            exponent += 6;
        } else if (!unit.isEmpty()) {
            exponent += letterScale(unit.charAt(0));
        }
        return Double.parseDouble(mantissa + "e" + exponent);
    }

    /** The decimal exponent of a one-letter scale suffix (lower case), 0 for a unit letter. */
    private static int letterScale(char u) {
        return switch (u) {
            case 't' -> 12;
            case 'g' -> 9;
            case 'k' -> 3;
            case 'm' -> -3;
            case 'u' -> -6;
            case 'n' -> -9;
            case 'p' -> -12;
            case 'f' -> -15;
            default -> 0;
        };
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
