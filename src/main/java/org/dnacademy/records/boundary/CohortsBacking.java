package org.dnacademy.records.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.records.control.Cohorts;
import org.dnacademy.records.entity.Cohort;
import org.dnacademy.records.entity.CohortMember;
import org.dnacademy.records.entity.CohortRole;

/** {@code admin/cohorts.xhtml}: create cohorts and put trainees and supervisors in them. */
@Named
@RequestScoped
public class CohortsBacking {

    @Inject
    Cohorts cohorts;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String name;
    private String dueDate;
    /** The cohort the page is about: from the link's query, and on a post from the form's hidden field of the same name. */
    @Inject
    @Param(name = "cohort")
    private String cohortParameter;

    private String memberEmail;
    private String memberRole = "TRAINEE";
    private Map<Long, Account> accountsById;
    private List<CohortMember> members;

    public List<Cohort> getAll() {
        return cohorts.all();
    }

    public void create() {
        LocalDate due;
        try {
            due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
        } catch (DateTimeParseException e) {
            Messages.error(faces, "Write the due date as year-month-day, for example 2027-03-31.");
            return;
        }
        try {
            Cohort cohort = cohorts.create(currentUser.getEmail(), name, due);
            Messages.afterRedirect(faces, "Cohort " + cohort.getName() + " created.");
            Pages.redirect(faces, "/admin/cohorts.xhtml?cohort=" + cohort.getId());
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
        }
    }

    public void addMember() {
        String email = memberEmail == null ? "" : memberEmail.strip();
        try {
            cohorts.addMember(currentUser.getEmail(), cohortIdFromRequest(), email, CohortRole.valueOf(memberRole == null ? "" : memberRole));
            Messages.afterRedirect(faces, email + " added.");
            Pages.redirect(faces, "/admin/cohorts.xhtml?cohort=" + cohortIdFromRequest());
        } catch (RejectedException | IllegalArgumentException e) {
            Messages.error(faces, e instanceof RejectedException ? e.getMessage() : "Choose trainee or supervisor.");
        } catch (NotFoundException e) {
            Messages.error(faces, "That cohort no longer exists.");
        }
    }

    public void remove(long accountId, String role) {
        try {
            cohorts.removeMember(currentUser.getEmail(), cohortIdFromRequest(), accountId, CohortRole.valueOf(role));
            Messages.afterRedirect(faces, "Removed from the cohort.");
        } catch (NotFoundException | IllegalArgumentException e) {
            Messages.afterRedirect(faces, "That person was no longer in the cohort.");
        }
        Pages.redirect(faces, "/admin/cohorts.xhtml?cohort=" + cohortIdFromRequest());
    }

    /** The cohort the page is about; -1 when none or not a number. */
    private long cohortIdFromRequest() {
        Long id = Pages.id(cohortParameter);
        return id == null ? -1 : id;
    }

    public Cohort getSelected() {
        try {
            return cohortIdFromRequest() < 0 ? null : cohorts.get(cohortIdFromRequest());
        } catch (NotFoundException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The members, in the order the page showed them when this is a post (see
     * {@link Pages#postedRowIds}): a removal must hit the person in the clicked row.
     */
    public List<CohortMember> getMembers() {
        if (members == null) {
            List<CohortMember> current = getSelected() == null ? List.of() : cohorts.members(getSelected().getId());
            String posted = faces.isPostback() ? faces.getExternalContext().getRequestParameterMap().get("members") : null;
            if (posted == null) {
                members = current;
            } else {
                Map<String, CohortMember> byKey = current.stream().collect(Collectors.toMap(CohortsBacking::key, Function.identity()));
                members = java.util.Arrays.stream(posted.split(",")).filter(k -> !k.isBlank())
                        .map(k -> byKey.getOrDefault(k, null)).filter(java.util.Objects::nonNull).toList();
                if (members.size() != posted.split(",").length) {
                    members = List.of(); // someone left meanwhile: act on nothing rather than on the wrong row
                }
            }
        }
        return members;
    }

    public String getMemberKeys() {
        return getMembers().stream().map(CohortsBacking::key).collect(Collectors.joining(","));
    }

    private static String key(CohortMember member) {
        return member.getAccountId() + ":" + member.getRole();
    }

    public Account account(long id) {
        if (accountsById == null) {
            accountsById = accounts.all().stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        }
        return accountsById.get(id);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }


    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public String getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(String memberRole) {
        this.memberRole = memberRole;
    }
}
