-- Tenants, their users, and the append-only, hash-chained audit log.
-- Collation is named explicitly: utf8mb4_unicode_520_ci exists on MySQL 8 and MariaDB 10.11+ alike and
-- compares accent- and case-insensitively, which the register's name search relies on. It is the 5.2 UCA
-- rather than utf8mb4_unicode_ci (4.0) because only the newer one also equates Ł with L ("Łódź" ~ "lodz").

CREATE TABLE organisation (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    country    CHAR(2)      NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_organisation_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    organisation_id BIGINT       NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- seq is assigned by the application from audit_head, so a missing or inserted row breaks the chain.
-- occurred_at is microseconds since 1970-01-01 UTC: an integer reads back exactly on every engine and driver
-- (Connector/J drops the fraction of a DATETIME(6) on MariaDB 10.x), and the hash covers it.
CREATE TABLE audit_entry (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    BIGINT       NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    entity_type    VARCHAR(64)  NOT NULL,
    entity_id      VARCHAR(64)  NOT NULL,
    before_summary TEXT         NULL,
    after_summary  TEXT         NULL,
    prev_hash      CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL,
    INDEX ix_audit_entry_entity (entity_type, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One row: the end of the chain. Locking it serialises appends, so two writers never fork the chain.
CREATE TABLE audit_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB;

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
