package memspice.analysis.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.analysis.measure.MeasureSpec.Crossing;
import memspice.analysis.measure.MeasureSpec.Direction;
import memspice.analysis.measure.MeasureSpec.Kind;
import memspice.analysis.measure.MeasureSpec.SignalName;
import memspice.circuit.Values;
import memspice.netlist.Directive;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;

/**
 * Parses one {@code .measure}/{@code .meas} card in the ngspice/HSPICE form:
 * <pre>
 * .measure tran NAME TRIG sig VAL=v [TD=t] [RISE=n|FALL=n|CROSS=n]   TARG sig VAL=v [TD=t] [RISE=..]
 * .measure tran NAME TRIG AT=t TARG ...
 * .measure tran NAME WHEN sig=level|sig [TD=t] [RISE=n|FALL=n|CROSS=n]     (n may be LAST)
 * .measure tran NAME FIND sig WHEN ...      .measure tran NAME FIND sig AT=t
 * .measure tran NAME DERIV sig WHEN ...     .measure tran NAME DERIV sig AT=t
 * .measure tran NAME AVG|MAX|MIN|PP|RMS|INTEG sig [FROM=t] [TO=t]
 * </pre>
 * Keywords ignore case; numbers may be SPICE numbers, parameter names or braced expressions. A
 * crossing without RISE/FALL/CROSS is the first crossing either way (CROSS=1).
 */
final class MeasureParser {

    private final Directive card;
    private final List<Item> items;
    private final ParameterScope scope;
    private int pos;

    private MeasureParser(Directive card, ParameterScope scope) {
        this.card = card;
        this.items = card.items();
        this.scope = scope;
    }

    /**
     * @param scope top-level parameters, for values written as names or expressions
     * @return the analysis type written after .measure ({@code tran}, {@code dc}, {@code ac}) is
     *         checked; only {@code tran} cards reach here
     * @throws NetlistException naming the card's file and line and what is wrong
     */
    static MeasureSpec parse(Directive card, ParameterScope scope) throws NetlistException {
        return new MeasureParser(card, scope).measure();
    }

    /** The analysis word of a .measure card (lower case), or an error if there is none. */
    static String analysis(Directive card) throws NetlistException {
        if (card.items().isEmpty() || !(card.items().get(0) instanceof Item.Word w)) {
            throw card.error(".measure needs an analysis type and a name: .measure tran <name> ...");
        }
        return w.lower();
    }

    private MeasureSpec measure() throws NetlistException {
        pos = 1;
        if (pos >= items.size() || !(items.get(pos) instanceof Item.Word nameWord)) {
            throw card.error(".measure tran needs a result name: .measure tran <name> <kind> ...");
        }
        String name = nameWord.lower();
        pos++;
        String kindWord = word("a measurement kind (TRIG, WHEN, FIND, DERIV, AVG, MAX, MIN, PP, RMS, INTEG)");
        SignalName signal = null;
        Crossing trig = null;
        Crossing targ = null;
        double trigAt = Double.NaN;
        double at = Double.NaN;
        double from = Double.NaN;
        double to = Double.NaN;
        Kind kind;
        switch (kindWord) {
            case "trig" -> {
                kind = Kind.TRIG_TARG;
                if (peekAssignment("at")) {
                    trigAt = number(((Item.Assignment) items.get(pos++)).value(), "TRIG AT=");
                } else {
                    trig = crossing(signal("TRIG"), "TRIG");
                }
                String t = word("TARG after the trigger");
                if (!t.equals("targ")) {
                    throw card.error("expected TARG after the trigger, got '" + t + "'");
                }
                targ = crossing(signal("TARG"), "TARG");
            }
            case "when" -> {
                kind = Kind.WHEN;
                targ = whenCondition();
            }
            case "find", "deriv", "derivative" -> {
                boolean find = kindWord.equals("find");
                signal = signal(kindWord.toUpperCase(Locale.ROOT));
                if (peekAssignment("at")) {
                    at = number(((Item.Assignment) items.get(pos++)).value(), "AT=");
                    kind = find ? Kind.FIND_AT : Kind.DERIV_AT;
                } else {
                    String w = word("WHEN or AT= after " + kindWord.toUpperCase(Locale.ROOT) + " " + signal);
                    if (!w.equals("when")) {
                        throw card.error("expected WHEN or AT= after " + kindWord.toUpperCase(Locale.ROOT) + " "
                                + signal + ", got '" + w + "'");
                    }
                    targ = whenCondition();
                    kind = find ? Kind.FIND_WHEN : Kind.DERIV_WHEN;
                }
            }
            case "avg", "max", "min", "pp", "rms", "integ", "integral" -> {
                kind = switch (kindWord) {
                    case "avg" -> Kind.AVG;
                    case "max" -> Kind.MAX;
                    case "min" -> Kind.MIN;
                    case "pp" -> Kind.PP;
                    case "rms" -> Kind.RMS;
                    default -> Kind.INTEG;
                };
                signal = signal(kindWord.toUpperCase(Locale.ROOT));
                while (pos < items.size()) {
                    Item it = items.get(pos++);
                    if (it instanceof Item.Assignment a && a.key().equals("from")) {
                        from = number(a.value(), "FROM=");
                    } else if (it instanceof Item.Assignment a && a.key().equals("to")) {
                        to = number(a.value(), "TO=");
                    } else {
                        throw card.error("unexpected '" + it + "' in .measure " + name + " (" + kindWord.toUpperCase(Locale.ROOT)
                                + " takes a signal, FROM= and TO=)");
                    }
                }
                if (from >= to) {
                    throw card.error(".measure " + name + ": FROM=" + from + " must be before TO=" + to);
                }
            }
            default -> throw card.error("unknown .measure kind '" + kindWord + "' (TRIG, WHEN, FIND, DERIV, AVG, MAX, "
                    + "MIN, PP, RMS, INTEG)");
        }
        if (pos < items.size()) {
            throw card.error("unexpected '" + items.get(pos) + "' at the end of .measure " + name);
        }
        return new MeasureSpec(name, kind, signal, trig, trigAt, targ, at, from, to, card.location(),
                card.card().text());
    }

    /** {@code sig=level|sig [TD=] [RISE|FALL|CROSS=]} after WHEN. */
    private Crossing whenCondition() throws NetlistException {
        if (pos >= items.size() || !(items.get(pos) instanceof Item.Assignment a) || a.key().indexOf('(') < 0) {
            throw card.error("WHEN needs a condition such as v(out)=0.5, got "
                    + (pos < items.size() ? "'" + items.get(pos) + "'" : "nothing"));
        }
        pos++;
        SignalName sig = signalFromKey(a.key());
        Item value = a.value();
        if (value instanceof Item.Word w && pos < items.size() && items.get(pos) instanceof Item.Group g) {
            pos++;
            return options(sig, Double.NaN, new SignalName(w.lower(), groupArgs(g, w.lower())), "WHEN");
        }
        return options(sig, number(value, "the WHEN level"), null, "WHEN");
    }

    /** {@code VAL= [TD=] [RISE|FALL|CROSS=]} after TRIG/TARG sig. */
    private Crossing crossing(SignalName sig, String what) throws NetlistException {
        Crossing c = options(sig, Double.NaN, null, what);
        if (Double.isNaN(c.level())) {
            throw card.error(what + " " + sig + " needs VAL=<level>");
        }
        return c;
    }

    private Crossing options(SignalName sig, double level, SignalName levelSignal, String what) throws NetlistException {
        Direction dir = null;
        int count = 1;
        double td = 0;
        while (pos < items.size() && items.get(pos) instanceof Item.Assignment a) {
            switch (a.key()) {
                case "val" -> {
                    if (!what.equals("TRIG") && !what.equals("TARG")) {
                        throw card.error("VAL= belongs to TRIG/TARG; WHEN writes the level as " + sig + "=<level>");
                    }
                    level = number(a.value(), what + " VAL=");
                }
                case "td" -> td = number(a.value(), what + " TD=");
                case "rise", "fall", "cross" -> {
                    if (dir != null) {
                        throw card.error(what + " takes one of RISE=, FALL=, CROSS=, not several");
                    }
                    dir = Direction.valueOf(a.key().toUpperCase(Locale.ROOT));
                    count = count(a);
                }
                default -> {
                    return finish(sig, level, levelSignal, dir, count, td);
                }
            }
            pos++;
        }
        return finish(sig, level, levelSignal, dir, count, td);
    }

    private static Crossing finish(SignalName sig, double level, SignalName levelSignal, Direction dir, int count,
                                   double td) {
        return new Crossing(sig, level, levelSignal, dir == null ? Direction.CROSS : dir, count, td);
    }

    private int count(Item.Assignment a) throws NetlistException {
        if (a.value().isWord("last")) {
            return Crossing.LAST;
        }
        double v = number(a.value(), a.key().toUpperCase(Locale.ROOT) + "=");
        if (v < 1 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw card.error(a.key().toUpperCase(Locale.ROOT) + "= needs a whole number >= 1 or LAST, got " + a.value());
        }
        return (int) v;
    }

    /** A signal written as {@code fn(args)}: two items, a word and a group. */
    private SignalName signal(String after) throws NetlistException {
        if (pos + 1 < items.size() && items.get(pos) instanceof Item.Word w && items.get(pos + 1) instanceof Item.Group g) {
            pos += 2;
            return new SignalName(w.lower(), groupArgs(g, w.lower()));
        }
        throw card.error(after + " needs a signal such as v(out), v(a,b) or i(v1), got "
                + (pos < items.size() ? "'" + items.get(pos) + "'" : "nothing"));
    }

    private List<String> groupArgs(Item.Group g, String fn) throws NetlistException {
        List<String> args = new ArrayList<>();
        for (Item a : g.items()) {
            if (!(a instanceof Item.Word aw)) {
                throw card.error("bad argument '" + a + "' in " + fn + "(...)");
            }
            args.add(aw.lower());
        }
        if (args.isEmpty() || args.size() > 2) {
            throw card.error(fn + "(...) needs one or two names, got " + g);
        }
        return List.copyOf(args);
    }

    /** The tokenizer's key of {@code v(a,b)=...}: "v(a,b)". */
    private SignalName signalFromKey(String key) throws NetlistException {
        int open = key.indexOf('(');
        String fn = key.substring(0, open);
        List<String> args = List.of(key.substring(open + 1, key.length() - 1).split(","));
        if (fn.isEmpty() || args.isEmpty() || args.size() > 2 || args.stream().anyMatch(String::isEmpty)) {
            throw card.error("bad signal '" + key + "' in WHEN");
        }
        return new SignalName(fn, args);
    }

    private boolean peekAssignment(String key) {
        return pos < items.size() && items.get(pos) instanceof Item.Assignment a && a.key().equals(key);
    }

    private String word(String expected) throws NetlistException {
        if (pos >= items.size()) {
            throw card.error(".measure ends where " + expected + " was expected");
        }
        if (!(items.get(pos) instanceof Item.Word w)) {
            throw card.error("expected " + expected + ", got '" + items.get(pos) + "'");
        }
        pos++;
        return w.lower();
    }

    private double number(Item value, String what) throws NetlistException {
        return Values.evaluate(value, scope, card.location(), what);
    }
}
