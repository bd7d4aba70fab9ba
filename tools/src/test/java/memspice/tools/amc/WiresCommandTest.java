package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/** {@code memspice amc wires} and the inverse command's wire and cell options through the CLI. */
class WiresCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void wiresWritesTableAndPlot() throws Exception {
        int rc = run("amc", "wires", "--n", "4", "--rwire-sweep", "0,2", "--g0", "100u,10u", "--out", dir.toString());
        assertEquals(Main.OK, rc, err.toString(StandardCharsets.UTF_8));
        List<String> csv = Files.readAllLines(dir.resolve("wires.csv"));
        assertEquals("g0_s,opamps,rwire_ohm,error_sim,error_model,sim_vs_model,lambda_min,wall_s", csv.get(0));
        assertEquals(1 + 2 * 2 * 2, csv.size(), "G0 x op-amps x R rows");
        assertTrue(Files.size(dir.resolve("wires.png")) > 10_000, "a rendered PNG");
    }

    @Test
    void inversePrintsWiredAndProgrammedAnswers() throws Exception {
        Path a = Files.writeString(dir.resolve("A.csv"), "1,0.2,0.5\n0.3,0.9,0.1\n0.4,0.2,1.1\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "0.2\n-0.1\n0.3\n");
        assertEquals(Main.OK, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString(), "--rwire", "5", "--cwire", "1f",
                "--levels", "16", "--grange", "1u,120u", "--variation", "0.02", "--seed", "3", "--programmed",
                dir.resolve("cells.csv").toString()), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        assertTrue(text.contains("eig(M_V - M_U) of the wired array"), text);
        assertTrue(text.contains("full linearisation with wire capacitance (21 states): every real part > 0"), text);
        assertTrue(text.contains("-(A_cell^-1 b)_j") && text.contains("wired model V_j"), text);
        assertEquals(10, Files.readAllLines(dir.resolve("cells.csv")).size(), "header + 9 cells");
        // bad physical options: exit 1 with the option named, no stack trace
        assertEquals(Main.BAD_INPUT, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString(), "--rwire", "-1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--rwire"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Main.BAD_INPUT, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString(), "--levels", "8"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--grange"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Main.BAD_INPUT, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString(), "--levels", "8",
                "--grange", "1u,50u"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("above GMAX"), err.toString(StandardCharsets.UTF_8));
    }
}
