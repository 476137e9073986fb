package org.dnacademy.records.control;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.MailTemplates;
import org.dnacademy.platform.Outbox;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.control.AdverseEventRecorded;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.AdverseEvent;

/**
 * A serious adverse event during supervised practice is told at once to the supervisors of the
 * trainee's cohorts (to the administrators when the trainee has no supervisor), by e-mail through
 * the outbox, in the same transaction as the record: no record without its alert, no alert without
 * its record. The message (template {@code mail/serious-adverse-event}) holds no patient details,
 * only where to read the record.
 */
@Stateless
public class SeriousEventAlerts {

    @Inject
    Cohorts cohorts;

    @Inject
    Accounts accounts;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Outbox outbox;

    public void alert(@Observes AdverseEventRecorded recorded) {
        if (!recorded.serious()) {
            return;
        }
        AdverseEvent event = practicalSkills.findAdverseEvent(recorded.eventId()).orElseThrow();
        Account trainee = accounts.get(recorded.traineeId());
        for (Account recipient : recipients(trainee.getId())) {
            String link = Settings.current().publicUrl() + "/records/trainee.xhtml?id=" + trainee.getId() + "#adverse-events";
            outbox.send(recipient.getEmail(), MailTemplates.render("serious-adverse-event", Map.of("name", recipient.getDisplayName(),
                    "trainee", trainee.getDisplayName(), "type", event.getType().getLabel(),
                    "performedOn", event.getSession().getPerformedOn().toString(), "link", link)));
        }
    }

    /** Who hears of a serious event: the trainee's cohort supervisors, else every administrator. */
    private List<Account> recipients(long traineeId) {
        List<Account> supervisors = cohorts.supervisorsOf(traineeId).stream().map(accounts::get).toList();
        return supervisors.isEmpty() ? accounts.all().stream().filter(a -> a.getRole() == Role.ADMIN).toList() : supervisors;
    }
}
