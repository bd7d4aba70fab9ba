package memspice.tools.irdrop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import memspice.sparse.SingularMatrixException;

/**
 * Compares IR-drop compensation schemes on one array: none, a global read-out gain, per-column
 * linear calibration, two-sided drive (and two-sided drive with two-sided sense), and conductance
 * pre-distortion (fixed point and adjoint Newton). Fitting uses the training inputs only; every
 * scheme is scored on the test inputs against the ideal product of the target matrix.
 */
public final class CompensationStudy {

    /**
     * One scheme's outcome.
     *
     * @param scheme     name
     * @param stats      MVM accuracy on the test inputs
     * @param iterations pre-distortion iterations (0 for other schemes)
     * @param atBounds   programmed cells at Gmin or Gmax
     * @param onGrid     whether every programmed conductance is in range and on the grid
     * @param seconds    wall time of fitting and scoring
     * @param programmed the conductances (S) a pre-distortion scheme programs; null for other schemes
     */
    public record Row(String scheme, MvmStats stats, int iterations, int atBounds, boolean onGrid, double seconds,
                      double[][] programmed) {
        /** A row for a scheme that programs the target itself. */
        public Row(String scheme, MvmStats stats, int iterations, int atBounds, boolean onGrid, double seconds) {
            this(scheme, stats, iterations, atBounds, onGrid, seconds, null);
        }
    }

    private CompensationStudy() {
    }

    /**
     * Runs every scheme.
     *
     * @param target        T (S), [rows][cols]
     * @param wiring        the array's wires and periphery (its sides are the "none" baseline)
     * @param grid          programmable levels for pre-distortion
     * @param training      inputs for fitting calibrations (V)
     * @param test          inputs for scoring (V), not used for fitting
     * @param maxIterations pre-distortion iterations at most
     * @param solver        how each array is solved
     * @param progress      receives each row as it finishes
     */
    public static List<Row> run(double[][] target, Wiring wiring, LevelGrid grid, double[][] training,
                                double[][] test, int maxIterations, CrossbarSystem.Solver solver, Consumer<Row> progress)
            throws SingularMatrixException {
        List<Row> rows = new ArrayList<>();
        boolean onGrid = grid.containsAll(target);
        long t0 = System.nanoTime();
        CrossbarSystem sys = CrossbarSystem.build(target, wiring, solver);
        add(rows, progress, new Row("none", MvmStats.evaluate(sys, target, test, MvmStats.Correction.NONE), 0,
                0, onGrid, since(t0)));
        t0 = System.nanoTime();
        MvmStats.Correction gain = ColumnCalibration.fitGain(sys, target, training);
        add(rows, progress, new Row("global gain", MvmStats.evaluate(sys, target, test, gain), 0, 0, onGrid, since(t0)));
        t0 = System.nanoTime();
        ColumnCalibration cal = ColumnCalibration.fit(sys, target, training);
        add(rows, progress, new Row("column calibration", MvmStats.evaluate(sys, target, test, cal), 0, 0, onGrid,
                since(t0)));
        double[][] geff = sys.effectiveMatrix();
        double s = PreDistortion.autoGain(target, geff, grid, 0.95);
        for (PreDistortion.Method method : PreDistortion.Method.values()) {
            t0 = System.nanoTime();
            sys.setConductances(target);
            PreDistortion.Result r = PreDistortion.run(sys, target, grid, s, method, maxIterations, 1e-6);
            MvmStats st = MvmStats.evaluate(sys, target, test, MvmStats.Correction.gain(s));
            String name = (method == PreDistortion.Method.NEWTON ? "pre-distortion Newton" : "pre-distortion fixed point")
                    + String.format(" (gain %.4f)", s);
            add(rows, progress, new Row(name, st, r.iterations(), r.atBounds(), grid.containsAll(r.conductance()),
                    since(t0), r.conductance()));
        }
        if (!wiring.twoSidedDrive()) {
            t0 = System.nanoTime();
            CrossbarSystem two = CrossbarSystem.build(target, wiring.sides(true, wiring.twoSidedSense()), solver);
            add(rows, progress, new Row("two-sided drive", MvmStats.evaluate(two, target, test, MvmStats.Correction.NONE),
                    0, 0, onGrid, since(t0)));
        }
        if (!(wiring.twoSidedDrive() && wiring.twoSidedSense())) {
            t0 = System.nanoTime();
            CrossbarSystem both = CrossbarSystem.build(target, wiring.sides(true, true), solver);
            add(rows, progress, new Row("two-sided drive and sense",
                    MvmStats.evaluate(both, target, test, MvmStats.Correction.NONE), 0, 0, onGrid, since(t0)));
        }
        return rows;
    }

    private static void add(List<Row> rows, Consumer<Row> progress, Row r) {
        rows.add(r);
        progress.accept(r);
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
