package memspice.tools.amc;

import java.util.Random;

/**
 * Memristor cells programmed to the matrix's conductances: each cell's target |A_ij| G0 is snapped to
 * the nearest of {@code levels} equally spaced conductances from {@code gmin} to {@code gmax}
 * (multi-level programming; a target below gmin gets gmin, the lowest state a cell holds; a target
 * above gmax cannot be programmed and is refused), then multiplied by (1 + sigma z) with z a standard
 * Gaussian from {@code java.util.Random(seed)}, drawn cell by cell in row-major order over the
 * non-zero entries (device-to-device variation, relative). Zero entries stay empty (no cell).
 *
 * @param levels number of conductance levels (>= 2), 0 for no quantization
 * @param gmin   lowest level (S, > 0), used with levels
 * @param gmax   highest level (S, > gmin), used with levels
 * @param sigma  relative standard deviation of the variation (>= 0)
 * @param seed   seed of the variation
 */
public record Programming(int levels, double gmin, double gmax, double sigma, long seed) {

    /** Cells exactly at their targets. */
    public static final Programming EXACT = new Programming(0, 0, 0, 0, 0);

    public Programming {
        if (levels == 1 || levels < 0) {
            throw new IllegalArgumentException("--levels must be at least 2, got " + levels);
        }
        if (levels > 0 && !(gmin > 0 && gmax > gmin && Double.isFinite(gmax))) {
            throw new IllegalArgumentException("--grange GMIN,GMAX needs 0 < GMIN < GMAX (S), got " + gmin + "," + gmax);
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("--variation must be a finite relative deviation >= 0, got " + sigma);
        }
    }

    /** True when the cells differ from their targets. */
    public boolean active() {
        return levels > 0 || sigma > 0;
    }

    /**
     * The programmed matrix (units of G0, the sign of each entry kept: negative entries are cells of
     * the A- array).
     *
     * @param a  the target matrix (dimensionless)
     * @param g0 conductance unit (S)
     * @throws IllegalArgumentException naming the entry when its target exceeds gmax or the variation
     *                                  makes a conductance non-positive
     */
    public double[][] apply(double[][] a, double g0) {
        Random rnd = new Random(seed);
        double step = levels > 0 ? (gmax - gmin) / (levels - 1) : 0;
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                double v = a[i][j];
                if (v == 0) {
                    continue;
                }
                double g = Math.abs(v) * g0;
                if (levels > 0) {
                    if (g > gmax * (1 + 1e-12)) {
                        throw new IllegalArgumentException("entry (" + (i + 1) + "," + (j + 1) + ") needs " + g
                                + " S, above GMAX " + gmax + " S: lower --g0 or raise GMAX");
                    }
                    long k = Math.max(0, Math.min(levels - 1, Math.round((g - gmin) / step)));
                    g = gmin + k * step;
                }
                if (sigma > 0) {
                    g *= 1 + sigma * rnd.nextGaussian();
                    if (!(g > 0)) {
                        throw new IllegalArgumentException("entry (" + (i + 1) + "," + (j + 1) + "): the variation draws a "
                                + "non-positive conductance " + g + " S (--variation " + sigma + " too large)");
                    }
                }
                out[i][j] = Math.signum(v) * g / g0;
            }
        }
        return out;
    }

    /** One line describing the programming, e.g. for the command's header. */
    public String describe() {
        if (!active()) {
            return "cells exactly at their targets";
        }
        StringBuilder s = new StringBuilder("memristor cells programmed:");
        if (levels > 0) {
            s.append(String.format(java.util.Locale.ROOT, " %d levels from %s to %s S (step %.4g S)", levels,
                    OpampSpec.num(gmin), OpampSpec.num(gmax), (gmax - gmin) / (levels - 1)));
        }
        if (sigma > 0) {
            s.append(String.format(java.util.Locale.ROOT, " relative Gaussian variation sigma=%s (seed %d)", OpampSpec.num(sigma), seed));
        }
        return s.toString();
    }
}
