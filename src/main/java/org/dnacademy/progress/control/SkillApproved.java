package org.dnacademy.progress.control;

/** Fired when a supervisor approves a practical skill session, inside that transaction. */
public record SkillApproved(long accountId, String skillKey) {
}
