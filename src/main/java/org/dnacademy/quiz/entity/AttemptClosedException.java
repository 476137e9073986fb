package org.dnacademy.quiz.entity;

import jakarta.ejb.ApplicationException;

import org.dnacademy.platform.RejectedException;

/** An answer arrived for an attempt that is submitted or out of time. */
@ApplicationException(rollback = true)
public class AttemptClosedException extends RejectedException {

    public AttemptClosedException(String message) {
        super(message);
    }
}
