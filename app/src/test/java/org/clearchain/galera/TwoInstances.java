package org.clearchain.galera;

import org.clearchain.testing.TestDatabases;

import java.util.Map;

/**
 * What every cluster test stands on: a database of its own on the synced cluster and two instances of the application
 * on it, {@code a} through node 1 and {@code b} through node 2. Closing stops both and drops the database.
 */
final class TwoInstances implements AutoCloseable {

    final TestDatabases.Database database;
    final ClusterInstance a;
    final ClusterInstance b;

    private TwoInstances(TestDatabases.Database database, ClusterInstance a, ClusterInstance b) {
        this.database = database;
        this.a = a;
        this.b = b;
    }

    /** Instances named {@code <name>-a} and {@code <name>-b}, both with {@code settings}; a first, since it migrates. */
    static TwoInstances start(String name, Map<String, String> settings) {
        GaleraCluster.requireSynced();
        TestDatabases.Database database = GaleraCluster.createDatabase();
        ClusterInstance a = null;
        try {
            a = ClusterInstance.start(name + "-a", GaleraCluster.database(1, database.name()), settings);
            return new TwoInstances(database, a, ClusterInstance.start(name + "-b", GaleraCluster.database(2, database.name()), settings));
        } catch (RuntimeException e) {
            if (a != null) {
                a.close();
            }
            GaleraCluster.dropDatabase(database.name());
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            b.close();
            a.close();
        } finally {
            GaleraCluster.dropDatabase(database.name());
        }
    }
}
