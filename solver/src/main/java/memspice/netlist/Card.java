package memspice.netlist;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One logical netlist line: continuation lines joined, comments removed, with the location of its
 * first physical line. Immutable, with value equality (like a record of location and text).
 *
 * <p>It keeps the file and line rather than a {@link SourceLocation} object, which is made when asked
 * for (diagnostics): a million-card netlist then holds a million fewer objects.
 */
public final class Card {

    private final Path file;
    private final int line;
    private final String text;

    /**
     * @param location where the card starts
     * @param text     the card text, whitespace-trimmed, never empty
     */
    public Card(SourceLocation location, String text) {
        this(location.file(), location.line(), text);
    }

    Card(Path file, int line, String text) {
        this.file = file;
        this.line = line;
        this.text = text;
    }

    /** Where the card starts (a new, equal object on each call). */
    public SourceLocation location() {
        return new SourceLocation(file, line);
    }

    /** The card text, whitespace-trimmed, never empty. */
    public String text() {
        return text;
    }

    /** The first whitespace-separated word, lower case (an element name or a directive such as ".param"). */
    public String firstWord() {
        int end = 0;
        while (end < text.length() && !Tokenizer.isSpace(text.charAt(end)) && text.charAt(end) != '('
                && text.charAt(end) != '=') {
            end++;
        }
        return text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** True for dot-directives such as .param or .subckt. */
    public boolean isDirective() {
        return text.charAt(0) == '.';
    }

    /** A {@link NetlistException} located at this card. */
    public NetlistException error(String problem) {
        return new NetlistException(location(), problem);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Card c && line == c.line && file.equals(c.file) && text.equals(c.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, text);
    }

    @Override
    public String toString() {
        return "Card[location=" + location() + ", text=" + text + "]";
    }
}
