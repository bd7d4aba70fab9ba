package memspice.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * Workload (a), the .op of an N x N linear crossbar, with both linear solvers: the iterative one at
 * every size, the direct LU up to {@code directMax}. For each N a fresh {@code memspice run} process
 * per method gives the end-to-end time, CPU time, peak memory and the phase times it prints with
 * --stats; where both methods run, the two answers are also computed in this JVM and compared; up
 * to {@code ngMax} ngspice runs on the same file. Then the scaling fit: least squares of log(time)
 * on log(unknowns) per method.
 */
final class OpBench {

    /**
     * One size's measurements; direct and nat are null when not run, the agreements NaN.
     *
     * @param nat          the native executable's run with the default solver choice (auto)
     * @param natVsLu      {@link Agreement#scaled} of the native answer against the JVM LU answer
     * @param natPeerAgree {@link Agreement#operatingPoint} of the native answer against ngspice
     */
    record Row(int n, long unknowns, long nonzeros, ChildRun iterative, ChildRun direct, double agree,
               PeerRun peer, double peerAgree, ChildRun nat, double natVsLu, double natPeerAgree) {
    }

    private OpBench() {
    }

    static List<Row> run(PrintStream out, Path dir, List<Integer> sizes, int directMax, int ngMax, double timeout,
                         String jvm) throws IOException, NetlistException, InterruptedException {
        boolean peerAvailable = PeerRun.available();
        NativeImage image = NativeImage.locate();
        out.println("memspice bench: workload op, netlists in " + dir);
        out.println("  engines timed: memspice JVM (child JVM " + jvm + "; --solver iterative, and direct up to N = "
                + directMax + ")" + (image.usable() ? "; memspice " + image.status() + " (--solver auto"
                        + (NativeImage.heapOptions(jvm).isEmpty() ? "" : ", " + String.join(" ", NativeImage.heapOptions(jvm)))
                        + ")" : "")
                + (peerAvailable ? "; ngspice (up to N = " + ngMax + ")" : "; ngspice not installed: no ratios"));
        if (!image.usable()) {
            out.println("  " + image.status());
        }
        out.println(String.format(Locale.ROOT, "%5s %9s %9s | %8s %5s %8s %8s %7s | %8s %8s %8s %7s | %8s | %9s %8s %8s%s",
                "N", "unknowns", "nonzeros", "it_solve", "cg", "it_e2e", "it_cpu", "it_MB", "lu_solve", "lu_e2e",
                "lu_cpu", "lu_MB", "it_vs_lu", "ngspice_s", "ratio", "agree", image.usable()
                        ? String.format(Locale.ROOT, " | %8s %8s %7s %9s | %9s %9s", "nat_e2e", "nat_cpu", "nat_MB",
                                "nat_vs_lu", "nat_ratio", "nat_agree") : ""));
        List<Row> rows = new ArrayList<>();
        for (int n : sizes) {
            Path file = Workload.OP.write(dir, n);
            ChildRun it = ChildRun.run(file, "iterative", jvm);
            ChildRun lu = n <= directMax ? ChildRun.run(file, "direct", jvm) : null;
            double agree = Double.NaN;
            ResultTable ours = null;
            if (lu != null || n <= ngMax) {
                ResultTable a = inProcess(file, "iterative");
                ours = a;
                if (lu != null) {
                    ResultTable b = inProcess(file, "direct");
                    agree = Agreement.scaled(b, a);
                    ours = b;
                }
            }
            PeerRun peer = peerAvailable && n <= ngMax ? PeerRun.run(file, timeout) : PeerRun.skipped("");
            double peerAgree = peer.ran() && !peer.plots().isEmpty() && ours != null
                    ? Agreement.operatingPoint(peer.plots().get(0), ours, 1e-15) : Double.NaN;
            ChildRun nat = image.usable() ? ChildRun.runNative(image, file, "auto", jvm) : null;
            double natVsLu = Double.NaN;
            double natPeerAgree = Double.NaN;
            if (nat != null && nat.exitCode() == 0 && (lu != null || peer.ran())) {
                ResultTable answer = image.answer(file, jvm);
                natVsLu = lu != null ? Agreement.scaled(ours, answer) : Double.NaN;
                natPeerAgree = peer.ran() && !peer.plots().isEmpty()
                        ? Agreement.operatingPoint(peer.plots().get(0), answer, 1e-15) : Double.NaN;
            }
            Row r = new Row(n, (long) it.value("unknowns"), (long) it.value("matrix nonzeros"), it, lu, agree, peer,
                    peerAgree, nat, natVsLu, natPeerAgree);
            rows.add(r);
            print(out, r);
        }
        out.println("it_* = iterative (CG, chain preconditioner), lu_* = direct sparse LU; solve = analyze + factor"
                + " + solve (s, from --stats); cg = CG iterations; e2e = wall time of a fresh `memspice run --quiet -r RAW` (the median of 11 when one takes under 1 s)"
                + " (JVM start, parse, setup, solve, the whole answer written as ngspice -r writes it); cpu = its user + system CPU s; MB = its peak RSS; it_vs_lu ="
                + " largest difference / largest magnitude, per kind (voltages, currents); ratio = ngspice_s / lu_e2e"
                + " (it_e2e without lu); agree = largest relative difference from ngspice"
                + (image.usable() ? "; nat_* = the native executable with --solver auto (e2e, cpu, MB as above);"
                        + " nat_vs_lu = its answer against the JVM LU answer, as it_vs_lu; nat_ratio = ngspice_s /"
                        + " nat_e2e; nat_agree = its largest relative difference from ngspice" : ""));
        return rows;
    }

    private static ResultTable inProcess(Path file, String solver) throws IOException, NetlistException {
        Netlist netlist = Simulator.read(file, new RunStatistics());
        Netlist withSolver = memspice.tools.cli.SolverOverride.apply(netlist, solver);
        TableSink sink = new TableSink();
        Simulator.Report report = Simulator.run(withSolver, sink, new RunStatistics());
        if (!report.succeeded()) {
            throw new IOException(file + ": " + solver + " run failed: " + report.failures());
        }
        return sink.tables().get(0);
    }

    private static void print(PrintStream out, Row r) {
        ChildRun it = r.iterative();
        ChildRun lu = r.direct();
        String peer = r.peer().ran() ? String.format(Locale.ROOT, "%9.2f %7.1fx %8.1e", r.peer().seconds(),
                r.peer().seconds() / (lu != null ? lu.wallSeconds() : it.wallSeconds()), r.peerAgree())
                : String.format(Locale.ROOT, "%9s %8s %8s", "-", "-", "-");
        out.println(String.format(Locale.ROOT, "%5d %9d %9d | %8.3f %5s %8.2f %8.2f %7.0f | %s | %8s | %s%s%s", r.n(),
                r.unknowns(), r.nonzeros(), it.solveSeconds(), fmt(it.value("cg iterations"), "%.0f"),
                it.wallSeconds(), it.cpuSeconds(), it.peakRssMb(),
                lu == null ? String.format(Locale.ROOT, "%8s %8s %8s %7s", "-", "-", "-", "-")
                        : String.format(Locale.ROOT, "%8.3f %8.2f %8.2f %7.0f", lu.solveSeconds(), lu.wallSeconds(),
                                lu.cpuSeconds(), lu.peakRssMb()),
                fmt(r.agree(), "%.1e"), peer, nativeColumns(r),
                it.exitCode() != 0 || (lu != null && lu.exitCode() != 0) ? "  (a run failed: exit "
                        + it.exitCode() + (lu != null ? "/" + lu.exitCode() : "") + ")"
                        : (it.value("iterative fallbacks") > 0 ? "  (iterative fell back to the LU)" : ""),
                r.nat() != null && r.nat().exitCode() != 0 ? "  (the native run failed: exit " + r.nat().exitCode() + ")"
                        : ""));
    }

    /** The native columns, empty when the native executable was not timed. */
    private static String nativeColumns(Row r) {
        ChildRun nat = r.nat();
        if (nat == null) {
            return "";
        }
        return String.format(Locale.ROOT, " | %8.3f %8.2f %7.0f %9s | %9s %9s", nat.wallSeconds(), nat.cpuSeconds(),
                nat.peakRssMb(), fmt(r.natVsLu(), "%.1e"),
                r.peer().ran() ? String.format(Locale.ROOT, "%.1fx", r.peer().seconds() / nat.wallSeconds()) : "-",
                fmt(r.natPeerAgree(), "%.1e"));
    }

    private static String fmt(double v, String f) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, f, v);
    }
}
