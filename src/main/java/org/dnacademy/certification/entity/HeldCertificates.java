package org.dnacademy.certification.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one person holds, newest first, and the one answer to "which certificate does this
 * holder have for module X (or for the programme)": the latest one not replaced by a newer one.
 * A revoked certificate stays the answer until a new one replaces it, so the holder, their
 * supervisors and the records all see the same certificate, revoked or not.
 */
public record HeldCertificates(List<Certificate> newestFirst) {

    public HeldCertificates {
        newestFirst = List.copyOf(newestFirst);
    }

    /** The holder's certificate for a module, revoked or expired included; empty if never issued. */
    public Optional<Certificate> forModule(String moduleKey) {
        return latest(CertificateKind.MODULE, moduleKey);
    }

    /** The holder's programme certificate, revoked or expired included; empty if never issued. */
    public Optional<Certificate> programme() {
        return latest(CertificateKind.PROGRAMME, null);
    }

    /** The module certificate that counts towards the programme on {@code today}: not revoked and not expired. */
    public Optional<Certificate> validForModule(String moduleKey, LocalDate today) {
        return forModule(moduleKey).filter(c -> c.isValidOn(today));
    }

    private Optional<Certificate> latest(CertificateKind kind, String moduleKey) {
        return newestFirst.stream()
                .filter(c -> c.getKind() == kind && Objects.equals(moduleKey, kind == CertificateKind.MODULE ? c.getModuleKey() : null))
                .filter(c -> c.getSupersededAt() == null)
                .findFirst();
    }
}
