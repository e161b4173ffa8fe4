-- A supplier added through the API keeps the number its country's creation claim reached when it was added: the
-- duplicate check then runs before the write, and the write re-checks only the suppliers added since (issue 19).
ALTER TABLE supplier ADD COLUMN creation_claim BIGINT NULL,
    ADD INDEX ix_supplier_country_creation_claim (country, creation_claim);
