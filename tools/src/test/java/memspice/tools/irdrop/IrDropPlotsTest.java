package memspice.tools.irdrop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/**
 * {@code memspice irdrop -o DIR} writes its PNG figures next to the CSV tables: each is a readable
 * image of the chart's size (not an empty or partial file; XChart throws on bad log-axis data,
 * which the CLI would report as an error).
 */
class IrDropPlotsTest {

    @TempDir
    Path dir;

    @Test
    void everyModeWritesItsFigures() throws Exception {
        run("irdrop", "--rows", "12", "-o", dir.resolve("a").toString());
        image(dir.resolve("a/drop_map.png"), 500);
        image(dir.resolve("a/column_error.png"), 1000);
        run("irdrop", "--rows", "12", "--compensate", "--inputs", "20", "-o", dir.resolve("b").toString());
        image(dir.resolve("b/compensation.png"), 1100);
        image(dir.resolve("b/compensation_columns.png"), 1000);
        run("irdrop", "--sweep-n", "4,8,16", "--sweep-r", "1,2.5", "--sweep-inputs", "3", "-o", dir.resolve("c").toString());
        image(dir.resolve("c/sweep.png"), 1000);
        run("irdrop", "--rows", "8", "--pair", "2t2r", "--inputs", "10", "-o", dir.resolve("d").toString());
        image(dir.resolve("d/pairs_column_error.png"), 1000);
    }

    private static void image(Path png, int minWidth) throws Exception {
        BufferedImage im = ImageIO.read(png.toFile());
        assertNotNull(im, png + " is not a PNG");
        assertTrue(im.getWidth() >= minWidth, png + ": " + im.getWidth() + " pixels wide");
        // a drawn chart has many colours; an empty canvas one
        int first = im.getRGB(0, 0);
        boolean drawn = false;
        for (int y = 0; y < im.getHeight() && !drawn; y += 7) {
            for (int x = 0; x < im.getWidth() && !drawn; x += 7) {
                drawn = im.getRGB(x, y) != first;
            }
        }
        assertTrue(drawn, png + " is blank");
    }

    private static void run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
    }
}
