package memspice.tools.xyce;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        String why = "peer suite ../shared/validation/xyce not found beside the repository"
                + " (set -Dmemspice.xyce.dir=... to point at it); skipping the Xyce compatibility cases";
        if (dir == null) {
            // a class-level assumption shows in the build log only as "Tests run: 0": say it there too
            System.out.println("XyceCompatibilityTest: " + why);
        }
        Assumptions.assumeTrue(dir != null, why);
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
    void teamConvergesThroughTheEdgesAtTightTolerance(@TempDir Path out) throws Exception {
        MemristorCaseChecks.teamConverged(dir.resolve("memristorTEAM_test.cir"), dir.resolve("memristorTEAM_test.cir.prn"), out);
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
     * The Yakopcic case: the device beside the author's behavioural subcircuit, whose state node is
     * reached only through a capacitor with {@code IC=} and a G source. The netlist is in Xyce dialect
     * (it has a YMEMRISTOR), so memspice applies Xyce's capacitor IC= at the operating point (the
     * capacitor is held at IC like a voltage source; {@code SimulationOptions.icop}) and the netlist
     * runs unchanged. It has no gold; its *COMP lines name columns it does not print, so the check is
     * the pairs' agreement (abs and rel 5e-4).
     */
    @Test
    void yakopcicBesideBehaviouralSubcircuit(@TempDir Path out) throws Exception {
        MemristorCaseChecks.yakopcicPairs(dir.resolve("memristorYakopcic.cir"), out);
    }

    @Test
    void peerFolderHasTheExpectedCases() throws Exception {
        for (String f : List.of("memristorTEAM_test.cir", "memristorPEM1.cir", "fxp_table.csv", "fxm_table.dat")) {
            assertTrue(Files.exists(dir.resolve(f)), f + " missing from " + dir);
        }
    }
}
