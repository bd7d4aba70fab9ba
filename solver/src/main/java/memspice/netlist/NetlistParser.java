package memspice.netlist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import memspice.expr.FunctionDef;

/**
 * Turns a {@link Deck} into a {@link Netlist}: groups cards into the top level and subcircuit
 * definitions, parses {@code .param}, {@code .func}, {@code .model}, {@code .global}, and keeps the
 * analysis and output directives for later. It checks structure (balanced .subckt/.ends, names,
 * directives in the right place) but instantiates nothing.
 */
public final class NetlistParser {

    /** Directives kept for analyses and outputs, with their aliases. */
    private static final Map<String, String> KEPT = Map.ofEntries(
            Map.entry(".op", "op"), Map.entry(".dc", "dc"), Map.entry(".tran", "tran"), Map.entry(".ac", "ac"),
            Map.entry(".print", "print"), Map.entry(".save", "save"), Map.entry(".probe", "save"),
            Map.entry(".options", "options"), Map.entry(".option", "options"), Map.entry(".opt", "options"),
            Map.entry(".opts", "options"),
            Map.entry(".ic", "ic"), Map.entry(".nodeset", "nodeset"),
            Map.entry(".measure", "measure"), Map.entry(".meas", "measure"), Map.entry(".temp", "temp"));

    /** Directives read and ignored with a warning (output formatting, analyses we do not run). */
    private static final Set<String> IGNORED = Set.of(".width", ".plot", ".four", ".tf", ".sens", ".noise", ".pz",
            ".disto", ".backanno", ".preprocess", ".step", ".fft", ".lin");

    private final List<Diagnostic> warnings = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private final Set<String> globals = new LinkedHashSet<>();
    /** Bare words of element cards, shared between cards (node names, repeated values). */
    private final WordTable words = new WordTable();
    private String title;

    private NetlistParser() {
    }

    /**
     * Parses a deck.
     *
     * @param file the top-level file, for diagnostics
     * @throws NetlistException for the first structural error found
     */
    public static Netlist parse(java.nio.file.Path file, Deck deck) throws NetlistException {
        NetlistParser p = new NetlistParser();
        p.title = deck.title();
        p.warnings.addAll(deck.warnings());
        SubcircuitDefinition top = new SubcircuitDefinition("", List.of(), List.of(), null,
                new SourceLocation(file, 1));
        List<Card> cards = deck.cards();
        if (StreamedElements.worthIt(cards)) {
            // a large deck: its element cards are tokenized in order on a second thread (and by this
            // one whenever it would wait), while the directives are read here
            List<Card> elementCards = new ArrayList<>(cards.size());
            for (Card c : cards) {
                if (!c.isDirective()) {
                    elementCards.add(c);
                }
            }
            StreamedElements stream = StreamedElements.start(elementCards);
            if (StreamedElements.isFlat(cards)) {
                // no subcircuits: the elaborator consumes the top level's elements as they come
                top.streamElements(stream);
                p.readBody(cards, top, null);
            } else {
                p.readBody(cards, top, stream);     // each element card taken in order here
            }
        } else {
            p.readBody(cards, top, null);
        }
        return new Netlist(file, p.title, top, List.copyOf(p.globals), List.copyOf(p.directives),
                List.copyOf(p.warnings));
    }

    /**
     * @param stream the deck's element cards tokenized on another thread, in order, or null (this
     *               method tokenizes them); with a flat deck whose top level holds the stream itself,
     *               null, and element cards are skipped here
     */
    private void readBody(List<Card> cards, SubcircuitDefinition top, StreamedElements stream)
            throws NetlistException {
        boolean elementsStreamed = top.elements() instanceof StreamedElements;
        int nextElement = 0;
        Deque<SubcircuitDefinition> open = new ArrayDeque<>();
        open.push(top);
        for (int k = 0; k < cards.size(); k++) {
            Card card = cards.get(k);
            SubcircuitDefinition current = open.peek();
            if (!card.isDirective()) {
                if (!elementsStreamed) {
                    current.elements().add(stream != null ? stream.take(nextElement++) : element(card, words));
                }
                continue;
            }
            String word = card.firstWord();
            String rest = card.text().substring(Math.min(card.text().length(), word.length())).strip();
            switch (word) {
                case ".subckt", ".subcircuit" -> {
                    SubcircuitDefinition def = subcircuitHeader(card, rest, current);
                    SubcircuitDefinition clash = current.subcircuits().get(def.name());
                    if (clash != null) {
                        throw card.error("subcircuit '" + def.name() + "' is already defined at " + clash.location());
                    }
                    current.subcircuits().put(def.name(), def);
                    open.push(def);
                }
                case ".ends", ".eom" -> {
                    if (current.isTop()) {
                        throw card.error(".ends without a matching .subckt");
                    }
                    if (!rest.isEmpty()) {
                        String name = rest.split("\\s+")[0].toLowerCase(Locale.ROOT);
                        if (!name.equals(current.name())) {
                            // ngspice and Xyce ignore the name on .ends; so do we, but say so
                            warnings.add(new Diagnostic(card.location(), "'.ends " + name
                                    + "' closes subcircuit '" + current.name() + "' opened at " + current.location()));
                        }
                    }
                    open.pop();
                }
                case ".param", ".params" -> current.parameters().addAll(ParamLineParser.parse(card, rest));
                case ".func" -> current.functions().add(function(card, rest));
                case ".model" -> {
                    ModelCard m = model(card, rest);
                    ModelCard clash = current.models().get(m.name());
                    if (clash != null) {
                        throw card.error("model '" + m.name() + "' is already defined at " + clash.location());
                    }
                    current.models().put(m.name(), m);
                }
                case ".global" -> {
                    requireTop(card, current, word);
                    for (Item it : Tokenizer.tokenize(card, rest)) {
                        if (!(it instanceof Item.Word w)) {
                            throw card.error(".global takes node names, got " + it);
                        }
                        globals.add(w.lower());
                    }
                }
                case ".title" -> title = rest;
                default -> other(card, word, rest, current);
            }
        }
        if (open.size() > 1) {
            SubcircuitDefinition unclosed = open.peek();
            throw new NetlistException(unclosed.location(), ".subckt " + unclosed.name() + " has no .ends");
        }
    }

    private void other(Card card, String word, String rest, SubcircuitDefinition current) throws NetlistException {
        String kept = KEPT.get(word);
        if (kept != null && !current.isTop() && (kept.equals("ic") || kept.equals("nodeset"))) {
            current.nodeValues().add(new Directive(kept, Tokenizer.tokenize(card, rest), card));
        } else if (kept != null) {
            requireTop(card, current, word);
            directives.add(new Directive(kept, Tokenizer.tokenize(card, rest), card));
        } else if (IGNORED.contains(word)) {
            warnings.add(new Diagnostic(card.location(), word + " is not supported; ignored"));
        } else {
            throw card.error("unknown directive '" + word + "'");
        }
    }

    private static void requireTop(Card card, SubcircuitDefinition current, String word) throws NetlistException {
        if (!current.isTop()) {
            throw card.error(word + " is not allowed inside subcircuit '" + current.name() + "' (opened at line "
                    + current.location().line() + "; is its .ends missing?)");
        }
    }

    /**
     * An element card: key, local name and tokenized arguments (unmodifiable, words shared through
     * {@code words}). Depends on nothing but the card, so cards can be tokenized ahead, in any order.
     */
    static ElementCard element(Card card, WordTable words) throws NetlistException {
        String text = card.text();
        char first = Character.toUpperCase(text.charAt(0));
        if (first < 'A' || first > 'Z') {
            throw card.error("'" + card.firstWord() + "' is neither an element (a name starting with a letter) "
                    + "nor a directive (starting with '.')");
        }
        int end = wordEnd(text, 0);
        String firstWord = lowerCase(text, end);
        if (first == 'Y') {
            // Xyce form: YMEMRISTOR name n+ n- model ...; the type word is the key
            int start = skipSpace(text, end);
            int nameEnd = wordEnd(text, start);
            if (start >= text.length()) {
                throw card.error("'" + firstWord + "' needs an instance name: " + firstWord.toUpperCase(Locale.ROOT)
                        + " <name> <nodes...>");
            }
            String local = text.substring(start, nameEnd).toLowerCase(Locale.ROOT);
            return new ElementCard(card, firstWord.toUpperCase(Locale.ROOT), firstWord + "!" + local,
                    Tokenizer.tokenize(card, text, nameEnd, words));
        }
        return new ElementCard(card, LETTERS[first - 'A'], firstWord, Tokenizer.tokenize(card, text, end, words));
    }

    /** The one-letter element keys, shared by every card (a million-line netlist makes a million keys). */
    private static final String[] LETTERS = new String[26];

    static {
        for (int k = 0; k < 26; k++) {
            LETTERS[k] = String.valueOf((char) ('A' + k));
        }
    }

    /**
     * {@code text.substring(0, end).toLowerCase(Locale.ROOT)}, without the case-mapping pass when the
     * word is plain lower-case ASCII already (generated netlists).
     */
    private static String lowerCase(String text, int end) {
        for (int k = 0; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z' || c > 0x7F) {
                return text.substring(0, end).toLowerCase(Locale.ROOT);
            }
        }
        return text.substring(0, end);
    }

    private static int wordEnd(String s, int from) {
        int k = from;
        while (k < s.length() && !Tokenizer.isSpace(s.charAt(k)) && s.charAt(k) != '(' && s.charAt(k) != '{') {
            k++;
        }
        return k;
    }

    private static int skipSpace(String s, int from) {
        int k = from;
        while (k < s.length() && Tokenizer.isSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** {@code .subckt name port... [params:] [name=value ...]}. */
    private static SubcircuitDefinition subcircuitHeader(Card card, String rest, SubcircuitDefinition parent)
            throws NetlistException {
        List<Item> items = Tokenizer.tokenize(card, rest);
        if (items.isEmpty() || !(items.get(0) instanceof Item.Word nameWord)) {
            throw card.error(".subckt needs a name");
        }
        List<String> ports = new ArrayList<>();
        List<ParamDefinition> defaults = new ArrayList<>();
        boolean params = false;
        for (Item it : items.subList(1, items.size())) {
            if (it.isWord("params:") || it.isWord("param:")) {
                params = true;
            } else if (it instanceof Item.Assignment a) {
                defaults.add(new ParamDefinition(a.key().replaceFirst("^params:", ""), valueExpr(card, a), card.location()));
                params = true;
            } else if (it instanceof Item.Word w && !params) {
                if (ports.contains(w.lower())) {
                    throw card.error("port '" + w.lower() + "' listed twice in .subckt " + nameWord.lower());
                }
                ports.add(w.lower());
            } else {
                throw card.error("unexpected '" + it + "' in .subckt " + nameWord.lower()
                        + " (ports come before parameters)");
            }
        }
        return new SubcircuitDefinition(nameWord.lower(), ports, defaults, parent, card.location());
    }

    /** The expression of an assignment value (a word, number or braced expression). */
    static memspice.expr.Expr valueExpr(Card card, Item.Assignment a) throws NetlistException {
        if (a.value() instanceof Item.ExprText e) {
            return ParamLineParser.parseExpr(card, e.text());
        }
        if (a.value() instanceof Item.Word w) {
            return ParamLineParser.parseExpr(card, w.text());
        }
        throw card.error("parameter '" + a.key() + "' needs a value, got " + a.value());
    }

    /** {@code .func name(a, b) {body}} (also with {@code =} and quotes or a bare body). */
    private static FunctionDef function(Card card, String rest) throws NetlistException {
        int open = rest.indexOf('(');
        int close = rest.indexOf(')');
        if (open <= 0 || close < open) {
            throw card.error(".func needs name(arguments) body, e.g. .func f(x) {2*x}");
        }
        String name = rest.substring(0, open).strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            throw card.error(".func name '" + name + "' must start with a letter");
        }
        List<String> args = new ArrayList<>();
        for (String a : rest.substring(open + 1, close).split(",")) {
            String arg = a.strip().toLowerCase(Locale.ROOT);
            if (!arg.isEmpty()) {
                if (args.contains(arg)) {
                    throw card.error(".func " + name + " lists argument '" + arg + "' twice");
                }
                args.add(arg);
            }
        }
        String body = rest.substring(close + 1).strip();
        if (body.startsWith("=")) {
            body = body.substring(1).strip();
        }
        body = ParamLineParser.stripDelimiters(body);
        if (body.isEmpty()) {
            throw card.error(".func " + name + " has no body");
        }
        return new FunctionDef(name, List.copyOf(args), ParamLineParser.parseExpr(card, body));
    }

    /** {@code .model name type [(] p=v ... [)]}. */
    private ModelCard model(Card card, String rest) throws NetlistException {
        List<Item> items = Tokenizer.tokenize(card, rest);
        if (items.size() < 2 || !(items.get(0) instanceof Item.Word name) || !(items.get(1) instanceof Item.Word type)) {
            throw card.error(".model needs a name and a type: .model <name> <type> (<parameters>)");
        }
        List<Item.Assignment> params = new ArrayList<>();
        collectAssignments(card, items.subList(2, items.size()), params);
        return new ModelCard(name.lower(), type.lower(), List.copyOf(params), card.location());
    }

    private void collectAssignments(Card card, List<Item> items, List<Item.Assignment> out) throws NetlistException {
        for (Item it : items) {
            if (it instanceof Item.Assignment a) {
                out.add(a);
            } else if (it instanceof Item.Group g) {
                collectAssignments(card, g.items(), out);
            } else {
                warnings.add(new Diagnostic(card.location(), "model parameter '" + it + "' has no value; ignored"));
            }
        }
    }
}
