package memspice.netlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level reader ({@link SourceText}): line ends, byte order mark, non-ASCII text, and the
 * element cards' shared words. Exact comparisons (texts and line numbers are not approximate).
 */
class DeckReaderBytesTest {

    @TempDir
    Path dir;

    private static final String NETLIST = "title\n* comment\nR1 a b 1k ; note\n+ tc=0\n\nC1 b 0 1u\n.op\n.end\n";

    private static List<String> cards(Deck d) {
        return d.cards().stream().map(c -> c.location().line() + ":" + c.text()).toList();
    }

    @Test
    void lineEndsLfCrLfAndCrGiveTheSameCardsAndLines() throws Exception {
        Path lf = dir.resolve("lf.cir");
        Path crlf = dir.resolve("crlf.cir");
        Path cr = dir.resolve("cr.cir");
        Files.writeString(lf, NETLIST);
        Files.writeString(crlf, NETLIST.replace("\n", "\r\n"));
        Files.writeString(cr, NETLIST.replace("\n", "\r"));
        List<String> want = List.of("3:R1 a b 1k tc=0", "6:C1 b 0 1u", "7:.op");
        assertEquals(want, cards(DeckReader.read(lf)));
        assertEquals(want, cards(DeckReader.read(crlf)));
        assertEquals(want, cards(DeckReader.read(cr)));
        assertEquals("title", DeckReader.read(crlf).title());
    }

    @Test
    void errorLinesCountCrLfLinesOnce() throws Exception {
        Path f = dir.resolve("bad.cir");
        Files.writeString(f, "title\r\n\r\n+ orphan\r\n");
        NetlistException e = assertThrows(NetlistException.class, () -> DeckReader.read(f));
        assertEquals(3, e.location().line());
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws Exception {
        Path f = dir.resolve("bom.cir");
        byte[] text = "my title\nR1 a 0 1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(f, withBom);
        Deck d = DeckReader.read(f);
        assertEquals("my title", d.title());
        assertEquals(List.of("2:R1 a 0 1"), cards(d));
    }

    @Test
    void nonAsciiTextSurvives() throws Exception {
        Path f = dir.resolve("latin1.cir");
        Files.write(f, "t\nR1 a\u00b5 0 1\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(List.of("2:R1 a\u00b5 0 1"), cards(DeckReader.read(f)));
        // in memory, text beyond ISO-8859-1 is kept too (read as UTF-8 bytes)
        assertEquals(List.of("2:R1 a\u03a9 0 1"), cards(DeckReader.read("m.cir", "t\nR1 a\u03a9 0 1 ; x\n")));
    }

    @Test
    void elementWordsAreSharedAndItemsUnmodifiable() throws Exception {
        Netlist n = NetlistParser.parse(Path.of("w.cir"), DeckReader.read("w.cir", "t\nR1 a b 1.0\nR2 b c 1.0\n"));
        List<ElementCard> e = n.top().elements();
        assertSame(e.get(0).items().get(2), e.get(1).items().get(2));   // "1.0"
        assertSame(e.get(0).items().get(1), e.get(1).items().get(0));   // "b"
        assertThrows(UnsupportedOperationException.class, () -> e.get(0).items().add(new Item.Word("x")));
    }
}
