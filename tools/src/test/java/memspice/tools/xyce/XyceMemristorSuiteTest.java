package memspice.tools.xyce;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * memspice's own netlists of the Xyce memristor regression cases (validation/xyce-memristor: same
 * stimulus and parameters, written here; gold tables copied from the peer suite, see its README),
 * held to the same checks as the peer's netlists in {@link XyceCompatibilityTest}. Runs everywhere.
 */
class XyceMemristorSuiteTest {

    private static Path dir;

    @BeforeAll
    static void locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null && dir == null; p = p.getParent()) {
            Path d = p.resolve("validation").resolve("xyce-memristor");
            if (Files.isDirectory(d)) {
                dir = d;
            }
        }
        assertNotNull(dir, "validation/xyce-memristor not found above " + here);
    }

    @Test
    void teamSine(@TempDir Path out) throws Exception {
        MemristorCaseChecks.team(dir.resolve("team_sine.cir"), dir.resolve("team_sine.gold.prn"), out);
    }

    @Test
    void teamAmmeterPower(@TempDir Path out) throws Exception {
        MemristorCaseChecks.power(dir.resolve("team_ammeter_power.cir"), out);
    }

    @Test
    void pemSine(@TempDir Path out) throws Exception {
        MemristorCaseChecks.peerRule(dir.resolve("pem_sine.cir"), dir.resolve("pem_sine.gold.prn"), out);
    }

    @Test
    void pemSineWithInitialState(@TempDir Path out) throws Exception {
        MemristorCaseChecks.peerRule(dir.resolve("pem_sine_xo.cir"), dir.resolve("pem_sine_xo.gold.prn"), out);
    }

    @Test
    void pemDatTables(@TempDir Path out) throws Exception {
        MemristorCaseChecks.pemDatDefect(dir.resolve("pem_sine_dat.cir"), dir.resolve("pem_sine_dat.gold.prn"),
                dir.resolve("pem_sine.gold.prn"), out);
    }

    @Test
    void yakopcicBesideBehaviouralModel(@TempDir Path out) throws Exception {
        MemristorCaseChecks.yakopcicPairs(dir.resolve("yakopcic_vs_behavioural.cir"), out);
    }
}
