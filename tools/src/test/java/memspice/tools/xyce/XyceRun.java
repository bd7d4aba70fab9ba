package memspice.tools.xyce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import memspice.tools.cli.Main;

/** Runs a netlist through the CLI ({@code memspice run NETLIST --csv DIR --quiet}) and reads tran.csv. */
final class XyceRun {

    private XyceRun() {
    }

    /** Runs and returns the transient table; fails the test with the CLI's stderr on a non-zero exit. */
    static XyceComparison.Table tran(Path netlist, Path outDir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(new String[]{"run", netlist.toString(), "--csv", outDir.toString(), "--quiet"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, status, netlist + ": memspice exit " + status + ", stderr:\n" + err.toString(StandardCharsets.UTF_8));
        Path csv = outDir.resolve("tran.csv");
        assertEquals(true, Files.exists(csv), netlist + ": no tran.csv written");
        return XyceComparison.csv(csv);
    }
}
