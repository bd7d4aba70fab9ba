package memspice.netlist;

/**
 * One logical netlist line: continuation lines joined, comments removed, with the location of its
 * first physical line.
 *
 * @param location where the card starts
 * @param text     the card text, whitespace-trimmed, never empty
 */
public record Card(SourceLocation location, String text) {

    /** The first whitespace-separated word, lower case (an element name or a directive such as ".param"). */
    public String firstWord() {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '('
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
        return new NetlistException(location, problem);
    }
}
