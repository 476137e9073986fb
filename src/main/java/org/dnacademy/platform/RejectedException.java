package org.dnacademy.platform;

/**
 * A request the rules refuse, with a message meant for the person who made it. Nothing has been
 * changed when it is thrown; Faces beans show the message next to the form.
 */
public class RejectedException extends RuntimeException {

    public RejectedException(String message) {
        super(message);
    }
}
