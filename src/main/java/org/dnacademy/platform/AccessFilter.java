package org.dnacademy.platform;

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

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;

/**
 * Role rules by URL folder. {@code web.xml} makes every folder below require a signed-in user
 * (signed-out visitors are sent to the sign-in page); this filter then answers 404, not 403,
 * to a signed-in user without the folder's role, so restricted pages do not reveal that they
 * exist. Roles are read from the database on each request, so a role change applies at once.
 * It also holds anyone with a one-time password on the change-password page.
 */
@WebFilter(filterName = "AccessFilter", urlPatterns = "/*")
public class AccessFilter extends HttpFilter {

    static final Map<String, Set<Role>> FOLDERS = Map.of(
            "/admin/", Set.of(Role.ADMIN),
            "/records/", Set.of(Role.SUPERVISOR, Role.ADMIN),
            "/quiz/", Set.of(Role.TRAINEE),
            "/progress/", Set.of(Role.TRAINEE),
            "/training/", Set.of(Role.TRAINEE, Role.SUPERVISOR, Role.ADMIN),
            "/account/", Set.of(Role.TRAINEE, Role.SUPERVISOR, Role.ADMIN),
            "/certification/", Set.of(Role.TRAINEE, Role.SUPERVISOR, Role.ADMIN));

    static final String CHANGE_PASSWORD = "/account/password.xhtml";

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getUserPrincipal() != null && !isStaticResource(path)) {
            Optional<Account> account = currentUser.account();
            if (account.isEmpty()) {
                // Signed in as an account that no longer exists.
                request.logout();
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            if (account.get().isMustChangePassword() && !CHANGE_PASSWORD.equals(path)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
                return;
            }
            if (!allowed(path, account.get().getRole())) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean allowed(String path, Role role) {
        return FOLDERS.entrySet().stream()
                .filter(folder -> path.startsWith(folder.getKey()))
                .allMatch(folder -> folder.getValue().contains(role));
    }

    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
