package memspice.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.NetlistException;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.tools.cli.Command;

/**
 * {@code memspice bench [--workload op|tran] [--sizes 32,64,...] [--ngspice-max N] [--timeout S]}:
 * generates crossbar netlists, runs memspice (in process for the phase times and the answers, and
 * as a fresh {@code memspice run} process for the end-to-end time including JVM start; for op also
 * the native executable when native/build-native.sh has built it) and, when installed, ngspice on
 * the same files; prints sizes, times, the speed ratio and how far the answers
 * are apart. A benchmark program, not a test: its numbers depend on the machine.
 */
public final class BenchCommand implements Command {

    @Override
    public String summary() {
        return "benchmark crossbar workloads against ngspice (when installed)";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("workload").hasArg().argName("KIND").desc("op (default), tran, rhs (G_eff: one factorization, N solves), parse (netlist reading speed), or memtran (memristor crossbar transient)").get());
        o.addOption(Option.builder().longOpt("sizes").hasArg().argName("N,N,...")
                .desc("array sizes (default 32,64,128,256 for op, 64 for tran)").get());
        o.addOption(Option.builder().longOpt("ngspice-max").hasArg().argName("N")
                .desc("largest size given to ngspice (default 64; ngspice needs minutes beyond)").get());
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("S").desc("ngspice time limit per run (default 900)").get());
        o.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR").desc("where netlists go (default: a temporary folder)").get());
        o.addOption(Option.builder().longOpt("direct-max").hasArg().argName("N")
                .desc("op: largest size also solved by the direct LU (default 256; it needs ~640 s at 1024)").get());
        o.addOption(Option.builder().longOpt("jvm").hasArg().argName("OPTS")
                .desc("op: JVM options of the timed `memspice run` processes (default -Xmx8g -Xms8g -XX:+UseParallelGC,"
                        + " what ./memspice uses with MEMSPICE_JAVA_OPTS=-Xmx8g)").get());
        o.addOption(Option.builder().longOpt("plot").hasArg().argName("PNG")
                .desc("op: write the log-log chart of time versus unknowns (with fitted exponents) here").get());
        o.addOption(Option.builder().longOpt("write-only")
                .desc("op, tran: only write the netlists (into --dir or a temporary folder), print their paths and exit").get());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return o;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine cl = new DefaultParser().parse(options(), args);
            if (cl.hasOption("help")) {
                new org.apache.commons.cli.HelpFormatter().printHelp(new java.io.PrintWriter(out, true), 100,
                        "memspice bench [options]", "", options(), 2, 2, "");
                return 0;
            }
            String kind = cl.getOptionValue("workload", "op").toLowerCase(Locale.ROOT);
            if (kind.equals("rhs")) {
                return manyRightHandSides(out, Integer.parseInt(cl.getOptionValue("sizes", "256")));
            }
            if (kind.equals("parse")) {
                return parse(out, cl.hasOption("dir") ? Files.createDirectories(Path.of(cl.getOptionValue("dir")))
                        : Files.createTempDirectory("memspice-bench"), Integer.parseInt(cl.getOptionValue("sizes", "708")));
            }
            if (kind.equals("memtran")) {
                return MemtranBench.run(out, cl.hasOption("dir") ? Files.createDirectories(Path.of(cl.getOptionValue("dir")))
                        : Files.createTempDirectory("memspice-bench"), Integer.parseInt(cl.getOptionValue("sizes", "64")),
                        PeerRun.available() && Integer.parseInt(cl.getOptionValue("sizes", "64"))
                                <= Integer.parseInt(cl.getOptionValue("ngspice-max", "64")),
                        Double.parseDouble(cl.getOptionValue("timeout", "900")));
            }
            Workload workload = Workload.valueOf(kind.toUpperCase(Locale.ROOT));
            if (cl.hasOption("write-only")) {
                Path dir = cl.hasOption("dir") ? Files.createDirectories(Path.of(cl.getOptionValue("dir")))
                        : Files.createTempDirectory("memspice-bench");
                for (String sz : cl.getOptionValue("sizes", workload == Workload.OP ? "32,64,128,256" : "64").split(",")) {
                    out.println(workload.write(dir, Integer.parseInt(sz.trim())));
                }
                return 0;
            }
            if (workload == Workload.OP) {
                List<Integer> opSizes = new ArrayList<>();
                for (String sz : cl.getOptionValue("sizes", "32,64,128,256").split(",")) {
                    opSizes.add(Integer.parseInt(sz.trim()));
                }
                Path opDir = cl.hasOption("dir") ? Files.createDirectories(Path.of(cl.getOptionValue("dir")))
                        : Files.createTempDirectory("memspice-bench");
                List<OpBench.Row> rows = OpBench.run(out, opDir, opSizes,
                        Integer.parseInt(cl.getOptionValue("direct-max", "256")),
                        Integer.parseInt(cl.getOptionValue("ngspice-max", "64")),
                        Double.parseDouble(cl.getOptionValue("timeout", "900")), cl.getOptionValue("jvm", "-Xmx8g -Xms8g -XX:+UseParallelGC"));
                Scaling.report(out, rows, cl.hasOption("plot") ? Path.of(cl.getOptionValue("plot")) : null);
                return 0;
            }
            List<Integer> sizes = new ArrayList<>();
            for (String s : cl.getOptionValue("sizes", workload == Workload.OP ? "32,64,128,256" : "64").split(",")) {
                sizes.add(Integer.parseInt(s.trim()));
            }
            int ngMax = Integer.parseInt(cl.getOptionValue("ngspice-max", "64"));
            double timeout = Double.parseDouble(cl.getOptionValue("timeout", "900"));
            Path dir = cl.hasOption("dir") ? Files.createDirectories(Path.of(cl.getOptionValue("dir")))
                    : Files.createTempDirectory("memspice-bench");
            boolean peer = PeerRun.available();
            out.println("memspice bench: workload " + workload.name().toLowerCase(Locale.ROOT) + ", netlists in " + dir
                    + (peer ? "" : "; ngspice not installed: no ratios"));
            out.println(String.format(Locale.ROOT, "%6s %9s %8s %9s %10s %10s %10s %9s %9s", "N", "unknowns", "steps",
                    "solve_s", "inproc_s", "e2e_s", "ngspice_s", "ratio", "agree"));
            for (int n : sizes) {
                row(out, workload, dir, n, peer && n <= ngMax, timeout);
            }
            out.println("solve_s = analyze + factor + solve; inproc_s = read + run in this JVM; e2e_s = a fresh"
                    + " `memspice run` process (JVM start included); ratio = ngspice_s / e2e_s; agree = largest"
                    + (workload == Workload.OP ? " relative difference of shared outputs"
                            : " difference of the TIA outputs over ngspice's time points / their swing"));
            return 0;
        } catch (ParseException | IllegalArgumentException e) {
            err.println("memspice bench: " + e.getMessage());
            return 1;
        } catch (IOException | NetlistException e) {
            err.println("memspice bench: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private static void row(PrintStream out, Workload w, Path dir, int n, boolean withPeer, double timeout)
            throws IOException, NetlistException, InterruptedException {
        Path file = w.write(dir, n);
        RunStatistics stats = new RunStatistics();
        TableSink sink = new TableSink();
        long t0 = System.nanoTime();
        Simulator.Report report = Simulator.run(Simulator.read(file, stats), sink, stats);
        double inProcess = (System.nanoTime() - t0) * 1e-9;
        if (!report.succeeded()) {
            out.println(n + ": memspice failed: " + report.failures());
            return;
        }
        double e2e = endToEnd(file);
        PeerRun peer = withPeer ? PeerRun.run(file, timeout) : PeerRun.skipped("");
        double agree = Double.NaN;
        if (peer.ran() && !peer.plots().isEmpty()) {
            ResultTable ours = sink.tables().get(0);
            ResultTable theirs = peer.plots().get(0);
            agree = w == Workload.OP ? Agreement.operatingPoint(theirs, ours, 1e-15) : Agreement.waveforms(theirs, ours, "v(tia");
        }
        double solve = stats.seconds("analyze") + stats.seconds("factor") + stats.seconds("solve");
        long steps = w == Workload.TRAN ? sink.tables().get(0).rowCount() : 1;
        out.println(String.format(Locale.ROOT, "%6d %9d %8d %9.3f %10.3f %10.3f %10s %9s %9s%s", n,
                stats.counter("unknowns"), steps, solve, inProcess, e2e, peer.ran() ? String.format(Locale.ROOT, "%.2f", peer.seconds()) : "-",
                peer.ran() ? String.format(Locale.ROOT, "%.1fx", peer.seconds() / e2e) : "-",
                Double.isNaN(agree) ? "-" : String.format(Locale.ROOT, "%.1e", agree),
                peer.note().isEmpty() ? "" : "  (" + peer.note() + ")"));
        if (w == Workload.TRAN) {
            out.println(String.format(Locale.ROOT, "       memspice %.3f ms per accepted step%s", 1e3 * inProcess / steps,
                    peer.ran() ? String.format(Locale.ROOT, ", ngspice %.3f ms", 1e3 * peer.seconds() / Math.max(1,
                            peer.plots().get(0).rowCount())) : ""));
        }
    }

    /**
     * Many right-hand sides: the effective matrix G_eff of an N x N crossbar (1 ohm segments,
     * conductances 1-100 uS) from one factorization and N solves, in memory (irdrop's API).
     */
    private static int manyRightHandSides(PrintStream out, int n) throws IOException {
        double[][] g = memspice.tools.crossbar.CrossbarSpec.random(n, n, 1e-6, 1e-4, 0.2, 1.0, 1).conductance();
        try {
            long t0 = System.nanoTime();
            memspice.tools.irdrop.CrossbarSystem system = memspice.tools.irdrop.CrossbarSystem.build(g,
                    memspice.tools.irdrop.Wiring.uniform(1.0));
            double build = (System.nanoTime() - t0) * 1e-9;
            long t1 = System.nanoTime();
            double[][] geff = system.effectiveMatrix();
            double solves = (System.nanoTime() - t1) * 1e-9;
            out.println(String.format(Locale.ROOT, "memspice bench: G_eff of a %d x %d crossbar (%d unknowns): "
                    + "assemble + analyze + factor %.3f s, %d solves %.3f s (%.2f ms each), G_eff[0][0] = %.6e S",
                    n, n, 2 * n * n, build, n, solves, 1e3 * solves / n, geff[0][0]));
            return 0;
        } catch (memspice.sparse.SingularMatrixException e) {
            out.println("memspice bench: factorization failed: " + e.getMessage());
            return 2;
        }
    }

    /**
     * Netlist reading speed: an N x N crossbar netlist (N = 708 gives about a million lines) read
     * three times in this JVM (parse = lines, continuations, comments, tokens, cards; no elaboration).
     */
    private static int parse(PrintStream out, Path dir, int n) throws IOException, NetlistException {
        return ParseBench.run(out, dir, n);
    }

    /** Wall time of a fresh JVM running {@code memspice run FILE --quiet}, output discarded. */
    static double endToEnd(Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx8g", "-cp", System.getProperty("java.class.path"),
                "memspice.tools.cli.Main", "run", file.toString(), "--quiet"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return (System.nanoTime() - t0) * 1e-9;
    }
}
