package memspice.netlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A large deck with a subcircuit is tokenized on two threads ({@link StreamedElements}, taken in
 * order by the parser); the netlist must be the one the single-threaded parser makes, card for
 * card, and errors must name the same first bad card, wherever it lies.
 */
class SubcircuitDeckStreamTest {

    /** A resistor ladder with {@code n} element cards, a subcircuit in the second half, and .op. */
    private static String deck(int n, int badLine) {
        StringBuilder b = new StringBuilder("ladder\n");
        int line = 2;
        for (int k = 0; k < n; k++, line++) {
            if (k == n * 3 / 4) {
                b.append(".subckt cell a b r=1k\nr1 a b {r}\nc1 a 0 1p\n.ends\n");
                line += 4;
            }
            if (line == badLine) {
                b.append("r").append(k).append(" n").append(k).append(" (n").append(k + 1).append(" 1k\n");
            } else {
                b.append(k % 3 == 0 ? "R" : "r").append(k).append(" n").append(k).append(" N").append(k + 1)
                        .append(' ').append(1.0 + k * 0.123456789012345).append(" tc1=1e-3\n");
            }
        }
        return b.append("x1 n0 0 cell r=2k\n.op\n.end\n").toString();
    }

    private static Netlist parse(String text) throws NetlistException {
        return NetlistParser.parse(Path.of("ladder.cir"), DeckReader.read("ladder.cir", text));
    }

    @Test
    void aLargeDeckIsTokenizedAheadAndGivesTheSameNetlist() throws Exception {
        int n = 3 * StreamedElements.MIN_CARDS;
        String text = deck(n, -1);
        Deck d = DeckReader.read("ladder.cir", text);
        assertEquals(Runtime.getRuntime().availableProcessors() > 1, StreamedElements.worthIt(d.cards()),
                "a second thread on a deck of " + d.cards().size() + " cards when there is a second core");
        assertFalse(StreamedElements.isFlat(d.cards()), "the deck defines a subcircuit");
        Netlist two = parse(text);
        // the top-level cards one at a time: ElementCard equality is the card, key, name and items
        List<ElementCard> one = new java.util.ArrayList<>();
        boolean inSubcircuit = false;
        for (Card c : d.cards()) {
            String w = c.firstWord();
            inSubcircuit = w.equals(".subckt") || (inSubcircuit && !w.equals(".ends"));
            if (!c.isDirective() && !inSubcircuit) {
                one.add(NetlistParser.element(c, new WordTable()));
            }
        }
        assertEquals(n + 1, one.size());
        assertEquals(one, two.top().elements());
        assertEquals(2, two.top().findSubcircuit("cell").elements().size());
    }

    @Test
    void anErrorInEitherHalfIsReportedAtItsCard() {
        int n = 3 * StreamedElements.MIN_CARDS;
        for (int bad : new int[] {100, n / 2 + 50, n - 10}) {
            NetlistException e = assertThrows(NetlistException.class, () -> parse(deck(n, bad)));
            assertEquals(bad, e.location().line(), e.getMessage());
            assertTrue(e.getMessage().contains("missing ')'"), e.getMessage());
        }
    }

    @Test
    void smallDecksStayOnOneThread() throws Exception {
        Deck d = DeckReader.read("ladder.cir", deck(StreamedElements.MIN_CARDS / 2, -1));
        assertFalse(StreamedElements.worthIt(d.cards()));
    }

    @Test
    void theSecondHalfSharesNoWordsWithTheFirstButReadsTheSame() throws Exception {
        // words are cached per thread: equal items, not necessarily the same objects
        Netlist nl = parse(deck(3 * StreamedElements.MIN_CARDS, -1));
        List<ElementCard> el = nl.top().elements();
        ElementCard last = el.get(el.size() - 2);
        assertEquals("r", last.key().toLowerCase());
        assertEquals(List.of("n12287", "N12288"), last.items().subList(0, 2).stream().map(Object::toString).toList());
    }
}
