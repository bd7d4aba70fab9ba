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
import memspice.tools.crossbar.Layout;
import memspice.tools.irdrop.CrossbarSystem;
import memspice.tools.irdrop.IrDropPlots;
import memspice.tools.irdrop.MvmStats;
import memspice.tools.irdrop.PairedArray;
import memspice.tools.irdrop.Wiring;

/**
 * {@code memspice irdrop --pair columns|2t2r}: the MVM error of a differential array (signed weights
 * W = G+ - G-, {@link PairedArray}) on random inputs. Signed outputs pass through zero, so the error
 * is given relative to the full scale FS = max |W^T x| over the inputs (|y_j - y*_j| / FS, mean and
 * max) besides the rms error and effective bits of {@link MvmStats}; a per-output relative error
 * would diverge at outputs near 0. Writes pairs_column_error.csv and .png with {@code -o DIR}.
 */
final class IrDropPairs {

    private IrDropPairs() {
    }

    static void study(double[][] gPlus, double[][] gMinus, Layout.Pairing pairing, Wiring wiring,
                      CrossbarSystem.Solver solver, double[][] test, Path dir, PrintStream out)
            throws SingularMatrixException, IOException {
        long t0 = System.nanoTime();
        PairedArray a = new PairedArray(gPlus, gMinus, pairing, wiring, solver);
        double build = (System.nanoTime() - t0) * 1e-9;
        double[][] w = a.weights();
        MvmStats st = MvmStats.evaluate(a, w, test, MvmStats.Correction.NONE);
        int m = a.columns();
        double[] y = new double[m];
        double[] ideal = new double[m];
        double[] col = new double[m];
        double max = 0;
        double sum = 0;
        for (double[] x : test) {
            a.columnCurrents(x, y);
            MvmStats.ideal(w, x, ideal);
            for (int j = 0; j < m; j++) {
                double e = Math.abs(y[j] - ideal[j]) / st.fullScale();
                col[j] += e / test.length;
                sum += e;
                max = Math.max(max, e);
            }
        }
        Map<String, String> s = new LinkedHashMap<>();
        s.put("weights", a.rows() + " x " + m + " (" + pairing.cliName() + " pairs, " + a.system().rows() + " x "
                + a.system().columns() + " cells)");
        s.put("row/column segment ohm", wiring.rowSegment() + " / " + wiring.columnSegment());
        s.put("build_seconds", String.format("%.3g", build));
        s.put("test_inputs", Integer.toString(test.length));
        s.put("full_scale_A", String.format("%.6g", st.fullScale()));
        s.put("mean_error_of_full_scale", String.format("%.6g", sum / ((double) test.length * m)));
        s.put("max_error_of_full_scale", String.format("%.6g", max));
        s.put("rms_error_A", String.format("%.6g", st.rmsError()));
        s.put("effective_bits", String.format("%.2f", st.effectiveBits()));
        out.println("IR drop of a differential array, outputs I = W^T x with W = G+ - G-:");
        for (Map.Entry<String, String> e : s.entrySet()) {
            out.printf("  %-26s %s%n", e.getKey(), e.getValue());
        }
        if (dir == null) {
            return;
        }
        try (Writer f = Files.newBufferedWriter(dir.resolve("pairs_column_error.csv"), StandardCharsets.UTF_8)) {
            f.write("column,mean_error_of_full_scale\n");
            for (int j = 0; j < m; j++) {
                f.write(j + "," + col[j] + "\n");
            }
        }
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("mean |y - W^T x| / full scale over " + test.length + " inputs", col);
        IrDropPlots.columnError(curves, "Differential (" + pairing.cliName() + ") MVM error per weight column, "
                + a.rows() + " x " + m + " weights", "mean error / full-scale output (%)", dir.resolve("pairs_column_error.png"));
        out.println("wrote " + dir + "/pairs_column_error.{csv,png}");
    }
}
