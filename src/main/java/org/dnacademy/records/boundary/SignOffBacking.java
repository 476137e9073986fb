package org.dnacademy.records.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.records.control.SignOffs;

/** {@code records/practical.xhtml}: the practical sessions of one's trainees, waiting ones first, each opening its assessment. */
@Named
@RequestScoped
public class SignOffBacking {

    @Inject
    SignOffs signOffs;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private List<PracticalSession> sessions;
    private Map<Long, Account> people;

    public List<PracticalSession> getSessions() {
        if (sessions == null) {
            sessions = signOffs.visibleTo(currentUser.get());
        }
        return sessions;
    }

    public Account trainee(long accountId) {
        if (people == null) {
            List<Long> ids = getSessions().stream().map(PracticalSession::getAccountId).distinct().toList();
            people = ids.stream().map(accounts::findById).flatMap(java.util.Optional::stream)
                    .collect(Collectors.toMap(Account::getId, Function.identity()));
        }
        return people.get(accountId);
    }
}
