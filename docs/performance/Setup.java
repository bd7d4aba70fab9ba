// Timing probe of the setup phases (numbers quoted in docs/performance/README.md).
// Run from a built checkout:  java -Xmx8g -Xms8g -XX:+UseParallelGC -cp "tools/target/memspice-tools-0.1.0-SNAPSHOT.jar:tools/target/lib/*" \
//     docs/performance/Setup.java NETLIST.cir [ROUNDS]
// ROUNDS > 1 repeats parse..mna in the same JVM (the later rounds show the compiled, warm cost; the
// parse/elaboration numbers of the 64 x 64 netlist in docs/performance/README.md are rounds 10-20).
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
        if (what != null) System.out.printf("%-14s wall %8.4f s  main-thread cpu %8.4f s%n", what, (w - w0) * 1e-9, (c - c0) * 1e-9);
        w0 = w; c0 = c;
    }
    public static void main(String[] a) throws Exception {
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 1;
        for (int k = 1; k <= rounds; k++) {
            if (rounds > 1) System.out.println("round " + k);
            round(a[0]);
        }
        long gc = 0; for (var b : ManagementFactory.getGarbageCollectorMXBeans()) gc += b.getCollectionTime();
        System.out.println("GC time so far " + gc / 1000.0 + " s");
    }
    static void round(String file) throws Exception {
        mark(null);
        var netlist = Simulator.read(Path.of(file), new RunStatistics());
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
    }
}
