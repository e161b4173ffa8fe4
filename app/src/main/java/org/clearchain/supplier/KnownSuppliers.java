package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The suppliers already known in a country that a new one is likely to be ({@link SupplierLikeness}). */
@Singleton
class KnownSuppliers {

    private final SupplierRepository suppliers;

    KnownSuppliers(SupplierRepository suppliers) {
        this.suppliers = suppliers;
    }

    /** Those with the same name key first, then the ones alike by name or by name and main site's address. */
    List<Supplier> like(String name, @Nullable String address, String country) {
        Set<Long> ids = new LinkedHashSet<>();
        suppliers.findByNameKeyAndCountry(SupplierNames.key(name), country).forEach(s -> ids.add(s.id()));
        return alike(ids, name, address, suppliers.findNamesAndMainAddressesByCountry(country));
    }

    /** Among the suppliers added through the country's creation claim after {@code afterClaim} only. */
    List<Supplier> likeAddedAfter(String name, @Nullable String address, String country, long afterClaim) {
        return alike(new LinkedHashSet<>(), name, address, suppliers.findNamesAndMainAddressesClaimedAfter(country, afterClaim));
    }

    private List<Supplier> alike(Set<Long> ids, String name, @Nullable String address, List<SupplierNameAndAddress> candidates) {
        String key = SupplierNames.key(name);
        for (SupplierNameAndAddress known : candidates) {
            if (!ids.contains(known.id()) && (key.equals(SupplierNames.key(known.name()))
                    || SupplierLikeness.likelySame(name, address, known.name(), known.address()))) {
                ids.add(known.id());
            }
        }
        return ids.isEmpty() ? List.of() : suppliers.findByIdIn(ids);
    }
}
