-- Risk assessments of suppliers, kept as snapshots: one row each time the score or its contributions change,
-- with the methodology version and the reference editions used, so history can be shown and replayed.

CREATE TABLE risk_snapshot (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id         BIGINT        NOT NULL,
    score               DECIMAL(5, 2) NOT NULL,
    band                VARCHAR(10)   NOT NULL,
    methodology_version VARCHAR(40)   NOT NULL,
    -- sha256 of score, band and contributions (not their as-of date): equal means nothing changed
    fingerprint         CHAR(64)      NOT NULL,
    assessment          JSON          NOT NULL,
    reason              VARCHAR(100)  NOT NULL,
    computed_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_risk_snapshot_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    INDEX ix_risk_snapshot_supplier (supplier_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The latest score, beside the supplier, for portfolio lists sorted by risk.
ALTER TABLE supplier
    ADD COLUMN risk_score DECIMAL(5, 2) NULL,
    ADD COLUMN risk_band VARCHAR(10) NULL,
    ADD INDEX ix_supplier_risk_score (risk_score);
