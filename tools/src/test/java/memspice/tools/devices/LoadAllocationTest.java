package memspice.tools.devices;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import memspice.circuit.Elaborator;
import memspice.circuit.MnaSystem;
import memspice.device.DeviceFactory;
import memspice.device.DeviceRegistry;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;

/**
 * The project rule "load() allocates nothing", checked for every registered factory's samples
 * ({@link DeviceSamples}): after a warm-up, rounds of 2000 loads in DC and transient mode allocate
 * less than one byte per load on this thread (HotSpot's per-thread allocation counter; skipped on a
 * JVM without it). Allocations that escape analysis removes are not allocations and are not seen.
 */
class LoadAllocationTest {

    private static final int LOADS = 2000;

    @TestFactory
    Stream<DynamicTest> loadAllocatesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DeviceFactory f : ServiceLoader.load(DeviceFactory.class)) {
            for (String key : f.keys()) {
                for (DeviceSamples.Sample s : DeviceSamples.SAMPLES.getOrDefault(key, List.of())) {
                    tests.add(DynamicTest.dynamicTest(key + ": " + s.label(), () -> check(s)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(DeviceSamples.Sample s) throws Exception {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter");
        var mx = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
        String text = "sample: " + s.label() + "\n" + s.lines() + "\n.end\n";
        Path file = Path.of("sample.cir");
        var netlist = NetlistParser.parse(file, DeckReader.read(file.toString(), text));
        MnaSystem sys = new MnaSystem(Elaborator.elaborate(netlist, DeviceRegistry.get(), Map.of()).circuit());
        double[] x = sys.x();
        for (int i = 0; i < sys.size(); i++) {
            x[i] = s.levels()[i % s.levels().length] + 0.5 * s.jitter();
        }
        long tid = Thread.currentThread().getId();
        for (int mode = 0; mode < 2; mode++) {
            sys.context().setMode(mode == 0, mode == 1, 1e-6);
            for (int k = 0; k < 20000; k++) {
                sys.load();
            }
            long least = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long before = mx.getThreadAllocatedBytes(tid);
                for (int k = 0; k < LOADS; k++) {
                    sys.load();
                }
                least = Math.min(least, mx.getThreadAllocatedBytes(tid) - before);
            }
            // an allocation in load() costs >= 16 bytes every call, >= 32000 bytes per round; one-off
            // runtime events (deoptimisation, lazy initialisation) were seen to take ~200 bytes once,
            // so the least of three rounds must stay below one byte per load
            assertTrue(least < LOADS, s.label() + (mode == 0 ? " (dc)" : " (tran)") + ": " + least
                    + " bytes allocated by " + LOADS + " loads");
        }
    }
}
