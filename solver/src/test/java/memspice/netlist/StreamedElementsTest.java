package memspice.netlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A large flat deck streams its element cards ({@link StreamedElements}): the list must hold what
 * the cards tokenized one at a time give, in order; a bad card must fail at its line when it is
 * reached; directives are still read, and checked, by the parser.
 */
class StreamedElementsTest {

    private static final int N = 2 * StreamedElements.MIN_CARDS + 7;

    /** A flat resistor ladder; the card at line {@code badLine} (if any) has an unbalanced '('. */
    private static String deck(int badLine, String extra) {
        StringBuilder b = new StringBuilder("ladder\n.param rr=2k\n");
        for (int k = 0, line = 3; k < N; k++, line++) {
            if (line == badLine) {
                b.append("r").append(k).append(" n").append(k).append(" (n").append(k + 1).append(" 1k\n");
            } else {
                b.append(k % 2 == 0 ? "R" : "r").append(k).append(" n").append(k).append(" n").append(k + 1)
                        .append(' ').append(k % 5 == 0 ? "{rr}" : String.valueOf(1.0 + k * 0.1234567890123)).append('\n');
            }
        }
        return b.append(extra).append(".op\n.end\n").toString();
    }

    private static Netlist parse(String text) throws NetlistException {
        return NetlistParser.parse(Path.of("ladder.cir"), DeckReader.read("ladder.cir", text));
    }

    @Test
    void aLargeFlatDeckStreamsTheSameElementsInOrder() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "streaming needs two cores");
        String text = deck(-1, "");
        Netlist nl = parse(text);
        assertInstanceOf(StreamedElements.class, nl.top().elements());
        List<ElementCard> one = new ArrayList<>();
        for (Card c : DeckReader.read("ladder.cir", text).cards()) {
            if (!c.isDirective()) {
                one.add(NetlistParser.element(c, new WordTable()));
            }
        }
        assertEquals(N, nl.top().elements().size());
        assertEquals(one, nl.top().elements());
        assertEquals(1, nl.top().parameters().size(), "the .param card is read by the parser");
        assertFalse(nl.top().hasYmemristor());
    }

    @Test
    void aBadCardFailsAtItsLineWhenReached() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "streaming needs two cores");
        for (int bad : new int[] {3, N / 2, N + 2}) {
            Netlist nl = parse(deck(bad, ""));       // the parser reads only the directives here
            int k = bad - 3;
            for (int i = 0; i < k; i++) {
                nl.top().elementAt(i);                 // the cards before it are fine
            }
            NetlistException e = assertThrows(NetlistException.class, () -> nl.top().elementAt(k));
            assertEquals(bad, e.location().line(), e.getMessage());
            assertTrue(e.getMessage().contains("missing ')'"), e.getMessage());
        }
    }

    @Test
    void directivesAreStillCheckedAndYmemristorSeenWithoutWaiting() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "streaming needs two cores");
        NetlistException e = assertThrows(NetlistException.class, () -> parse(deck(-1, ".bogus 1\n")));
        assertTrue(e.getMessage().contains("unknown directive '.bogus'"), e.getMessage());
        Netlist nl = parse(deck(-1, "YMEMRISTOR m1 n3 0 mm\n.model mm memristor level=2\n"));
        assertTrue(nl.top().hasYmemristor());
    }

    @Test
    void decksWithSubcircuitsAreNotStreamed() throws Exception {
        Netlist nl = parse(deck(-1, ".subckt s a b\nr1 a b 1\n.ends\nx1 n1 0 s\n"));
        assertFalse(nl.top().elements() instanceof StreamedElements);
        assertEquals(N + 1, nl.top().elements().size());
    }

    @Test
    void aRunStopsAtTheBadCardWithItsLine() throws Exception {
        int bad = N / 3;
        NetlistException e = assertThrows(NetlistException.class, () -> memspice.testing.Netlists.run(deck(bad, "")));
        assertEquals(bad, e.location().line(), e.getMessage());
        // and the same deck with a source and a load solves: one .op table
        assertEquals(1, memspice.testing.Netlists.run(deck(-1, "v1 n0 0 1\nrend n" + N + " 0 1k\n")).tables().size());
    }
}
