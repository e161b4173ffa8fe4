package org.clearchain.supplier;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Suppliers, shared by the buyers that link them. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SupplierRepository extends CrudRepository<Supplier, Long> {

    /** The supplier, locked until the transaction ends. */
    @Query("SELECT * FROM supplier WHERE id = :id FOR UPDATE")
    Optional<Supplier> lockById(long id);

    List<Supplier> findByNameKeyAndCountry(String nameKey, String country);

    List<Supplier> findByNameKeyInOrderById(java.util.Collection<String> nameKeys);

    List<Supplier> findByIdIn(java.util.Collection<Long> ids);

    List<Supplier> findByOpenSupplyHubIdIn(Collection<String> openSupplyHubIds);

    /** Waits until no other transaction is creating a supplier of that country, then holds it off until commit. */
    @Query("""
            INSERT INTO supplier_creation_claim (country, claims) VALUES (:country, 1)
            ON DUPLICATE KEY UPDATE claims = claims + 1""")
    void claimCreation(String country);

    /** How many creations the country's claim has counted: 0 before the first. */
    @Query("SELECT COALESCE((SELECT claims FROM supplier_creation_claim WHERE country = :country), 0)")
    long creationClaims(String country);

    @Query("UPDATE supplier SET creation_claim = :claim WHERE id = :id")
    void recordCreationClaim(long id, long claim);

    /** Those added through a creation claim after {@code afterClaim}: the ones a duplicate check may not have seen. */
    @Query("SELECT id, name FROM supplier WHERE country = :country AND creation_claim > :afterClaim ORDER BY id")
    List<SupplierName> findNamesClaimedAfter(String country, long afterClaim);

    @Query("SELECT id, name FROM supplier WHERE country = :country ORDER BY id")
    List<SupplierName> findNamesByCountry(String country);

    /** The address of each one's main (first) site, for those that have one with an address. */
    @Query("""
            SELECT si.supplier_id AS id, si.address FROM site si
            WHERE si.id IN (SELECT MIN(f.id) FROM site f WHERE f.supplier_id IN (:ids) GROUP BY f.supplier_id)
              AND si.address IS NOT NULL""")
    List<SupplierAddress> findMainAddresses(Collection<Long> ids);
}
