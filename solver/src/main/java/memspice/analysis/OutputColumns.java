package memspice.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import memspice.circuit.Circuit;
import memspice.circuit.UnknownKind;
import memspice.circuit.Unknowns;
import memspice.device.Device;
import memspice.device.OutputProbe;
import memspice.device.SolutionView;
import memspice.expr.CompiledExpr;
import memspice.expr.Expr;
import memspice.expr.ExprException;
import memspice.expr.VariableBinder;
import memspice.netlist.Directive;
import memspice.netlist.Item;
import memspice.netlist.Netlist;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;
import memspice.output.ResultTable;

/**
 * The quantities an analysis reports. Without {@code .print}/{@code .save}: every unknown (node
 * voltages {@code v(n)}, branch currents {@code i(v1)}, device states). With them: exactly the
 * quantities they list, named as written in lower case: {@code v(n1)}, {@code v(n1,n2)},
 * {@code i(r1)}, {@code n(ymemristor!mr1_x)}, or a braced expression of those.
 */
public final class OutputColumns {

    private final List<ResultTable.Column> columns;
    private final OutputProbe[] probes;
    private final AcPart[] parts;
    private final boolean[] linear;

    private OutputColumns(List<ResultTable.Column> columns, OutputProbe[] probes) {
        this(columns, probes, null, null);
    }

    private OutputColumns(List<ResultTable.Column> columns, OutputProbe[] probes, AcPart[] parts, boolean[] linear) {
        this.columns = columns;
        this.probes = probes;
        this.parts = parts != null ? parts : filled(probes.length, AcPart.COMPLEX);
        this.linear = linear != null ? linear : filledTrue(probes.length);
    }

    private static AcPart[] filled(int n, AcPart p) {
        AcPart[] a = new AcPart[n];
        java.util.Arrays.fill(a, p);
        return a;
    }

    private static boolean[] filledTrue(int n) {
        boolean[] a = new boolean[n];
        java.util.Arrays.fill(a, true);
        return a;
    }

    /**
     * Selects the outputs of one analysis.
     *
     * @param kind the analysis ("op", "dc", "tran", "ac")
     * @throws NetlistException for a .print/.save item naming a missing node or device
     */
    public static OutputColumns select(Netlist netlist, Circuit circuit, ParameterScope scope, String kind)
            throws NetlistException {
        List<Item> requested = new ArrayList<>();
        List<Directive> sources = new ArrayList<>();
        boolean all = false;
        for (Directive d : netlist.directives()) {
            List<Item> items = d.items();
            if (d.name().equals("print")) {
                if (items.isEmpty() || !(items.get(0) instanceof Item.Word w) || !isAnalysis(w.lower())) {
                    throw d.error(".print needs an analysis type first: .print dc|op|tran|ac <outputs>");
                }
                if (!w.lower().equals(kind)) {
                    continue;
                }
                items = items.subList(1, items.size());
            } else if (!d.name().equals("save")) {
                continue;
            }
            for (Item it : items) {
                if (it.isWord("all")) {
                    all = true;
                } else if (!(it instanceof Item.Assignment)) {   // Xyce format=/file= options carry no quantity
                    requested.add(it);
                    sources.add(d);
                }
            }
        }
        if (requested.isEmpty() || all) {
            return everything(circuit);
        }
        Map<String, OutputProbe> selected = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Resolver resolver = new Resolver(circuit, kind);
        for (int k = 0; k < requested.size(); k++) {
            Item it = requested.get(k);
            Directive d = sources.get(k);
            k = resolver.item(requested, k, d, scope, selected, types);
        }
        List<ResultTable.Column> cols = new ArrayList<>();
        AcPart[] parts = new AcPart[types.size()];
        boolean[] linear = new boolean[types.size()];
        int c = 0;
        for (Map.Entry<String, String> e : types.entrySet()) {
            cols.add(new ResultTable.Column(e.getKey(), e.getValue()));
            parts[c] = resolver.parts.getOrDefault(e.getKey(), AcPart.COMPLEX);
            linear[c++] = resolver.linear.getOrDefault(e.getKey(), false);
        }
        return new OutputColumns(cols, selected.values().toArray(new OutputProbe[0]), parts, linear);
    }

    private static boolean isAnalysis(String w) {
        return w.equals("op") || w.equals("dc") || w.equals("tran") || w.equals("ac") || w.equals("noise");
    }

    /** Every unknown, in unknown order. */
    public static OutputColumns everything(Circuit circuit) {
        Unknowns u = circuit.unknowns();
        List<ResultTable.Column> cols = new ArrayList<>(u.size());
        OutputProbe[] probes = new OutputProbe[u.size()];
        for (int i = 0; i < u.size(); i++) {
            cols.add(new ResultTable.Column(u.name(i), typeOf(u.kind(i))));
            int p = i;
            probes[i] = s -> s.x(p);
        }
        return new OutputColumns(cols, probes);
    }

    private static String typeOf(UnknownKind k) {
        return switch (k) {
            case NODE -> "voltage";
            case BRANCH -> "current";
            case STATE -> "notype";
        };
    }

    public List<ResultTable.Column> columns() {
        return columns;
    }

    public int size() {
        return probes.length;
    }

    /** The probe of column k (for .ac, which evaluates it on complex solutions). */
    public OutputProbe probe(int k) {
        return probes[k];
    }

    /**
     * The part of the complex value column k reports in {@code .ac} ({@code vm(out)} -> magnitude);
     * {@link AcPart#COMPLEX} for plain quantities and in other analyses.
     */
    public AcPart acPart(int k) {
        return parts[k];
    }

    /**
     * True if column k's probe is affine in the solution and its time derivative (node voltages,
     * unknowns, currents of linear devices), so that its small-signal value is exactly
     * p(X) - p(0); false for probes of nonlinear devices and expressions.
     */
    public boolean isLinear(int k) {
        return linear[k];
    }

    /**
     * Evaluates every output at a solution into {@code out[offset..]}.
     */
    public void evaluate(SolutionView s, double[] out, int offset) {
        for (int k = 0; k < probes.length; k++) {
            out[offset + k] = probes[k].value(s);
        }
    }

    /** Turns output items into probes against a circuit. */
    private static final class Resolver {
        private final Circuit circuit;
        private final String kind;
        final Map<String, AcPart> parts = new java.util.HashMap<>();
        final Map<String, Boolean> linear = new java.util.HashMap<>();

        Resolver(Circuit circuit, String kind) {
            this.circuit = circuit;
            this.kind = kind;
        }

        /** Resolves the item at k (and its argument group); returns the index of the last item used. */
        int item(List<Item> items, int k, Directive d, ParameterScope scope, Map<String, OutputProbe> out,
                 Map<String, String> types) throws NetlistException {
            Item it = items.get(k);
            if (it instanceof Item.ExprText e) {
                String name = "{" + e.text().toLowerCase(Locale.ROOT) + "}";
                out.put(name, expression(e.text(), d, scope));
                linear.put(name, false);
                types.put(name, "notype");
                return k;
            }
            if (!(it instanceof Item.Word w)) {
                throw d.error("cannot print '" + it + "'");
            }
            String fn = w.lower();
            if (k + 1 < items.size() && items.get(k + 1) instanceof Item.Group g) {
                List<String> args = new ArrayList<>();
                for (Item a : g.items()) {
                    if (!(a instanceof Item.Word aw)) {
                        throw d.error("bad argument '" + a + "' in " + fn + "(...)");
                    }
                    args.add(aw.lower());
                }
                String name = fn + "(" + String.join(",", args) + ")";
                AcPart part = kind.equals("ac") ? AcPart.ofFunction(fn) : null;
                String base = part == null ? fn : fn.substring(0, 1);
                out.put(name, probe(base, args, d));
                boolean unitless = part == AcPart.PHASE_DEGREES || part == AcPart.DECIBEL;   // degrees, dB
                types.put(name, unitless ? "notype" : base.equals("i") ? "current" : base.equals("v") ? "voltage" : "notype");
                parts.put(name, part == null ? AcPart.COMPLEX : part);
                linear.put(name, isLinearProbe(base, args));
                return k + 1;
            }
            if (fn.startsWith("@")) {
                throw d.error("device parameter outputs like '" + w.text() + "' are not supported; use i(device)");
            }
            // ngspice: a bare node name saves its voltage
            String name = "v(" + fn + ")";
            out.put(name, probe("v", List.of(fn), d));
            linear.put(name, true);
            types.put(name, "voltage");
            return k;
        }

        /** Voltages, unknowns and currents of linear devices are affine in the solution. */
        private boolean isLinearProbe(String fn, List<String> args) {
            switch (fn) {
                case "v" -> {
                    return true;
                }
                case "i" -> {
                    Device device = args.size() == 1 ? circuit.device(normalize(args.get(0))) : null;
                    return device != null && device.isLinear();
                }
                case "n" -> {
                    String name = normalize(args.get(0));
                    return circuit.unknowns().find("n(" + name + ")") >= 0 || circuit.unknowns().find("v(" + name + ")") >= 0;
                }
                default -> {
                    return false;
                }
            }
        }

        OutputProbe probe(String fn, List<String> args, Directive d) throws NetlistException {
            try {
                return probeOrThrow(fn, args);
            } catch (ExprException e) {
                throw d.error(e.getMessage());
            }
        }

        OutputProbe probeOrThrow(String fn, List<String> args) throws ExprException {
            switch (fn) {
                case "v" -> {
                    if (args.size() == 1 || args.size() == 2) {
                        int a = node(args.get(0));
                        int b = args.size() == 2 ? node(args.get(1)) : -1;
                        int n = circuit.unknowns().size();
                        int pa = a < 0 ? n : a;
                        int pb = b < 0 ? n : b;
                        return s -> s.x(pa) - s.x(pb);
                    }
                }
                case "i" -> {
                    if (args.size() == 1) {
                        String dev = normalize(args.get(0));
                        Device device = circuit.device(dev);
                        if (device == null) {
                            throw new ExprException("no device '" + dev + "' for i(" + args.get(0) + ")", -1);
                        }
                        OutputProbe p = device.probe("i");
                        if (p == null) {
                            throw new ExprException("device '" + dev + "' has no current output", -1);
                        }
                        return p;
                    }
                }
                case "p", "w" -> {
                    // Xyce: p(device) and w(device) are the power the device absorbs (W)
                    if (args.size() == 1) {
                        String dev = normalize(args.get(0));
                        Device device = circuit.device(dev);
                        if (device == null) {
                            throw new ExprException("no device '" + dev + "' for " + fn + "(" + args.get(0) + ")", -1);
                        }
                        OutputProbe p = device.probe("p");
                        if (p == null) {
                            throw new ExprException("device '" + dev + "' has no power output", -1);
                        }
                        return p;
                    }
                }
                case "n" -> {
                    if (args.size() == 1) {
                        return internal(args.get(0));
                    }
                }
                default -> {
                }
            }
            throw new ExprException("unknown output " + fn + "(" + String.join(",", args) + ")", -1);
        }

        private OutputProbe internal(String raw) throws ExprException {
            String name = normalize(raw);
            int id = circuit.unknowns().find("n(" + name + ")");
            if (id < 0) {
                id = circuit.unknowns().find("v(" + name + ")");
            }
            if (id >= 0) {
                int p = id;
                return s -> s.x(p);
            }
            int colon = raw.lastIndexOf(':');
            if (colon > 0) {
                Device device = circuit.device(normalize(raw.substring(0, colon)));
                OutputProbe p = device == null ? null : device.probe(raw.substring(colon + 1));
                if (p != null) {
                    return p;
                }
            }
            throw new ExprException("no internal variable '" + raw + "' for n(" + raw + ")", -1);
        }

        private int node(String raw) throws ExprException {
            String name = normalize(raw);
            if (name.equals("0") || name.equals("gnd")) {
                return -1;
            }
            int id = circuit.findNode(name);
            if (id < 0) {
                throw new ExprException("no node '" + raw + "' for v(" + raw + ")", -1);
            }
            return id;
        }

        /** Xyce writes hierarchy with ':'; memspice with '.'. */
        private static String normalize(String raw) {
            return raw.toLowerCase(Locale.ROOT).replace(':', '.');
        }

        OutputProbe expression(String text, Directive d, ParameterScope scope) throws NetlistException {
            List<OutputProbe> inputs = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            VariableBinder binder = new VariableBinder() {
                @Override
                public int identifier(String name) {
                    if (name.equals("time")) {
                        return add("time", SolutionView::time);
                    }
                    return -1;
                }

                @Override
                public int probe(String function, List<String> args) throws ExprException {
                    return add(function + args, probeOrThrow(function, args));
                }

                private int add(String key, OutputProbe p) {
                    int i = keys.indexOf(key);
                    if (i >= 0) {
                        return i;
                    }
                    keys.add(key);
                    inputs.add(p);
                    return inputs.size() - 1;
                }
            };
            CompiledExpr c;
            try {
                c = CompiledExpr.compile(Expr.parse(text), scope, binder);
            } catch (ExprException e) {
                throw d.error("in output expression {" + text + "}: " + e.getMessage());
            } catch (ParameterScope.EvaluationFailure f) {
                throw f.diagnostic();
            }
            OutputProbe[] in = inputs.toArray(new OutputProbe[0]);
            double[] vars = new double[in.length];
            return s -> {
                for (int k = 0; k < in.length; k++) {
                    vars[k] = in[k].value(s);
                }
                return c.value(vars);
            };
        }
    }
}
