package org.clearchain.scoring;

import java.util.List;

/**
 * Everything the engine knows about one supplier. Lists are never null (a null becomes empty).
 *
 * @param country ISO 3166-1 alpha-2, {@code null} if unknown
 * @param sectors ISIC Rev.4 codes (section letter, division, group or class)
 * @param goods goods it produces, as named on the goods-risk list (e.g. "cotton")
 * @param declaration its current declaration, {@code null} if it has none
 * @param declarationRequest where a buyer's request stands when there is no current declaration
 * @param possibleListings screening hits on entity lists awaiting review: shown, never scored
 */
public record SupplierFacts(String supplierId, String country, List<String> sectors, List<String> goods,
                            List<FindingFact> findings, List<AgencyUseFact> agencyUses, DeclarationFacts declaration,
                            DeclarationRequestState declarationRequest, List<EntityListMatch> entityListMatches,
                            List<ChildReferral> childReferrals, List<PossibleListing> possibleListings) {

    public SupplierFacts {
        sectors = copy(sectors);
        goods = copy(goods);
        findings = copy(findings);
        agencyUses = copy(agencyUses);
        entityListMatches = copy(entityListMatches);
        childReferrals = copy(childReferrals);
        possibleListings = copy(possibleListings);
        declarationRequest = declarationRequest == null ? DeclarationRequestState.NONE : declarationRequest;
    }

    /** Facts with no screening hit awaiting review. */
    public SupplierFacts(String supplierId, String country, List<String> sectors, List<String> goods,
                         List<FindingFact> findings, List<AgencyUseFact> agencyUses, DeclarationFacts declaration,
                         DeclarationRequestState declarationRequest, List<EntityListMatch> entityListMatches,
                         List<ChildReferral> childReferrals) {
        this(supplierId, country, sectors, goods, findings, agencyUses, declaration, declarationRequest, entityListMatches,
                childReferrals, null);
    }

    /** A supplier known only by its id and country; add facts with the {@code with…} methods. */
    public static SupplierFacts of(String supplierId, String country) {
        return new SupplierFacts(supplierId, country, null, null, null, null, null, null, null, null, null);
    }

    public SupplierFacts withSectors(String... isicCodes) {
        return new SupplierFacts(supplierId, country, List.of(isicCodes), goods, findings, agencyUses, declaration,
                declarationRequest, entityListMatches, childReferrals, possibleListings);
    }

    public SupplierFacts withGoods(String... names) {
        return new SupplierFacts(supplierId, country, sectors, List.of(names), findings, agencyUses, declaration,
                declarationRequest, entityListMatches, childReferrals, possibleListings);
    }

    public SupplierFacts withFindings(FindingFact... list) {
        return new SupplierFacts(supplierId, country, sectors, goods, List.of(list), agencyUses, declaration,
                declarationRequest, entityListMatches, childReferrals, possibleListings);
    }

    public SupplierFacts withAgencyUses(AgencyUseFact... list) {
        return new SupplierFacts(supplierId, country, sectors, goods, findings, List.of(list), declaration,
                declarationRequest, entityListMatches, childReferrals, possibleListings);
    }

    public SupplierFacts withDeclaration(DeclarationFacts current) {
        return new SupplierFacts(supplierId, country, sectors, goods, findings, agencyUses, current,
                declarationRequest, entityListMatches, childReferrals, possibleListings);
    }

    public SupplierFacts withDeclarationRequest(DeclarationRequestState state) {
        return new SupplierFacts(supplierId, country, sectors, goods, findings, agencyUses, declaration, state,
                entityListMatches, childReferrals, possibleListings);
    }

    public SupplierFacts withEntityListMatches(EntityListMatch... list) {
        return new SupplierFacts(supplierId, country, sectors, goods, findings, agencyUses, declaration,
                declarationRequest, List.of(list), childReferrals, possibleListings);
    }

    public SupplierFacts withChildReferrals(ChildReferral... list) {
        return new SupplierFacts(supplierId, country, sectors, goods, findings, agencyUses, declaration,
                declarationRequest, entityListMatches, List.of(list), possibleListings);
    }

    public SupplierFacts withPossibleListings(PossibleListing... list) {
        return new SupplierFacts(supplierId, country, sectors, goods, findings, agencyUses, declaration,
                declarationRequest, entityListMatches, childReferrals, List.of(list));
    }

    /** Nothing beyond a name and a country: no sector, goods, finding, agency, declaration, match, hit or referral. */
    public boolean hasNoData() {
        return sectors.isEmpty() && goods.isEmpty() && findings.isEmpty() && agencyUses.isEmpty()
                && declaration == null && entityListMatches.isEmpty() && childReferrals.isEmpty()
                && possibleListings.isEmpty();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
