package org.dnacademy.certification.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.certification.entity.Certificate;
import org.dnacademy.certification.entity.CertificateKind;
import org.dnacademy.certification.entity.CertificateStatus;
import org.dnacademy.notices.control.Notices;
import org.dnacademy.notices.entity.NoticeKind;
import org.dnacademy.platform.DatabaseMigrations;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * The daily job that reminds holders of their module certificates: expiring at 90, 30 and 7 days
 * ({@link ExpiryReminder}), expired, and recertification required after a content change, with the
 * deadline. These cannot be turned off. Each certificate is handled in its own transaction and each
 * reminder is posted once under its key, so running the job twice, or on two instances at the same
 * moment, sends nothing twice; a reminder missed while the server was down goes out on the next run.
 * Superseded (renewed) and revoked certificates are not reminded of.
 */
@Stateless
public class CertificateReminders {

    private static final Logger LOG = Logger.getLogger(CertificateReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    Notices notices;

    @Resource
    SessionContext context;

    @EJB
    DatabaseMigrations migrations;

    @Schedule(hour = "6", minute = "0", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        migrations.awaitSchema();
        run();
    }

    /** Posts every reminder due today; the number posted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        CertificateReminders self = context.getBusinessObject(CertificateReminders.class);
        int posted = 0;
        for (Long id : self.candidates()) {
            try {
                posted += self.remind(id);
            } catch (RuntimeException e) {
                // Another instance posted the same reminder at this moment, or one certificate's data is
                // unusable: the others still go out, and this one is tried again tomorrow.
                LOG.warning(() -> "Reminder for certificate " + id + " not posted now: " + e);
            }
        }
        return posted;
    }

    /** Current module certificates that expire within the reminder horizon, or expired lately, or that must be renewed after a change. */
    public List<Long> candidates() {
        LocalDate today = certificates.today();
        List<Long> ids = new java.util.ArrayList<>(em.createQuery("SELECT c.id FROM Certificate c WHERE c.kind = :module "
                + "AND c.revokedAt IS NULL AND c.supersededAt IS NULL AND c.expiresOn <= :horizon AND c.expiresOn >= :since "
                + "ORDER BY c.id", Long.class)
                .setParameter("module", CertificateKind.MODULE).setParameter("horizon", ExpiryReminder.horizon(today))
                .setParameter("since", ExpiryReminder.expiredSince(today)).getResultList());
        for (ModuleVersion current : curriculum.currentModules()) {
            if (current.isChangeRequiresRecertification()) {
                em.createQuery("SELECT c.id FROM Certificate c WHERE c.kind = :module AND c.moduleKey = :key AND c.revokedAt IS NULL "
                        + "AND c.supersededAt IS NULL AND c.moduleVersion.id <> :current AND c.issuedAt < :loaded AND c.expiresOn >= :today", Long.class)
                        .setParameter("module", CertificateKind.MODULE).setParameter("key", current.getModuleKey())
                        .setParameter("current", current.getId()).setParameter("loaded", current.getLoadedAt())
                        .setParameter("today", today).getResultStream().filter(id -> !ids.contains(id)).forEach(ids::add);
            }
        }
        return ids;
    }

    /** The reminders due today for one certificate, each posted once; how many were posted now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(long certificateId) {
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null || !certificate.isCurrent() || certificate.getKind() != CertificateKind.MODULE) {
            return 0;
        }
        LocalDate today = certificates.today();
        String module = certificate.getCertifiedFor();
        String link = "/training/module.xhtml?module=" + certificate.getModuleKey();
        int posted = 0;
        Optional<LocalDate> recertifyBy = certificates.recertifyBy(certificate);
        if (recertifyBy.isPresent() && certificates.statusOf(certificate) == CertificateStatus.RECERTIFICATION_REQUIRED) {
            String key = "recertification-required:" + certificateId + ":" + curriculum.current(certificate.getModuleKey()).getId();
            posted += notices.post(certificate.getAccountId(), NoticeKind.RECERTIFICATION_REQUIRED, key, link,
                    Map.of("module", module, "code", certificate.getCode(), "deadline", recertifyBy.get().toString())) ? 1 : 0;
        }
        Optional<ExpiryReminder> due = ExpiryReminder.due(certificate.getExpiresOn(), today);
        if (due.isPresent()) {
            ExpiryReminder reminder = due.get();
            posted += notices.post(certificate.getAccountId(), reminder.isExpired() ? NoticeKind.CERTIFICATE_EXPIRED : NoticeKind.CERTIFICATE_EXPIRING,
                    reminder.key(certificateId), link, Map.of("module", module, "code", certificate.getCode(),
                            "expiresOn", certificate.getExpiresOn().toString(), "when", reminder.when())) ? 1 : 0;
        }
        return posted;
    }
}
