package memspice.tools.irdrop;

/**
 * The programmable conductance levels of a device: {@code levels} equally spaced values from
 * {@code min} to {@code max} inclusive (e.g. 2048 levels from 50 uS to 4144 uS: a 2 uS step), or a
 * continuous range when {@code levels} is 0.
 *
 * @param min    lowest conductance (S), > 0
 * @param max    highest conductance (S), > min
 * @param levels number of levels (>= 2), or 0 for a continuous range
 */
public record LevelGrid(double min, double max, int levels) {

    public LevelGrid {
        if (!(min > 0) || !(max > min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("conductance range needs 0 < min < max, got [" + min + ", " + max + "]");
        }
        if (levels == 1 || levels < 0) {
            throw new IllegalArgumentException("a level grid needs at least 2 levels (or 0 for continuous), got " + levels);
        }
    }

    /** Spacing between levels (S); 0 for a continuous range. */
    public double step() {
        return levels == 0 ? 0 : (max - min) / (levels - 1);
    }

    /** Clips g to [min, max] and rounds it to the nearest level. */
    public double snap(double g) {
        double c = Math.min(max, Math.max(min, g));
        if (levels == 0) {
            return c;
        }
        long k = Math.round((c - min) / step());
        return level(k);
    }

    /** The k-th level (S), k in [0, levels). */
    public double level(long k) {
        return k == levels - 1 ? max : min + k * step();
    }

    /** Whether g is one of the levels (to 1e-9 of a step; exactly in range for continuous). */
    public boolean contains(double g) {
        if (!(g >= min && g <= max)) {
            return false;
        }
        if (levels == 0) {
            return true;
        }
        double k = (g - min) / step();
        return Math.abs(k - Math.rint(k)) < 1e-9;
    }

    /** A snapped copy of a matrix. */
    public double[][] snap(double[][] g) {
        double[][] s = new double[g.length][];
        for (int i = 0; i < g.length; i++) {
            s[i] = new double[g[i].length];
            for (int j = 0; j < g[i].length; j++) {
                s[i][j] = snap(g[i][j]);
            }
        }
        return s;
    }

    /** Whether every entry is in range and on the grid. */
    public boolean containsAll(double[][] g) {
        for (double[] row : g) {
            for (double v : row) {
                if (!contains(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
