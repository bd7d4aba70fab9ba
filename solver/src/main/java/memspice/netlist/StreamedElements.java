package memspice.netlist;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The element cards of a large flat deck (no subcircuit definitions), tokenized in order on a
 * second thread while the caller goes on: the parser reads the directives, and the elaborator
 * builds devices from the first cards while later ones are still being tokenized. On a crossbar
 * netlist tokenizing and elaborating take similar time, so this nearly halves their sum on two
 * cores.
 *
 * <p>{@link #get} waits for card k. A card the thread cannot tokenize stops the thread there; the
 * caller then tokenizes that card and the rest itself, so the error is raised by the caller, as a
 * {@link Failure} carrying the card's {@link NetlistException}, when the elaborator reaches the card
 * (all the directives have been read by then). Results are published through the volatile count
 * {@code produced}: a card's slot is written before the count passes it.
 */
final class StreamedElements extends AbstractList<ElementCard> implements RandomAccess {

    /** The unchecked carrier of a card's tokenizing error, unwrapped by the elaborator. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final NetlistException problem;

        Failure(NetlistException problem) {
            super(problem.getMessage(), problem, false, false);
            this.problem = problem;
        }

        NetlistException problem() {
            return problem;
        }
    }

    private final List<Card> cards;
    private final ElementCard[] done;
    private final boolean hasYmemristor;
    private volatile int produced;     // cards [0, produced) are in done
    private volatile boolean stopped;  // the thread gave up at card `produced`
    private WordTable callerWords;     // for the cards the caller tokenizes itself

    private StreamedElements(List<Card> cards) {
        this.cards = cards;
        this.done = new ElementCard[cards.size()];
        boolean y = false;
        for (Card c : cards) {
            String t = c.text();
            if ((t.charAt(0) == 'y' || t.charAt(0) == 'Y') && c.firstWord().equals("ymemristor")) {
                y = true;
                break;
            }
        }
        this.hasYmemristor = y;
    }

    /** Starts tokenizing {@code elementCards} (the deck's element cards, in order) on a new thread. */
    static StreamedElements start(List<Card> elementCards) {
        StreamedElements s = new StreamedElements(elementCards);
        Thread t = new Thread(s::run, "memspice-tokenizer");
        t.setDaemon(true);
        t.start();
        return s;
    }

    private void run() {
        WordTable words = new WordTable();
        for (int k = 0; k < done.length; k++) {
            try {
                done[k] = NetlistParser.element(cards.get(k), words);
            } catch (NetlistException | RuntimeException e) {
                stopped = true;                 // the caller takes over at card k (produced == k)
                return;
            }
            produced = k + 1;
        }
    }

    /** True when a card is a {@code YMEMRISTOR} instance (known without waiting for the thread). */
    boolean hasYmemristor() {
        return hasYmemristor;
    }

    @Override
    public int size() {
        return done.length;
    }

    /**
     * The element card of the k-th element, waiting for the thread if needed.
     *
     * @throws Failure when the card cannot be tokenized
     */
    @Override
    public ElementCard get(int k) {
        if (k < 0 || k >= done.length) {
            throw new IndexOutOfBoundsException("element " + k + " of " + done.length);
        }
        while (k >= produced) {
            if (stopped) {
                return tokenizeHere(k);
            }
            Thread.onSpinWait();
        }
        return done[k];
    }

    /** After the thread stopped: the caller tokenizes card k (and so raises its error). */
    private ElementCard tokenizeHere(int k) {
        if (done[k] == null) {
            if (callerWords == null) {
                callerWords = new WordTable();
            }
            try {
                done[k] = NetlistParser.element(cards.get(k), callerWords);
            } catch (NetlistException e) {
                throw new Failure(e);
            }
        }
        return done[k];
    }

    /** A flat deck worth streaming: large, no subcircuit definitions, and a second core. */
    static boolean suits(List<Card> cards) {
        if (cards.size() < ElementPretokenizer.MIN_CARDS || Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        for (Card c : cards) {
            if (c.isDirective()) {
                String w = c.firstWord();
                if (w.equals(".subckt") || w.equals(".subcircuit") || w.equals(".ends") || w.equals(".eom")) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d streamed element cards", done.length);
    }
}
