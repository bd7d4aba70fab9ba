package memspice.tools.crossbar;

import no.uib.cipr.matrix.DenseVector;
import no.uib.cipr.matrix.sparse.CG;
import no.uib.cipr.matrix.sparse.CompRowMatrix;
import no.uib.cipr.matrix.sparse.DefaultIterationMonitor;
import no.uib.cipr.matrix.sparse.DiagonalPreconditioner;
import no.uib.cipr.matrix.sparse.FlexCompRowMatrix;
import no.uib.cipr.matrix.sparse.IterativeSolverNotConvergedException;

/**
 * An independent reference for crossbar operating points: nodal analysis of the wire nodes only
 * (inputs and outputs are known voltages), an SPD system solved by MTJ's preconditioned conjugate
 * gradients. Shares no code with memspice's MNA assembly or sparse LU.
 */
final class NodalCrossbarSolver {

    /** Node voltages r[i][j], c[i][j] and column currents into the output ammeters. */
    record Solution(double[][] row, double[][] col, double[] columnCurrent) {
    }

    private NodalCrossbarSolver() {
    }

    static Solution solve(CrossbarSpec s, double relativeTolerance) throws IterativeSolverNotConvergedException {
        int n = s.rows();
        int m = s.columns();
        int size = 2 * n * m;
        FlexCompRowMatrix a = new FlexCompRowMatrix(size, size);
        DenseVector rhs = new DenseVector(size);
        double gr = 1 / s.rowSegment();
        double gc = 1 / s.columnSegment();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int r = rowNode(i, j, m);
                int c = colNode(i, j, n, m);
                stamp(a, r, c, s.conductance()[i][j]);
                if (j + 1 < m) {
                    stamp(a, r, rowNode(i, j + 1, m), gr);
                }
                if (i + 1 < n) {
                    stamp(a, c, colNode(i + 1, j, n, m), gc);
                }
            }
            int first = rowNode(i, 0, m);
            a.add(first, first, gr);                       // segment to the input held at inputs[i]
            rhs.add(first, gr * s.inputs()[i]);
        }
        for (int j = 0; j < m; j++) {
            int last = colNode(n - 1, j, n, m);
            a.add(last, last, gc);                         // segment to the output held at 0 V
        }
        CompRowMatrix csr = new CompRowMatrix(a);
        DenseVector x = new DenseVector(size);
        CG cg = new CG(x);
        DiagonalPreconditioner p = new DiagonalPreconditioner(size);
        p.setMatrix(csr);
        cg.setPreconditioner(p);
        cg.setIterationMonitor(new DefaultIterationMonitor(100_000, relativeTolerance, 1e-300, 1e10));
        cg.solve(csr, rhs, x);
        double[][] row = new double[n][m];
        double[][] col = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                row[i][j] = x.get(rowNode(i, j, m));
                col[i][j] = x.get(colNode(i, j, n, m));
            }
        }
        double[] current = new double[m];
        for (int j = 0; j < m; j++) {
            current[j] = col[n - 1][j] * gc;
        }
        return new Solution(row, col, current);
    }

    private static void stamp(FlexCompRowMatrix a, int p, int q, double g) {
        a.add(p, p, g);
        a.add(q, q, g);
        a.add(p, q, -g);
        a.add(q, p, -g);
    }

    private static int rowNode(int i, int j, int m) {
        return i * m + j;
    }

    private static int colNode(int i, int j, int n, int m) {
        return n * m + i * m + j;
    }
}
