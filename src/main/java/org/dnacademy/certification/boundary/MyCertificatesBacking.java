package org.dnacademy.certification.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.identity.boundary.CurrentUser;

/** {@code certification/mine.xhtml}: the signed-in person's certificates, current and past. */
@Named
@RequestScoped
public class MyCertificatesBacking {

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    private List<CertificateRow> rows;

    public List<CertificateRow> getRows() {
        if (rows == null) {
            rows = certificates.ofAccount(currentUser.get().getId()).stream()
                    .map(c -> new CertificateRow(c, certificates.statusOf(c)))
                    .toList();
        }
        return rows;
    }

    public int getExpiringWindowDays() {
        return certificates.expiringWindowDays();
    }
}
