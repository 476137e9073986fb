package org.dnacademy.progress.control;

/**
 * Whether a trainee who passed a module must (or may now) take its quiz again: the certificate is
 * expiring soon, expired, or the module changed in a way that requires it. Certification knows
 * the answer and implements this, so the quiz can ask without depending on certification.
 */
public interface Recertification {

    boolean due(long accountId, String moduleKey);
}
