package memspice.netlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.testing.Netlists;

class DeckReaderTest {

    @TempDir
    Path dir;

    private static List<String> texts(Deck d) {
        return d.cards().stream().map(Card::text).toList();
    }

    @Test
    void titleCommentsContinuationsAndInlineComments() throws Exception {
        Deck d = DeckReader.read("t.cir", """
                * this title line starts with a star and is still the title
                R1 a b 1k ; inline comment
                * a comment between a card and its continuation
                + tc1=0.01 $ ngspice comment
                V1 a 0 $x
                C1 a$b 0 1p
                .end
                R9 after end is ignored
                """);
        assertEquals("* this title line starts with a star and is still the title", d.title());
        assertEquals(List.of("R1 a b 1k tc1=0.01", "V1 a 0", "C1 a$b 0 1p"), texts(d));
        assertEquals(5, d.cards().get(1).location().line(), "V1 is on physical line 5");
    }

    @Test
    void locationsPointAtFirstPhysicalLine() throws Exception {
        Deck d = DeckReader.read("t.cir", "title\n\nR1 a\n+ b 1k\nR2 b 0 1k\n");
        assertEquals(3, d.cards().get(0).location().line());
        assertEquals(5, d.cards().get(1).location().line());
    }

    @Test
    void includeIsRelativeToTheIncludingFile() throws IOException, NetlistException {
        Netlists.write(dir, "sub/inner.cir", "R2 b 0 2k\n.include deeper/x.cir\n");
        Netlists.write(dir, "sub/deeper/x.cir", "R3 c 0 3k\n");
        Path top = Netlists.write(dir, "top.cir", "t\nR1 a b 1k\n.include \"sub/inner.cir\"\n.end\n");
        Deck d = DeckReader.read(top);
        assertEquals(List.of("R1 a b 1k", "R2 b 0 2k", "R3 c 0 3k"), texts(d));
        assertTrue(d.cards().get(2).location().file().endsWith(Path.of("sub/deeper/x.cir")));
    }

    @Test
    void libSectionsSelectOneBlock() throws Exception {
        Netlists.write(dir, "models.lib", """
                * library
                .lib slow
                R1 a 0 2k
                .endl slow
                .lib fast
                R1 a 0 1k
                .endl
                """);
        Path top = Netlists.write(dir, "top.cir", "t\n.lib models.lib fast\n");
        assertEquals(List.of("R1 a 0 1k"), texts(DeckReader.read(top)));
    }

    @Test
    void controlBlocksAreSkippedWithAWarning() throws Exception {
        Deck d = DeckReader.read("t.cir", "t\nR1 a 0 1\n.control\nrun\nplot v(a)\n.endc\nV1 a 0 1\n");
        assertEquals(List.of("R1 a 0 1", "V1 a 0 1"), texts(d));
        assertEquals(1, d.warnings().size());
        assertEquals(3, d.warnings().get(0).location().line());
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        Path top = Netlists.write(dir, "top.cir", "t\nR1 a 0 1\n.include missing.cir\n");
        NetlistException e = assertThrows(NetlistException.class, () -> DeckReader.read(top));
        assertEquals(3, e.location().line());
        assertTrue(e.getMessage().contains("file not found"), e.getMessage());

        NetlistException c = assertThrows(NetlistException.class, () -> DeckReader.read("t.cir", "t\n+ R1 a 0 1\n"));
        assertEquals(2, c.location().line());

        Path cyc = Netlists.write(dir, "cycle.cir", "t\n.include cycle2.cir\n");
        Netlists.write(dir, "cycle2.cir", ".include cycle.cir\n");
        assertTrue(assertThrows(NetlistException.class, () -> DeckReader.read(cyc)).getMessage().contains("cycle"));

        Path lib = Netlists.write(dir, "l.lib", ".lib a\nR1 1 0 1\n.endl\n");
        Path usesLib = Netlists.write(dir, "uses.cir", "t\n.lib l.lib b\n");
        NetlistException s = assertThrows(NetlistException.class, () -> DeckReader.read(usesLib));
        assertEquals(2, s.location().line());
        assertTrue(s.getMessage().contains("'b' not found"), s.getMessage());
        assertTrue(lib.toFile().exists());
    }

    @Test
    void stripCommentsKeepsBracedExpressions() {
        assertEquals("E1 a 0 value={v(b);x}", DeckReader.stripComments("E1 a 0 value={v(b);x}").strip());
        assertEquals("R1 a 0 1k ", DeckReader.stripComments("R1 a 0 1k ; c"));
        assertEquals("", DeckReader.stripComments("   * comment"));
    }
}
