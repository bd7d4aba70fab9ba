package memspice.tools.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import memspice.tools.validate.CaseResult;
import memspice.tools.validate.OperatingPointSuite;

/**
 * The DC golden suite: every validation/golden/dc/NAME.cir runs through memspice and agrees with the
 * ngspice 39 output committed beside it (NAME.ngspice.raw, made by make-references.sh) to 1e-9
 * relative with floors 1e-12 V and 1e-15 A, the standard: both simulators solve linear
 * systems to ~1e-15 and the nonlinear cases carry tight .options. No ngspice is needed here.
 */
class GoldenDcSuiteTest {

    static final Path DIR = Path.of("..", "validation", "golden", "dc");

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithNgspice() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".cir") && !p.toString().endsWith(".ngspice.cir"))
                    .sorted().toList();
        }
        assertTrue(cases.size() >= 40, "the suite needs at least 40 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    /** The check is memspice validate's (one implementation): every vector, 1e-9 relative, floors 1e-12 V and 1e-15 A. */
    private static final OperatingPointSuite SUITE = new OperatingPointSuite("golden/dc", "", 1e-9, 1e-12, 1e-15, 0);

    private static void check(Path cir) {
        CaseResult r = SUITE.check(cir);
        assertTrue(r.pass(), r.name() + ": " + r.note());
    }
}
