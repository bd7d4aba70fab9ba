package memspice.tools.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The scaling lines of the op bench: a fit needs two sizes, and the native series is reported. */
class ScalingReportTest {

    private static OpBench.Row row(int n, double itSeconds, ChildRun nat) {
        ChildRun it = new ChildRun(itSeconds, itSeconds, 100, Map.of("analyze", 0.01, "factor", 0.02, "solve", 0.03), 0);
        return new OpBench.Row(n, 2L * n * n, 10L * n * n, it, null, Double.NaN, PeerRun.skipped(""), Double.NaN,
                nat, Double.NaN, Double.NaN);
    }

    private static String report(List<OpBench.Row> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Scaling.report(new PrintStream(bytes, true, StandardCharsets.UTF_8), rows, null);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneSizeSaysItNeedsTwoInsteadOfNaN() throws IOException {
        String text = report(List.of(row(64, 0.7, null)));
        assertTrue(text.contains("it e2e    needs 2 or more sizes"), text);
        assertFalse(text.contains("NaN"), text);
        assertFalse(text.contains("nat e2e"), "no native series without native runs: " + text);
    }

    @Test
    void nativeRunsGetTheirOwnSeries() throws IOException {
        ChildRun nat64 = new ChildRun(0.1, 0.1, 50, Map.of(), 0);
        ChildRun nat128 = new ChildRun(0.4, 0.4, 80, Map.of(), 0);
        String text = report(List.of(row(64, 0.7, nat64), row(128, 1.0, nat128)));
        // 4x the time at 4x the unknowns: exponent 1.00 exactly (printed to two decimals)
        assertTrue(text.contains("nat e2e   time ~ unknowns^1.00 over 2 sizes"), text);
        assertFalse(text.contains("NaN"), text);
    }
}
