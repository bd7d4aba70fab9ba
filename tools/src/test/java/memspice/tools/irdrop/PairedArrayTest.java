package memspice.tools.irdrop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import memspice.tools.cli.Main;
import memspice.tools.crossbar.Layout;

/** {@link PairedArray}: ideal wires give W^T x; the CLI study runs and rejects what it does not model. */
class PairedArrayTest {

    @Test
    void vanishingWiresGiveTheSignedProduct() throws Exception {
        LevelGrid grid = new LevelGrid(1e-6, 1e-4, 0);
        double[][] gp = Conductances.random(6, 5, Conductances.Distribution.UNIFORM, grid, 1);
        double[][] gm = Conductances.random(6, 5, Conductances.Distribution.UNIFORM, grid, 2);
        double[] x = Conductances.inputs(1, 6, 0.2, 3)[0];
        for (Layout.Pairing p : new Layout.Pairing[] {Layout.Pairing.COLUMNS, Layout.Pairing.TWO_T_TWO_R}) {
            // 1 micro-ohm segments: the wire drop is ~ N * R * G ~ 1e-9 of the signal, so W^T x within
            // 1e-7 of the full-scale output (A) of these weights
            PairedArray a = new PairedArray(gp, gm, p, Wiring.uniform(1e-6), CrossbarSystem.Solver.LU);
            double[] y = new double[5];
            double[] ideal = new double[5];
            a.columnCurrents(x, y);
            MvmStats.ideal(a.weights(), x, ideal);
            double fs = 0;
            for (double v : ideal) {
                fs = Math.max(fs, Math.abs(v));
            }
            for (int j = 0; j < 5; j++) {
                assertEquals(ideal[j], y[j], 1e-7 * fs, p + " column " + j);
                assertEquals(gp[0][j] - gm[0][j], a.weights()[0][j], 0);
            }
        }
    }

    @Test
    void cliPairStudyAndItsLimits() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"irdrop", "--rows", "8", "--pair", "columns", "--inputs", "5"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(Main.OK, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("8 x 8 (columns pairs, 8 x 16 cells)"), out.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        code = Main.execute(new String[] {"irdrop", "--rows", "8", "--pair", "2t2r", "--compensate"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.BAD_INPUT, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--pair studies linear arrays"), err.toString());
    }
}
