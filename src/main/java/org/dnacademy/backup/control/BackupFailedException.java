package org.dnacademy.backup.control;

/** A backup could not be made; the message says why and what to do, for the administrator and the log. */
public class BackupFailedException extends Exception {

    public BackupFailedException(String message) {
        super(message);
    }

    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
