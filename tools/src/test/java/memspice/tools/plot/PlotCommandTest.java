package memspice.tools.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/** {@code memspice plot}: PNGs from CSV and raw files, heat maps, clear errors. */
class PlotCommandTest {

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    /** A readable PNG of the requested size with more than a blank background in it. */
    private static void assertPng(Path png, int width, int height) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
        int colours = 0;
        int first = img.getRGB(0, 0);
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours += img.getRGB(x, y) != first ? 1 : 0;
            }
        }
        assertTrue(colours > 200, "the image has content (" + colours + " sampled non-background pixels)");
    }

    @Test
    void csvWaveformsAndIvLoop(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("tran.csv");
        StringBuilder sb = new StringBuilder("time,v(a),i(v1)\n");
        for (int k = 0; k <= 500; k++) {
            double t = k * 1e-5;
            sb.append(t).append(',').append(Math.sin(2 * Math.PI * 200 * t)).append(',')
                    .append(1e-3 * Math.sin(2 * Math.PI * 200 * t) * (1 + 0.5 * Math.cos(2 * Math.PI * 200 * t))).append('\n');
        }
        Files.writeString(csv, sb.toString());
        String[] r = run("plot", csv.toString());
        assertEquals("0", r[0], r[2]);
        assertPng(tmp.resolve("tran.png"), 1000, 600);
        r = run("plot", csv.toString(), "--iv", "-o", tmp.resolve("iv.png").toString());
        assertEquals("0", r[0], r[2]);
        assertPng(tmp.resolve("iv.png"), 1000, 600);
    }

    @Test
    void rawFileAndHeatMap(@TempDir Path tmp) throws Exception {
        Path raw = Path.of("..", "validation", "golden", "dc", "c_open_l_short.ngspice.raw");
        String[] r = run("plot", raw.toString(), "--plot", "2", "-o", tmp.resolve("dc.png").toString());
        assertEquals("0", r[0], r[2]);
        assertPng(tmp.resolve("dc.png"), 1000, 600);
        Path m = tmp.resolve("drop.csv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                sb.append(j == 0 ? "" : ",").append(0.01 * (i + j));
            }
            sb.append('\n');
        }
        Files.writeString(m, sb.toString());
        r = run("plot", m.toString(), "--heatmap", "--unit", "V");
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.size(tmp.resolve("drop.png")) > 1000);
    }

    @Test
    void errorsNameTheFileAndProblem(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("x.csv");
        Files.writeString(csv, "time,v(a)\n0,1\n1e-3,oops\n");
        String[] r = run("plot", csv.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("x.csv:3") && r[2].contains("'oops' is not a number"), r[2]);
        Files.writeString(csv, "time,v(a)\n0,1\n1e-3,2\n");
        r = run("plot", csv.toString(), "--y", "v(b)");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("no column 'v(b)'"), r[2]);
        r = run("plot", tmp.resolve("none.csv").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("not found"), r[2]);
    }
}
