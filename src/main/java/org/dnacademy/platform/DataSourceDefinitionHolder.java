package org.dnacademy.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** Declares the pooled application data source; see {@link ConfiguredDataSource}. */
@Singleton
@DataSourceDefinition(
        name = DataSourceDefinitionHolder.JNDI_NAME,
        className = "org.dnacademy.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
public class DataSourceDefinitionHolder {
    public static final String JNDI_NAME = "java:app/jdbc/dnacademy";
}
