package memspice.tools.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fresh {@code memspice run FILE --quiet --stats --solver KIND} process (a JVM or the native
 * executable): its wall time (process start included), its peak resident memory and CPU time (from
 * {@code /usr/bin/time}, when installed) and the phase times and counters it printed with
 * {@code --stats}.
 *
 * @param wallSeconds elapsed time of the process
 * @param cpuSeconds  user + system CPU time, NaN without /usr/bin/time
 * @param peakRssMb   peak resident set size (MB), NaN without /usr/bin/time
 * @param values      "--stats" phases (s) and counters by name
 * @param exitCode    the process's exit code
 */
record ChildRun(double wallSeconds, double cpuSeconds, double peakRssMb, Map<String, Double> values, int exitCode) {

    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern STAT = Pattern.compile("^\\s{2}(\\S.*?)\\s+(-?[0-9]+(?:\\.[0-9]+)?)$");
    private static final Pattern MARK = Pattern.compile("^BENCHTIME (\\d+) ([0-9.]+) ([0-9.]+)$");

    /** A value printed by --stats, NaN when absent. */
    double value(String name) {
        return values.getOrDefault(name, Double.NaN);
    }

    /** analyze + factor + solve (s). */
    double solveSeconds() {
        return value("analyze") + value("factor") + value("solve");
    }

    /**
     * Runs the CLI in a new JVM on the class path of this one, with the launcher's class-data sharing
     * archive (tools/target/memspice.jsa) when it is there, as {@code ./memspice run} starts it; a
     * stale archive is silently not used.
     *
     * @param jvmOptions e.g. "-Xmx8g" (split on spaces)
     */
    static ChildRun run(Path netlist, String solver, String jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> launcher = new ArrayList<>();
        launcher.add(java);
        Path cds = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0])
                .toAbsolutePath().resolveSibling("memspice.jsa");
        if (Files.isRegularFile(cds)) {
            launcher.addAll(List.of("-XX:SharedArchiveFile=" + cds, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        for (String o : jvmOptions.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                launcher.add(o);
            }
        }
        launcher.addAll(List.of("-cp", System.getProperty("java.class.path"), "memspice.tools.cli.Main"));
        return run(launcher, netlist, solver);
    }

    /**
     * Runs the CLI as the native executable, with the heap options of jvmOptions that it understands.
     */
    static ChildRun runNative(NativeImage image, Path netlist, String solver, String jvmOptions)
            throws IOException, InterruptedException {
        return run(image.command(jvmOptions), netlist, solver);
    }

    /**
     * Runs {@code LAUNCHER run FILE --quiet --stats --solver KIND -r RAW}, where launcher is the
     * command that starts the CLI (a JVM with its options and main class, or the native executable).
     * The run writes its whole answer to a binary raw file, as the ngspice run it is compared with
     * does ({@code ngspice -b FILE -r RAW}), so both times include the output; the file is deleted.
     * A run under {@link #SHORT_RUN_SECONDS} is repeated: the result is the run of median wall time
     * of {@link #SHORT_RUN_REPEATS} (ngspice, at seconds per run, is timed once).
     */
    static ChildRun run(List<String> launcher, Path netlist, String solver) throws IOException, InterruptedException {
        ChildRun first = once(launcher, netlist, solver);
        if (first.exitCode() != 0 || first.wallSeconds() >= SHORT_RUN_SECONDS) {
            return first;
        }
        // a run this short is at the mercy of one scheduling hiccup: time SHORT_RUN_REPEATS runs, take the median
        List<ChildRun> runs = new ArrayList<>(List.of(first));
        for (int k = 1; k < SHORT_RUN_REPEATS; k++) {
            runs.add(once(launcher, netlist, solver));
        }
        runs.sort(java.util.Comparator.comparingDouble(ChildRun::wallSeconds));
        return runs.get(runs.size() / 2);
    }

    /** Runs shorter than this (s) are repeated and their median reported. */
    static final double SHORT_RUN_SECONDS = 1.0;
    /** How many runs give that median. */
    static final int SHORT_RUN_REPEATS = 11;

    private static ChildRun once(List<String> launcher, Path netlist, String solver) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            cmd.addAll(List.of(TIME.toString(), "-f", "BENCHTIME %M %U %S"));
        }
        Path raw = netlist.resolveSibling(netlist.getFileName() + "." + solver + ".memspice.raw");
        cmd.addAll(launcher);
        cmd.addAll(List.of("run", netlist.toString(), "--quiet", "--stats", "--solver", solver, "-r", raw.toString()));
        Path err = Files.createTempFile("memspice-bench", ".err");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            int code = p.waitFor();
            double wall = (System.nanoTime() - t0) * 1e-9;
            Map<String, Double> values = new HashMap<>();
            double rss = Double.NaN;
            double cpu = Double.NaN;
            for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
                Matcher m = MARK.matcher(line.trim());
                if (m.matches()) {
                    rss = Long.parseLong(m.group(1)) / 1024.0;
                    cpu = Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3));
                    continue;
                }
                Matcher s = STAT.matcher(line);
                if (s.matches()) {
                    values.putIfAbsent(s.group(1), Double.parseDouble(s.group(2)));
                }
            }
            return new ChildRun(wall, cpu, rss, values, code);
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(err);
        }
    }
}
