package org.dnacademy.identity.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in is a Faces form ({@code login.xhtml}) that calls {@code SecurityContext.authenticate};
 * a protected page asked for while signed out redirects there and back again afterwards.
 * Which folder needs which role is in {@code web.xml} and {@link AccessFilter}.
 */
@ApplicationScoped
@FacesConfig
@DeclareRoles({"TRAINEE", "SUPERVISOR", "ADMIN"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
public class SecurityConfiguration {
}
