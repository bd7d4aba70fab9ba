package memspice.netlist;

import java.util.List;
import java.util.Locale;

/**
 * One argument of a card after tokenizing: a word, a braced or quoted expression, a parenthesized
 * group, or a {@code key=value} assignment. Parentheses and commas only group; they never change
 * what a word means.
 */
public sealed interface Item permits Item.Word, Item.ExprText, Item.Group, Item.Assignment {

    /** A bare word as written (case preserved): a node, a number, a keyword, a name. */
    /**
     * A bare word.
     *
     * @param text  as written
     * @param lower the same in lower case (the same String when already lower case): node and
     *              parameter names are looked up in lower case, several times per word
     */
    record Word(String text, String lower) implements Item {
        public Word(String text) {
            this(text, text.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The text inside {@code {...}} or {@code '...'}: an expression to evaluate. */
    record ExprText(String text) implements Item {
        @Override
        public String toString() {
            return "{" + text + "}";
        }
    }

    /** Items between parentheses, e.g. the arguments of {@code PULSE(0 1 1n)} or {@code POLY(2)}. */
    record Group(List<Item> items) implements Item {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                sb.append(i == 0 ? "" : " ").append(items.get(i));
            }
            return sb.append(')').toString();
        }
    }

    /** {@code key=value}; the key in lower case. */
    record Assignment(String key, Item value) implements Item {
        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** True if this is a word equal (ignoring case) to {@code keyword}. */
    default boolean isWord(String keyword) {
        return this instanceof Word w && w.text().equalsIgnoreCase(keyword);
    }
}
