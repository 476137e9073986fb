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

    private List<Overview.Bar> byModule;
    private List<Overview.Bar> byCohort;
    private List<Overview.Bar> byMonth;

    /** The view action: computes the charts before rendering, so a refusal shows in the messages. */
    public void load() {
        byModule = guarded(() -> overview.completionByModule(currentUser.get()));
        byCohort = guarded(() -> overview.certifiedByCohort(currentUser.get()));
        byMonth = guarded(() -> overview.passRateByMonth(currentUser.get()));
    }

    public List<Overview.Bar> getByModule() {
        if (byModule != null) {
            return byModule;
        }
        return guarded(() -> overview.completionByModule(currentUser.get()));
    }

    public List<Overview.Bar> getByCohort() {
        if (byCohort != null) {
            return byCohort;
        }
        return guarded(() -> overview.certifiedByCohort(currentUser.get()));
    }

    /** Too many trainees to chart at once: say so instead of failing. */
    private List<Overview.Bar> guarded(java.util.function.Supplier<List<Overview.Bar>> bars) {
        try {
            return bars.get();
        } catch (org.dnacademy.platform.RejectedException tooMany) {
            if (!tooManyShown) {
                tooManyShown = true;
                org.dnacademy.platform.Messages.info(jakarta.faces.context.FacesContext.getCurrentInstance(), tooMany.getMessage());
            }
            return List.of();
        }
    }

    private boolean tooManyShown;

    public List<Overview.Bar> getByMonth() {
        return byMonth != null ? byMonth : guarded(() -> overview.passRateByMonth(currentUser.get()));
    }
}
