package memspice.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The allocation-free fast path of {@link SpiceNumber} gives exactly (bit for bit) the value of the
 * general decimal reader: checked against an independent oracle written from the documented grammar
 * (a regular expression splits mantissa, exponent and unit; Double.parseDouble or BigDecimal does the
 * one rounding), on hand-picked spellings and on 300 000 random ones covering signs, leading and
 * trailing zeros, up to 20 digits, exponents up to +-330, every suffix in both cases, unit letters,
 * and malformed tails. No tolerance: equality of the doubles' bits (NaN for a non-number).
 */
class SpiceNumberExactnessTest {

    private static final Pattern GRAMMAR = Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+))(?:[eE]([+-]?\\d+))?([a-zA-Z]*)");

    /** The value by the grammar, computed with no shortcut (the reference). */
    private static double oracle(String token) {
        Matcher m = GRAMMAR.matcher(token.strip());
        if (!m.matches()) {
            return Double.NaN;
        }
        String mantissa = m.group(1);
        long exponent = m.group(2) == null ? 0 : Math.max(-100000, Math.min(100000, Long.parseLong(m.group(2))));
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        if (unit.startsWith("mil")) {
            return new BigDecimal(mantissa.endsWith(".") ? mantissa + "0" : mantissa).multiply(new BigDecimal("25.4"))
                    .scaleByPowerOfTen((int) Math.max(-1000, Math.min(1000, exponent - 6))).doubleValue();
        }
        int scale = unit.startsWith("meg") ? 6 : unit.isEmpty() ? 0 : switch (unit.charAt(0)) {
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
        return Double.parseDouble(mantissa + "e" + (exponent + scale));
    }

    private static void same(String token) {
        double want = oracle(token);
        double got = SpiceNumber.parseOrNaN(token);
        assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got),
                () -> "'" + token + "': oracle " + want + ", SpiceNumber " + got);
    }

    @Test
    void handPickedSpellings() {
        for (String t : new String[] {"1e-3", "1.5k", "10meg", "10MEG", "10Meg", "2.2u", "1mil", "2.5MIL", "1milx",
            "4.7p", "3.3n", "100f", "1t", "2g", "1.0", "0", "-0", "+0.0", "-0e5", "0.000123", "123456789012345",
            "1234567890123456", "12345678901234567890", "0.1", "0.3", "1e22", "1e23", "1e-22", "1e-23", "9.999999999999999e22",
            "1e308", "1e309", "1e-320", "4.9e-324", "2.2250738585072014e-308", "1e-3k", "1e3meg", "1kohm", "1uF",
            "5V", "1F", "1M", "1MEGohm", "1e", "1E", "1e+", "1e-", "1u2", "1k5", "1.2.3", ".5", "5.", ".", "",
            "  42 ", "1x", "2e3x", "1a", "007", "1.50000000000000000000", "0.00000000000000000001", "-1.5e-3meg"}) {
            same(t);
        }
    }

    @Test
    void randomSpellings() {
        Random rnd = new Random(7);
        String[] units = {"", "", "", "t", "T", "g", "G", "meg", "MEG", "Meg", "k", "K", "m", "M", "mil", "MIL", "u", "U",
            "n", "N", "p", "P", "f", "F", "ohm", "V", "a", "e", "kohm", "uF", "mA", "x", "megohm", "1", "-", "_"};
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 300_000; k++) {
            b.setLength(0);
            switch (rnd.nextInt(4)) {
                case 0 -> b.append('-');
                case 1 -> b.append('+');
                default -> { }
            }
            int before = rnd.nextInt(rnd.nextBoolean() ? 4 : 12);
            for (int d = 0; d < before; d++) {
                b.append((char) ('0' + (rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(10))));
            }
            if (rnd.nextBoolean()) {
                b.append('.');
                int after = rnd.nextInt(rnd.nextBoolean() ? 4 : 12);
                for (int d = 0; d < after; d++) {
                    b.append((char) ('0' + rnd.nextInt(10)));
                }
            }
            if (rnd.nextInt(3) == 0) {
                b.append(rnd.nextBoolean() ? 'e' : 'E');
                int r = rnd.nextInt(3);
                b.append(r == 0 ? "-" : r == 1 ? "+" : "");
                b.append(rnd.nextInt(10) == 0 ? rnd.nextInt(331) : rnd.nextInt(25));
            }
            b.append(units[rnd.nextInt(units.length)]);
            same(b.toString());
        }
    }
}
