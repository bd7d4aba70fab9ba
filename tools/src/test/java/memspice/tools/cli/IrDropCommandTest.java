package memspice.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.irdrop.Conductances;
import memspice.tools.irdrop.CrossbarSystem;
import memspice.tools.irdrop.LevelGrid;
import memspice.tools.irdrop.MvmStats;
import memspice.tools.irdrop.Wiring;

/** The irdrop command: its tables, that they carry the API's numbers, and its errors on bad input. */
class IrDropCommandTest {

    @TempDir
    Path dir;

    record Outcome(int status, String out, String err) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void studyFromCsvWritesTablesWithTheApisNumbers() throws Exception {
        double[][] g = Conductances.random(10, 12, Conductances.Distribution.LOG_UNIFORM, new LevelGrid(1e-6, 1e-4, 0), 3);
        Path csv = dir.resolve("g.csv");
        try (var w = Files.newBufferedWriter(csv)) {
            Conductances.writeCsv(g, w);
        }
        Outcome o = run("irdrop", "--g", csv.toString(), "--rrow", "2.5", "--rdrv", "10", "--drive", "both",
                "--inputs", "20", "--seed", "5", "-o", dir.toString());
        assertEquals(0, o.status(), o.err());
        Wiring w = new Wiring(2.5, 2.5, 10, true, false);
        CrossbarSystem sys = CrossbarSystem.build(g, w);
        MvmStats st = MvmStats.evaluate(sys, g, Conductances.inputs(20, 10, 0.2, 6), MvmStats.Correction.NONE);
        List<String> cols = Files.readAllLines(dir.resolve("column_error.csv"));
        assertEquals(13, cols.size());
        // Written with Double.toString from the same computation: equal to the last bit.
        assertEquals(st.columnMeanError()[4], Double.parseDouble(cols.get(5).split(",")[1]));
        double[][] geff = Conductances.readCsv(dir.resolve("geff.csv"));
        assertEquals(sys.effectiveMatrix()[9][11], geff[9][11]);
        assertEquals(10, Conductances.readCsv(dir.resolve("drop_map.csv")).length);
        assertTrue(o.out().contains("mean_rel_error"));
    }

    @Test
    void sinhCellsUseTheNonlinearSolve() throws Exception {
        Outcome o = run("irdrop", "--rows", "8", "--sinh", "4", "--vmax", "0.4", "--inputs", "5", "-o", dir.toString());
        assertEquals(0, o.status(), o.err());
        LevelGrid grid = new LevelGrid(1e-6, 1e-4, 2048);
        double[][] g = Conductances.random(8, 8, Conductances.Distribution.UNIFORM, grid, 1);
        var xb = new memspice.tools.irdrop.SinhCrossbar(g, Wiring.uniform(1), 4, CrossbarSystem.Solver.LU);
        MvmStats st = MvmStats.evaluate(xb, g, Conductances.inputs(5, 8, 0.4, 2), MvmStats.Correction.NONE);
        List<String> cols = Files.readAllLines(dir.resolve("column_error.csv"));
        assertEquals(st.columnMeanError()[3], Double.parseDouble(cols.get(4).split(",")[1]));
        assertFalse(Files.exists(dir.resolve("geff.csv")), "no G_eff for a nonlinear array");
    }

    @Test
    void compensationAndSweepTables() throws Exception {
        Outcome c = run("irdrop", "--rows", "12", "--compensate", "--inputs", "10", "--iterations", "5",
                "-o", dir.toString());
        assertEquals(0, c.status(), c.err());
        List<String> rows = Files.readAllLines(dir.resolve("compensation.csv"));
        assertEquals(8, rows.size(), String.join("\n", rows));       // header + 7 schemes
        assertTrue(c.out().contains("pre-distortion Newton"));
        // the programmed conductances are on the default grid (2048 levels, 1-100 uS)
        assertTrue(new LevelGrid(1e-6, 1e-4, 2048).containsAll(Conductances.readCsv(dir.resolve("predistorted_newton.csv"))));
        Outcome s = run("irdrop", "--sweep-n", "8,16", "--sweep-r", "1,2.5", "--sweep-inputs", "3", "-o", dir.toString());
        assertEquals(0, s.status(), s.err());
        List<String> sweep = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(5, sweep.size());
        // more wire resistance, more error (same array and inputs)
        double e1 = Double.parseDouble(sweep.get(2).split(",")[5]);
        double e25 = Double.parseDouble(sweep.get(4).split(",")[5]);
        assertTrue(e25 > e1, sweep.toString());
    }

    @Test
    void badInputExitsOneWithoutStackTrace() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "1e-5,2e-5\n# note\n3e-5,abc\n");
        Outcome o = run("irdrop", "--g", csv.toString());
        assertEquals(1, o.status());
        assertTrue(o.err().contains(csv + ":3: field 2: not a number: 'abc'"), o.err());
        Files.writeString(csv, "1e-5,2e-5\n3e-5\n");
        o = run("irdrop", "--g", csv.toString());
        assertEquals(1, o.status());
        assertTrue(o.err().contains(csv + ":2: 1 values, but the first row has 2"), o.err());
        for (String[] args : new String[][] {{"--dist", "gauss"}, {"--rrow", "-1"}, {"--drive", "left"},
                {"--levels", "1"}, {"--sweep-n", "8,x"}, {"--rows", "0"}, {"--solver", "qr"}, {"--sinh", "-1"}, {"--tia", "10k"}, {"--tia", "10k,-5"}}) {
            String[] full = new String[args.length + 1];
            full[0] = "irdrop";
            System.arraycopy(args, 0, full, 1, args.length);
            o = run(full);
            assertEquals(1, o.status(), String.join(" ", args) + ": " + o.err());
            assertTrue(o.err().startsWith("memspice irdrop: "), o.err());
            assertFalse(o.err().contains("Exception"), o.err());
        }
    }
}
