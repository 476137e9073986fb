package org.dnacademy.notices.control;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.notices.entity.Notice;
import org.dnacademy.notices.entity.NoticeKind;
import org.dnacademy.notices.entity.NoticePreference;
import org.dnacademy.platform.MailTemplates;
import org.dnacademy.platform.Outbox;
import org.dnacademy.platform.Settings;

/**
 * Posts notices and reads them back. A notice is stored in the caller's transaction (so it exists
 * exactly when what it reports was committed) and, when a mail server is configured, handed to the
 * outbox in the same transaction. The same key is never posted twice: a job that runs again, or on
 * a second instance at the same moment, tells nobody anything twice (the unique key decides a race;
 * callers that post from jobs do so in a transaction per notice).
 */
@Stateless
public class Notices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Tells the account holder, unless it was told already under this key, the account is disabled
     * or gone, or they turned this optional kind off.
     *
     * @param key    what the notice is about, unique for ever, e.g. {@code certificate-expiring:12:30}
     * @param link   a path inside the application where they act on it (also the template's {@code {{link}}}), or null
     * @param values the template's other values; {@code name} (the holder's name) is added
     * @return whether it was posted now
     */
    public boolean post(long accountId, NoticeKind kind, String key, String link, Map<String, ?> values) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isDisabled() || isTurnedOff(accountId, kind) || wasPosted(key)) {
            return false;
        }
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.put("name", account.getDisplayName());
        all.put("link", link == null ? Settings.current().link("/notices.xhtml") : Settings.current().link(link));
        MailTemplates.Rendered rendered = MailTemplates.render(kind.getTemplate(), all);
        em.persist(new Notice(accountId, kind, key, rendered.subject(), rendered.text(), link, clock.instant()));
        em.flush(); // a notice posted under the same key at the same moment fails here, before any e-mail is written
        if (outbox.delivers()) {
            outbox.send(account.getEmail(), rendered);
        }
        return true;
    }

    /** Whether a notice was posted under this key. */
    public boolean wasPosted(String key) {
        return em.createNamedQuery(Notice.BY_KEY, Long.class).setParameter("key", key).getSingleResult() > 0;
    }

    public List<Notice> unread(long accountId, int max) {
        return em.createNamedQuery(Notice.UNREAD_OF, Notice.class).setParameter("account", accountId).setMaxResults(max).getResultList();
    }

    /** The latest notices, read or not. */
    public List<Notice> recent(long accountId, int max) {
        return em.createNamedQuery(Notice.RECENT_OF, Notice.class).setParameter("account", accountId).setMaxResults(max).getResultList();
    }

    /** Unread notices of the account signed in under this address: one indexed count, for the page header. */
    public long unreadCount(String email) {
        return em.createNamedQuery(Notice.UNREAD_COUNT_BY_EMAIL, Long.class).setParameter("email", email).getSingleResult();
    }

    /** An account's name as notices show it (who approved a session, say); empty for an unknown id. */
    public String nameOf(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? "" : account.getDisplayName();
    }

    /** The account signed in under this address (pages of this package read the caller through it). */
    public Optional<Account> accountOf(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getResultStream().findFirst();
    }

    /** One of the account's own notices; another person's is not found. */
    public Optional<Notice> findOwn(long accountId, long noticeId) {
        return Optional.ofNullable(em.find(Notice.class, noticeId)).filter(n -> n.getAccountId() == accountId);
    }

    public void markRead(long accountId, long noticeId) {
        findOwn(accountId, noticeId).ifPresent(notice -> notice.markRead(clock.instant()));
    }

    public int markAllRead(long accountId) {
        Instant now = clock.instant();
        List<Notice> unread = em.createNamedQuery(Notice.UNREAD_OF, Notice.class).setParameter("account", accountId).getResultList();
        unread.forEach(notice -> notice.markRead(now));
        return unread.size();
    }

    /** The optional kinds the account turned off. */
    public Set<NoticeKind> turnedOff(long accountId) {
        Set<NoticeKind> off = EnumSet.noneOf(NoticeKind.class);
        em.createNamedQuery(NoticePreference.OF_ACCOUNT, NoticePreference.class).setParameter("account", accountId).getResultList()
                .forEach(preference -> off.add(preference.getKind()));
        return off;
    }

    /**
     * Which optional kinds the account wants; every optional kind not named is turned off. The kinds
     * that cannot be turned off are always sent, whatever is asked.
     */
    public void choose(long accountId, Set<NoticeKind> wanted) {
        Set<NoticeKind> off = EnumSet.allOf(NoticeKind.class).stream().filter(NoticeKind::isOptional).filter(k -> !wanted.contains(k))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeKind.class)));
        Set<NoticeKind> before = turnedOff(accountId);
        for (NoticeKind kind : before) {
            if (!off.contains(kind)) {
                em.remove(em.find(NoticePreference.class, new NoticePreference.Key(accountId, kind)));
            }
        }
        for (NoticeKind kind : off) {
            if (!before.contains(kind)) {
                em.persist(new NoticePreference(accountId, kind, clock.instant()));
            }
        }
    }

    private boolean isTurnedOff(long accountId, NoticeKind kind) {
        return kind.isOptional() && em.find(NoticePreference.class, new NoticePreference.Key(accountId, kind)) != null;
    }
}
