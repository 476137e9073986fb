package org.dnacademy.certification.boundary;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.TraineeScope;
import org.dnacademy.platform.Limit;
import org.dnacademy.platform.Throttle;

/**
 * One public look-up, shared by the verification page and its JSON form. Look-ups are limited to
 * {@value #LOOKUPS_PER_MINUTE} a minute per address (page and JSON together), so codes cannot be
 * enumerated and scrapers stay off the database; with 80 random bits per code guessing is hopeless
 * anyway. A revocation reason is personal: only the holder, the holder's own supervisors and
 * administrators see it.
 */
@RequestScoped
public class VerificationService {

    /** Unknown and malformed codes read the same, so the answer says nothing about which it was. */
    public static final String UNKNOWN = "No certificate with this code exists. Check the code and try again.";
    public static final String TOO_MANY = "Too many look-ups from your network. Wait a minute and try again.";

    static final int LOOKUPS_PER_MINUTE = 30;
    private static final Limit.Window PER_ADDRESS = new Limit.Window(LOOKUPS_PER_MINUTE, Duration.ofMinutes(1));

    @Inject
    Certificates certificates;

    @Inject
    Throttle throttle;

    @Inject
    CurrentUser currentUser;

    @Inject
    TraineeScope scope;

    /** What one look-up found: refused for too many look-ups, or the certificate if there is one. */
    public record LookUp(boolean throttled, Optional<Verification> found) {
    }

    public LookUp lookUp(String code, String address) {
        if (!throttle.attempt(List.of(new Limit("verify:" + address, null, PER_ADDRESS))).allowed()) {
            return new LookUp(true, Optional.empty());
        }
        if (code == null || code.length() > 64) {
            return new LookUp(false, Optional.empty());
        }
        return new LookUp(false, certificates.findByCode(code).map(certificate -> Verification.of(certificate,
                certificates.statusOf(certificate), certificates.recertifyBy(certificate).orElse(null),
                currentUser.account().map(viewer -> scope.maySee(viewer, certificate.getAccountId())).orElse(false))));
    }
}
