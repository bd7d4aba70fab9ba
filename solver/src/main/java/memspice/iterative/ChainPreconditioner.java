package memspice.iterative;

import java.util.Arrays;

/**
 * Line relaxation found from the matrix: block Jacobi over chains of strongly coupled unknowns,
 * each chain solved exactly as a tridiagonal system. The chains are algebraic, not named: every
 * unknown i nominates up to two neighbours j with {@code |a_ij| >= STRENGTH * max_k |a_ik|}
 * (the two strongest), an edge is kept when both ends nominate each other, so every unknown has at
 * most two edges and the edges form paths (a cycle is cut once). On a crossbar the 1 ohm wire
 * segments couple neighbours 10^4..10^6 times more strongly than the cells, so the chains are
 * exactly the row and column wires and the preconditioner solves each wire exactly; the cells'
 * coupling is left to the Krylov iteration. On a matrix without strong directions it degrades
 * gracefully to short chains (at worst Jacobi).
 *
 * <p>For a symmetric positive definite matrix every chain block is a principal submatrix, hence
 * SPD, and its L D L^T has positive pivots; a non-positive pivot is reported by {@link #build}
 * returning null. {@link #apply} allocates nothing.
 */
final class ChainPreconditioner {

    /** Relative strength of a coupling to count as "strong" (classical AMG uses 0.25; 0.5 keeps chains unambiguous). */
    static final double STRENGTH = 0.5;

    private final int[] order;      // unknowns chain by chain
    private final boolean[] starts; // order position begins a chain
    private final int[] diagSlot;   // CSC position of a_pp, in chain order
    private final int[] offSlot;    // CSC position of a(p, p-1) in column p, -1 at chain starts
    private final double[] pivot;   // L D L^T pivots in chain order
    private final double[] mult;    // mult[p] = l(p, p-1), 0 at chain starts
    private final double[] work;
    private final int chains;

    private ChainPreconditioner(int[] order, boolean[] starts, int[] diagSlot, int[] offSlot, int chains) {
        this.order = order;
        this.starts = starts;
        this.diagSlot = diagSlot;
        this.offSlot = offSlot;
        this.pivot = new double[order.length];
        this.mult = new double[order.length];
        this.work = new double[order.length];
        this.chains = chains;
    }

    /**
     * Finds the chains of a symmetric matrix (CSC, so columns are rows) and factors them.
     *
     * @return the preconditioner, or null when a chain pivot is not positive (not SPD)
     */
    static ChainPreconditioner build(int m, int[] colPtr, int[] rowIdx, double[] values) {
        int[] first = new int[m];
        int[] second = new int[m];
        int[] firstSlot = new int[m];
        int[] secondSlot = new int[m];
        int[] diag = new int[m];
        Arrays.fill(first, -1);
        Arrays.fill(second, -1);
        Arrays.fill(diag, -1);
        for (int i = 0; i < m; i++) {
            double max = 0;
            for (int e = colPtr[i]; e < colPtr[i + 1]; e++) {
                if (rowIdx[e] == i) {
                    diag[i] = e;
                } else {
                    max = Math.max(max, Math.abs(values[e]));
                }
            }
            double b1 = 0;
            double b2 = 0;
            for (int e = colPtr[i]; e < colPtr[i + 1]; e++) {
                int j = rowIdx[e];
                double a = Math.abs(values[e]);
                if (j == i || a == 0.0 || a < STRENGTH * max) {
                    continue;
                }
                if (a > b1) {
                    second[i] = first[i];
                    secondSlot[i] = firstSlot[i];
                    b2 = b1;
                    first[i] = j;
                    firstSlot[i] = e;
                    b1 = a;
                } else if (a > b2) {
                    second[i] = j;
                    secondSlot[i] = e;
                    b2 = a;
                }
            }
        }
        // keep mutual nominations only
        for (int i = 0; i < m; i++) {
            if (first[i] >= 0 && !nominates(first, second, first[i], i)) {
                first[i] = second[i];
                firstSlot[i] = secondSlot[i];
                second[i] = -1;
            }
            if (second[i] >= 0 && !nominates(first, second, second[i], i)) {
                second[i] = -1;
            }
            if (first[i] >= 0 && !nominates(first, second, first[i], i)) {
                first[i] = -1;
            }
        }
        int[] order = new int[m];
        boolean[] starts = new boolean[m];
        int[] diagSlot = new int[m];
        int[] offSlot = new int[m];
        boolean[] placed = new boolean[m];
        int pos = 0;
        int chains = 0;
        // paths from their ends first, then whatever is left (cycles, cut where entered)
        for (int pass = 0; pass < 2; pass++) {
            for (int s = 0; s < m; s++) {
                if (placed[s] || (pass == 0 && first[s] >= 0 && second[s] >= 0)) {
                    continue;
                }
                int prev = -1;
                int cur = s;
                starts[pos] = true;
                chains++;
                while (cur >= 0 && !placed[cur]) {
                    if (diag[cur] < 0) {
                        return null;    // no diagonal entry: not positive definite
                    }
                    placed[cur] = true;
                    order[pos] = cur;
                    diagSlot[pos] = diag[cur];
                    offSlot[pos] = prev < 0 ? -1 : (first[cur] == prev ? firstSlot[cur] : secondSlot[cur]);
                    pos++;
                    int next = first[cur] >= 0 && first[cur] != prev ? first[cur]
                            : (second[cur] != prev ? second[cur] : -1);
                    prev = cur;
                    cur = next;
                }
            }
        }
        ChainPreconditioner pre = new ChainPreconditioner(order, starts, diagSlot, offSlot, chains);
        return pre.refactor(values) ? pre : null;
    }

    /**
     * Factors the same chains for new values of the same pattern (no allocation).
     *
     * @return false when a chain pivot is not positive (the matrix is not SPD)
     */
    boolean refactor(double[] values) {
        for (int p = 0; p < order.length; p++) {
            double d = values[diagSlot[p]];
            if (offSlot[p] >= 0) {
                double off = values[offSlot[p]];
                double l = off / pivot[p - 1];
                mult[p] = l;
                d -= l * off;
            } else {
                mult[p] = 0.0;
            }
            if (!(d > 0.0)) {
                return false;
            }
            pivot[p] = d;
        }
        return true;
    }

    private static boolean nominates(int[] first, int[] second, int i, int j) {
        return first[i] == j || second[i] == j;
    }

    /** Number of chains (row and column wires on a crossbar, plus single unknowns). */
    int chains() {
        return chains;
    }

    /** out = M^-1 in (the chain solves). Arrays of the reduced size; in and out may not alias. */
    void apply(double[] in, double[] out) {
        int m = order.length;
        double[] y = work;
        double carry = 0;
        for (int p = 0; p < m; p++) {
            double v = in[order[p]];
            if (!starts[p]) {
                v -= mult[p] * carry;
            }
            y[p] = v;
            carry = v;
        }
        carry = 0;
        for (int p = m - 1; p >= 0; p--) {
            double v = y[p] / pivot[p];
            if (p + 1 < m && !starts[p + 1]) {
                v -= mult[p + 1] * carry;
            }
            out[order[p]] = v;
            carry = v;
        }
    }
}
