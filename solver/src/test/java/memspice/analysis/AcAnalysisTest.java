package memspice.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.netlist.DeckReader;
import memspice.netlist.NetlistException;
import memspice.netlist.NetlistParser;
import memspice.output.CsvSink;
import memspice.output.ResultSink;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * .ac against closed forms: the RC low-pass H = 1 / (1 + j w RC) and the capacitor current j w C v,
 * the sweep grids of DEC/OCT/LIN, the part selections of .print ac, the CSV columns, and malformed
 * cards naming the line.
 */
class AcAnalysisTest {

    private static ResultTable run(String lines, ResultSink extra) throws Exception {
        String text = "ac test\n" + lines + ".end\n";
        Path file = Path.of("ac.cir");
        var netlist = NetlistParser.parse(file, DeckReader.read(file.toString(), text));
        TableSink sink = new TableSink();
        ResultSink both = extra == null ? sink : new ResultSink() {
            @Override
            public void begin(String kind, String title, String plot, List<ResultTable.Column> cols, boolean complex)
                    throws java.io.IOException {
                sink.begin(kind, title, plot, cols, complex);
                extra.begin(kind, title, plot, cols, complex);
            }

            @Override
            public void row(double[] v) throws java.io.IOException {
                sink.row(v);
                extra.row(v);
            }

            @Override
            public void end() throws java.io.IOException {
                sink.end();
                extra.end();
            }
        };
        Simulator.Report r = Simulator.run(netlist, both, new RunStatistics());
        assertTrue(r.succeeded(), r.failures().toString());
        return sink.tables().get(sink.tables().size() - 1);
    }

    @Test
    void rcLowPassAndCapacitorCurrentMatchClosedForm() throws Exception {
        ResultTable t = run("v1 in 0 dc 3 ac 2 30\nr1 in out 1k\nc1 out 0 1u\n.ac dec 7 1 1meg\n", null);
        assertTrue(t.isComplex());
        assertEquals(43, t.rowCount(), "6 decades at 7 points per decade, both ends");
        int out = t.indexOf("v(out)").orElseThrow();
        int iv = t.indexOf("i(v1)").orElseThrow();
        double ph = Math.toRadians(30);
        for (int r = 0; r < t.rowCount(); r++) {
            double f = t.value(r, 0);
            assertEquals(Math.pow(10, r / 7.0), f, 1e-12 * f);
            double x = 2 * Math.PI * f * 1e-3;
            // H = 1/(1 + j x) times the source 2 e^(j 30 deg)
            double hr = 1 / (1 + x * x);
            double hi = -x / (1 + x * x);
            double sr = 2 * Math.cos(ph);
            double si = 2 * Math.sin(ph);
            double er = hr * sr - hi * si;
            double ei = hr * si + hi * sr;
            // one complex LU solve of a 3 x 3 system: rounding only (1e-13 of the source amplitude)
            assertEquals(er, t.value(r, out), 1e-13 * 2);
            assertEquals(ei, t.imag(r, out), 1e-13 * 2);
            // the source's branch current is minus the capacitor current j w C v(out) (SPICE sign)
            double w = 2 * Math.PI * f;
            assertEquals(w * 1e-6 * ei, t.value(r, iv), 1e-13 * 2e-3);
            assertEquals(-w * 1e-6 * er, t.imag(r, iv), 1e-13 * 2e-3);
        }
    }

    @Test
    void sweepGrids() throws Exception {
        ResultTable oct = run("v1 a 0 ac 1\nr1 a 0 1\n.ac oct 3 100 800\n", null);
        assertEquals(10, oct.rowCount(), "3 octaves at 3 per octave");
        assertEquals(800, oct.value(9, 0), 1e-9);
        ResultTable lin = run("v1 a 0 ac 1\nr1 a 0 1\n.ac lin 5 0 1k\n", null);
        assertEquals(5, lin.rowCount());
        assertEquals(0.0, lin.value(0, 0));
        assertEquals(750.0, lin.value(3, 0));
        assertEquals(1000.0, lin.value(4, 0));
    }

    @Test
    void printSelectsPartsAndCsvWritesFourColumnsPerComplexQuantity(@TempDir Path dir) throws Exception {
        CsvSink csv = new CsvSink(dir);
        ResultTable t = run("v1 in 0 ac 1\nr1 in out 1k\nc1 out 0 1u\n"
                + ".print ac vm(out) vp(out) vdb(out) vr(out) vi(out) v(out) im(v1)\n.ac lin 1 159.15494309189535 159.15494309189535\n", csv);
        assertEquals(List.of("frequency", "vm(out)", "vp(out)", "vdb(out)", "vr(out)", "vi(out)", "v(out)", "im(v1)"), t.names());
        // at the corner f = 1/(2 pi RC): H = (1 - j)/2
        assertEquals(Math.sqrt(0.5), t.value(0, 1), 1e-14);
        assertEquals(-45.0, t.value(0, 2), 1e-11);
        assertEquals(20 * Math.log10(Math.sqrt(0.5)), t.value(0, 3), 1e-12);
        assertEquals(0.5, t.value(0, 4), 1e-14);
        assertEquals(-0.5, t.value(0, 5), 1e-14);
        assertEquals(0.5, t.value(0, 6), 1e-14);
        assertEquals(-0.5, t.imag(0, 6), 1e-14);
        assertEquals(Math.sqrt(0.5) / 1e3, t.value(0, 7), 1e-17);
        for (int c = 1; c <= 5; c++) {
            assertEquals(0.0, t.imag(0, c), "a selected part is real");
        }
        csv.close();
        List<String> lines = Files.readAllLines(dir.resolve("ac.csv"));
        assertEquals("frequency,vm(out),vp(out),vdb(out),vr(out),vi(out),vr(out),vi(out),vm(out),vp(out),im(v1)", lines.get(0));
        String[] cells = lines.get(1).split(",");
        assertEquals(11, cells.length);
        assertEquals(-45.0, Double.parseDouble(cells[9]), 1e-11);
    }

    @Test
    void malformedCardsNameTheLine() {
        String[][] cases = {
                {".ac dec 10 1", "needs: .ac dec|oct|lin"},
                {".ac log 10 1 10", "needs: .ac dec|oct|lin"},
                {".ac dec 2.5 1 10", "whole number of points"},
                {".ac dec 10 0 10", "fstart > 0"},
                {".ac lin 10 100 10", "fstop >= fstart"},
        };
        for (String[] c : cases) {
            NetlistException e = assertThrows(NetlistException.class, () -> run("v1 a 0 ac 1\nr1 a 0 1\n" + c[0] + "\n", null), c[0]);
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("ac.cir:4"), c[0] + ": " + e.getMessage());
        }
        NetlistException vm = assertThrows(NetlistException.class,
                () -> run("v1 a 0 ac 1\nr1 a 0 1\n.print op vm(a)\n.op\n", null));
        assertTrue(vm.getMessage().contains("vm(a)"), vm.getMessage());
    }
}
