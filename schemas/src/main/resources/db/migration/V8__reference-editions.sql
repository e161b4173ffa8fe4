-- Reference editions loaded through the goods-list and country-risk feeds. One file is one edition: its rows are
-- written batch by batch while loaded_at is NULL (pending: never used for scoring), and the edition becomes the
-- current one of its dataset only when loaded_at is set, after the file's last row. The current edition of a dataset
-- is its newest loaded one; with none loaded, the starter bundled in schemas (reference/) is used.
-- A loaded edition is never changed or deleted: snapshots name the editions they used.

CREATE TABLE reference_edition (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dataset       VARCHAR(40)  NOT NULL,
    edition       VARCHAR(150) NOT NULL,
    source        VARCHAR(255) NOT NULL,
    -- true for an edition loaded by an operator from the published list; the bundled starters are not
    verified      BOOLEAN      NOT NULL,
    -- sha256 of the file: a retry of a file that failed midway completes the same pending edition
    file_checksum CHAR(64)     NOT NULL,
    row_count     INT          NOT NULL DEFAULT 0,
    import_job_id BIGINT       NULL,
    created_at    DATETIME(6)  NOT NULL,
    loaded_at     DATETIME(6)  NULL,
    CONSTRAINT fk_reference_edition_job FOREIGN KEY (import_job_id) REFERENCES import_job (id),
    INDEX ix_reference_edition_current (dataset, loaded_at, id),
    INDEX ix_reference_edition_pending (dataset, file_checksum)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE country_risk_entry (
    edition_id BIGINT        NOT NULL,
    country    CHAR(2)       NOT NULL,
    score      DECIMAL(7, 6) NOT NULL,
    -- NULL when the file gave none: the region of the bundled table stands in for the regional-mean fallback
    region     VARCHAR(100)  NULL,
    source     VARCHAR(255)  NOT NULL,
    PRIMARY KEY (edition_id, country),
    CONSTRAINT fk_country_risk_entry_edition FOREIGN KEY (edition_id) REFERENCES reference_edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE goods_risk_entry (
    edition_id    BIGINT       NOT NULL,
    country       CHAR(2)      NOT NULL,
    -- a good is the same good whatever its case or accents (the collation), as the scoring engine matches it
    good          VARCHAR(200) NOT NULL,
    child_labour  BOOLEAN      NOT NULL,
    forced_labour BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_id, country, good),
    CONSTRAINT fk_goods_risk_entry_edition FOREIGN KEY (edition_id) REFERENCES reference_edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
