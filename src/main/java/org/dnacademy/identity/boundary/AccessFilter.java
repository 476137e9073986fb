package org.dnacademy.identity.boundary;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.Settings;

/**
 * Who may open what, by URL folder: the role policy of the whole site in one table.
 * <ul>
 * <li>Pages in a folder below need a signed-in user: {@code web.xml} sends signed-out visitors
 * to the sign-in page; this filter answers 404, not 403, to a signed-in user without the folder's
 * role, so restricted pages do not reveal that they exist.</li>
 * <li>The JSON API ({@code /api/}) answers a signed-out caller with 401 and a JSON message rather
 * than a redirect to an HTML page a script cannot follow.</li>
 * <li>Roles are read from the database on each request, so a role change applies at once; a
 * session signed in before the account's password changed, of a disabled account, idle too long or
 * older than its lifetime is signed out ({@link SignedInSession}); anyone with a one-time password
 * is held on the change-password page.</li>
 * </ul>
 */
@WebFilter(filterName = "AccessFilter")
public class AccessFilter extends HttpFilter {

    static final Map<String, Set<Role>> FOLDERS = Map.of(
            "/admin/", Set.of(Role.ADMIN),
            "/records/", Set.of(Role.SUPERVISOR, Role.ADMIN),
            "/quiz/", Set.of(Role.TRAINEE),
            "/api/", Set.of(Role.TRAINEE),
            "/progress/", Set.of(Role.TRAINEE),
            "/training/", Set.of(Role.TRAINEE, Role.SUPERVISOR, Role.ADMIN),
            "/account/", Set.of(Role.TRAINEE, Role.SUPERVISOR, Role.ADMIN),
            "/certification/", Set.of(Role.TRAINEE, Role.SUPERVISOR, Role.ADMIN),
            "/notices.xhtml", Set.of(Role.TRAINEE, Role.SUPERVISOR, Role.ADMIN));

    static final String CHANGE_PASSWORD = "/account/password.xhtml";
    static final String API = "/api/";

    @Inject
    CurrentUser currentUser;

    @Inject
    java.time.Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = path(request);
        boolean api = path.startsWith(API);
        if (request.getUserPrincipal() == null) {
            if (api) {
                json(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in first.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (isStaticResource(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = currentUser.account();
        Settings settings = Settings.current();
        SignedInSession.Ended ended = account.isEmpty() ? SignedInSession.Ended.ELSEWHERE
                : SignedInSession.check(request, account.get(), clock.instant(), settings.sessionIdle(), settings.sessionLifetime());
        if (ended != null) {
            // The account is gone or disabled, its password changed since this session signed in, or
            // the session was idle too long or is too old.
            request.logout();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            if (api) {
                json(response, HttpServletResponse.SC_UNAUTHORIZED, "You were signed out. Sign in again; your saved answers are kept.");
            } else {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=" + ended.parameter);
            }
            return;
        }
        if (account.get().isMustChangePassword() && !CHANGE_PASSWORD.equals(path)) {
            if (api) {
                json(response, HttpServletResponse.SC_FORBIDDEN, "Change your password first.");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            }
            return;
        }
        if (!allowed(path, account.get().getRole())) {
            if (api) {
                json(response, HttpServletResponse.SC_NOT_FOUND, "Not found.");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean allowed(String path, Role role) {
        return FOLDERS.entrySet().stream()
                .filter(folder -> path.startsWith(folder.getKey()))
                .allMatch(folder -> folder.getValue().contains(role));
    }

    /** Whether the path lies in a folder that needs a signed-in user. */
    static boolean needsSignIn(String path) {
        return FOLDERS.keySet().stream().anyMatch(path::startsWith);
    }

    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }

    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("status", status).add("message", message).build().toString());
    }
}
