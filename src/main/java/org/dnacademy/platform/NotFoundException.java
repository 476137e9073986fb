package org.dnacademy.platform;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist, or the caller may not know that it does: both answer 404,
 * so restricted records do not leak.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
