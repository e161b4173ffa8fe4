-- One-time codes: an invitation binds a supplier to its own organisation and creates the invited person's user; a
-- password reset lets a user choose a new password. Only the SHA-256 of a code is kept, so a read of the database
-- gives no code away; each is used once (redeemed_at / used_at) and expires.

CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id     BIGINT       NOT NULL,
    -- the existing supplier organisation the admin named; NULL: the supplier's own, or a new one on redemption
    organisation_id BIGINT       NULL,
    invitee         VARCHAR(255) NULL,
    code_hash       CHAR(64)     NOT NULL,
    invited_by      VARCHAR(100) NOT NULL,
    invited_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    redeemed_at     DATETIME(6)  NULL,
    user_id         BIGINT       NULL,
    CONSTRAINT uk_invitation_code UNIQUE (code_hash),
    CONSTRAINT fk_invitation_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_invitation_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_invitation_supplier (supplier_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE password_reset (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    code_hash  CHAR(64)     NOT NULL,
    issued_by  VARCHAR(100) NOT NULL,
    issued_at  DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)  NULL,
    CONSTRAINT uk_password_reset_code UNIQUE (code_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_password_reset_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Tokens issued before this instant are refused: set when the password changes or is reset.
ALTER TABLE app_user ADD COLUMN credentials_changed_at DATETIME(6) NULL;
