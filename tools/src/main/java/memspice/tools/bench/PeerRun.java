package memspice.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;

/**
 * One batch run of ngspice on a netlist file ({@code ngspice -b FILE -r FILE.raw}), timed as a
 * whole process (start-up, parse, ordering, solve, output), with its raw results read back.
 */
record PeerRun(boolean ran, String note, double seconds, List<ResultTable> plots) {

    /** True when an {@code ngspice} executable is on the PATH. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("ngspice", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A run that was not made, with the reason. */
    static PeerRun skipped(String why) {
        return new PeerRun(false, why, Double.NaN, List.of());
    }

    /**
     * Runs ngspice on the netlist, killing it after timeoutSeconds.
     */
    static PeerRun run(Path netlist, double timeoutSeconds) throws IOException {
        Path raw = netlist.resolveSibling(netlist.getFileName() + ".ngspice.raw");
        Path log = netlist.resolveSibling(netlist.getFileName() + ".ngspice.log");
        Files.deleteIfExists(raw);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("ngspice", "-b", netlist.toString(), "-r", raw.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return skipped("ngspice did not finish in " + (long) timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return skipped("interrupted");
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        if (p.exitValue() != 0 || !Files.exists(raw)) {
            return skipped("ngspice failed (exit " + p.exitValue() + ", see " + log + ")");
        }
        return new PeerRun(true, "", seconds, RawFileReader.read(raw));
    }
}
