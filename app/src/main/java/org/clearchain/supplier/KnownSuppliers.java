package org.clearchain.supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The suppliers already known in a country that a new one is likely to be ({@link SupplierLikeness}). */
@Singleton
class KnownSuppliers {

    private final SupplierRepository suppliers;
    /**
     * Names as the comparison reads them, by the name as stored. A name reads the same whatever changes around it, so
     * every instance may keep its own and none is ever stale; when they are too many, the least used go.
     */
    private final Cache<String, SupplierLikeness.Name> readNames;

    KnownSuppliers(SupplierRepository suppliers,
                   @Value("${clearchain.suppliers.duplicate-search.names-kept:100000}") long namesKept) {
        this.suppliers = suppliers;
        this.readNames = Caffeine.newBuilder().maximumSize(namesKept).build();
    }

    /** Those with the same name key first, then the ones alike by name or by name and main site's address. */
    List<Supplier> like(String name, @Nullable String address, String country) {
        Set<Long> ids = new LinkedHashSet<>();
        suppliers.findByNameKeyAndCountry(SupplierNames.key(name), country).forEach(s -> ids.add(s.id()));
        return alike(ids, name, address, suppliers.findNamesByCountry(country));
    }

    /** Among the suppliers added through the country's creation claim after {@code afterClaim} only. */
    List<Supplier> likeAddedAfter(String name, @Nullable String address, String country, long afterClaim) {
        return alike(new LinkedHashSet<>(), name, address, suppliers.findNamesClaimedAfter(country, afterClaim));
    }

    /** By name first; the addresses of main sites are read only for the few whose name leaves it to the address. */
    private List<Supplier> alike(Set<Long> ids, String name, @Nullable String address, List<SupplierName> candidates) {
        SupplierLikeness.Name wanted = SupplierLikeness.Name.of(name);
        List<Long> ifSameAddress = new ArrayList<>();
        for (SupplierName known : candidates) {
            SupplierLikeness.Name theirs = readNames.get(known.name(), SupplierLikeness.Name::of);
            if (ids.contains(known.id()) || wanted.key().equals(theirs.key())) {
                ids.add(known.id());
                continue;
            }
            switch (SupplierLikeness.byName(wanted, theirs)) {
                case SAME -> ids.add(known.id());
                case SAME_AT_THE_SAME_ADDRESS -> ifSameAddress.add(known.id());
                case DIFFERENT -> { }
            }
        }
        if (address != null && !ifSameAddress.isEmpty()) {
            suppliers.findMainAddresses(ifSameAddress).stream()
                    .filter(known -> SupplierLikeness.sameAddress(address, known.address()))
                    .forEach(known -> ids.add(known.id()));
        }
        return ids.isEmpty() ? List.of() : suppliers.findByIdIn(ids);
    }
}
