package memspice.netlist;

import java.util.List;

/**
 * A netlist as logical cards: the title line, then every card of the top file and of the files it
 * includes, in reading order, with comments removed and continuations joined.
 *
 * @param title    the first line of the top-level file
 * @param cards    the cards after the title, up to {@code .end}
 * @param warnings things skipped or tolerated while reading (e.g. {@code .control} blocks)
 */
public record Deck(String title, List<Card> cards, List<Diagnostic> warnings) {
}
