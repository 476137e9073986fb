package org.dnacademy.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request the rules refuse, with a message meant for the person who made it. Nothing has been
 * changed when it is thrown; Faces beans show the message next to the form.
 */
@ApplicationException(rollback = true)
public class RejectedException extends RuntimeException {

    public RejectedException(String message) {
        super(message);
    }
}
