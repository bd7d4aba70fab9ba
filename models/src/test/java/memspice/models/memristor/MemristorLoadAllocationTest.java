package memspice.models.memristor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import memspice.circuit.Circuit;
import memspice.circuit.MnaSystem;
import memspice.device.Device;

/**
 * Memristor load() allocates nothing (it runs every Newton iteration): one device of every model,
 * loaded 20,000 times in transient mode at moving operating points after a warm-up, measured with
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes. A single 16-byte object per load would
 * show as 320 KB per device; the 4 KB allowance covers only the measurement itself.
 */
class MemristorLoadAllocationTest {

    private static final int LOADS = 20_000;

    @Test
    void loadDoesNotAllocate() throws Exception {
        Circuit c = MemristorTestSupport.circuit("""
                v1 a 0 0.5
                ymemristor m1 a 0 team
                ymemristor m2 a 0 yak
                ymemristor m3 a 0 pem
                ymemristor m4 a 0 hp
                ymemristor m5 a 0 vteam
                ymemristor m6 a 0 rram
                ymemristor m7 a 0 mmss
                .model team memristor level=2 xscaling=1e9
                .model yak memristor level=3
                .model pem memristor level=4 %s
                .model hp memristor model=hp wt=2
                .model vteam memristor model=vteam
                .model rram memristor model=rram
                .model mmss memristor model=mmss
                """.formatted(MemristorDerivativeTest.PEM_TABLES), Path.of("alloc.cir"));
        MnaSystem sys = new MnaSystem(c);
        sys.context().setMode(false, true, 1e-6);
        double[] x = sys.x();
        int a = c.findNode("a");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(bean.isThreadAllocatedMemorySupported());
        long id = Thread.currentThread().getId();
        run(sys, x, a, LOADS);   // warm-up
        bean.getThreadAllocatedBytes(id);
        long before = bean.getThreadAllocatedBytes(id);
        double sink = run(sys, x, a, LOADS);
        long after = bean.getThreadAllocatedBytes(id);
        assertTrue(Double.isFinite(sink));
        int devices = 0;
        for (Device d : c.devices()) {
            devices += d instanceof MemristorDevice ? 1 : 0;
        }
        assertTrue(devices == 7, "seven memristors built");
        assertTrue(after - before < 4096, "allocated " + (after - before) + " bytes in " + LOADS + " loads");
    }

    private static double run(MnaSystem sys, double[] x, int a, int n) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            x[a] = Math.sin(k * 1e-3);   // both polarities
            sys.load();
            sum += sys.f()[a];
        }
        return sum;
    }
}
