package org.clearchain.declaration;

/** Announced inside the submitting transaction. */
public record DeclarationSubmitted(long declarationId, long supplierId, long buyerId) {
}
