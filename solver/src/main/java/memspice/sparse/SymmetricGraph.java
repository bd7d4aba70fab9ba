package memspice.sparse;

/**
 * The adjacency of the symmetrised pattern A + A^T without the diagonal, in compressed rows
 * (each undirected edge stored in both directions, no duplicates). Analysis-time only.
 */
final class SymmetricGraph {

    final int n;
    final int[] start;
    final int[] adjacent;

    private SymmetricGraph(int n, int[] start, int[] adjacent) {
        this.n = n;
        this.start = start;
        this.adjacent = adjacent;
    }

    int degree(int v) {
        return start[v + 1] - start[v];
    }

    /** Builds the graph of an n x n CSC pattern (duplicates and diagonal entries allowed). */
    static SymmetricGraph of(int n, int[] colPtr, int[] rowIdx) {
        int[] count = new int[n + 1];
        for (int j = 0; j < n; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                int i = rowIdx[p];
                if (i != j) {
                    count[i]++;
                    count[j]++;
                }
            }
        }
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + count[v];
        }
        int[] fill = java.util.Arrays.copyOf(start, n);
        int[] adj = new int[start[n]];
        for (int j = 0; j < n; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                int i = rowIdx[p];
                if (i != j) {
                    adj[fill[i]++] = j;
                    adj[fill[j]++] = i;
                }
            }
        }
        // remove duplicates per vertex with a marker, compacting in place
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        int[] compact = new int[n + 1];
        int out = 0;
        for (int v = 0; v < n; v++) {
            compact[v] = out;
            for (int p = start[v]; p < start[v + 1]; p++) {
                int w = adj[p];
                if (mark[w] != v) {
                    mark[w] = v;
                    adj[out++] = w;
                }
            }
        }
        compact[n] = out;
        return new SymmetricGraph(n, compact, java.util.Arrays.copyOf(adj, out));
    }

    /** The graph as a CSC pattern (the same arrays: a symmetric pattern is its own transpose). */
    int[] colPtr() {
        return start;
    }

    int[] rowIdx() {
        return adjacent;
    }
}
