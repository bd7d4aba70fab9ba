package memspice.iterative;

import java.util.Arrays;

/**
 * Removes the grounded voltage sources from an MNA matrix, found purely from its entries: a row k
 * with a single nonzero {@code a_kj} (j != k) whose column k has a single nonzero {@code a_jk} is the
 * pair "x_j = b_k / a_kj" (a node held by a source to ground) and "row j gives x_k" (the source's
 * branch current from the node's KCL). Every other unknown is kept. What remains, on the kept
 * unknowns U, is the nodal matrix {@code A_UU} with right-hand side {@code b_U - A_UJ x_J}; for a
 * network of resistors and grounded sources it is symmetric positive definite.
 *
 * <p>Built once per set of matrix values ({@link #build}); {@link #reducedRhs}, {@link #expand} then
 * allocate nothing. Indices are 0-based; the full system has {@code n} unknowns in CSC form with the
 * row indices of each column ascending.
 */
final class GroundedSourceElimination {

    private final int n;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final int[] reducedIndex;   // full -> reduced, -1 for eliminated
    private final int[] keptUnknown;    // reduced -> full
    private final int[] fixedNode;      // per pair: j
    private final int[] fixedRow;       // per pair: k (the source's equation, also its current unknown)
    private final int[] pairOfRow;      // full row j -> pair index, -1
    private final int[] reducedColPtr;
    private final int[] reducedRowIdx;
    private final double[] reducedValues;
    private final double[] scratch;     // per pair: the KCL sum of the source's node without its current
    private final boolean[] nonzeroAtBuild; // which full entries were nonzero when the pairs were found
    private double[] values;

    private GroundedSourceElimination(int n, int[] colPtr, int[] rowIdx, int[] reducedIndex, int[] keptUnknown,
                                      int[] fixedNode, int[] fixedRow, int[] pairOfRow, int[] rcp, int[] rri) {
        this.n = n;
        this.colPtr = colPtr;
        this.rowIdx = rowIdx;
        this.reducedIndex = reducedIndex;
        this.keptUnknown = keptUnknown;
        this.fixedNode = fixedNode;
        this.fixedRow = fixedRow;
        this.pairOfRow = pairOfRow;
        this.reducedColPtr = rcp;
        this.reducedRowIdx = rri;
        this.reducedValues = new double[rri.length];
        this.scratch = new double[fixedNode.length];
        this.nonzeroAtBuild = new boolean[rowIdx.length];
    }

    /**
     * Finds the pairs from the nonzero values and builds the reduced pattern.
     *
     * @param values full CSC values (read now and by {@link #load}; exact zeros count as absent)
     */
    static GroundedSourceElimination build(int n, int[] colPtr, int[] rowIdx, double[] values) {
        int[] rowCount = new int[n];
        int[] rowCol = new int[n];          // the column of a row's last nonzero
        for (int c = 0; c < n; c++) {
            for (int e = colPtr[c]; e < colPtr[c + 1]; e++) {
                if (values[e] != 0.0) {
                    rowCount[rowIdx[e]]++;
                    rowCol[rowIdx[e]] = c;
                }
            }
        }
        int[] pairOfRow = new int[n];
        Arrays.fill(pairOfRow, -1);
        boolean[] eliminated = new boolean[n];
        int[] nodes = new int[16];
        int[] rows = new int[16];
        int pairs = 0;
        for (int k = 0; k < n; k++) {
            int j = rowCol[k];
            if (rowCount[k] != 1 || j == k || eliminated[j] || eliminated[k]) {
                continue;
            }
            int only = -1;
            int count = 0;
            for (int e = colPtr[k]; e < colPtr[k + 1]; e++) {
                if (values[e] != 0.0) {
                    only = rowIdx[e];
                    count++;
                }
            }
            if (count != 1 || only != j) {
                continue;
            }
            if (pairs == nodes.length) {
                nodes = Arrays.copyOf(nodes, 2 * pairs);
                rows = Arrays.copyOf(rows, 2 * pairs);
            }
            nodes[pairs] = j;
            rows[pairs] = k;
            pairOfRow[j] = pairs;
            eliminated[j] = true;
            eliminated[k] = true;
            pairs++;
        }
        int[] reducedIndex = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            reducedIndex[i] = eliminated[i] ? -1 : m++;
        }
        int[] kept = new int[m];
        int[] rcp = new int[m + 1];
        for (int c = 0; c < n; c++) {
            int rc = reducedIndex[c];
            if (rc < 0) {
                continue;
            }
            kept[rc] = c;
            int cnt = 0;
            for (int e = colPtr[c]; e < colPtr[c + 1]; e++) {
                if (reducedIndex[rowIdx[e]] >= 0) {
                    cnt++;
                }
            }
            rcp[rc + 1] = rcp[rc] + cnt;
        }
        int[] rri = new int[rcp[m]];
        for (int rc = 0; rc < m; rc++) {
            int c = kept[rc];
            int p = rcp[rc];
            for (int e = colPtr[c]; e < colPtr[c + 1]; e++) {
                int r = reducedIndex[rowIdx[e]];
                if (r >= 0) {
                    rri[p++] = r;
                }
            }
        }
        GroundedSourceElimination g = new GroundedSourceElimination(n, colPtr, rowIdx, reducedIndex, kept,
                Arrays.copyOf(nodes, pairs), Arrays.copyOf(rows, pairs), pairOfRow, rcp, rri);
        for (int e = 0; e < colPtr[n]; e++) {
            g.nonzeroAtBuild[e] = values[e] != 0.0;
        }
        g.load(values);
        return g;
    }

    /**
     * True when {@code fullValues} has the same nonzero entries as the values this was built from,
     * so {@link #build} would find the same pairs and reduced pattern and {@link #load} may refill
     * it instead (no allocation).
     */
    boolean samePattern(double[] fullValues) {
        for (int e = 0; e < colPtr[n]; e++) {
            if ((fullValues[e] != 0.0) != nonzeroAtBuild[e]) {
                return false;
            }
        }
        return true;
    }

    /** Copies the kept block of the full values into the reduced matrix (same pattern as at build). */
    void load(double[] fullValues) {
        this.values = fullValues;
        int m = keptUnknown.length;
        for (int rc = 0; rc < m; rc++) {
            int c = keptUnknown[rc];
            int p = reducedColPtr[rc];
            for (int e = colPtr[c]; e < colPtr[c + 1]; e++) {
                if (reducedIndex[rowIdx[e]] >= 0) {
                    reducedValues[p++] = fullValues[e];
                }
            }
        }
    }

    /** Unknowns of the reduced system. */
    int size() {
        return keptUnknown.length;
    }

    /** Grounded sources eliminated. */
    int pairs() {
        return fixedNode.length;
    }

    int[] colPtr() {
        return reducedColPtr;
    }

    int[] rowIdx() {
        return reducedRowIdx;
    }

    double[] values() {
        return reducedValues;
    }

    /**
     * Writes the fixed node values into {@code x} (full) and {@code b_U - A_UJ x_J} into {@code out}.
     *
     * @param b   full right-hand side (length >= n)
     * @param x   full solution being built (its fixed entries are set here)
     * @param out reduced right-hand side (length {@link #size()})
     */
    void reducedRhs(double[] b, double[] x, double[] out) {
        for (int rc = 0; rc < keptUnknown.length; rc++) {
            out[rc] = b[keptUnknown[rc]];
        }
        for (int p = 0; p < fixedNode.length; p++) {
            int j = fixedNode[p];
            int k = fixedRow[p];
            double akj = 0;
            for (int e = colPtr[j]; e < colPtr[j + 1]; e++) {
                if (rowIdx[e] == k) {
                    akj = values[e];
                }
            }
            double xj = b[k] / akj;
            x[j] = xj;
            for (int e = colPtr[j]; e < colPtr[j + 1]; e++) {
                int r = reducedIndex[rowIdx[e]];
                if (r >= 0) {
                    out[r] -= values[e] * xj;
                }
            }
        }
    }

    /**
     * Completes the full solution: kept unknowns from {@code reduced}, the sources' currents from
     * the KCL rows of their nodes (the fixed node values must already be in {@code x} from
     * {@link #reducedRhs}).
     */
    void expand(double[] reduced, double[] b, double[] x) {
        for (int rc = 0; rc < keptUnknown.length; rc++) {
            x[keptUnknown[rc]] = reduced[rc];
        }
        for (int p = 0; p < fixedNode.length; p++) {
            x[fixedRow[p]] = 0.0;
        }
        // sum_{l != k} a_jl x_l for every fixed node j, accumulated by column
        double[] acc = scratch;
        for (int c = 0; c < n; c++) {
            double xc = x[c];
            if (xc == 0.0) {
                continue;
            }
            for (int e = colPtr[c]; e < colPtr[c + 1]; e++) {
                int p = pairOfRow[rowIdx[e]];
                if (p >= 0 && c != fixedRow[p]) {
                    acc[p] += values[e] * xc;
                }
            }
        }
        for (int p = 0; p < fixedNode.length; p++) {
            int j = fixedNode[p];
            int k = fixedRow[p];
            double ajk = 0;
            for (int e = colPtr[k]; e < colPtr[k + 1]; e++) {
                if (rowIdx[e] == j) {
                    ajk = values[e];
                }
            }
            x[k] = (b[j] - acc[p]) / ajk;
            acc[p] = 0.0;
        }
    }
}
