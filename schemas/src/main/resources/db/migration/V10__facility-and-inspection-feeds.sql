-- The facility-list feed finds a supplier by its Open Supply Hub id before it compares names.
CREATE INDEX ix_supplier_open_supply_hub_id ON supplier (open_supply_hub_id);

-- Inspections the inspections feed imported, keyed within the importing inspectorate by the exporting system and
-- that system's inspection id (compared exactly, case included): the same line again is recognised and changes
-- nothing, a line whose content changed is refused, since a completed inspection does not change.
CREATE TABLE imported_inspection (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id        BIGINT       NOT NULL,
    inspectorate_id      BIGINT       NOT NULL,
    source_system        VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    source_inspection_id VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    -- SHA-256 of the line as it was imported, re-serialised, so spacing and key order do not count as a change
    content_sha256       CHAR(64)     NOT NULL,
    import_job_id        BIGINT       NOT NULL,
    imported_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uk_imported_inspection UNIQUE (inspectorate_id, source_system, source_inspection_id),
    CONSTRAINT fk_imported_inspection_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_imported_inspection_inspectorate FOREIGN KEY (inspectorate_id) REFERENCES organisation (id),
    INDEX ix_imported_inspection_inspection (inspection_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
