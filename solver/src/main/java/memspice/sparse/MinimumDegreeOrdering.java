package memspice.sparse;

/**
 * Approximate minimum degree ordering (after Amestoy, Davis and Duff, SIAM J. Matrix Anal. Appl.
 * 17(4):886, 1996) of the symmetrised pattern A + A^T, on a quotient graph: eliminated pivots
 * become elements holding their fill pattern, so memory stays O(nnz(A)) plus the element lists.
 *
 * <p>Kept: supervariables (indistinguishable variables found by hashing their adjacency, merged and
 * eliminated together, with degrees counted in variables and external to the supervariable),
 * approximate external degrees (Eq. 4.1 of the paper, with the bound by the previous degree),
 * element absorption and aggressive absorption, dense rows ordered last. Left out: mass elimination.
 *
 * <p>Not thread-safe; one instance orders one pattern.
 */
final class MinimumDegreeOrdering {

    private static final byte LIVE = 0;
    private static final byte ELEMENT = 1;
    private static final byte DEAD = 2;
    private static final byte MERGED = 3;

    private final int n;
    private final IntList[] variables;   // A_i: live variable neighbours of variable i
    private final IntList[] elements;    // E_i: elements adjacent to variable i
    private final int[][] elementVars;   // L_e: variables of element e (its fill column)
    private final int[] elementSize;     // |L_e| counted over live variables
    private final byte[] status;
    private final int[] degree;
    private final int[] head;
    private final int[] next;
    private final int[] prev;
    private final int[] mark;
    private final int[] w;
    private final int[] wStamp;
    private final int[] nv;            // size of the supervariable a principal variable stands for
    private final int[] memberNext;    // chain of variables merged into a principal one
    private final int[] memberLast;
    private final int[] cmp;
    private final long[] hash;
    private int cmpStamp;
    private int stamp;
    private int minDegree;
    private int remaining;

    private MinimumDegreeOrdering(int n) {
        this.n = n;
        variables = new IntList[n];
        elements = new IntList[n];
        elementVars = new int[n][];
        elementSize = new int[n];
        status = new byte[n];
        degree = new int[n];
        head = new int[n + 1];
        next = new int[n];
        prev = new int[n];
        mark = new int[n];
        w = new int[n];
        wStamp = new int[n];
        nv = new int[n];
        memberNext = new int[n];
        memberLast = new int[n];
        cmp = new int[n];
        hash = new long[n];
        java.util.Arrays.fill(nv, 1);
        java.util.Arrays.fill(memberNext, -1);
        for (int i = 0; i < n; i++) {
            memberLast[i] = i;
        }
    }

    /**
     * Orders the columns of an n x n pattern.
     *
     * @param colPtr      CSC column pointers, length n + 1
     * @param rowIdx      CSC row indices (duplicates and the diagonal are allowed)
     * @param denseFactor rows with more than max(16, denseFactor * sqrt(n)) neighbours go last
     * @return perm, perm[k] = the original column eliminated k-th
     */
    static int[] order(int n, int[] colPtr, int[] rowIdx, double denseFactor) {
        return new MinimumDegreeOrdering(n).run(colPtr, rowIdx, denseFactor);
    }

    private int[] run(int[] colPtr, int[] rowIdx, double denseFactor) {
        int[] perm = new int[n];
        if (n == 0) {
            return perm;
        }
        buildSymmetricGraph(colPtr, rowIdx);
        int denseLimit = (int) Math.max(16, denseFactor * Math.sqrt(n));
        int[] dense = new int[n];
        int denseCount = 0;
        java.util.Arrays.fill(head, -1);
        minDegree = n;
        for (int i = 0; i < n; i++) {
            if (variables[i].size > denseLimit) {
                dense[denseCount++] = i;
                status[i] = DEAD;
            }
        }
        for (int i = 0; i < n; i++) {
            if (status[i] == LIVE) {
                pruneDead(variables[i]);
                degree[i] = variables[i].size;
                insert(i);
            }
        }
        int k = 0;
        remaining = n - denseCount;
        while (k < n - denseCount) {
            int p = popMinimum();
            for (int v = p; v >= 0; v = memberNext[v]) {
                perm[k++] = v;
            }
            remaining -= nv[p];
            eliminate(p);
        }
        for (int d = 0; d < denseCount; d++) {
            perm[k++] = dense[d];
        }
        return perm;
    }

    private void buildSymmetricGraph(int[] colPtr, int[] rowIdx) {
        int[] count = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                int i = rowIdx[p];
                if (i != j) {
                    count[i]++;
                    count[j]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            variables[i] = new IntList(count[i]);
            elements[i] = new IntList(4);
        }
        java.util.Arrays.fill(mark, -1);
        // each undirected edge once: append j to i's list and i to j's, de-duplicated by a mark per i
        for (int j = 0; j < n; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                int i = rowIdx[p];
                if (i != j) {
                    addEdge(i, j);
                    addEdge(j, i);
                }
            }
        }
        java.util.Arrays.fill(mark, 0);
    }

    private void addEdge(int from, int to) {
        IntList list = variables[from];
        for (int q = 0; q < list.size; q++) {
            if (list.items[q] == to) {
                return;
            }
        }
        list.add(to);
    }

    private void pruneDead(IntList list) {
        int out = 0;
        for (int q = 0; q < list.size; q++) {
            if (status[list.items[q]] == LIVE) {
                list.items[out++] = list.items[q];
            }
        }
        list.size = out;
    }

    /** Eliminates pivot p: forms element L_p, absorbs its elements, updates the degrees of L_p. */
    private void eliminate(int p) {
        int myStamp = ++stamp;
        mark[p] = myStamp;
        IntList lp = new IntList(degree[p] + 1);
        int lpWeight = 0;
        IntList ep = elements[p];
        for (int q = 0; q < ep.size; q++) {
            int e = ep.items[q];
            if (status[e] != ELEMENT) {
                continue;
            }
            int[] vars = elementVars[e];
            for (int r = 0; r < vars.length; r++) {
                int v = vars[r];
                if (status[v] == LIVE && mark[v] != myStamp) {
                    mark[v] = myStamp;
                    lp.add(v);
                    lpWeight += nv[v];
                }
            }
            status[e] = DEAD;
            elementVars[e] = null;
        }
        IntList ap = variables[p];
        for (int q = 0; q < ap.size; q++) {
            int v = ap.items[q];
            if (status[v] == LIVE && mark[v] != myStamp) {
                mark[v] = myStamp;
                lp.add(v);
                lpWeight += nv[v];
            }
        }
        status[p] = ELEMENT;
        elementVars[p] = java.util.Arrays.copyOf(lp.items, lp.size);
        elementSize[p] = lpWeight;
        variables[p] = null;
        elements[p] = null;

        // |L_e \ L_p| (in variables) for every element touching L_p
        int wTag = ++stamp;
        for (int q = 0; q < lp.size; q++) {
            int i = lp.items[q];
            IntList ei = elements[i];
            for (int r = 0; r < ei.size; r++) {
                int e = ei.items[r];
                if (status[e] != ELEMENT) {
                    continue;
                }
                if (wStamp[e] != wTag) {
                    wStamp[e] = wTag;
                    w[e] = elementSize[e];
                }
                w[e] -= nv[i];
            }
        }
        for (int q = 0; q < lp.size; q++) {
            int i = lp.items[q];
            remove(i);
            IntList ei = elements[i];
            long h = p;
            int external = 0;
            int out = 0;
            for (int r = 0; r < ei.size; r++) {
                int e = ei.items[r];
                if (status[e] != ELEMENT) {
                    continue;
                }
                if (w[e] == 0) {          // L_e inside L_p: aggressive absorption
                    status[e] = DEAD;
                    elementVars[e] = null;
                    continue;
                }
                external += w[e];
                h += e;
                ei.items[out++] = e;
            }
            ei.size = out;
            ei.add(p);
            IntList ai = variables[i];
            out = 0;
            int aWeight = 0;
            for (int r = 0; r < ai.size; r++) {
                int v = ai.items[r];
                if (status[v] == LIVE && mark[v] != myStamp) {
                    ai.items[out++] = v;
                    aWeight += nv[v];
                    h += v;
                }
            }
            ai.size = out;
            hash[i] = h;
            int others = lpWeight - nv[i];
            long approx = (long) aWeight + others + external;
            long bound = (long) degree[i] + others;
            degree[i] = (int) Math.max(0, Math.min(remaining - nv[i], Math.min(approx, bound)));
        }
        mergeIndistinguishable(lp);
        for (int q = 0; q < lp.size; q++) {
            int i = lp.items[q];
            if (status[i] == LIVE) {
                insert(i);
            }
        }
    }

    /**
     * Merges the variables of L_p whose element and variable lists are equal (same hash first, then
     * compared): they stay indistinguishable, so one pivot eliminates them all with no extra fill.
     */
    private void mergeIndistinguishable(IntList lp) {
        if (lp.size < 2) {
            return;
        }
        Integer[] byHash = new Integer[lp.size];
        for (int q = 0; q < lp.size; q++) {
            byHash[q] = lp.items[q];
        }
        java.util.Arrays.sort(byHash, (x, y) -> Long.compare(hash[x], hash[y]));
        for (int s = 0; s < byHash.length; ) {
            int e = s + 1;
            while (e < byHash.length && hash[byHash[e]] == hash[byHash[s]]) {
                e++;
            }
            for (int a = s; a < e; a++) {
                int i = byHash[a];
                if (status[i] != LIVE) {
                    continue;
                }
                for (int b = a + 1; b < e; b++) {
                    int j = byHash[b];
                    if (status[j] == LIVE && sameLists(elements[i], elements[j]) && sameLists(variables[i], variables[j])) {
                        degree[i] -= nv[j];
                        nv[i] += nv[j];
                        nv[j] = 0;
                        status[j] = MERGED;
                        memberNext[memberLast[i]] = j;
                        memberLast[i] = memberLast[j];
                        variables[j] = null;
                        elements[j] = null;
                    }
                }
            }
            s = e;
        }
    }

    private boolean sameLists(IntList a, IntList b) {
        if (a.size != b.size) {
            return false;
        }
        int tag = ++cmpStamp;
        for (int q = 0; q < a.size; q++) {
            cmp[a.items[q]] = tag;
        }
        for (int q = 0; q < b.size; q++) {
            if (cmp[b.items[q]] != tag) {
                return false;
            }
        }
        return true;
    }

    private void insert(int i) {
        int d = degree[i];
        next[i] = head[d];
        prev[i] = -1;
        if (head[d] >= 0) {
            prev[head[d]] = i;
        }
        head[d] = i;
        if (d < minDegree) {
            minDegree = d;
        }
    }

    private void remove(int i) {
        int d = degree[i];
        if (prev[i] >= 0) {
            next[prev[i]] = next[i];
        } else {
            head[d] = next[i];
        }
        if (next[i] >= 0) {
            prev[next[i]] = prev[i];
        }
    }

    private int popMinimum() {
        while (head[minDegree] < 0) {
            minDegree++;
        }
        int p = head[minDegree];
        remove(p);
        return p;
    }
}
