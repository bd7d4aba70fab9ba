package memspice.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the grammar documented in {@link Operator}. One token of lookahead;
 * every error message names the 1-based column of the offending token.
 */
final class Parser {
    /** Deeper nesting is rejected instead of overflowing the Java stack. */
    private static final int MAX_DEPTH = 500;

    private final Lexer lexer;
    private Token current;
    private int depth;

    Parser(String text) {
        String s = text == null ? "" : text;
        String trimmed = s.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
            // '...' quoting: keep offsets by blanking the quotes instead of cutting them
            int first = s.indexOf('\'');
            int last = s.lastIndexOf('\'');
            s = s.substring(0, first) + ' ' + s.substring(first + 1, last) + ' ' + s.substring(last + 1);
        }
        this.lexer = new Lexer(s);
    }

    /** Parses the whole text as one expression. */
    Expr parse() throws ExprException {
        advance();
        if (current.kind() == Token.Kind.END) {
            throw new ExprException("empty expression", current.offset());
        }
        Expr e = ternary();
        if (current.kind() != Token.Kind.END) {
            throw unexpected("an operator");
        }
        return e;
    }

    private Expr ternary() throws ExprException {
        enter();
        Expr cond = binary(Operator.OR.precedence);
        if (current.kind() == Token.Kind.QUESTION) {
            int at = current.offset();
            advance();
            Expr then = ternary();
            expect(Token.Kind.COLON, "':'");
            Expr otherwise = ternary();
            cond = new TernaryExpr(cond, then, otherwise, at);
        }
        depth--;
        return cond;
    }

    /** Left-associative binary levels from {@code minPrecedence} (|| = 2) up to * / % (7). */
    private Expr binary(int minPrecedence) throws ExprException {
        if (minPrecedence >= Operator.UNARY) {
            return unary();
        }
        Expr left = binary(minPrecedence + 1);
        for (Operator op = binaryOperator(); op != null && op.precedence == minPrecedence; op = binaryOperator()) {
            int at = current.offset();
            advance();
            Expr right = binary(minPrecedence + 1);
            left = new BinaryExpr(op, left, right, at);
        }
        return left;
    }

    /** The binary operator (other than power) of the current token, or null. */
    private Operator binaryOperator() {
        return switch (current.kind()) {
            case OR -> Operator.OR;
            case AND -> Operator.AND;
            case EQ -> Operator.EQ;
            case NE -> Operator.NE;
            case LT -> Operator.LT;
            case LE -> Operator.LE;
            case GT -> Operator.GT;
            case GE -> Operator.GE;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case STAR -> Operator.MUL;
            case SLASH -> Operator.DIV;
            case PERCENT -> Operator.MOD;
            default -> null;
        };
    }

    /** unary := ('-' | '+' | '!') unary | power. */
    private Expr unary() throws ExprException {
        Token.Kind k = current.kind();
        if (k == Token.Kind.MINUS || k == Token.Kind.PLUS || k == Token.Kind.NOT) {
            enter();
            int at = current.offset();
            advance();
            Expr operand = unary();
            depth--;
            if (k == Token.Kind.PLUS) {
                return operand;
            }
            return new UnaryExpr(k == Token.Kind.MINUS ? Operator.NEG : Operator.NOT, operand, at);
        }
        return power();
    }

    /** power := primary { ('^' | '**') powerArg }, left associative. */
    private Expr power() throws ExprException {
        Expr left = primary();
        while (current.kind() == Token.Kind.POWER) {
            int at = current.offset();
            advance();
            Token.Kind k = current.kind();
            Expr right = (k == Token.Kind.MINUS || k == Token.Kind.PLUS || k == Token.Kind.NOT) ? unary() : primary();
            left = new BinaryExpr(Operator.POW, left, right, at);
        }
        return left;
    }

    private Expr primary() throws ExprException {
        Token t = current;
        switch (t.kind()) {
            case NUMBER -> {
                advance();
                return new NumberExpr(t.value(), t.text(), t.offset());
            }
            case LPAREN, LBRACE -> {
                advance();
                Expr inner = ternary();
                if (t.kind() == Token.Kind.LPAREN) {
                    expect(Token.Kind.RPAREN, "')'");
                } else {
                    expect(Token.Kind.RBRACE, "'}'");
                }
                return inner;
            }
            case NAME -> {
                advance();
                if (current.kind() != Token.Kind.LPAREN) {
                    return new IdentifierExpr(t.text(), t.offset());
                }
                if (t.text().equals("v") || t.text().equals("i")) {
                    return probe(t);
                }
                return call(t);
            }
            default -> throw unexpected("a number, a name or '('");
        }
    }

    /** After {@code name}, at '(': the argument list of a function call. */
    private Expr call(Token name) throws ExprException {
        advance();
        List<Expr> args = new ArrayList<>();
        if (current.kind() != Token.Kind.RPAREN) {
            args.add(ternary());
            while (current.kind() == Token.Kind.COMMA) {
                advance();
                args.add(ternary());
            }
        }
        expect(Token.Kind.RPAREN, "',' or ')'");
        return new CallExpr(name.text(), args, name.offset());
    }

    /** After {@code v} or {@code i}, at '(' (already read): raw node or device names. */
    private Expr probe(Token name) throws ExprException {
        String fn = name.text();
        String what = fn.equals("v") ? "a node name" : "a device name";
        List<String> args = new ArrayList<>();
        while (true) {
            int at = lexer.offset();
            String arg = lexer.nodeName();
            if (arg == null) {
                advance();
                throw new ExprException("expected " + what + " at column " + (at + 1) + " but found "
                        + current.describe(), at);
            }
            args.add(arg);
            advance();
            if (current.kind() != Token.Kind.COMMA) {
                break;
            }
            if (fn.equals("i") || args.size() == 2) {
                throw new ExprException(fn + "() takes " + (fn.equals("i") ? "one device name" : "one or two node names")
                        + " (column " + (current.offset() + 1) + ")", current.offset());
            }
        }
        expect(Token.Kind.RPAREN, "')'");
        return new ProbeExpr(fn, args, name.offset());
    }

    private void expect(Token.Kind kind, String what) throws ExprException {
        if (current.kind() != kind) {
            throw unexpected(what);
        }
        advance();
    }

    private ExprException unexpected(String expected) {
        return new ExprException("expected " + expected + " at column " + (current.offset() + 1) + " but found "
                + current.describe(), current.offset());
    }

    private void advance() throws ExprException {
        current = lexer.next();
    }

    private void enter() throws ExprException {
        if (++depth > MAX_DEPTH) {
            throw new ExprException("expression nested too deeply at column " + (current.offset() + 1), current.offset());
        }
    }
}
