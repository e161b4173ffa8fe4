-- Token buckets of the abuse limits (org.clearchain.security.AbuseLimits), kept through Bucket4j's MySQL proxy manager
-- (SELECT ... FOR UPDATE; runs on MySQL 8 and MariaDB 10.11+), so that every instance sharing the database counts
-- the same failed logins and complaints. id: the limit's name and a SHA-256 of the username or client address, never
-- either in clear. state: Bucket4j's serialised bucket. expires_at: epoch milliseconds at which the bucket is full
-- again and the row may be deleted (ExpiredBucketCleanup).
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    state      BLOB         NULL,
    expires_at BIGINT       NULL,
    INDEX ix_rate_limit_bucket_expires_at (expires_at)
) ENGINE = InnoDB;
