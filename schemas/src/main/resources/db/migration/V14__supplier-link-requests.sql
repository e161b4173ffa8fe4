-- A buyer's request to put a supplier that is already known to Clearchain on its list. The supplier's own organisation
-- decides it (or, while it has none, the buyer that first listed it); only an accepted request becomes a buyer_link.
-- The requester names the supplier as it knows it (requested_name, requested_country) and never learns its id before
-- the link exists.

CREATE TABLE link_request (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    requester_id       BIGINT        NOT NULL,
    supplier_id        BIGINT        NOT NULL,
    requested_name     VARCHAR(255)  NOT NULL,
    requested_country  CHAR(2)       NOT NULL,
    tier               SMALLINT      NOT NULL,
    parent_supplier_id BIGINT        NULL,
    share_of_output    DECIMAL(5, 2) NULL,
    message            VARCHAR(1000) NULL,
    status             VARCHAR(16)   NOT NULL,
    requested_by       VARCHAR(100)  NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    decided_by         VARCHAR(100)  NULL,
    decided_at         DATETIME(6)   NULL,
    decision_reason    VARCHAR(1000) NULL,
    -- the supplier while the request is PENDING, NULL once decided: at most one pending request per buyer and supplier
    pending_supplier_id BIGINT AS (CASE WHEN status = 'PENDING' THEN supplier_id END) STORED,
    CONSTRAINT uk_link_request_pending UNIQUE (requester_id, pending_supplier_id),
    CONSTRAINT fk_link_request_requester FOREIGN KEY (requester_id) REFERENCES organisation (id),
    CONSTRAINT fk_link_request_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_link_request_parent FOREIGN KEY (parent_supplier_id) REFERENCES supplier (id),
    INDEX ix_link_request_supplier (supplier_id, status),
    INDEX ix_link_request_requester (requester_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
