package org.dnacademy.certification.control;

import org.dnacademy.certification.entity.CertificateStatus;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateKind;
import org.dnacademy.progress.control.Recertification;

/** A module is due for recertification when its holder's current certificate is expiring, expired or outdated. */
@ApplicationScoped
public class CertificateRecertification implements Recertification {

    private static final Set<CertificateStatus> DUE = EnumSet.of(CertificateStatus.EXPIRING_SOON, CertificateStatus.EXPIRED,
            CertificateStatus.RECERTIFICATION_REQUIRED);

    @Inject
    Certificates certificates;

    @Override
    public boolean due(long accountId, String moduleKey) {
        return certificates.ofAccount(accountId).stream()
                .filter(c -> c.getKind() == CertificateKind.MODULE && moduleKey.equals(c.getModuleKey()))
                .filter(c -> c.getSupersededAt() == null)
                .findFirst()
                .map(this::due)
                .orElse(false);
    }

    private boolean due(Certificate certificate) {
        return certificate.getRevokedAt() == null && DUE.contains(certificates.statusOf(certificate));
    }
}
