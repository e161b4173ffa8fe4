-- Sessions of the web console. The cookie holds a random id; the table keeps only its SHA-256, so a copy of the table
-- opens no session. Who the session is for is read from app_user on every request (role, organisation, enabled), so a
-- disabled user or a changed password ends the session at once. Signing out deletes the row; idle and absolute expiry
-- are checked on every request and expired rows are purged (security.WebSessions).
CREATE TABLE web_session (
    id_hash       CHAR(64)     NOT NULL,
    username      VARCHAR(100) NOT NULL,
    csrf_token    CHAR(43)     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_web_session PRIMARY KEY (id_hash),
    INDEX ix_web_session_username (username),
    INDEX ix_web_session_last_seen (last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
