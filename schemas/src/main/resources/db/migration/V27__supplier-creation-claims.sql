-- One supplier creation at a time per country: POST /api/suppliers first claims its country's row (an upsert, whose row
-- lock is held until commit), then looks for twins. Four identical requests at once used to find no twin each and
-- create two or more suppliers; now each waits for the one before and finds what it created. On a certifying cluster
-- (Galera) the same row written by two nodes fails one at commit instead, and nothing half-made is kept.
CREATE TABLE supplier_creation_claim (
    country CHAR(2) NOT NULL PRIMARY KEY,
    claims  BIGINT  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
