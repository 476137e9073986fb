package org.dnacademy.platform;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS resources live under {@code /api}; the generated WADL description is switched off. */
@ApplicationPath("api")
public class RestConfiguration extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
