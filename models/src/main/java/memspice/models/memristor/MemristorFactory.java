package memspice.models.memristor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.models.params.ParamValues;
import memspice.netlist.Item;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * {@code YMEMRISTOR <name> <n+> <n-> <model> [xo=<state>] [<parameter>=<value> ...]} with a
 * {@code .model <model> memristor level=<n> | model=<name> ...} card (Xyce's Y-device syntax).
 * Instance assignments override the card's values for that instance.
 */
public final class MemristorFactory implements DeviceFactory {

    private static final String SYNTAX = "YMEMRISTOR <name> <n+> <n-> <model> [xo=<state>] [<param>=<value> ...]";
    private static final Set<String> SELECTORS = Set.of("level", "model");

    @Override
    public List<String> keys() {
        return List.of("YMEMRISTOR");
    }

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public Device create(InstanceCard card) throws NetlistException {
        Arguments args = new Arguments(card, SYNTAX);
        int plus = args.node("n+ node");
        int minus = args.node("n- node");
        String modelName = args.word("model name");
        List<Item.Assignment> overrides = args.remainingAssignments();
        ModelCard model = card.model(modelName);
        if (!model.type().equals("memristor")) {
            throw card.error("model '" + modelName + "' is of type '" + model.type() + "', not memristor");
        }
        MemristorKind kind = kind(card, model);
        Set<String> ignored = new HashSet<>(SELECTORS);
        ignored.addAll(kind.textParams());
        List<Item.Assignment> numeric = new ArrayList<>();
        for (Item.Assignment a : overrides) {
            if (kind.textParams().contains(a.key())) {
                throw card.error("'" + a.key() + "' belongs on the .model card");
            }
            numeric.add(a);
        }
        ParamValues values = ParamValues.read(kind.params(), card, model, numeric, ignored);
        return new MemristorDevice(card.name(), card.location(), plus, minus, kind.create(values, card, model));
    }

    private static MemristorKind kind(InstanceCard card, ModelCard model) throws NetlistException {
        Item.Assignment byName = model.find("model");
        if (byName != null) {
            MemristorKind k = byName.value() instanceof Item.Word w ? MemristorKinds.byName(w.text()) : null;
            if (k == null) {
                throw new NetlistException(model.location(), "model " + model.name() + ": unknown memristor model '"
                        + byName.value() + "'; choose " + MemristorKinds.choices());
            }
            return k;
        }
        Item.Assignment lv = model.find("level");
        if (lv == null) {
            throw new NetlistException(model.location(), "model " + model.name()
                    + ": a memristor model needs level= or model=; choose " + MemristorKinds.choices());
        }
        double level = card.modelValue(model, lv);
        MemristorKind k = level == Math.rint(level) ? MemristorKinds.byLevel((int) level) : null;
        if (k == null) {
            throw new NetlistException(model.location(), "model " + model.name() + ": no memristor level "
                    + lv.value() + "; choose " + MemristorKinds.choices());
        }
        return k;
    }
}
