package org.dnacademy.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * Declares the pooled application data source, and a small second pool of the same database outside
 * transactions, on which JPA reserves blocks of entity ids (see {@link Ids}): a reservation commits at
 * once and never waits for the request's transaction. Both are {@link ConfiguredDataSource}.
 */
@Singleton
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = DataSourceDefinitionHolder.JNDI_NAME,
            className = "org.dnacademy.platform.ConfiguredDataSource",
            minPoolSize = 2,
            maxPoolSize = 32,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"
            }),
    @DataSourceDefinition(
            name = DataSourceDefinitionHolder.IDS_JNDI_NAME,
            className = "org.dnacademy.platform.ConfiguredDataSource",
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 4,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"
            })
})
public class DataSourceDefinitionHolder {
    public static final String JNDI_NAME = "java:app/jdbc/dnacademy";
    public static final String IDS_JNDI_NAME = "java:app/jdbc/dnacademy-ids";
}
