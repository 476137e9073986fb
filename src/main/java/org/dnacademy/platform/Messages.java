package org.dnacademy.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the page's message area; {@link #afterRedirect} keeps one across a redirect. */
public final class Messages {

    private Messages() {
    }

    public static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    public static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public static void afterRedirect(FacesContext faces, String message) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(faces, message);
    }
}
