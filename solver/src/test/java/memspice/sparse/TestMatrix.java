package memspice.sparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import no.uib.cipr.matrix.DenseMatrix;

/** Matrices for the LU contract: CSC pattern plus values, and the dense copy for the reference. */
final class TestMatrix {

    final int n;
    final int[] colPtr;
    final int[] rowIdx;
    final double[] values;
    /** For circuit matrices: the value slots that hold conductance stamps, in groups of four. */
    private final List<int[]> conductanceStamps = new ArrayList<>();
    private final List<Double> conductances = new ArrayList<>();

    private TestMatrix(int n, TreeMap<Long, Double> entries) {
        this.n = n;
        colPtr = new int[n + 1];
        rowIdx = new int[entries.size()];
        values = new double[entries.size()];
        int p = 0;
        for (var e : entries.entrySet()) {
            int col = (int) (e.getKey() / n);
            int row = (int) (e.getKey() % n);
            colPtr[col + 1]++;
            rowIdx[p] = row;
            values[p++] = e.getValue();
        }
        for (int j = 0; j < n; j++) {
            colPtr[j + 1] += colPtr[j];
        }
    }

    private static long key(int n, int row, int col) {
        return (long) col * n + row;
    }

    /**
     * A random sparse matrix, nonsingular with high probability: a random pattern of the given
     * density plus either a dominant diagonal or a random permutation of one (zero diagonals).
     */
    static TestMatrix random(int n, double density, Random rnd, boolean dominantDiagonal) {
        TreeMap<Long, Double> m = new TreeMap<>();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (rnd.nextDouble() < density) {
                    m.put(key(n, i, j), rnd.nextGaussian());
                }
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        if (!dominantDiagonal) {
            for (int i = n - 1; i > 0; i--) {
                int k = rnd.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
        }
        for (int j = 0; j < n; j++) {
            m.merge(key(n, perm[j], j), (rnd.nextBoolean() ? 1 : -1) * (n * 0.5 + 2), Double::sum);
        }
        return new TestMatrix(n, m);
    }

    /** A random matrix with a symmetric pattern (unsymmetric values) and a dominant diagonal. */
    static TestMatrix symmetricPattern(int n, double density, Random rnd) {
        TreeMap<Long, Double> m = new TreeMap<>();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) {
                if (rnd.nextDouble() < density) {
                    m.put(key(n, i, j), rnd.nextGaussian());
                    m.put(key(n, j, i), rnd.nextGaussian());
                }
            }
            m.put(key(n, j, j), n * 0.5 + 2);
        }
        return new TestMatrix(n, m);
    }

    /**
     * Modified nodal analysis of a rows x cols resistor grid (conductances 1e-4..1 S, a few to
     * ground) with a voltage source on every node of the first column: its branch rows and columns
     * have zero diagonals, as real MNA matrices do.
     */
    static TestMatrix resistorGridWithSources(int rows, int cols, Random rnd) {
        int nodes = rows * cols;
        int n = nodes + rows;
        TreeMap<Long, Double> m = new TreeMap<>();
        List<int[]> edges = new ArrayList<>();
        List<Double> gs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int a = r * cols + c;
                if (c + 1 < cols) {
                    edges.add(new int[] {a, a + 1});
                    gs.add(Math.pow(10, -4 * rnd.nextDouble()));
                }
                if (r + 1 < rows) {
                    edges.add(new int[] {a, a + cols});
                    gs.add(Math.pow(10, -4 * rnd.nextDouble()));
                }
                if (rnd.nextDouble() < 0.2) {
                    m.merge(key(n, a, a), 1e-3, Double::sum);
                }
            }
        }
        for (int[] e : edges) {
            for (int[] rc : new int[][] {{e[0], e[0]}, {e[1], e[1]}, {e[0], e[1]}, {e[1], e[0]}}) {
                m.merge(key(n, rc[0], rc[1]), 0.0, Double::sum);
            }
        }
        for (int r = 0; r < rows; r++) {
            int node = r * cols;
            int branch = nodes + r;
            m.put(key(n, node, branch), 1.0);
            m.put(key(n, branch, node), 1.0);
        }
        TestMatrix t = new TestMatrix(n, m);
        for (int k = 0; k < edges.size(); k++) {
            int[] e = edges.get(k);
            t.conductanceStamps.add(new int[] {t.slot(e[0], e[0]), t.slot(e[1], e[1]), t.slot(e[0], e[1]),
                    t.slot(e[1], e[0])});
            t.conductances.add(gs.get(k));
        }
        t.restamp();
        return t;
    }

    private int slot(int row, int col) {
        for (int p = colPtr[col]; p < colPtr[col + 1]; p++) {
            if (rowIdx[p] == row) {
                return p;
            }
        }
        throw new IllegalArgumentException("no entry " + row + "," + col);
    }

    private double[] base;

    private void restamp() {
        if (base == null) {
            base = values.clone();
        }
        System.arraycopy(base, 0, values, 0, values.length);
        for (int k = 0; k < conductanceStamps.size(); k++) {
            int[] s = conductanceStamps.get(k);
            double g = conductances.get(k);
            values[s[0]] += g;
            values[s[1]] += g;
            values[s[2]] -= g;
            values[s[3]] -= g;
        }
    }

    /** Changes every conductance by up to +-30 % (a Newton step of a nonlinear circuit). */
    void perturbConductances(Random rnd) {
        for (int k = 0; k < conductances.size(); k++) {
            conductances.set(k, conductances.get(k) * (0.7 + 0.6 * rnd.nextDouble()));
        }
        restamp();
    }

    /** Multiplies a random fifth of the conductances by factor. */
    void scaleSomeConductances(double factor, Random rnd) {
        for (int k = 0; k < conductances.size(); k++) {
            if (rnd.nextDouble() < 0.2) {
                conductances.set(k, conductances.get(k) * factor);
            }
        }
        restamp();
    }

    DenseMatrix dense() {
        DenseMatrix d = new DenseMatrix(n, n);
        for (int j = 0; j < n; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                d.add(rowIdx[p], j, values[p]);
            }
        }
        return d;
    }
}
