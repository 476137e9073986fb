package org.dnacademy.training.control;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Part of {@code /health/ready}: up once this start has loaded (or found loaded) the curriculum. */
@Readiness
@ApplicationScoped
public class CurriculumReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("curriculum").status(CurriculumLoader.isLoaded()).build();
    }
}
