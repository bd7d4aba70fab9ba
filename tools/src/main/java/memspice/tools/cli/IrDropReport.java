package memspice.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import memspice.sparse.SingularMatrixException;
import memspice.tools.irdrop.Conductances;
import memspice.tools.irdrop.CrossbarSystem;
import memspice.tools.irdrop.IrDropNetlist;
import memspice.tools.irdrop.IrDropPlots;
import memspice.tools.irdrop.MvmArray;
import memspice.tools.irdrop.MvmStats;
import memspice.tools.irdrop.SinhCrossbar;
import memspice.tools.irdrop.Wiring;

/**
 * The single-array study of {@code memspice irdrop}: summary (printed and summary.csv),
 * column_error.csv, drop_map.csv, conductance.csv and, when extracted, geff.csv; drop_map.png and
 * column_error.png ({@link IrDropPlots}).
 */
final class IrDropReport {

    private IrDropReport() {
    }

    static void study(double[][] g, Wiring wiring, CrossbarSystem.Solver solver, double sinh, double[][] test, double vmax, boolean withGeff, Path dir,
                      PrintStream out) throws SingularMatrixException, IOException {
        int n = g.length;
        int m = g[0].length;
        long t0 = System.nanoTime();
        SinhCrossbar nonlinear = sinh > 0 ? new SinhCrossbar(g, wiring, sinh, solver) : null;
        CrossbarSystem sys = nonlinear != null ? nonlinear.system() : CrossbarSystem.build(g, wiring, solver);
        MvmArray array = nonlinear != null ? nonlinear : sys;
        double build = since(t0);
        t0 = System.nanoTime();
        MvmStats st = MvmStats.evaluate(array, g, test, MvmStats.Correction.NONE);
        double score = since(t0);
        double[] full = new double[n];
        java.util.Arrays.fill(full, vmax);
        double[] v = nonlinear != null ? nonlinear.nodeVoltages(full) : sys.nodeVoltages(full);
        double[][] u = new double[n][m];
        double cellPower = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                u[i][j] = v[sys.rowNode(i, j)] - v[sys.columnNode(i, j)];
                cellPower += u[i][j] * (nonlinear != null ? nonlinear.cellCurrent(i, j, u[i][j]) : g[i][j] * u[i][j]);
            }
        }
        double[][] drop = new double[n][m];
        int wi = 0;
        int wj = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                drop[i][j] = (vmax - u[i][j]) / vmax;
                if (drop[i][j] > drop[wi][wj]) {
                    wi = i;
                    wj = j;
                }
            }
        }
        CrossbarSystem.Power p = new CrossbarSystem.Power(sys.sourcePower(full, v), cellPower,
                sys.sourcePower(full, v) - cellPower);
        Map<String, String> sum = new LinkedHashMap<>();
        sum.put("array", n + " x " + m);
        sum.put("row_segment_ohm", Double.toString(wiring.rowSegment()));
        sum.put("column_segment_ohm", Double.toString(wiring.columnSegment()));
        sum.put("driver_ohm", Double.toString(wiring.driverResistance()));
        sum.put("readout_input_ohm", Double.toString(wiring.senseResistance()));
        sum.put("drive", wiring.twoSidedDrive() ? "both" : "one");
        sum.put("sense", wiring.twoSidedSense() ? "both" : "one");
        sum.put("cells", nonlinear != null ? "sinh, b = " + sinh + " /V" : "linear");
        sum.put("solver", solver.toString());
        sum.put("unknowns", Integer.toString(sys.unknowns()));
        sum.put("lu_entries", Long.toString(sys.factorEntries()));
        sum.put("build_seconds", fmt(build));
        sum.put("test_inputs", Integer.toString(test.length));
        sum.put("mean_rel_error", fmt(st.meanError()));
        sum.put("max_rel_error", fmt(st.maxError()));
        sum.put("rms_error_A", fmt(st.rmsError()));
        sum.put("effective_bits", String.format("%.2f", st.effectiveBits()));
        sum.put("score_seconds", fmt(score));
        sum.put("worst_cell", "(" + wi + ", " + wj + ")");
        sum.put("worst_cell_drop_fraction", fmt(drop[wi][wj]));
        sum.put("power_total_W", fmt(p.total()));
        sum.put("power_cells_W", fmt(p.cells()));
        sum.put("power_wires_W", fmt(p.wires()));
        double[][] geff = null;
        if (withGeff && nonlinear == null) {
            t0 = System.nanoTime();
            geff = sys.effectiveMatrix();
            sum.put("geff_seconds", fmt(since(t0)));
            double e = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    e += Math.abs(geff[i][j] - g[i][j]) / g[i][j];
                }
            }
            sum.put("geff_mean_rel_deviation", fmt(e / ((double) n * m)));
        }
        out.println("IR drop, all rows at " + vmax + " V for the drop map and power:");
        for (Map.Entry<String, String> e : sum.entrySet()) {
            out.printf("  %-26s %s%n", e.getKey(), e.getValue());
        }
        if (dir == null) {
            return;
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
            w.write("quantity,value\n");
            for (Map.Entry<String, String> e : sum.entrySet()) {
                w.write(e.getKey() + ",\"" + e.getValue() + "\"\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("column_error.csv"), StandardCharsets.UTF_8)) {
            w.write(geff == null ? "column,mean_rel_error\n" : "column,mean_rel_error,column_gain\n");
            for (int j = 0; j < m; j++) {
                w.write(j + "," + st.columnMeanError()[j]);
                if (geff != null) {
                    double a = 0;
                    double b = 0;
                    for (int i = 0; i < n; i++) {
                        a += geff[i][j];
                        b += g[i][j];
                    }
                    w.write("," + a / b);
                }
                w.write("\n");
            }
        }
        write(dir.resolve("drop_map.csv"), drop);
        write(dir.resolve("conductance.csv"), g);
        if (geff != null) {
            write(dir.resolve("geff.csv"), geff);
        }
        out.println("wrote " + dir + "/{summary,column_error,drop_map,conductance" + (geff != null ? ",geff" : "")
                + "}.csv");
        IrDropPlots.dropMap(drop, vmax, n + " x " + m + ", " + wiring.rowSegment() + " ohm/segment", dir.resolve("drop_map.png"));
        Map<String, double[]> errors = new LinkedHashMap<>();
        errors.put("mean over " + test.length + " random inputs", st.columnMeanError());
        IrDropPlots.columnError(errors, "MVM error per column, " + n + " x " + m + ", " + wiring.rowSegment()
                + " ohm/segment (" + sum.get("cells") + " cells)", dir.resolve("column_error.png"));
        out.println("wrote " + dir + "/{drop_map,column_error}.png");
    }

    /**
     * Writes the array as a netlist for memspice run and ngspice; sinh cells get tight Newton
     * tolerances so the text path is as exact as the in-memory one.
     */
    static void netlist(Path file, double[][] g, Wiring wiring, double sinh, double[] x, PrintStream out)
            throws SingularMatrixException, IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (sinh > 0) {
                IrDropNetlist.write(new SinhCrossbar(g, wiring, sinh, CrossbarSystem.Solver.LU), x, w,
                        ".options reltol=1e-9 vntol=1e-12 abstol=1e-15", ".op");
            } else {
                IrDropNetlist.write(CrossbarSystem.build(g, wiring), x, w, ".op");
            }
        }
        out.println("wrote " + file);
    }

    private static void write(Path file, double[][] a) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Conductances.writeCsv(a, w);
        }
    }

    private static String fmt(double v) {
        return String.format("%.6g", v);
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
