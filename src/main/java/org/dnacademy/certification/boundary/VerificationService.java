package org.dnacademy.certification.boundary;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.dnacademy.certification.control.Certificates;
import org.dnacademy.certification.control.VerificationThrottle;
import org.dnacademy.identity.boundary.CurrentUser;

/** One public look-up, throttled per address, shared by the verification page and its JSON form. */
@RequestScoped
public class VerificationService {

    /** Unknown and malformed codes read the same, so the answer says nothing about which it was. */
    public static final String UNKNOWN = "No certificate with this code exists. Check the code and try again.";
    public static final String TOO_MANY = "Too many look-ups from your network. Wait a minute and try again.";

    @Inject
    Certificates certificates;

    @Inject
    VerificationThrottle throttle;

    @Inject
    CurrentUser currentUser;

    /** Empty optional means unknown; null means throttled. */
    public Optional<Verification> lookUp(String code, String address) {
        if (!throttle.allow(address)) {
            return null;
        }
        boolean authorised = currentUser.isAdmin() || currentUser.isSupervisor();
        return certificates.findByCode(code).map(certificate -> Verification.of(certificate, certificates.statusOf(certificate),
                certificates.recertifyBy(certificate).orElse(null), authorised));
    }
}
