package memspice.netlist;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits card text into {@link Item}s. Words end at whitespace and at {@code ( ) , = { } ' "};
 * {@code {...}} and {@code '...'} become one expression item each; {@code "..."} a word without
 * quotes; {@code name=value} an assignment; parentheses nest into groups; commas separate.
 */
public final class Tokenizer {

    private final String text;
    private final int from;
    private final Card card;
    private final WordTable words;
    private int pos;

    private Tokenizer(Card card, String text, int from, WordTable words) {
        this.card = card;
        this.text = text;
        this.from = from;
        this.pos = from;
        this.words = words;
    }

    /**
     * Tokenizes {@code text}, a part of {@code card} (diagnostics point at the card).
     *
     * @return a new modifiable list
     * @throws NetlistException for unbalanced parentheses or braces, an unterminated quote, or an
     *                          {@code =} with nothing usable on one side
     */
    public static List<Item> tokenize(Card card, String text) throws NetlistException {
        Tokenizer t = new Tokenizer(card, text, 0, null);
        List<Item> items = t.sequence(false);
        t.requireEnd();
        return items;
    }

    /**
     * Tokenizes {@code text.substring(from)} without copying it, into an unmodifiable list; bare words
     * come from {@code words}, so equal words of different cards are one shared {@link Item.Word}.
     * Diagnostics are those of {@link #tokenize(Card, String)} on the substring.
     */
    static List<Item> tokenize(Card card, String text, int from, WordTable words) throws NetlistException {
        Tokenizer t = new Tokenizer(card, text, from, words);
        List<Item> items = t.sequence(false);
        t.requireEnd();
        return ItemList.copyOf(items);
    }

    private void requireEnd() throws NetlistException {
        if (pos < text.length()) {
            throw card.error("unbalanced ')' in: " + shown());
        }
    }

    /** The tokenized text, as diagnostics quote it. */
    private String shown() {
        return text.substring(from);
    }

    private List<Item> sequence(boolean inGroup) throws NetlistException {
        List<Item> items = new ArrayList<>(8);
        while (true) {
            skipSeparators();
            if (pos >= text.length()) {
                if (inGroup) {
                    throw card.error("missing ')' in: " + shown());
                }
                return items;
            }
            char c = text.charAt(pos);
            if (c == ')') {
                if (!inGroup) {
                    throw card.error("unbalanced ')' in: " + shown());
                }
                pos++;
                return items;
            }
            if (c == '=') {
                String key = assignmentKey(items);
                pos++;
                skipSeparators();
                if (pos >= text.length() || text.charAt(pos) == ')') {
                    throw card.error("'" + key + "=' has no value");
                }
                Item value = single();
                if (key.indexOf('(') > 0) {
                    items.remove(items.size() - 1);   // the group of v(a)=...
                }
                items.set(items.size() - 1, new Item.Assignment(key, value));
                continue;
            }
            items.add(single());
        }
    }

    /**
     * The key of an assignment ending the item list: a word ({@code r=}), or a word with a group
     * ({@code v(a)=}, {@code v(a,b)=} in .ic and .nodeset), lower case.
     */
    private String assignmentKey(List<Item> items) throws NetlistException {
        int n = items.size();
        if (n >= 1 && items.get(n - 1) instanceof Item.Word key) {
            return key.lower();
        }
        if (n >= 2 && items.get(n - 1) instanceof Item.Group g && items.get(n - 2) instanceof Item.Word fn) {
            StringBuilder k = new StringBuilder(fn.lower()).append('(');
            for (int i = 0; i < g.items().size(); i++) {
                if (!(g.items().get(i) instanceof Item.Word w)) {
                    throw card.error("bad name before '=' in: " + shown());
                }
                k.append(i == 0 ? "" : ",").append(w.lower());
            }
            return k.append(')').toString();
        }
        throw card.error("'=' without a name before it in: " + shown());
    }

    /** One item starting at pos (which is not a separator, ')' or '='). */
    private Item single() throws NetlistException {
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            return new Item.Group(List.copyOf(sequence(true)));
        }
        if (c == '{') {
            int depth = 0;
            int start = pos;
            for (; pos < text.length(); pos++) {
                char d = text.charAt(pos);
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    pos++;
                    return new Item.ExprText(text.substring(start + 1, pos - 1).strip());
                }
            }
            throw card.error("missing '}' in: " + text.substring(start));
        }
        if (c == '\'' || c == '"') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw card.error("missing closing " + c + " in: " + text.substring(pos));
            }
            String inner = text.substring(pos + 1, end);
            pos = end + 1;
            return c == '\'' ? new Item.ExprText(inner.strip()) : new Item.Word(inner);
        }
        if (c == '}') {
            throw card.error("unbalanced '}' in: " + shown());
        }
        int start = pos;
        int n = text.length();
        int h = 0;                         // String's hash of the word, for the word cache
        char d;
        while (pos < n && !isDelimiter(d = text.charAt(pos))) {
            h = 31 * h + d;
            pos++;
        }
        return words == null ? new Item.Word(text.substring(start, pos)) : words.word(text, start, pos, h);
    }

    private void skipSeparators() {
        int n = text.length();
        char c;
        while (pos < n && (isSpace(c = text.charAt(pos)) || c == ',')) {
            pos++;
        }
    }

    private static boolean isDelimiter(char c) {
        if (c >= '0' && c < 0x80) {                  // digits, letters, '_': the usual case
            return c == '=' || c == '{' || c == '}';
        }
        return isSpace(c) || c == '(' || c == ')' || c == ',' || c == '=' || c == '\'' || c == '"';
    }

    /**
     * Exactly {@link Character#isWhitespace}, with printable ASCII decided by one comparison (the
     * native executable does not inline the JDK's table look-up, and every character passes here).
     */
    static boolean isSpace(char c) {
        if (c > ' ') {
            return c >= 0x80 && Character.isWhitespace(c);
        }
        return c == ' ' || Character.isWhitespace(c);
    }
}
