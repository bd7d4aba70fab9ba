package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The INV circuit in memspice against ngspice 39 running the same deck with the netlists/opamps.lib
 * subcircuits (references committed next to this test, made by make-references.sh).
 */
class InverseNgspiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"example", "mixed", "mixed_wired"})
    void operatingPointAgreesWithNgspice(String name, @TempDir Path dir) throws Exception {
        String base = name.replace("_wired", "");
        double[][] a = AmcInput.matrix(copy(base + "_A.csv", dir));
        double[] b = AmcInput.vector(copy(base + "_b.csv", dir));
        // mixed_wired: 5-ohm, 1-fF segments on every row and column wire (make-references.sh: --rwire 5 --cwire 1f)
        Wires wires = name.endsWith("_wired") ? new Wires(5, 1e-15) : Wires.NONE;
        InverseStudy.Result r = InverseStudy.run(new InverseCircuit(a, b, 100e-6, new OpampSpec(1e5, 16e6), 0, wires), false, 1e-3);
        double[] ng = new double[3];
        for (String line : text(name + ".ngspice.txt").split("\n")) {
            String[] kv = line.split("=");
            int j = Integer.parseInt(kv[0].strip().replaceAll("\\D", "")) - 1;
            ng[j] = Double.parseDouble(kv[1].strip());
        }
        double err = InverseTheory.relativeError(r.circuitV(), ng);
        System.out.printf("INV %s vs ngspice 39: %.3e relative%n", name, err);
        // Same equations in both; the opamps.lib subcircuits differ only by their 1 mOhm default output
        // resistance (divided by the loop gain ~A0/3) and the 1e-15 S DC path on the pole node, each
        // < 1e-11 relative here; ngspice prints 15 digits. 1e-9 is the finite-gain tolerance.
        assertTrue(err < 1e-9, name + ": memspice " + java.util.Arrays.toString(r.circuitV()) + " vs ngspice "
                + java.util.Arrays.toString(ng));
    }

    static Path copy(String resource, Path dir) throws Exception {
        Path p = dir.resolve(resource);
        Files.writeString(p, text(resource));
        return p;
    }

    static String text(String resource) throws Exception {
        try (InputStream in = InverseNgspiceTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
