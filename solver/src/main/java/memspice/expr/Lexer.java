package memspice.expr;

import java.util.Locale;

/**
 * Splits expression text into {@link Token}s on demand, so that the parser can switch to reading
 * raw node names inside probes ({@link #nodeName}).
 */
final class Lexer {
    private final String text;
    private int pos;

    Lexer(String text) {
        this.text = text;
    }

    /** Reads the next token. */
    Token next() throws ExprException {
        skipSpace();
        int start = pos;
        if (pos >= text.length()) {
            return new Token(Token.Kind.END, "", start, 0);
        }
        char c = text.charAt(pos);
        if (SpiceNumber.isDigit(c) || (c == '.' && pos + 1 < text.length() && SpiceNumber.isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (isNameStart(c)) {
            pos++;
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            return new Token(Token.Kind.NAME, name.toLowerCase(Locale.ROOT), start, 0);
        }
        char d = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
        Token.Kind two = switch ("" + c + d) {
            case "**" -> Token.Kind.POWER;
            case "==" -> Token.Kind.EQ;
            case "!=", "<>" -> Token.Kind.NE;
            case "<=" -> Token.Kind.LE;
            case ">=" -> Token.Kind.GE;
            case "&&" -> Token.Kind.AND;
            case "||" -> Token.Kind.OR;
            default -> null;
        };
        if (two != null) {
            pos += 2;
            return new Token(two, text.substring(start, pos), start, 0);
        }
        Token.Kind one = switch (c) {
            case '(' -> Token.Kind.LPAREN;
            case ')' -> Token.Kind.RPAREN;
            case '{' -> Token.Kind.LBRACE;
            case '}' -> Token.Kind.RBRACE;
            case ',' -> Token.Kind.COMMA;
            case '?' -> Token.Kind.QUESTION;
            case ':' -> Token.Kind.COLON;
            case '+' -> Token.Kind.PLUS;
            case '-' -> Token.Kind.MINUS;
            case '*' -> Token.Kind.STAR;
            case '/' -> Token.Kind.SLASH;
            case '%' -> Token.Kind.PERCENT;
            case '^' -> Token.Kind.POWER;
            case '!' -> Token.Kind.NOT;
            case '<' -> Token.Kind.LT;
            case '>' -> Token.Kind.GT;
            default -> null;
        };
        if (one == null) {
            String hint = switch (c) {
                case '=' -> " (use '==' to compare)";
                case '&' -> " (use '&&')";
                case '|' -> " (use '||')";
                default -> "";
            };
            throw new ExprException("unexpected character '" + c + "' at column " + (start + 1) + hint, start);
        }
        pos++;
        return new Token(one, String.valueOf(c), start, 0);
    }

    /**
     * Reads a node or device name inside a probe: the longest run of characters other than
     * whitespace, parentheses, commas and {@code =}, lower-cased; null if there is none.
     */
    String nodeName() {
        skipSpace();
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == ',' || c == '=') {
                break;
            }
            pos++;
        }
        return pos == start ? null : text.substring(start, pos).toLowerCase(Locale.ROOT);
    }

    /** Offset of the next non-blank character. */
    int offset() {
        skipSpace();
        return pos;
    }

    /**
     * A number: mantissa, exponent only if digits follow the {@code e}, then every letter, digit or
     * underscore, which {@link SpiceNumber} must accept as scale and unit ("1k5" is an error).
     */
    private Token number() throws ExprException {
        int start = pos;
        while (pos < text.length() && (SpiceNumber.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            if (text.charAt(pos) == '.' && text.indexOf('.', start) < pos) {
                break; // a second dot ends the number
            }
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int j = pos + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && SpiceNumber.isDigit(text.charAt(j))) {
                pos = j;
                while (pos < text.length() && SpiceNumber.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String literal = text.substring(start, pos);
        double value = SpiceNumber.parseOrNaN(literal);
        if (Double.isNaN(value)) {
            throw new ExprException("'" + literal + "' is not a number (column " + (start + 1) + ")", start);
        }
        if (Double.isInfinite(value)) {
            throw new ExprException("'" + literal + "' is out of range (column " + (start + 1) + ")", start);
        }
        return new Token(Token.Kind.NUMBER, literal, start, value);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    static boolean isNameStart(char c) {
        return SpiceNumber.isLetter(c) || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || SpiceNumber.isDigit(c) || c == '.';
    }
}
