package memspice.tools.memristor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/**
 * The example netlists/memristor_rram_reset_set.cir (Stanford-PKU RRAM, RESET sweep to -2 V then SET
 * sweep to +2 V) runs to the end with the gap moving only in the driven direction and staying in its
 * bounds: the qualitative behaviour the model is built for, and a robustness case (the SET is a
 * thermal/field runaway: the gap collapses within a fraction of a millivolt near 1.4 V).
 */
class RramResetSetTest {

    private static final double GMIN = 2e-10;
    private static final double GMAX = 17e-10;
    /** 1 % of the gap range: the bound's band is 0.1 %, plus one trapezoidal step's explicit half-rate. */
    private static final double SLACK = 0.01 * (GMAX - GMIN);

    @Test
    void resetOpensAndSetClosesTheGapWithinItsBounds(@TempDir Path out) throws Exception {
        Path netlist = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && netlist == null; p = p.getParent()) {
            Path n = p.resolve("netlists").resolve("memristor_rram_reset_set.cir");
            netlist = Files.exists(n) ? n : null;
        }
        assertNotNull(netlist, "netlists/memristor_rram_reset_set.cir not found");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(new String[]{"run", netlist.toString(), "--csv", out.toString(), "--quiet"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, status, err.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(out.resolve("tran.csv"));
        assertEquals("time,v(a),i(ymemristor!mr1),n(ymemristor!mr1_x),n(ymemristor!mr1:r)", lines.get(0));
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] t = l.split(",");
            rows.add(new double[]{Double.parseDouble(t[0]), Double.parseDouble(t[1]), Double.parseDouble(t[3])});
        }
        assertEquals(16e-3, rows.get(rows.size() - 1)[0], 1e-12, "ran to the end");
        double setVoltage = Double.NaN;
        for (int k = 1; k < rows.size(); k++) {
            double t = rows.get(k)[0];
            double g = rows.get(k)[2];
            double dg = g - rows.get(k - 1)[2];
            assertTrue(g >= GMIN - SLACK && g <= GMAX + SLACK, "gap " + g + " outside its bounds at t=" + t);
            // 1e-16 m: rounding of a 1e-9 m state is ~1e-25; any real reverse motion is far larger
            if (t <= 8e-3) {
                assertTrue(dg >= -1e-16, "the gap closes during RESET at t=" + t);
            } else {
                assertTrue(dg <= 1e-16, "the gap opens during SET at t=" + t);
                if (Double.isNaN(setVoltage) && g < 1e-9) {
                    setVoltage = rows.get(k)[1];
                }
            }
        }
        double atReset = rows.stream().filter(r -> r[0] >= 8e-3).findFirst().orElseThrow()[2];
        assertTrue(atReset >= GMAX - SLACK, "RESET opens the gap to gap_max, got " + atReset);
        assertTrue(rows.get(rows.size() - 1)[2] <= GMIN + SLACK, "SET closes the gap to gap_min");
        // the SET happens on the rising ramp, below its 2 V peak (measured at 1.400 V)
        assertTrue(setVoltage > 0.5 && setVoltage < 2, "SET voltage " + setVoltage);
    }
}
