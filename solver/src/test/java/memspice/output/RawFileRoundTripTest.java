package memspice.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link RawFileWriter} writes, {@link RawFileReader} reads back: several plots per file, real
 * and complex, binary (bit-exact) and ASCII (%.15e: 16 significant digits, so within 1 ulp-ish, 1e-15
 * relative).
 */
class RawFileRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void plotsSurviveTheRoundTrip(boolean ascii) throws Exception {
        Path file = dir.resolve(ascii ? "a.raw" : "b.raw");
        RawFileWriter w = new RawFileWriter(file, ascii);
        try {
            w.begin("op", "title", "Operating Point",
                    List.of(new ResultTable.Column("v(a)", "voltage"), new ResultTable.Column("i(v1)", "current")), false);
            w.row(new double[] {1.0 / 3, -2.5e-7});
            w.end();
            w.begin("ac", "title", "AC Analysis",
                    List.of(new ResultTable.Column("frequency", "frequency"), new ResultTable.Column("v(b)", "voltage")), true);
            for (int k = 0; k < 5; k++) {
                w.row(new double[] {Math.pow(10, k), 0, Math.cos(k) / 7, Math.sin(k) / 7});
            }
            w.end();
        } finally {
            w.close();
        }
        List<ResultTable> plots = RawFileReader.read(file);
        assertEquals(2, plots.size());
        double tol = ascii ? 1e-15 : 0.0;
        ResultTable op = plots.get(0);
        assertEquals("Operating Point", op.plotName());
        assertEquals(List.of("v(a)", "i(v1)"), op.names());
        assertEquals(1.0 / 3, op.value(0, 0), tol / 3);
        assertEquals(-2.5e-7, op.value(0, 1), tol * 2.5e-7);
        ResultTable ac = plots.get(1);
        assertEquals(5, ac.rowCount());
        for (int k = 0; k < 5; k++) {
            assertEquals(Math.pow(10, k), ac.value(k, 0), tol * Math.pow(10, k));
            assertEquals(Math.cos(k) / 7, ac.value(k, 1), tol);
            assertEquals(Math.sin(k) / 7, ac.imag(k, 1), tol);
        }
    }

    @Test
    void ngspiceBranchNamesBecomeCurrents() throws Exception {
        Path file = dir.resolve("ng.raw");
        Files.writeString(file, "Title: t\nDate: x\nPlotname: Operating Point\nFlags: real\nNo. Variables: 2\n"
                + "No. Points: 1\nVariables:\n\t0\tv(A)\tvoltage\n\t1\tV1#branch\tcurrent\nValues:\n 0\t1.5\n\t-2e-3\n");
        ResultTable t = RawFileReader.read(file).get(0);
        assertEquals(List.of("v(a)", "i(v1)"), t.names());
        assertEquals(-2e-3, t.value(0, 1), 0.0);
    }
}
