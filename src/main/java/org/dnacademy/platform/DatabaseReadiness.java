package org.dnacademy.platform;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health/ready}, which load balancers and orchestrators ask before sending an
 * instance work: up when the migrations have run, the database answers within two seconds, and
 * the instance is not shutting down ({@link Shutdown}). Says nothing else about the database.
 * Features add their own parts (the curriculum does); the instance is ready when all are up.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DataSourceDefinitionHolder.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Shutdown shutdown;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (shutdown.isDraining()) {
            return response.down().withData("shutting down", true).build();
        }
        if (!DatabaseMigrations.isMigrated()) {
            return response.down().withData("migrated", false).build();
        }
        try (var connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return response.down().build();
        }
    }
}
