package memspice.tools.amc;

import java.util.Arrays;

import memspice.sparse.LuOptions;
import memspice.sparse.SingularMatrixException;
import memspice.sparse.SparseLU;

/**
 * A linear resistive network's nodal matrix (S) over its free nodes, assembled from two-terminal
 * conductances and factored once by {@link SparseLU}: Y v = i, with the currents i injected into
 * the nodes (A) and v the node voltages (V). Nodes held at a voltage (drivers) are not unknowns:
 * their conductance to a free node goes on its diagonal and, times the driver voltage, into i.
 */
final class NodalNetwork {

    private final int n;
    private long[] keys = new long[64];
    private double[] vals = new double[64];
    private int count;
    private SparseLU lu;

    /** @param n the number of free nodes */
    NodalNetwork(int n) {
        this.n = n;
    }

    /** Adds conductance g (S) between free nodes a and b; b < 0 is ground or a driver (diagonal only). */
    void conductance(int a, int b, double g) {
        add(a, a, g);
        if (b >= 0) {
            add(b, b, g);
            add(a, b, -g);
            add(b, a, -g);
        }
    }

    private void add(int row, int col, double v) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, 2 * count);
            vals = Arrays.copyOf(vals, 2 * count);
        }
        keys[count] = ((long) col << 32) | row;
        vals[count++] = v;
    }

    /**
     * Builds the CSC matrix (duplicates summed) and factors it.
     *
     * @throws IllegalStateException when the matrix is singular (a free node without a path to a driver or ground)
     */
    void factor() {
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> Long.compare(keys[p], keys[q]));
        int[] colPtr = new int[n + 1];
        int[] rowIdx = new int[count];
        double[] values = new double[count];
        int u = -1;
        long last = -1;
        for (int k = 0; k < count; k++) {
            long key = keys[order[k]];
            if (key != last) {
                u++;
                rowIdx[u] = (int) key;
                colPtr[(int) (key >>> 32) + 1]++;
                last = key;
            }
            values[u] += vals[order[k]];
        }
        for (int c = 0; c < n; c++) {
            colPtr[c + 1] += colPtr[c];
        }
        lu = SparseLU.analyze(n, colPtr, Arrays.copyOf(rowIdx, u + 1), LuOptions.defaults());
        try {
            lu.factor(Arrays.copyOf(values, u + 1));
        } catch (SingularMatrixException e) {
            throw new IllegalStateException("wired array network is singular: " + e.getMessage(), e);
        }
        keys = null;
        vals = null;
    }

    /** Solves Y v = i in place (i in A on entry, v in V on return). */
    void solve(double[] currents) {
        lu.solve(currents);
    }
}
