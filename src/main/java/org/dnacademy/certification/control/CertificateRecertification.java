package org.dnacademy.certification.control;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.progress.control.Recertification;

/**
 * A module's quiz is open again to a trainee who passed it when the certificate they hold for it
 * is expiring, expired, outdated by a content change, or revoked (a new pass earns a new certificate).
 */
@ApplicationScoped
public class CertificateRecertification implements Recertification {

    private static final Set<CertificateStatus> DUE = EnumSet.of(CertificateStatus.EXPIRING_SOON, CertificateStatus.EXPIRED,
            CertificateStatus.RECERTIFICATION_REQUIRED, CertificateStatus.REVOKED);

    @Inject
    Certificates certificates;

    @Override
    public boolean due(long accountId, String moduleKey) {
        return certificates.held(accountId).forModule(moduleKey).map(c -> DUE.contains(certificates.statusOf(c))).orElse(false);
    }
}
