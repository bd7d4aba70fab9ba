package memspice.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link EiselLemire} returns either NaN (undecided) or exactly the double that
 * {@link Double#parseDouble} gives for the same decimal (bit for bit, no tolerance: the
 * conversion is exact or it is wrong), and it decides nearly always, so that the fast path is
 * really taken.
 */
class EiselLemireTest {

    private static int undecided;

    private static void same(long w, int q) {
        double got = EiselLemire.toDouble(w, q);
        if (Double.isNaN(got)) {
            undecided++;
            return;
        }
        double want = Double.parseDouble(w + "e" + q);
        assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got),
                () -> w + "e" + q + ": parseDouble " + want + ", Eisel-Lemire " + got);
    }

    @Test
    void shortestReprOfRandomDoublesRoundTrips() {
        // What generated netlists contain: Double.toString of random values over many decades.
        Random rnd = new Random(11);
        undecided = 0;
        int n = 200_000;
        for (int k = 0; k < n; k++) {
            double x = Math.exp((rnd.nextDouble() - 0.5) * 80) * (1 + rnd.nextDouble());
            String s = Double.toString(x);
            int e = s.indexOf('E');
            String mant = e < 0 ? s : s.substring(0, e);
            int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
            int dot = mant.indexOf('.');
            String digits = mant.substring(0, dot) + mant.substring(dot + 1);
            int q = exp - (mant.length() - dot - 1);
            long w = Long.parseLong(digits);
            if (w == 0 || digits.replaceFirst("^0+", "").length() > 18) {
                continue;
            }
            same(w, q);
            assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits(SpiceNumber.parseOrNaN(s)), s);
        }
        // The undecided share is ~2^-9 of random products (the low bits 0x1FF test); a much larger
        // share would mean the fast path is mostly skipped.
        assertTrue(undecided < n / 100, "undecided " + undecided + " of " + n);
    }

    @Test
    void randomSignificandsOverTheWholeExponentRange() {
        Random rnd = new Random(5);
        undecided = 0;
        int n = 300_000;
        for (int k = 0; k < n; k++) {
            int digits = 1 + rnd.nextInt(18);
            long w = 0;
            for (int d = 0; d < digits; d++) {
                w = w * 10 + rnd.nextInt(10);
            }
            if (w == 0) {
                w = 1;
            }
            int q = EiselLemire.MIN_Q + rnd.nextInt(EiselLemire.MAX_Q - EiselLemire.MIN_Q + 1);
            same(w, q);
        }
        // Subnormal and overflowing results are declined by design: about 10 % of uniform q here.
        assertTrue(undecided < n / 5, "undecided " + undecided + " of " + n);
    }

    @Test
    void halfwayPointsAndTheirNeighbours() {
        // Exact ties between two doubles: 2^k + 2^(k-53) for k = 53..59 (at most 18 digits), and the
        // same divided by 2, 4, 8 (exact decimals with 1..3 fraction digits) while at most 18 digits; each also +-1 in the
        // last digit. Ties must round to even, the neighbours away from the tie.
        for (int k = 53; k <= 59; k++) {
            BigInteger tie = BigInteger.ONE.shiftLeft(k).add(BigInteger.ONE.shiftLeft(k - 53));
            for (int j = 0; j <= 3; j++) {
                BigInteger scaled = tie.multiply(BigInteger.valueOf(5).pow(j));   // tie / 2^j = scaled * 10^-j
                if (scaled.compareTo(BigInteger.valueOf(999_999_999_999_999_999L)) > 0) {
                    continue;                                                    // over 18 digits
                }
                for (int delta = -1; delta <= 1; delta++) {
                    long w = scaled.longValueExact() + delta;
                    same(w, -j);
                }
            }
        }
        // 2^53 + 1 is the smallest integer without an exact double: it must come out even (2^53).
        double v = EiselLemire.toDouble(9007199254740993L, 0);
        assertTrue(Double.isNaN(v) || v == 9007199254740992.0, "2^53+1 gave " + v);
    }

    @Test
    void extremesAreDeclinedOrExact() {
        same(17976931348623157L, 292);       // Double.MAX_VALUE
        same(17976931348623159L, 292);       // overflows: declined
        same(22250738585072014L, -324);      // Double.MIN_NORMAL
        same(49L, -325);                     // subnormal: declined
        same(1L, EiselLemire.MIN_Q);
        same(999999999999999999L, EiselLemire.MAX_Q);
        assertTrue(Double.isNaN(EiselLemire.toDouble(1, EiselLemire.MAX_Q + 1)));
        assertTrue(Double.isNaN(EiselLemire.toDouble(0, 0)));
    }
}
