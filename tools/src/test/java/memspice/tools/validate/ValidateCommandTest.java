package memspice.tools.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/**
 * {@code memspice validate --fast} in process: the quick subset of every suite passes, and the
 * report has an index and one PNG per case; a perturbed copy of a case fails (the runner can fail).
 * The full run is {@code ./memspice validate} (README, Validation).
 */
class ValidateCommandTest {

    static final Path VALIDATION = Path.of("..", "validation");

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void fastSubsetPassesAndWritesTheReport(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("report");
        String[] r = run("validate", "--fast", "--dir", VALIDATION.toString(), "--report", report.toString());
        System.out.print(r[1]);
        assertEquals(Integer.toString(Main.OK), r[0], "validate --fast failed:\n" + r[1] + r[2]);
        // every suite present in the repository contributes rows to the fast subset
        for (String suite : List.of("golden/dc", "golden/devices", "golden/tran", "closed-form")) {
            assertTrue(r[1].lines().anyMatch(l -> l.startsWith(suite + " ")), suite + " missing from:\n" + r[1]);
        }
        String index = Files.readString(report.resolve("index.md"));
        long pngs;
        try (Stream<Path> s = Files.walk(report)) {
            pngs = s.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertTrue(pngs >= 8, "one overlay per case expected, found " + pngs);
        assertTrue(index.contains("](closed-form/hp_sine.png)") && index.contains("| pass |"),
                "index.md links the plots and lists the rows");
    }

    /**
     * A copy of the c_open_l_short DC case with R2 changed from 2k to 2.002k (0.1 %) against the
     * unchanged ngspice reference: node voltages move by ~1e-4 relative, 1e5 times the suite's 1e-9
     * bound, so the case must fail and the command exit 2.
     */
    @Test
    void aPerturbedCaseFails(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("validation").resolve("golden").resolve("dc");
        Files.createDirectories(dir);
        Path src = VALIDATION.resolve("golden").resolve("dc");
        Files.copy(src.resolve("c_open_l_short.ngspice.raw"), dir.resolve("c_open_l_short.ngspice.raw"));
        String text = Files.readString(src.resolve("c_open_l_short.cir"));
        String changed = text.replace("R2 b 0 2k", "R2 b 0 2.002k");
        assertFalse(changed.equals(text), "the netlist line to perturb is there");
        Files.writeString(dir.resolve("c_open_l_short.cir"), changed);
        String[] r = run("validate", "--dir", tmp.resolve("validation").toString());
        assertEquals(Integer.toString(Main.FAILED), r[0], r[1] + r[2]);
        assertTrue(r[1].contains("FAIL golden/dc c_open_l_short"), r[1]);
    }

    @Test
    void missingFolderIsAUsageError(@TempDir Path tmp) {
        String[] r = run("validate", "--dir", tmp.resolve("nothing").toString());
        assertEquals(Integer.toString(Main.BAD_INPUT), r[0]);
        assertTrue(r[2].contains("no validation folder"), r[2]);
    }
}
