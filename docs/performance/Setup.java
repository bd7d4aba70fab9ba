// Timing probe of the setup phases (numbers quoted in docs/performance/README.md).
// Run from a built checkout:  java -Xmx8g -Xms8g -XX:+UseParallelGC -cp "tools/target/memspice-tools-0.1.0-SNAPSHOT.jar:tools/target/lib/*" \
//     docs/performance/Setup.java NETLIST.cir
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;
import memspice.analysis.*;
import memspice.circuit.*;
import memspice.device.DeviceRegistry;
public class Setup {
    static ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    static long w0, c0;
    static void mark(String what) {
        long w = System.nanoTime(), c = mx.getCurrentThreadCpuTime();
        if (what != null) System.out.printf("%-14s wall %6.2f s  main-thread cpu %6.2f s%n", what, (w - w0) * 1e-9, (c - c0) * 1e-9);
        w0 = w; c0 = c;
    }
    public static void main(String[] a) throws Exception {
        mark(null);
        var netlist = Simulator.read(Path.of(a[0]), new RunStatistics());
        mark("parse");
        Elaborator.Result r = Elaborator.elaborate(netlist, DeviceRegistry.get(), Map.of());
        mark("elaborate");
        Circuit c = r.circuit();
        c.allocate();
        mark("allocate");
        TopologyChecker.check(c);
        mark("topology");
        MnaSystem sys = new MnaSystem(c);
        mark("mna system");
        long gc = 0; for (var b : ManagementFactory.getGarbageCollectorMXBeans()) gc += b.getCollectionTime();
        System.out.println("GC time so far " + gc / 1000.0 + " s");
    }
}
