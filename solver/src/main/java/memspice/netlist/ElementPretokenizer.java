package memspice.netlist;

import java.util.List;

/**
 * Tokenizes the element cards of the second half of a large deck on another thread while the
 * parser works through the first half, so that a crossbar netlist is read on both cores. The
 * parser still visits every card in order: it takes a card's result from here when there is one
 * and tokenizes the card itself otherwise, so errors are raised by the parser, at the first bad
 * card, exactly as without this class (a card that fails here is simply left to the parser).
 *
 * <p>Tokenizing an element card depends on nothing but the card ({@link NetlistParser#element}),
 * and this thread has its own {@link WordTable}, so the two threads share no mutable state; the
 * results are read only after {@link Thread#join}, which makes them visible.
 */
final class ElementPretokenizer {

    /**
     * Decks with fewer cards are read on one thread: below this, starting a thread (~0.1 ms) and
     * the cold second word table cost about what the split saves.
     */
    static final int MIN_CARDS = 4096;

    private final List<Card> cards;
    private final int from;
    private final ElementCard[] done;
    private final Thread thread;
    private boolean joined;

    private ElementPretokenizer(List<Card> cards, int from) {
        this.cards = cards;
        this.from = from;
        this.done = new ElementCard[cards.size() - from];
        this.thread = new Thread(this::run, "memspice-tokenizer");
        thread.setDaemon(true);        // never keeps the process alive after an error in the parser
    }

    /** Starts tokenizing the second half of a large deck; null for a small deck or a single core. */
    static ElementPretokenizer start(List<Card> cards) {
        if (cards.size() < MIN_CARDS || Runtime.getRuntime().availableProcessors() < 2) {
            return null;
        }
        ElementPretokenizer p = new ElementPretokenizer(cards, cards.size() / 2);
        p.thread.start();
        return p;
    }

    private void run() {
        WordTable words = new WordTable();
        for (int k = from; k < cards.size(); k++) {
            Card card = cards.get(k);
            if (card.isDirective()) {
                continue;
            }
            try {
                done[k - from] = NetlistParser.element(card, words);
            } catch (NetlistException | RuntimeException e) {
                done[k - from] = null;   // the parser tokenizes it again and reports the problem in order
            }
        }
    }

    /**
     * The element card made from card {@code k}, or null when the parser must tokenize it itself
     * (first half, or it failed here). Waits for the thread at the first card of the second half.
     */
    ElementCard get(int k) {
        if (k < from) {
            return null;
        }
        if (!joined) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            joined = true;
        }
        return done[k - from];
    }
}
