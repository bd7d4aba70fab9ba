package memspice.device;

import java.util.List;

import memspice.netlist.NetlistException;

/**
 * Builds devices from element cards. Implementations are registered with
 * {@link java.util.ServiceLoader} (META-INF/services/memspice.device.DeviceFactory); the netlist
 * layer looks them up by key and never by device name.
 */
public interface DeviceFactory {

    /**
     * The element keys this factory builds, upper case: an instance letter ({@code "R"}) or a
     * Y-device type word ({@code "YMEMRISTOR"}).
     */
    List<String> keys();

    /**
     * Creates a device from its card.
     *
     * @param card the element card bound to its place in the hierarchy (node mapping, parameters)
     * @return the device, not yet allocated
     * @throws NetlistException naming the card for any malformed or inconsistent input
     */
    Device create(InstanceCard card) throws NetlistException;

    /** A one-line syntax summary shown in error messages, e.g. {@code "R<name> <n+> <n-> <value>"}. */
    String syntax();
}
