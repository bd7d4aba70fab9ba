package memspice.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;

/**
 * {@code memspice bench --workload parse}: netlist reading speed on an N x N crossbar .op netlist
 * (N = 708 gives about 1.5 million lines), read three times in this JVM (the "parse" phase: lines,
 * continuations, comments, tokens, cards; no elaboration). Per round it prints the wall time and the
 * lines per second, and beside them the CPU time of the reading thread and the collectors' pause
 * time, because on a shared 2-core machine the wall time mostly measures the other processes (the
 * system load average is printed before and after).
 */
final class ParseBench {

    private ParseBench() {
    }

    static int run(PrintStream out, Path dir, int n) throws IOException, NetlistException {
        Path file = Workload.OP.write(dir, n);
        long lines;
        try (var s = Files.lines(file)) {
            lines = s.count();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.println(String.format(Locale.ROOT, "memspice bench: parse %s (%d lines, %.1f MB), load average %.2f, %d cores",
                file, lines, Files.size(file) / 1e6, load, Runtime.getRuntime().availableProcessors()));
        double[] wall = new double[3];
        for (int round = 1; round <= 3; round++) {
            RunStatistics stats = new RunStatistics();
            long gc0 = gcMillis();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Netlist netlist = Simulator.read(file, stats);
            // a large flat deck's element cards are tokenized on a second thread while the caller goes
            // on (the run's "parse" phase excludes that): wait for every card, so all reading is timed
            int elements = netlist.top().elements().size();
            for (int k = 0; k < elements; k++) {
                netlist.top().elementAt(k);
            }
            double s = (System.nanoTime() - t0) * 1e-9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) * 1e-9;
            double gc = (gcMillis() - gc0) * 1e-3;
            wall[round - 1] = s;
            out.println(String.format(Locale.ROOT, "  round %d: %.3f s, %.2f M lines/s (calling thread CPU %.3f s = %.2f M"
                    + " lines per CPU-second, the tokenizing thread's not counted; GC pauses %.3f s; %d elements)", round, s, lines / s / 1e6, cpu,
                    lines / cpu / 1e6, gc, elements));
        }
        Arrays.sort(wall);
        out.println(String.format(Locale.ROOT, "  median %.3f s, %.2f M lines/s; load average now %.2f", wall[1],
                lines / wall[1] / 1e6, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return 0;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, b.getCollectionTime());
        }
        return sum;
    }
}
