package memspice.sparse;

/**
 * A maximum matching of columns to rows on the pattern (a zero-free diagonal when one exists), by
 * depth-first augmenting paths with a cheap first pass (Duff, ACM TOMS 7(3):315, 1981, MC21). Its
 * size is the structural rank: below n, no values make the matrix regular, and the unmatched
 * columns name unknowns the equations cannot all determine.
 */
final class MaximumTransversal {

    private MaximumTransversal() {
    }

    /**
     * @return rowOf[j] = the row matched to column j, or -1 when the pattern is structurally
     *         singular and column j is left unmatched
     */
    static int[] match(int n, int[] colPtr, int[] rowIdx) {
        int[] rowOf = new int[n];
        int[] colOf = new int[n];
        java.util.Arrays.fill(rowOf, -1);
        java.util.Arrays.fill(colOf, -1);
        // cheap pass: any free row of the column, the diagonal first
        for (int j = 0; j < n; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                if (rowIdx[p] == j && colOf[j] < 0) {
                    rowOf[j] = j;
                    colOf[j] = j;
                    break;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (rowOf[j] >= 0) {
                continue;
            }
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                if (colOf[rowIdx[p]] < 0) {
                    rowOf[j] = rowIdx[p];
                    colOf[rowIdx[p]] = j;
                    break;
                }
            }
        }
        int[] visited = new int[n];
        java.util.Arrays.fill(visited, -1);
        int[] stackCol = new int[n];
        int[] stackPos = new int[n];
        int[] viaRow = new int[n];
        for (int j = 0; j < n; j++) {
            if (rowOf[j] < 0) {
                augment(j, colPtr, rowIdx, rowOf, colOf, visited, stackCol, stackPos, viaRow);
            }
        }
        return rowOf;
    }

    /** Searches an augmenting path from free column start and flips it if found. */
    private static void augment(int start, int[] colPtr, int[] rowIdx, int[] rowOf, int[] colOf, int[] visited,
                                int[] stackCol, int[] stackPos, int[] viaRow) {
        int depth = 0;
        stackCol[0] = start;
        stackPos[0] = colPtr[start];
        visited[start] = start;
        while (depth >= 0) {
            int j = stackCol[depth];
            int end = colPtr[j + 1];
            boolean moved = false;
            for (int p = stackPos[depth]; p < end; p++) {
                int i = rowIdx[p];
                int owner = colOf[i];
                if (owner < 0) {                  // free row: flip the path start -> ... -> j -> i
                    viaRow[depth] = i;
                    for (int d = depth; d >= 0; d--) {
                        int c = stackCol[d];
                        int r = viaRow[d];
                        rowOf[c] = r;
                        colOf[r] = c;
                    }
                    return;
                }
                if (visited[owner] != start) {
                    visited[owner] = start;
                    stackPos[depth] = p + 1;
                    viaRow[depth] = i;
                    depth++;
                    stackCol[depth] = owner;
                    stackPos[depth] = colPtr[owner];
                    moved = true;
                    break;
                }
            }
            if (!moved) {
                depth--;
            }
        }
    }
}
