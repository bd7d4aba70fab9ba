package memspice.models.memristor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.circuit.Circuit;
import memspice.netlist.NetlistException;

/** The YMEMRISTOR card: model selection, overrides, variation, and the errors a user can make. */
class MemristorFactoryTest {

    private static double r(Circuit c, String name) {
        MemristorDevice d = (MemristorDevice) c.device("ymemristor!" + name);
        return d.model().resistance(0.1, d.model().initialState());
    }

    @Test
    void levelAndNameSelectTheSameModelAndInstanceValuesOverride() throws Exception {
        Circuit c = MemristorTestSupport.circuit("""
                v1 a 0 1
                ymemristor m1 a 0 byLevel
                ymemristor m2 a 0 byName
                ymemristor m3 a 0 byLevel ron=75 xo=1e-9
                .model byLevel memristor level=2
                .model byName memristor model=team
                """, Path.of("t.cir"));
        assertEquals(50.0, r(c, "m1"), 1e-12, "TEAM at xo = 0 is ron");
        assertEquals(r(c, "m1"), r(c, "m2"), 0.0);
        // xo = 1 nm of 3: R = 75 + (1000 - 75)/3
        assertEquals(75 + 925.0 / 3, r(c, "m3"), 1e-9);
    }

    @Test
    void variationIsSeededPerInstanceAndOrderIndependent() throws Exception {
        String model = ".model mv memristor model=hp wt=0 rinit=0 xo=1 dev_ron=0.1 devseed=42\n";
        StringBuilder a = new StringBuilder("v1 a 0 1\n");
        StringBuilder b = new StringBuilder("v1 a 0 1\n");
        int n = 400;
        for (int k = 0; k < n; k++) {
            a.append("ymemristor m").append(k).append(" a 0 mv\n");
            b.append("ymemristor m").append(n - 1 - k).append(" a 0 mv\n");
        }
        Circuit ca = MemristorTestSupport.circuit(a + model, Path.of("a.cir"));
        Circuit cb = MemristorTestSupport.circuit(b + model, Path.of("b.cir"));
        double sum = 0;
        double sq = 0;
        for (int k = 0; k < n; k++) {
            double ra = r(ca, "m" + k);   // x = 1: R = ron
            assertEquals(ra, r(cb, "m" + k), 0.0, "same instance, same value whatever the order");
            sum += ra;
            sq += ra * ra;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sq / n - mean * mean);
        // ron = 100, sigma 10 %: the sample mean of 400 is within 3 standard errors (1.5 ohm),
        // the sample sd within 20 % of 10 ohm (its standard error is ~3.5 %; clipping at 3 sigma is negligible)
        assertEquals(100, mean, 1.5);
        assertEquals(10, sd, 2);
        assertNotEquals(r(ca, "m0"), r(ca, "m1"));
        Circuit other = MemristorTestSupport.circuit(a + model.replace("devseed=42", "devseed=43"), Path.of("c.cir"));
        assertNotEquals(r(ca, "m0"), r(other, "m0"), "another seed, another draw");
    }

    private static String error(String lines) {
        NetlistException e = assertThrows(NetlistException.class, () -> MemristorTestSupport.circuit(lines, Path.of("bad.cir")));
        return e.getMessage();
    }

    @Test
    void mistakesAreReportedWithTheCardAndTheChoices() {
        assertTrue(error("v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor level=7").contains("no memristor level 7"));
        assertTrue(error("v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor model=nope").contains("model=hp"));
        assertTrue(error("v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor").contains("needs level= or model="));
        assertTrue(error("v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor level=2 bogus=1").contains("no parameter 'bogus'"));
        assertTrue(error("v1 a 0 1\nymemristor m a 0 mm\n.model mm d").contains("not memristor"));
        assertTrue(error("v1 a 0 1\nymemristor m a 0 nomodel").contains("unknown model"));
        assertTrue(error("v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor level=2 wt=7").contains("window type"));
        assertTrue(error("v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor model=hp dev_nothing=0.1")
                .contains("dev_nothing"));
        String msg = error("v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor level=4 fxpdata=missing.csv");
        assertTrue(msg.contains("missing.csv") && msg.contains("no such file") && msg.contains("bad.cir:4"), msg);
    }

    @Test
    void malformedTableNamesFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fp.csv"), "0.1, 0.5\n0.2; 0.4\n0.3 zero\n");
        NetlistException e = assertThrows(NetlistException.class, () -> MemristorTestSupport.circuit(
                "v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor level=4 fxpdata=fp.csv", dir.resolve("t.cir")));
        assertTrue(e.getMessage().contains("fp.csv:3") && e.getMessage().contains("0.3 zero"), e.getMessage());
        Files.writeString(dir.resolve("fm.dat"), "0.2 0.5\n0.1 0.4\n");
        e = assertThrows(NetlistException.class, () -> MemristorTestSupport.circuit(
                "v1 a 0 1\nymemristor m a 0 mm\n.model mm memristor level=4 fxmdata=fm.dat", dir.resolve("t.cir")));
        assertTrue(e.getMessage().contains("fm.dat:2") && e.getMessage().contains("increase"), e.getMessage());
    }

    @Test
    void tablesReadAlikeFromCsvAndWhitespaceFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("f.csv"), "9.33E-02,6.30E-01\n5.00E-01,3.00E-01\n1.00E+00,1.05E-04\n");
        Files.writeString(dir.resolve("f.dat"), "9.33E-02 6.30E-01\n5.00E-01\t3.00E-01\n\n1.00E+00   1.05E-04\n");
        PemTable csv = PemTable.read(dir.resolve("f.csv"), null);
        PemTable dat = PemTable.read(dir.resolve("f.dat"), null);
        for (double x = -0.5; x <= 1.5; x += 0.01) {
            assertEquals(csv.value(x), dat.value(x), 0.0);
        }
        assertEquals(0.63, dat.value(0.0), 0.0, "held constant below the first point");
        assertEquals(0.63 + (0.30 - 0.63) * (0.3 - 0.0933) / (0.5 - 0.0933), dat.value(0.3), 1e-15);
    }
}
