package memspice.netlist;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The element cards of a large deck, tokenized in order on a second thread while the caller goes
 * on. In a flat deck (no subcircuit definitions) this list is the top level's: the parser reads the
 * directives, and the elaborator builds devices from the first cards while later ones are still
 * being tokenized (on a crossbar netlist tokenizing and elaborating take similar time, so this
 * nearly halves their sum on two cores). In a deck with subcircuits the parser takes the cards in
 * order ({@link #take}) and groups them as it reads.
 *
 * <p>Cards are claimed in chunks from a shared counter by the thread and, whenever {@link #get}
 * would wait, by the caller too, so the work is shared however fast each side is. A card that
 * cannot be tokenized is marked; the caller tokenizes it again when the elaborator reaches it and
 * raises the error as a {@link Failure} carrying the card's {@link NetlistException} (all the
 * directives have been read by then). Results are published through an atomic array.
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

    /** Cards are claimed in chunks of this many: one atomic step per chunk, not per card. */
    private static final int CHUNK = 64;

    private final List<Card> cards;
    private final AtomicReferenceArray<ElementCard> done;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final boolean hasYmemristor;
    private WordTable callerWords;     // for the cards the caller tokenizes (chunks it claims, failures)

    private StreamedElements(List<Card> cards) {
        this.cards = cards;
        this.done = new AtomicReferenceArray<>(cards.size());
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
        while (claimAndTokenize(words)) {
            // next chunk
        }
    }

    /**
     * Claims the next chunk of cards and tokenizes it into {@code done}; a card that fails is left
     * empty (the caller tokenizes it again and raises the error). False when no chunk is left.
     */
    private boolean claimAndTokenize(WordTable words) {
        int from = nextChunk.getAndIncrement() * CHUNK;
        int n = done.length();
        if (from >= n) {
            return false;
        }
        int to = Math.min(n, from + CHUNK);
        for (int k = from; k < to; k++) {
            try {
                done.set(k, NetlistParser.element(cards.get(k), words));
            } catch (NetlistException | RuntimeException e) {
                done.set(k, FAILED);
            }
        }
        return true;
    }

    /** The mark of a card that could not be tokenized (distinct from "not yet"). */
    private static final ElementCard FAILED = new ElementCard(null, "", "", List.of());

    /** True when a card is a {@code YMEMRISTOR} instance (known without waiting for the thread). */
    boolean hasYmemristor() {
        return hasYmemristor;
    }

    @Override
    public int size() {
        return done.length();
    }

    /**
     * The element card of the k-th element. While it is not there yet, the caller tokenizes
     * unclaimed chunks itself (so the two threads share the work whoever is faster), then waits
     * for the chunk in progress.
     *
     * @throws Failure when the card cannot be tokenized
     */
    @Override
    public ElementCard get(int k) {
        if (k < 0 || k >= done.length()) {
            throw new IndexOutOfBoundsException("element " + k + " of " + done.length());
        }
        ElementCard e = done.get(k);
        if (e == null) {
            if (callerWords == null) {
                callerWords = new WordTable();
            }
            while ((e = done.get(k)) == null) {
                if (!claimAndTokenize(callerWords)) {
                    Thread.onSpinWait();             // the other thread is on k's chunk
                }
            }
        }
        if (e == FAILED) {
            try {
                NetlistParser.element(cards.get(k), callerWords == null ? new WordTable() : callerWords);
            } catch (NetlistException x) {
                throw new Failure(x);
            }
            throw new IllegalStateException("card " + cards.get(k).location() + " failed only on the tokenizing thread");
        }
        return e;
    }

    /**
     * Decks with fewer cards are read on one thread: below this, starting a thread (~0.1 ms) and
     * the cold second word table cost about what the split saves.
     */
    static final int MIN_CARDS = 4096;

    /** A deck large enough for a second thread, on a machine that has a second core. */
    static boolean worthIt(List<Card> cards) {
        return cards.size() >= MIN_CARDS && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** True when the deck defines no subcircuit: all its element cards are the top level's, in order. */
    static boolean isFlat(List<Card> cards) {
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

    /**
     * {@link #get} with the card's error as the checked exception, for the parser.
     *
     * @throws NetlistException when card k cannot be tokenized
     */
    ElementCard take(int k) throws NetlistException {
        try {
            return get(k);
        } catch (Failure f) {
            throw f.problem();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d streamed element cards", done.length());
    }
}
