package org.clearchain.supplier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which items of one import batch are the same supplier: those that share an Open Supply Hub id, or a normalised
 * name and country, directly or through another item (a list may name one facility "Acme Ltd" with its OS id on one
 * row and "ACME Limited" with the same id on the next). Without this, two such rows both new to Clearchain became two
 * suppliers.
 */
final class SameSupplierInBatch {

    private final Map<String, String> parent = new HashMap<>();

    SameSupplierInBatch(List<NewSupplier> suppliers) {
        for (NewSupplier s : suppliers) {
            String name = nameKey(s);
            parent.putIfAbsent(name, name);
            String os = osKey(s);
            if (os != null) {
                parent.putIfAbsent(os, os);
                union(name, os);
            }
        }
    }

    /** The same text for every item of one supplier, and different texts for different suppliers. */
    String identity(NewSupplier s) {
        return find(nameKey(s));
    }

    private static String nameKey(NewSupplier s) {
        return "name:" + SupplierNames.key(s.name()) + "|" + s.country();
    }

    private static String osKey(NewSupplier s) {
        return s.openSupplyHubId() == null || s.openSupplyHubId().isBlank() ? null : "os:" + s.openSupplyHubId().strip();
    }

    private String find(String key) {
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        for (String k = key; !k.equals(root); ) {
            String next = parent.get(k);
            parent.put(k, root);
            k = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
