package org.dnacademy.quiz.entity;

import jakarta.ejb.ApplicationException;

import org.dnacademy.platform.RejectedException;

/** A save older than the answer already stored: the newer answer is kept. */
@ApplicationException(rollback = true)
public class StaleAnswerException extends RejectedException {

    public StaleAnswerException(int position) {
        super("Your answer to question " + position + " was changed in another window or tab; the newer answer was kept. "
                + "Check it before you go on.");
    }
}
