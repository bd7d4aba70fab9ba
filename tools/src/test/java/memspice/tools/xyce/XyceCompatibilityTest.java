package memspice.tools.xyce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/**
 * The Xyce memristor regression cases, read unchanged from the shared peer-suite folder
 * ({@code ../shared/validation/xyce} beside the repository; see its README for provenance and the
 * comparison rule). Skipped, with a message, where that folder does not exist (a user's checkout);
 * the same cases rebuilt from their facts run everywhere in {@link XyceMemristorSuiteTest}.
 */
class XyceCompatibilityTest {

    private static Path dir;

    @BeforeAll
    static void locate() {
        dir = locatePeerSuite();
        Assumptions.assumeTrue(dir != null, "peer suite ../shared/validation/xyce not found beside the repository"
                + " (set -Dmemspice.xyce.dir=... to point at it); skipping the Xyce compatibility cases");
    }

    /** The peer folder: a system property, else ../shared/validation/xyce from the repository root. */
    static Path locatePeerSuite() {
        String prop = System.getProperty("memspice.xyce.dir");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("memspice")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                Path peer = p.resolveSibling("shared").resolve("validation").resolve("xyce");
                return Files.isDirectory(peer) ? peer : null;
            }
        }
        return null;
    }

    @Test
    void teamKvatinskyWindowSine(@TempDir Path out) throws Exception {
        MemristorCaseChecks.team(dir.resolve("memristorTEAM_test.cir"), dir.resolve("memristorTEAM_test.cir.prn"), out);
    }

    @Test
    void teamPowerAndAmmeter(@TempDir Path out) throws Exception {
        MemristorCaseChecks.power(dir.resolve("memristorTEAM_lp_trap.cir"), out);
    }

    @Test
    void pemCsvTables(@TempDir Path out) throws Exception {
        MemristorCaseChecks.peerRule(dir.resolve("memristorPEM1.cir"), dir.resolve("memristorPEM1.cir.prn"), out);
    }

    @Test
    void pemCsvTablesWithInitialState(@TempDir Path out) throws Exception {
        MemristorCaseChecks.peerRule(dir.resolve("memristorPEM1wIC.cir"), dir.resolve("memristorPEM1wIC.cir.prn"), out);
    }

    @Test
    void pemDatTablesKnownPeerDefect(@TempDir Path out) throws Exception {
        MemristorCaseChecks.pemDatDefect(dir.resolve("memristorPEM2.cir"), dir.resolve("memristorPEM2.cir.prn"),
                dir.resolve("memristorPEM1.cir.prn"), out);
    }

    /**
     * The Yakopcic case's reference half is a behavioural subcircuit whose state node is reached only
     * through a capacitor with {@code IC=} and a G source. Xyce imposes a capacitor's IC= at the
     * operating point; memspice follows SPICE (IC= applies with {@code uic} only), so that node has no
     * DC path and memspice rejects the netlist with a clear message. Until memspice offers Xyce's
     * capacitor-IC semantics this test asserts that diagnosis and is then aborted (reported as
     * skipped); our own version of the case, with {@code uic}, runs in {@link XyceMemristorSuiteTest}.
     */
    @Test
    void yakopcicBesideBehaviouralSubcircuit(@TempDir Path out) throws Exception {
        Path netlist = dir.resolve("memristorYakopcic.cir");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.execute(new String[]{"run", netlist.toString(), "--csv", out.toString(), "--quiet"},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        if (status == Main.OK) {
            MemristorCaseChecks.yakopcicPairs(netlist, out);
            return;
        }
        String err = e.toString(StandardCharsets.UTF_8);
        assertEquals(Main.BAD_INPUT, status, err);
        assertTrue(err.contains("n4") && err.contains("no DC path"), err);
        Assumptions.abort("memristorYakopcic.cir needs Xyce's capacitor IC= at the operating point: " + err.strip());
    }

    @Test
    void peerFolderHasTheExpectedCases() throws Exception {
        for (String f : List.of("memristorTEAM_test.cir", "memristorPEM1.cir", "fxp_table.csv", "fxm_table.dat")) {
            assertTrue(Files.exists(dir.resolve(f)), f + " missing from " + dir);
        }
    }
}
