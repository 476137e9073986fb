package org.dnacademy.platform;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's database, chosen from {@link Settings} when the server first asks for a
 * connection: PostgreSQL when {@code dna.db.url} is set, otherwise embedded Derby in
 * {@code dna.data.dir}. Payara pools the connections this class hands out (see
 * {@link DataSourceDefinitionHolder}); a data source annotation alone cannot pick its driver
 * from configuration, which is why this small delegate exists.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource delegate;

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create();
                }
                current = delegate;
            }
        }
        return current;
    }

    private static DataSource create() {
        Settings settings = Settings.current();
        if (settings.databaseUrl().isPresent()) {
            var postgres = new PGSimpleDataSource();
            postgres.setURL(settings.databaseUrl().get());
            settings.databaseUser().ifPresent(postgres::setUser);
            settings.databasePassword().ifPresent(postgres::setPassword);
            return postgres;
        }
        Path dataDir = settings.dataDir();
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data directory " + dataDir, e);
        }
        // Derby writes its own log beside the database, never into the working directory.
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        }
        // Identity values come from sequences; Derby reserves 100 at a time by default and refuses
        // an insert (SQLState 40XL1) when parallel inserts contend for the next block, which the
        // load and crash benchmarks saw as errors on quiz start and submit (DERBY-7002). Larger
        // blocks make that contention rare; the cost is a gap in ids after a crash.
        if (System.getProperty("derby.language.sequence.preallocator") == null) {
            System.setProperty("derby.language.sequence.preallocator", "1000");
        }
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName(dataDir.resolve("dnacademy").toString());
        derby.setCreateDatabase("create");
        return derby;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through the delegate's own configuration.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The pool applies its own timeouts.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
