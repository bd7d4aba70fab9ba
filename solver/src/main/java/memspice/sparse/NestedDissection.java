package memspice.sparse;

/**
 * Nested dissection ordering for large, grid-like circuit graphs (crossbars): the graph is split by
 * a vertex separator taken from a breadth-first level structure rooted at a pseudo-peripheral vertex
 * (George and Liu, Computer Solution of Large Sparse Positive Definite Systems, 1981, ch. 8), both
 * halves are ordered recursively and the separator is numbered last; parts below {@link #LEAF}
 * vertices are ordered by minimum degree. On an N x N mesh the separators are O(N), so the factor has
 * O(n log n) entries, where minimum degree's grows faster on these graphs.
 */
final class NestedDissection {

    /** Parts up to this size are ordered by minimum degree. */
    static final int LEAF = 256;
    /** Label of ordered vertices (and of dense ones): never a live part's id (ids are >= 0). */
    private static final int DONE = -1;

    private final SymmetricGraph g;
    private final double denseFactor;
    private final int[] label;
    private final int[] level;
    private final int[] queue;
    private final int[] perm;
    private int next;
    private int labels;
    private int depthOfRecursion;
    /** Bisection levels at most (2^40 parts: never reached by balanced splits; a guard for bad ones). */
    private static final int MAX_DEPTH = 40;

    private NestedDissection(SymmetricGraph g, double denseFactor) {
        this.g = g;
        this.denseFactor = denseFactor;
        int n = g.n;
        label = new int[n];
        level = new int[n];
        queue = new int[n];
        perm = new int[n];
    }

    /** perm[k] = the vertex eliminated k-th; dense vertices (as in minimum degree) go last. */
    static int[] order(SymmetricGraph g, double denseFactor) {
        return new NestedDissection(g, denseFactor).run();
    }

    private int[] run() {
        int n = g.n;
        int denseLimit = (int) Math.max(16, denseFactor * Math.sqrt(n));
        int[] all = new int[n];
        int count = 0;
        int[] dense = new int[n];
        int denseCount = 0;
        for (int v = 0; v < n; v++) {
            if (g.degree(v) > denseLimit) {
                dense[denseCount++] = v;
                label[v] = DONE;
            } else {
                all[count++] = v;
            }
        }
        dissect(java.util.Arrays.copyOf(all, count), 0);
        for (int d = 0; d < denseCount; d++) {
            perm[next++] = dense[d];
        }
        return perm;
    }

    /** Orders the vertices of part (all carrying label id) into perm, separators after their halves. */
    private void dissect(int[] part, int id) {
        if (part.length <= LEAF) {
            leaf(part, id);
            return;
        }
        int reached = bfs(part[0], id);
        if (reached < part.length) {                  // disconnected: each component on its own
            java.util.List<int[]> components = new java.util.ArrayList<>();
            java.util.List<Integer> ids = new java.util.ArrayList<>();
            int count = reached;
            for (int k = 0; ; ) {
                int[] component = java.util.Arrays.copyOf(queue, count);
                int cid = ++labels;
                for (int v : component) {
                    label[v] = cid;
                }
                components.add(component);
                ids.add(cid);
                while (k < part.length && label[part[k]] != id) {
                    k++;
                }
                if (k == part.length) {
                    break;
                }
                count = bfs(part[k], id);
            }
            depthOfRecursion++;
            for (int c = 0; c < components.size(); c++) {
                dissect(components.get(c), ids.get(c));
            }
            depthOfRecursion--;
            return;
        }
        int root = pseudoPeripheral(part[0], id);
        int depth = bfs(root, id) > 0 ? level[queue[part.length - 1]] : 0;
        if (depth < 2) {
            leaf(part, id);
            return;
        }
        int[] size = new int[depth + 1];
        for (int v : part) {
            size[level[v]]++;
        }
        int cut = 0;
        int below = 0;
        while (below + size[cut] < part.length / 2) {
            below += size[cut++];
        }
        // the thinnest level near the middle that still leaves a fifth on either side
        int best = cut;
        int window = Math.max(1, depth / 8);
        int before = 0;
        for (int l = 0; l <= depth; l++) {
            int after = part.length - before - size[l];
            if (Math.abs(l - cut) <= window && l > 0 && l < depth && before >= part.length / 5
                    && after >= part.length / 5 && size[l] < size[best]) {
                best = l;
            }
            before += size[l];
        }
        int idA = ++labels;
        int idB = ++labels;
        int[] a = new int[part.length];
        int[] b = new int[part.length];
        int[] s = new int[part.length];
        int na = 0;
        int nb = 0;
        int ns = 0;
        for (int v : part) {
            if (level[v] < best) {
                a[na++] = v;
            } else if (level[v] > best) {
                b[nb++] = v;
            }
        }
        for (int v : part) {
            if (level[v] != best) {
                continue;
            }
            boolean touchesB = false;
            for (int p = g.start[v]; p < g.start[v + 1] && !touchesB; p++) {
                int w = g.adjacent[p];
                touchesB = label[w] == id && level[w] == best + 1;
            }
            if (touchesB) {
                s[ns++] = v;
            } else {
                a[na++] = v;                      // joins only the lower side: not needed in the separator
            }
        }
        if (na == 0 || nb == 0 || depthOfRecursion >= MAX_DEPTH) {
            // no split (one level holds the median and nothing lies beyond it) or too deep: order as a leaf
            leaf(part, id);
            return;
        }
        for (int i = 0; i < na; i++) {
            label[a[i]] = idA;
        }
        for (int i = 0; i < nb; i++) {
            label[b[i]] = idB;
        }
        for (int i = 0; i < ns; i++) {
            label[s[i]] = DONE;
        }
        depthOfRecursion++;
        dissect(java.util.Arrays.copyOf(a, na), idA);
        dissect(java.util.Arrays.copyOf(b, nb), idB);
        depthOfRecursion--;
        for (int i = 0; i < ns; i++) {
            perm[next++] = s[i];
        }
    }

    /** Breadth-first search inside part id from root; fills queue and level; returns the count reached. */
    private int bfs(int root, int id) {
        int head = 0;
        int tail = 0;
        queue[tail++] = root;
        level[root] = 0;
        int stamp = -2 - id;                      // a visited mark distinct from every live label
        label[root] = stamp;
        while (head < tail) {
            int v = queue[head++];
            for (int p = g.start[v]; p < g.start[v + 1]; p++) {
                int w = g.adjacent[p];
                if (label[w] == id) {
                    label[w] = stamp;
                    level[w] = level[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        for (int i = 0; i < tail; i++) {
            label[queue[i]] = id;
        }
        return tail;
    }

    /** A vertex of (nearly) maximal eccentricity: repeat BFS from a low-degree vertex of the last level. */
    private int pseudoPeripheral(int start, int id) {
        int root = start;
        int depth = -1;
        for (int round = 0; round < 6; round++) {
            int reached = bfs(root, id);
            int d = level[queue[reached - 1]];
            if (d <= depth) {
                break;
            }
            depth = d;
            int best = queue[reached - 1];
            for (int i = reached - 1; i >= 0 && level[queue[i]] == d; i--) {
                if (g.degree(queue[i]) < g.degree(best)) {
                    best = queue[i];
                }
            }
            root = best;
        }
        return root;
    }

    /** Minimum degree on the subgraph induced by part. */
    private void leaf(int[] part, int id) {
        int m = part.length;
        int[] local = level;                      // reuse as global -> local index map for this part
        for (int i = 0; i < m; i++) {
            local[part[i]] = i;
        }
        int[] colPtr = new int[m + 1];
        for (int i = 0; i < m; i++) {
            int v = part[i];
            int c = 0;
            for (int p = g.start[v]; p < g.start[v + 1]; p++) {
                if (label[g.adjacent[p]] == id) {
                    c++;
                }
            }
            colPtr[i + 1] = colPtr[i] + c;
        }
        int[] rowIdx = new int[colPtr[m]];
        for (int i = 0; i < m; i++) {
            int v = part[i];
            int q = colPtr[i];
            for (int p = g.start[v]; p < g.start[v + 1]; p++) {
                int w = g.adjacent[p];
                if (label[w] == id) {
                    rowIdx[q++] = local[w];
                }
            }
        }
        int[] order = MinimumDegreeOrdering.order(m, colPtr, rowIdx, Double.POSITIVE_INFINITY);
        for (int k = 0; k < m; k++) {
            perm[next++] = part[order[k]];
        }
        for (int v : part) {
            label[v] = DONE;
        }
    }
}
