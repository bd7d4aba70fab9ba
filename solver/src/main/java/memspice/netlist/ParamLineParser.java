package memspice.netlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.expr.Expr;
import memspice.expr.ExprException;

/**
 * Parses assignment lists whose values may be bare expressions with spaces, as in
 * {@code .param a = 2 * b  c = {a + 1}  d='c/2'}. An assignment ends where the next
 * {@code name =} begins at parenthesis depth zero ({@code ==}, {@code <=}, {@code >=}, {@code !=}
 * are operators, not assignments).
 */
final class ParamLineParser {

    private ParamLineParser() {
    }

    /**
     * @param card the card, for diagnostics
     * @param text the text after the directive word
     * @return the definitions in order
     * @throws NetlistException for a missing name or value, or an expression syntax error
     */
    static List<ParamDefinition> parse(Card card, String text) throws NetlistException {
        List<int[]> names = new ArrayList<>();   // {nameStart, nameEnd, valueStart}
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            } else if (c == '=' && depth == 0 && isAssignment(text, i)) {
                int end = i;
                while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                int start = end;
                while (start > 0 && isNameChar(text.charAt(start - 1))) {
                    start--;
                }
                if (start == end) {
                    throw card.error("'=' without a parameter name before it");
                }
                names.add(new int[] {start, end, i + 1});
            }
        }
        if (names.isEmpty()) {
            throw card.error("expected name=value, got: " + text.strip());
        }
        if (!text.substring(0, names.get(0)[0]).isBlank()) {
            throw card.error("expected name=value, got: " + text.substring(0, names.get(0)[0]).strip());
        }
        List<ParamDefinition> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            int[] n = names.get(k);
            int valueEnd = k + 1 < names.size() ? names.get(k + 1)[0] : text.length();
            String name = text.substring(n[0], n[1]).toLowerCase(Locale.ROOT);
            String value = stripDelimiters(text.substring(n[2], valueEnd).strip());
            if (value.isEmpty()) {
                throw card.error("parameter '" + name + "' has no value");
            }
            out.add(new ParamDefinition(name, parseExpr(card, value), card.location()));
        }
        return out;
    }

    /** Parses an expression, reporting syntax errors at the card. */
    static Expr parseExpr(Card card, String text) throws NetlistException {
        try {
            return Expr.parse(text);
        } catch (ExprException e) {
            throw card.error("bad expression '" + text + "': " + e.getMessage());
        }
    }

    /** Removes one pair of enclosing braces or quotes around a whole value. */
    static String stripDelimiters(String v) {
        if (v.length() >= 2 && ((v.charAt(0) == '{' && v.charAt(v.length() - 1) == '}')
                || (v.charAt(0) == '\'' && v.charAt(v.length() - 1) == '\''))) {
            return v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    private static boolean isAssignment(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return after != '=' && before != '=' && before != '!' && before != '<' && before != '>';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
    }
}
