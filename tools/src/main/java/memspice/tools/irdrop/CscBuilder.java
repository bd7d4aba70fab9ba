package memspice.tools.irdrop;

import java.util.Arrays;

/**
 * Builds the fixed CSC pattern of a symmetric nodal matrix from two-terminal conductances and
 * gives each stamp the positions of its entries, so values can be re-assembled for new
 * conductances without look-ups.
 */
final class CscBuilder {

    private final int n;
    private long[] keys;
    private int count;

    CscBuilder(int n, int expectedEntries) {
        this.n = n;
        this.keys = new long[Math.max(16, expectedEntries)];
        for (int k = 0; k < n; k++) {
            add(k, k);
        }
    }

    /** Declares the entries of a conductance between nodes a and b (b < 0: ground). */
    void conductance(int a, int b) {
        if (b >= 0) {
            add(a, b);
            add(b, a);
        }
    }

    private void add(int row, int col) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[count++] = ((long) col << 32) | row;
    }

    /** The finished pattern. */
    Pattern build() {
        long[] k = Arrays.copyOf(keys, count);
        Arrays.sort(k);
        int unique = 0;
        for (int p = 0; p < k.length; p++) {
            if (p == 0 || k[p] != k[p - 1]) {
                k[unique++] = k[p];
            }
        }
        int[] colPtr = new int[n + 1];
        int[] rowIdx = new int[unique];
        for (int p = 0; p < unique; p++) {
            int col = (int) (k[p] >>> 32);
            rowIdx[p] = (int) k[p];
            colPtr[col + 1]++;
        }
        for (int c = 0; c < n; c++) {
            colPtr[c + 1] += colPtr[c];
        }
        keys = null;
        return new Pattern(n, colPtr, rowIdx);
    }

    /** A CSC pattern with sorted row indices in each column. */
    record Pattern(int n, int[] colPtr, int[] rowIdx) {
        /** Position of entry (row, col); throws if absent. */
        int position(int row, int col) {
            int p = Arrays.binarySearch(rowIdx, colPtr[col], colPtr[col + 1], row);
            if (p < 0) {
                throw new IllegalStateException("entry (" + row + ", " + col + ") not in the pattern");
            }
            return p;
        }
    }
}
