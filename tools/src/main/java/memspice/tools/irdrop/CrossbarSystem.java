package memspice.tools.irdrop;

import memspice.sparse.LuOptions;
import memspice.sparse.SingularMatrixException;
import memspice.sparse.SparseLU;

/**
 * The nodal system of a resistive crossbar with wire resistance (see {@link Wiring} for the
 * geometry), assembled in memory and factored once by {@link SparseLU}; every study (MVM outputs,
 * the effective matrix, adjoint sensitivities, voltage maps, power) reuses the one factorization.
 *
 * <p>Unknowns are the 2nm wire-node voltages: row node (i, j) is {@code i*m + j}, column node (i, j)
 * is {@code n*m + j*n + i}. Drivers enter as Norton equivalents (conductance 1/(R_driver + R_row) to
 * ground and an injected current), the read-out as the last column segment (plus the read-out's
 * input resistance, {@link Wiring#senseResistance}) to ground, so the matrix is symmetric positive definite. The system is linear in the inputs:
 * y = G_eff^T x with {@code G_eff[i][j]} the current out of column j per volt on row i (the same
 * orientation as the conductance matrix, so the ideal G_eff is G).
 */
public final class CrossbarSystem implements MvmArray {

    private final int n;
    private final int m;
    private final Wiring wiring;
    private final double[][] g;
    private final double gDrive;
    private final double gSense;
    private final double[] values;
    private final int[] cellPos;     // 4 positions per cell: rr, cc, rc, cr
    private final double[] fixedValues;
    private final SparseLU lu;
    private final LinePcg pcg;
    private final double[] work;
    private double factorSeconds;

    /**
     * How the nodal system is solved: sparse LU (one factorization, exact to rounding; the default),
     * or conjugate gradients with a line preconditioner ({@link LinePcg}, relative residual
     * {@link #CG_TOLERANCE}) for arrays whose LU factors are too large.
     */
    public enum Solver { LU, CG }

    /** Relative residual of the conjugate-gradient solves. */
    public static final double CG_TOLERANCE = 1e-14;

    private CrossbarSystem(double[][] conductance, Wiring wiring, Solver solver) throws SingularMatrixException {
        this.n = conductance.length;
        this.m = conductance[0].length;
        this.wiring = wiring;
        this.g = copy(conductance);
        this.gDrive = 1 / (wiring.driverResistance() + wiring.rowSegment());
        this.gSense = 1 / (wiring.columnSegment() + wiring.senseResistance());
        int size = 2 * n * m;
        CscBuilder b = new CscBuilder(size, size + 6 * n * m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                b.conductance(rowNode(i, j), columnNode(i, j));
                if (j + 1 < m) {
                    b.conductance(rowNode(i, j), rowNode(i, j + 1));
                }
                if (i + 1 < n) {
                    b.conductance(columnNode(i, j), columnNode(i + 1, j));
                }
            }
        }
        CscBuilder.Pattern p = b.build();
        values = new double[p.rowIdx().length];
        fixedValues = new double[values.length];
        double gr = 1 / wiring.rowSegment();
        double gc = 1 / wiring.columnSegment();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j + 1 < m; j++) {
                stamp(p, fixedValues, rowNode(i, j), rowNode(i, j + 1), gr);
            }
            stamp(p, fixedValues, rowNode(i, 0), -1, gDrive);
            if (wiring.twoSidedDrive()) {
                stamp(p, fixedValues, rowNode(i, m - 1), -1, gDrive);
            }
        }
        for (int j = 0; j < m; j++) {
            for (int i = 0; i + 1 < n; i++) {
                stamp(p, fixedValues, columnNode(i, j), columnNode(i + 1, j), gc);
            }
            stamp(p, fixedValues, columnNode(n - 1, j), -1, gSense);
            if (wiring.twoSidedSense()) {
                stamp(p, fixedValues, columnNode(0, j), -1, gSense);
            }
        }
        cellPos = new int[4 * n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int r = rowNode(i, j);
                int c = columnNode(i, j);
                int k = 4 * (i * m + j);
                cellPos[k] = p.position(r, r);
                cellPos[k + 1] = p.position(c, c);
                cellPos[k + 2] = p.position(r, c);
                cellPos[k + 3] = p.position(c, r);
            }
        }
        work = new double[size];
        assemble();
        long t0 = System.nanoTime();
        if (solver == Solver.LU) {
            lu = SparseLU.analyze(size, p.colPtr(), p.rowIdx(), LuOptions.defaults());
            lu.factor(values);
            pcg = null;
        } else {
            lu = null;
            pcg = new LinePcg(size, p.colPtr(), p.rowIdx(), values, CG_TOLERANCE, 100_000);
        }
        factorSeconds = (System.nanoTime() - t0) * 1e-9;
    }

    /**
     * Builds and factors the system.
     *
     * @param conductance cell conductances (S), [rows][cols], all positive and finite (copied)
     * @throws SingularMatrixException never for valid input (the matrix is SPD); kept for the LU's contract
     */
    public static CrossbarSystem build(double[][] conductance, Wiring wiring) throws SingularMatrixException {
        return build(conductance, wiring, Solver.LU);
    }

    /** Builds the system for the given solver (factored for LU, preconditioner set up for CG). */
    public static CrossbarSystem build(double[][] conductance, Wiring wiring, Solver solver)
            throws SingularMatrixException {
        checkConductances(conductance);
        return new CrossbarSystem(conductance, wiring, solver);
    }

    private static void stamp(CscBuilder.Pattern p, double[] v, int a, int b, double gv) {
        v[p.position(a, a)] += gv;
        if (b >= 0) {
            v[p.position(b, b)] += gv;
            v[p.position(a, b)] -= gv;
            v[p.position(b, a)] -= gv;
        }
    }

    private void assemble() {
        System.arraycopy(fixedValues, 0, values, 0, values.length);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double gv = g[i][j];
                int k = 4 * (i * m + j);
                values[cellPos[k]] += gv;
                values[cellPos[k + 1]] += gv;
                values[cellPos[k + 2]] -= gv;
                values[cellPos[k + 3]] -= gv;
            }
        }
    }

    /**
     * Replaces the cell conductances (same shape) and refactors with the kept pattern and pivots.
     *
     * @throws SingularMatrixException as {@link #build}
     */
    public void setConductances(double[][] conductance) throws SingularMatrixException {
        checkConductances(conductance);
        if (conductance.length != n || conductance[0].length != m) {
            throw new IllegalArgumentException("conductance matrix must stay " + n + " x " + m);
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(conductance[i], 0, g[i], 0, m);
        }
        assemble();
        long t0 = System.nanoTime();
        if (lu != null) {
            lu.refactor(values);
        } else {
            pcg.update();
        }
        factorSeconds = (System.nanoTime() - t0) * 1e-9;
    }

    /** Node voltages (V) for row inputs x (V), a fresh vector indexed by {@link #rowNode}/{@link #columnNode}. */
    public double[] nodeVoltages(double[] x) {
        double[] v = new double[2 * n * m];
        loadInputs(x, v);
        solve(v);
        return v;
    }

    /** Column output currents (A) for row inputs x (V) into y (length m); allocates nothing. */
    @Override
    public void columnCurrents(double[] x, double[] y) {
        java.util.Arrays.fill(work, 0);
        loadInputs(x, work);
        solve(work);
        outputs(work, y);
    }

    /** Column currents (A) of a solution v. */
    public void outputs(double[] v, double[] y) {
        for (int j = 0; j < m; j++) {
            double out = gSense * v[columnNode(n - 1, j)];
            if (wiring.twoSidedSense()) {
                out += gSense * v[columnNode(0, j)];
            }
            y[j] = out;
        }
    }

    /**
     * Adds the drivers' Norton currents (A) for row inputs x (V) to a right-hand side indexed like
     * {@link #nodeVoltages}.
     */
    public void addInputs(double[] x, double[] rhs) {
        loadInputs(x, rhs);
    }

    /** Solves A v = rhs in place with the current factorization (or CG). */
    public void solveInPlace(double[] rhs) {
        solve(rhs);
    }

    private void loadInputs(double[] x, double[] rhs) {
        if (x.length != n) {
            throw new IllegalArgumentException(x.length + " inputs for " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            rhs[rowNode(i, 0)] += gDrive * x[i];
            if (wiring.twoSidedDrive()) {
                rhs[rowNode(i, m - 1)] += gDrive * x[i];
            }
        }
    }

    /**
     * The effective matrix (S), [rows][cols]: {@code G_eff[i][j]} is column j's current per volt on row
     * i. One solve per row with the kept factorization.
     */
    public double[][] effectiveMatrix() {
        double[][] geff = new double[n][m];
        double[] unit = new double[n];
        for (int i = 0; i < n; i++) {
            unit[i] = 1;
            columnCurrents(unit, geff[i]);
            unit[i] = 0;
        }
        return geff;
    }

    /**
     * The adjoint of column j's output: lambda = A^-T c_j, where y_j = c_j . v. A current dI injected
     * at node k changes y_j by lambda[k] dI. Solved with {@link SparseLU#solveTranspose}.
     */
    public double[] adjoint(int j) {
        double[] lambda = new double[2 * n * m];
        lambda[columnNode(n - 1, j)] = gSense;
        if (wiring.twoSidedSense()) {
            lambda[columnNode(0, j)] = gSense;
        }
        if (lu != null) {
            lu.solveTranspose(lambda);
        } else {
            pcg.solve(lambda);      // the nodal matrix is symmetric
        }
        return lambda;
    }

    private void solve(double[] b) {
        if (lu != null) {
            lu.solve(b);
        } else {
            pcg.solve(b);
        }
    }

    /** Voltage across each cell (V), [rows][cols], row side minus column side, for inputs x. */
    public double[][] cellVoltages(double[] x) {
        double[] v = nodeVoltages(x);
        double[][] u = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                u[i][j] = v[rowNode(i, j)] - v[columnNode(i, j)];
            }
        }
        return u;
    }

    /**
     * Power for inputs x (W): delivered by the sources, dissipated in the cells, and the rest in the
     * wires and driver resistances.
     */
    public Power power(double[] x) {
        double[] v = nodeVoltages(x);
        double source = sourcePower(x, v);
        double cells = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double u = v[rowNode(i, j)] - v[columnNode(i, j)];
                cells += g[i][j] * u * u;
            }
        }
        return new Power(source, cells, source - cells);
    }

    /** Power (W) delivered by the row sources x (V) when the wire nodes are at v (V). */
    public double sourcePower(double[] x, double[] v) {
        double source = 0;
        for (int i = 0; i < n; i++) {
            double current = gDrive * (x[i] - v[rowNode(i, 0)]);
            if (wiring.twoSidedDrive()) {
                current += gDrive * (x[i] - v[rowNode(i, m - 1)]);
            }
            source += x[i] * current;
        }
        return source;
    }

    /**
     * Power balance (W).
     *
     * @param total delivered by the row sources
     * @param cells dissipated in the cells
     * @param wires dissipated in wires, driver resistances and read-out inputs (total - cells)
     */
    public record Power(double total, double cells, double wires) {
    }

    /** Index of row-wire node (i, j). */
    public int rowNode(int i, int j) {
        return i * m + j;
    }

    /** Index of column-wire node (i, j). */
    public int columnNode(int i, int j) {
        return n * m + j * n + i;
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public int columns() {
        return m;
    }

    public Wiring wiring() {
        return wiring;
    }

    /** A copy of the current cell conductances (S). */
    public double[][] conductances() {
        return copy(g);
    }

    /** Unknowns of the nodal system (2nm). */
    public int unknowns() {
        return 2 * n * m;
    }

    /** Entries of L and U of the current factorization (0 with {@link Solver#CG}). */
    public long factorEntries() {
        return lu == null ? 0 : lu.nnzL() + lu.nnzU();
    }

    /** Conjugate-gradient iterations of the last solve (0 with {@link Solver#LU}). */
    public int lastIterations() {
        return pcg == null ? 0 : pcg.lastIterations();
    }

    /** Wall time (s) of the last factorization or refactorization. */
    public double factorSeconds() {
        return factorSeconds;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static void checkConductances(double[][] c) {
        if (c.length == 0 || c[0].length == 0) {
            throw new IllegalArgumentException("a crossbar needs at least one row and one column");
        }
        for (int i = 0; i < c.length; i++) {
            if (c[i].length != c[0].length) {
                throw new IllegalArgumentException("row " + i + " has " + c[i].length + " conductances, row 0 has "
                        + c[0].length);
            }
            for (int j = 0; j < c[i].length; j++) {
                if (!(c[i][j] > 0) || Double.isInfinite(c[i][j])) {
                    throw new IllegalArgumentException("conductance (" + i + ", " + j + ") = " + c[i][j]
                            + " S: must be positive and finite");
                }
            }
        }
    }
}
