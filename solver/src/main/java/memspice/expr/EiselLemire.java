package memspice.expr;

import java.math.BigInteger;

/**
 * Correctly rounded conversion of a decimal {@code w * 10^q} (w up to 18 digits) to the nearest
 * double without big-number arithmetic in the common case: the algorithm of Eisel and Lemire
 * (D. Lemire, "Number parsing at a gigabyte per second", Software: Practice and Experience 51(8),
 * 2021, section 5). The generated netlists of crossbar studies write 17-digit values (the shortest
 * repr of a random double), which {@link Double#parseDouble} handles with multi-word integers.
 *
 * <p>Method: w is normalised to w' in [2^63, 2^64) and multiplied by the 128-bit truncation T of
 * 5^q scaled into [2^127, 2^128); the top 54 bits of the product, rounded to 53, are the mantissa,
 * and the exponent follows from floor(log2 5^q). When the bits below the kept ones leave the
 * rounding in doubt (the truncation of T could carry into them, or the value may sit on an exact
 * half-way point), the method gives up and returns NaN; the caller then uses the exact reader.
 * Results outside the normal range (subnormal or overflowing) also return NaN.
 *
 * <p>The powers are built on first use, one per exponent, from exact {@link BigInteger} values
 * (a generated netlist uses a handful of exponents). Thread-safe: an entry is an immutable object,
 * so a racing thread at worst computes the same entry twice.
 */
final class EiselLemire {

    /** Smallest and largest decimal exponent handled; beyond them the value under- or overflows. */
    static final int MIN_Q = -342;
    static final int MAX_Q = 308;

    /** T = the 128-bit scaled 5^q as (hi, lo), and floor(log2 5^q). */
    private record Power(long hi, long lo, int log2) {
    }

    private static final Power[] POWERS = new Power[MAX_Q - MIN_Q + 1];

    private EiselLemire() {
    }

    /**
     * The double nearest to w * 10^q, or NaN when this method cannot decide it.
     *
     * @param w the decimal significand, 1 <= w < 2^63
     * @param q the decimal exponent
     */
    static double toDouble(long w, int q) {
        if (w <= 0 || q < MIN_Q || q > MAX_Q) {
            return Double.NaN;
        }
        Power t = power(q);
        int lz = Long.numberOfLeadingZeros(w);
        long wn = w << lz;
        long hi = unsignedMultiplyHigh(wn, t.hi);
        long lo = wn * t.hi;
        if ((hi & 0x1FF) == 0x1FF) {
            // the low word of T may carry into the kept bits: add w' * T.lo's high word
            long carryIn = unsignedMultiplyHigh(wn, t.lo);
            long sum = lo + carryIn;
            if (Long.compareUnsigned(sum, lo) < 0) {
                hi++;
            }
            lo = sum;
            if ((hi & 0x1FF) == 0x1FF) {
                return Double.NaN;        // still in doubt: the truncated tail of T could matter
            }
        }
        int upperBit = (int) (hi >>> 63);
        long mantissa = hi >>> (upperBit + 9);           // 54 bits
        if ((hi & 0x1FF) == 0 && Long.compareUnsigned(lo, 1) <= 0 && (mantissa & 1) == 1) {
            // On (or, T being rounded, within one unit of) a half-way point: an exact tie must go to
            // even, and a value just below it down; the computed product cannot tell these apart.
            return Double.NaN;
        }
        mantissa = (mantissa + (mantissa & 1)) >>> 1;    // round to 53 bits
        int exponent = q + t.log2 + 63 + upperBit - lz;  // unbiased binary exponent of the result
        if (mantissa == 1L << 53) {
            mantissa = 1L << 52;
            exponent++;
        }
        int biased = exponent + 1023;
        if (biased <= 0 || biased >= 2047) {
            return Double.NaN;            // subnormal or infinite: the exact reader decides
        }
        return Double.longBitsToDouble(((long) biased << 52) | (mantissa & ((1L << 52) - 1)));
    }

    /** The high 64 bits of the unsigned 128-bit product a * b. */
    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    private static Power power(int q) {
        Power p = POWERS[q - MIN_Q];
        if (p == null) {
            p = compute(q);
            POWERS[q - MIN_Q] = p;
        }
        return p;
    }

    /**
     * T for 5^q: for q >= 0 the top 128 bits of 5^q (exact for q <= 55); for q < 0 the ceiling of
     * 2^(127 + b) / 5^-q with b = bit length of 5^-q, so that T lies in [2^127, 2^128).
     */
    private static Power compute(int q) {
        BigInteger five = BigInteger.valueOf(5).pow(Math.abs(q));
        int bits = five.bitLength();
        BigInteger t;
        int log2;
        if (q >= 0) {
            t = bits >= 128 ? five.shiftRight(bits - 128) : five.shiftLeft(128 - bits);
            log2 = bits - 1;
        } else {
            BigInteger[] qr = BigInteger.ONE.shiftLeft(127 + bits).divideAndRemainder(five);
            t = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
            log2 = -bits;                 // 5^-q is no power of two: floor(-log2 5^-q) = -bit length
        }
        if (t.bitLength() != 128) {
            throw new IllegalStateException("power of five 5^" + q + " does not scale to 128 bits");
        }
        return new Power(t.shiftRight(64).longValue(), t.longValue(), log2);
    }
}
