package org.dnacademy.records.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.records.control.Overview;

/** {@code records/overview.xhtml}: completion and pass-rate charts for the viewer's trainees. */
@Named
@RequestScoped
public class OverviewBacking {

    @Inject
    Overview overview;

    @Inject
    CurrentUser currentUser;

    public List<Overview.Bar> getByModule() {
        return overview.completionByModule(currentUser.get());
    }

    public List<Overview.Bar> getByCohort() {
        return overview.certifiedByCohort(currentUser.get());
    }

    public List<Overview.Bar> getByMonth() {
        return overview.passRateByMonth(currentUser.get());
    }
}
