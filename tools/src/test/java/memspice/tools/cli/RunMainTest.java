package memspice.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native executable's entry point runs {@code run} exactly as {@link Main} does, and nothing else. */
class RunMainTest {

    private static CliOutcome call(boolean runOnly, String... args) {
        return runOnly ? CliOutcome.runMain(args) : CliOutcome.main(args);
    }

    @Test
    void runPrintsWhatMainPrints(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("divider.cir");
        Files.writeString(f, "divider\nv1 in 0 dc 3\nr1 in out 1k\nr2 out 0 2k\n.op\n.end\n");
        CliOutcome viaMain = call(false, "run", f.toString());
        CliOutcome viaRunMain = call(true, "run", f.toString());
        assertEquals(Main.OK, viaRunMain.status());
        assertEquals(viaMain.out(), viaRunMain.out());
        assertTrue(viaRunMain.out().contains("2.0"), viaRunMain.out());     // v(out) = 3 V * 2k / 3k
        Path bad = dir.resolve("bad.cir");
        Files.writeString(bad, "bad\nr1 a 0\n.op\n");
        CliOutcome b = call(true, "run", bad.toString());
        assertEquals(Main.BAD_INPUT, b.status());
        assertEquals(call(false, "run", bad.toString()).err(), b.err());
    }

    @Test
    void otherCommandsAreSentToTheLauncher() {
        CliOutcome o = call(true, "bench", "--workload", "op");
        assertEquals(Main.BAD_INPUT, o.status());
        assertTrue(o.err().contains("use ./memspice for 'bench'"), o.err());
        assertEquals(Main.BAD_INPUT, call(true).status());
    }
}
