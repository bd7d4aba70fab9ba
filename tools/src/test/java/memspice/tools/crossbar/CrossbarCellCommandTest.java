package memspice.tools.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/** {@code memspice crossbar --cell}: the API's text, the resistor default unchanged, and bad input as exit 1. */
class CrossbarCellCommandTest {

    @TempDir
    Path dir;

    @Test
    void cliWritesTheApiNetlistForEachCellType() throws Exception {
        String[][] cases = {{"resistor"}, {"1t1r", "--vg", "1.2"}, {"1s1r"}, {"memristor"}};
        for (String[] c : cases) {
            Path f = dir.resolve(c[0] + ".cir");
            String[] args = c.length == 1
                    ? new String[] {"crossbar", "--rows", "3", "--cols", "5", "--seed", "9", "--cell", c[0], "-o", f.toString()}
                    : new String[] {"crossbar", "--rows", "3", "--cols", "5", "--seed", "9", "--cell", c[0], c[1], c[2],
                            "-o", f.toString()};
            assertEquals(Main.OK, run(args).code, c[0]);
            CrossbarCell.Type t = CrossbarCell.Type.parse(c[0]);
            CrossbarCell cell = new CrossbarCell(t, t == CrossbarCell.Type.ONE_T_ONE_R ? 1.2 : 0);
            StringWriter w = new StringWriter();
            CrossbarNetlist.write(CrossbarSpec.random(3, 5, 1e-6, 1e-4, 0.2, 1, 9), cell, w, ".op");
            assertEquals(w.toString(), Files.readString(f), c[0]);
        }
        StringWriter plain = new StringWriter();
        CrossbarNetlist.write(CrossbarSpec.random(3, 5, 1e-6, 1e-4, 0.2, 1, 9), plain, ".op");
        assertEquals(plain.toString(), Files.readString(dir.resolve("resistor.cir")), "resistor is the old generator");
        assertTrue(Files.readString(dir.resolve("1t1r.cir")).contains("vwl2 wl2 0 dc 1.2\n"));
    }

    @Test
    void badCellInputIsExitOneWithAMessage() {
        Result r = run("crossbar", "--rows", "2", "--cell", "2t2r", "-o", dir.resolve("a.cir").toString());
        assertEquals(Main.BAD_INPUT, r.code);
        assertTrue(r.err.contains("unknown cell type '2t2r'"), r.err);
        r = run("crossbar", "--rows", "2", "--cell", "memristor", "--gmax", "1e-2", "-o", dir.resolve("b.cir").toString());
        assertEquals(Main.BAD_INPUT, r.code);
        assertTrue(r.err.contains("memristor cells need conductances between"), r.err);
        assertFalse(Files.exists(dir.resolve("b.cir")), "nothing written for a rejected array");
        r = run("crossbar", "--rows", "2", "--cell", "1t1r", "--vg", "-1", "-o", dir.resolve("c.cir").toString());
        assertEquals(Main.BAD_INPUT, r.code);
        assertTrue(r.err.contains("positive gate voltage"), r.err);
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
