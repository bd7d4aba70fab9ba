package memspice.sparse;

/**
 * The number of nonzeros of the Cholesky factor L of P (A + A^T) P^T for an ordering, from its
 * elimination tree: nnz(L) counts, for every row i, the nodes of the row subtree reached from the
 * neighbours of i that come earlier (Liu, SIAM J. Matrix Anal. Appl. 11(1):134, 1990). Costs
 * O(nnz(L)) time, no more memory than O(n): cheap enough to compare orderings before factoring.
 */
final class SymbolicFill {

    private SymbolicFill() {
    }

    /**
     * @param perm perm[k] = the vertex eliminated k-th
     * @return nnz(L) including the diagonal: an estimate of nnz(L+U)/2 for diagonal pivoting
     */
    static long choleskyNonzeros(SymmetricGraph g, int[] perm) {
        int n = g.n;
        int[] inv = new int[n];
        for (int k = 0; k < n; k++) {
            inv[perm[k]] = k;
        }
        int[] parent = new int[n];
        int[] mark = new int[n];
        long count = n;
        for (int k = 0; k < n; k++) {
            parent[k] = -1;
            mark[k] = k;
            int v = perm[k];
            for (int p = g.start[v]; p < g.start[v + 1]; p++) {
                int j = inv[g.adjacent[p]];
                if (j >= k) {
                    continue;
                }
                // walk up the elimination tree from j: every node met before a marked one is an entry L(k, .)
                while (mark[j] != k) {
                    mark[j] = k;
                    count++;
                    if (parent[j] == -1) {
                        parent[j] = k;
                    }
                    j = parent[j];
                }
            }
        }
        return count;
    }
}
