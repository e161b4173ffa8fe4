-- Named leases that elect one instance for work that must run once per cluster (cluster.ClusterLeases): the licence
-- expiry run, the nightly rescoring, purges. An instance takes a lease when it is free or expired and renews it while
-- it lives; if it dies the lease expires and another instance takes it. Times are the database's (UTC_TIMESTAMP), never
-- an instance's, so instances whose clocks disagree still agree on who holds a lease. Names and holders compare
-- exactly (binary): two instance ids differing only in case are two instances.
CREATE TABLE cluster_lease (
    name         VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    holder       VARCHAR(200) COLLATE utf8mb4_bin NOT NULL,
    acquired_at  DATETIME(6)  NOT NULL,
    renewed_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_cluster_lease PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
