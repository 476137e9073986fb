package org.dnacademy.records.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Pages;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.AdverseEvent;
import org.dnacademy.records.control.CompletionRecords;

/**
 * {@code records/adverse-events.xhtml?grade=...&type=...}: adverse events during supervised practice
 * of the trainees the viewer may see, newest first, filtered by grade and kind.
 */
@Named
@RequestScoped
public class AdverseEventsBacking {

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    CompletionRecords records;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    @Param(name = "grade")
    private String gradeParameter;

    @Inject
    @Param(name = "type")
    private String typeParameter;

    private List<AdverseEvent> events;
    private Map<Long, Account> people;

    public List<AdverseEvent> getEvents() {
        if (events == null) {
            AdverseEvent.Grade grade = getGrade();
            AdverseEvent.Type type = getType();
            events = practicalSkills.adverseEventsOf(records.matchingIds(currentUser.get(), CompletionRecords.Filter.none())).stream()
                    .filter(e -> grade == null || e.getGrade() == grade)
                    .filter(e -> type == null || e.getType() == type)
                    .toList();
        }
        return events;
    }

    public Account trainee(long accountId) {
        if (people == null) {
            people = getEvents().stream().map(AdverseEvent::getAccountId).distinct().map(accounts::findById).flatMap(java.util.Optional::stream)
                    .collect(Collectors.toMap(Account::getId, Function.identity()));
        }
        return people.get(accountId);
    }

    public AdverseEvent.Grade getGrade() {
        return Pages.choice(AdverseEvent.Grade.class, gradeParameter);
    }

    public AdverseEvent.Type getType() {
        return Pages.choice(AdverseEvent.Type.class, typeParameter);
    }

    public AdverseEvent.Grade[] getGrades() {
        return AdverseEvent.Grade.values();
    }

    public AdverseEvent.Type[] getTypes() {
        return AdverseEvent.Type.values();
    }
}
