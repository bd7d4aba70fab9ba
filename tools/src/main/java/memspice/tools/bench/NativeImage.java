package memspice.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;

/**
 * The opt-in native executable of the CLI ({@code native/build-native.sh} writes it to
 * {@code tools/target/native/memspice}, next to the jar this class was loaded from), as the bench
 * finds it: usable only when it exists and is newer than the jar, and not switched off with
 * {@code MEMSPICE_NATIVE=0} (the launcher's rule).
 *
 * @param binary the executable, or null when it is not used
 * @param status one line for the bench header: where the binary is, or why it is not used
 */
record NativeImage(Path binary, String status) {

    /** True when the binary is there to be timed. */
    boolean usable() {
        return binary != null;
    }

    /** Looks for the binary next to the jar (or class folder) of this class. */
    static NativeImage locate() {
        if ("0".equals(System.getenv("MEMSPICE_NATIVE"))) {
            return new NativeImage(null, "native: off (MEMSPICE_NATIVE=0)");
        }
        Path code;
        try {
            code = Path.of(NativeImage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return new NativeImage(null, "native: not built (native/build-native.sh)");
        }
        Path target = code.getParent();
        Path bin = target == null ? null : target.resolve("native").resolve("memspice");
        if (bin == null || !Files.isExecutable(bin)) {
            return new NativeImage(null, "native: not built (native/build-native.sh)");
        }
        try {
            if (Files.isRegularFile(code) && Files.getLastModifiedTime(bin).compareTo(Files.getLastModifiedTime(code)) <= 0) {
                return new NativeImage(null, "native: " + bin + " is older than " + code.getFileName()
                        + ", not used (rebuild: native/build-native.sh)");
            }
        } catch (IOException e) {
            return new NativeImage(null, "native: cannot read " + bin + ": " + e.getMessage());
        }
        return new NativeImage(bin, "native " + bin);
    }

    /**
     * The heap options the launcher gives the native executable for a JVM option string: its -Xmx
     * and -Xms, and the initial heap at the maximum when no -Xms is given (-Xms = -Xmx, or a quarter
     * of the physical memory without -Xmx), since a growing heap of the native image's serial
     * collector copies the live netlist again and again (docs/performance/native-image.md).
     */
    static List<String> heapOptions(String jvmOptions) {
        List<String> kept = new ArrayList<>();
        String xmx = null;
        boolean xms = false;
        for (String o : jvmOptions.trim().split("\\s+")) {
            if (o.startsWith("-Xmx")) {
                xmx = o.substring(4);
                kept.add(o);
            } else if (o.startsWith("-Xms")) {
                xms = true;
                kept.add(o);
            }
        }
        if (!xms) {
            if (xmx != null) {
                kept.add("-Xms" + xmx);
            } else if (ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os) {
                kept.add("-Xms" + os.getTotalMemorySize() / 4 / 1024 + "k");
            }
        }
        return kept;
    }

    /** The command prefix that starts the CLI: the binary and the heap options. */
    List<String> command(String jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(binary.toString());
        cmd.addAll(heapOptions(jvmOptions));
        return cmd;
    }

    /**
     * The answer of the native executable ({@code run FILE --quiet --solver auto -r RAW}, not timed),
     * read back from the raw file it wrote: the first plot.
     *
     * @throws IOException when the run fails or writes no raw file
     */
    ResultTable answer(Path netlist, String jvmOptions) throws IOException, InterruptedException {
        Path raw = netlist.resolveSibling(netlist.getFileName() + ".native.raw");
        Files.deleteIfExists(raw);
        List<String> cmd = command(jvmOptions);
        cmd.addAll(List.of("run", netlist.toString(), "--quiet", "--solver", "auto", "-r", raw.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        if (code != 0 || !Files.exists(raw)) {
            throw new IOException(binary + " run " + netlist + " failed (exit " + code + ")");
        }
        try {
            return RawFileReader.read(raw).get(0);
        } finally {
            Files.deleteIfExists(raw);
        }
    }
}
