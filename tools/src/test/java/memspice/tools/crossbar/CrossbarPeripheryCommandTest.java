package memspice.tools.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/** {@code memspice crossbar} periphery options: CSV conductances, and bad input as exit 1 with a message. */
class CrossbarPeripheryCommandTest {

    @TempDir
    Path dir;

    @Test
    void csvConductancesAreWrittenAsGiven() throws Exception {
        Path g = dir.resolve("g.csv");
        Files.writeString(g, "# G+ (S)\n1e-5,2e-5\n3e-5,4e-5\n");
        Path gm = dir.resolve("gm.csv");
        Files.writeString(gm, "5e-6,5e-6\n5e-6,5e-6\n");
        Path f = dir.resolve("a.cir");
        assertEquals(Main.OK, run("crossbar", "--g", g.toString(), "--g-minus", gm.toString(), "--pair", "columns",
                "-o", f.toString()).code);
        String text = Files.readString(f);
        // G+ of weight (1, 1) is physical column 2, its G- column 3: 1/4e-5 and 1/5e-6 ohm
        assertTrue(text.contains("rx1_2 r1_2 c1_2 " + 1 / 4e-5 + "\n"), text);
        assertTrue(text.contains("rx1_3 r1_3 c1_3 " + 1 / 5e-6 + "\n"), text);
        assertTrue(text.contains("fdm1 d1 0 vout3 1\n"), text);
    }

    @Test
    void solveInMemoryPrintsTheNetlistsOutputs() throws Exception {
        // the same array two ways: --solve (nodal system in memory) and -o (netlist run by memspice);
        // 1e-9 relative: two direct solves of one linear system (rounding ~1e-12 times cond ~1e4)
        String[] common = {"crossbar", "--rows", "9", "--cols", "6", "--pair", "columns", "--drive", "both", "--rdrv", "25",
            "--rwire", "2", "--rcol", "1.2", "--tia", "10k,1e5,16meg", "--seed", "3"};
        Path f = dir.resolve("s.cir");
        String[] withFile = java.util.Arrays.copyOf(common, common.length + 3);
        withFile[common.length] = "--solve";
        withFile[common.length + 1] = "-o";
        withFile[common.length + 2] = f.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(Main.OK, Main.execute(withFile, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream())));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        var sim = memspice.tools.validate.Simulation.run(f);
        var op = sim.sink().first("op");
        for (int k = 0; k < 6; k++) {
            double mem = Double.parseDouble(lines[1 + k].split(",")[1]);
            // TIA outputs: v(d<k>) = Rf (I+ - I-) A0 / (1 + A0) for the single-pole op-amp at DC
            double rf = 1e4;
            double a0 = 1e5;
            double net = op.value(0, op.indexOf("v(d" + k + ")").orElseThrow()) / (rf * a0 / (1 + a0));
            assertEquals(net, mem, 1e-9 * Math.abs(net), "pair " + k);
        }
        Result r = run("crossbar", "--rows", "2", "--cell", "1s1r", "--solve");
        assertEquals(Main.BAD_INPUT, r.code);
        assertTrue(r.err.contains("in-memory solve handles resistor and sinh cells"), r.err);
    }

    @Test
    void badPeripheryInputIsExitOneWithAMessage() throws Exception {
        expect("--pair 2t2r needs --cell 1t1r", "crossbar", "--rows", "2", "--pair", "2t2r", "-o", out("a"));
        expect("--sample needs --pulse", "crossbar", "--rows", "2", "--sample", "1p,10n", "-o", out("b"));
        expect("reset end < sample time", "crossbar", "--rows", "2", "--pulse", "1n,1n,1u,2u", "--sample", "1p,10n,20n",
                "-o", out("c"));
        expect("--drive: expected one or both", "crossbar", "--rows", "2", "--drive", "left", "-o", out("d"));
        expect("unknown pairing 'rows'", "crossbar", "--rows", "2", "--pair", "rows", "-o", out("e"));
        expect("--g-minus needs --pair", "crossbar", "--rows", "2", "--g-minus", "x.csv", "-o", out("f"));
        expect("sinh cells need a positive", "crossbar", "--rows", "2", "--cell", "sinh", "--sinh", "0", "-o", out("g"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1e-5,2e-5\n1e-5,abc\n");
        expect("bad.csv:2: field 2: not a number: 'abc'", "crossbar", "--g", bad.toString(), "-o", out("h"));
        for (String name : new String[] {"a", "b", "c", "d", "e", "f", "g", "h"}) {
            assertFalse(Files.exists(dir.resolve(name + ".cir")), name + ": nothing written for rejected input");
        }
    }

    private String out(String name) {
        return dir.resolve(name + ".cir").toString();
    }

    private static void expect(String message, String... args) {
        Result r = run(args);
        assertEquals(Main.BAD_INPUT, r.code, String.join(" ", args));
        assertTrue(r.err.contains(message), r.err);
        assertFalse(r.err.contains("Exception"), "no stack trace: " + r.err);
    }

    private record Result(int code, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, err.toString(StandardCharsets.UTF_8));
    }
}
