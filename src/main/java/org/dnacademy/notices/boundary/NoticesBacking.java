package org.dnacademy.notices.boundary;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.notices.control.Notices;
import org.dnacademy.notices.entity.Notice;
import org.dnacademy.notices.entity.NoticeKind;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;

/**
 * {@code notices.xhtml}: a person's notices (unread first, then the latest read ones), marking them
 * read, and which optional kinds they want; also the unread count in the page header and the list
 * on the dashboard ({@code WEB-INF/includes/unread-notices.xhtml}).
 */
@Named
@RequestScoped
public class NoticesBacking {

    static final int SHOWN = 50;
    static final int ON_DASHBOARD = 5;

    @Inject
    Notices notices;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private Account account;
    private Long unreadCount;
    private List<Notice> rows;
    /** Each optional kind: whether the person wants it (the form's checkboxes). */
    private final Map<String, Boolean> wanted = new HashMap<>();

    /** The header's count: one indexed query, and none for visitors who are not signed in. */
    public long getUnreadCount() {
        if (unreadCount == null) {
            Principal caller = security.getCallerPrincipal();
            unreadCount = caller == null ? 0L : notices.unreadCount(caller.getName());
        }
        return unreadCount;
    }

    public List<Notice> getUnread() {
        return account() == null ? List.of() : notices.unread(account().getId(), ON_DASHBOARD);
    }

    /** Unread ones first, then read ones, newest first; on a post the rows the page showed, re-selected as the person's own. */
    public List<Notice> getRows() {
        if (rows == null) {
            long id = account().getId();
            rows = Pages.postedRows(faces, noticeId -> notices.findOwn(id, noticeId)).map(posted -> {
                if (posted.stale()) {
                    Messages.error(faces, Pages.STALE_ROWS);
                }
                return posted.rows();
            }).orElseGet(() -> {
                List<Notice> recent = new java.util.ArrayList<>(notices.recent(id, SHOWN));
                recent.sort(java.util.Comparator.comparing(Notice::isRead));
                return recent;
            });
        }
        return rows;
    }

    public String getRowIds() {
        return Pages.rowIds(getRows().stream().map(Notice::getId).toList());
    }

    public void markRead(Long noticeId) {
        if (noticeId == null || getRows().stream().noneMatch(n -> n.getId().equals(noticeId))) {
            Messages.error(faces, "That notice is not in the list any more.");
            return;
        }
        notices.markRead(account().getId(), noticeId);
        Pages.redirect(faces, "/notices.xhtml");
    }

    public void markAllRead() {
        int marked = notices.markAllRead(account().getId());
        Messages.afterRedirect(faces, marked == 1 ? "1 notice marked as read." : marked + " notices marked as read.");
        Pages.redirect(faces, "/notices.xhtml");
    }

    public List<NoticeKind> getOptionalKinds() {
        return Arrays.stream(NoticeKind.values()).filter(NoticeKind::isOptional).toList();
    }

    public List<NoticeKind> getRequiredKinds() {
        return Arrays.stream(NoticeKind.values()).filter(kind -> !kind.isOptional()).toList();
    }

    public Map<String, Boolean> getWanted() {
        if (wanted.isEmpty() && account() != null) {
            Set<NoticeKind> off = notices.turnedOff(account().getId());
            getOptionalKinds().forEach(kind -> wanted.put(kind.name(), !off.contains(kind)));
        }
        return wanted;
    }

    public void savePreferences() {
        Set<NoticeKind> chosen = EnumSet.noneOf(NoticeKind.class);
        getOptionalKinds().stream().filter(kind -> Boolean.TRUE.equals(wanted.get(kind.name()))).forEach(chosen::add);
        notices.choose(account().getId(), chosen);
        Messages.afterRedirect(faces, "Saved. Reminders about your certificates are always sent.");
        Pages.redirect(faces, "/notices.xhtml");
    }

    /** Whether e-mail leaves the server, so the page can say where notices go. */
    public boolean isByEmail() {
        return org.dnacademy.platform.Settings.current().mail().isPresent();
    }

    private Account account() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            account = caller == null ? null : notices.accountOf(caller.getName()).orElse(null);
        }
        return account;
    }
}
