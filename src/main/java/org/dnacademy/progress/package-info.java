/**
 * Each trainee's state per module (lessons read, prerequisites, passes), their standing in the
 * programme, the practical skills they log and the supervisors' signed assessments, learning
 * hours, adverse events, and their standing against requirement profiles. May use {@code training}, {@code identity},
 * {@code audit} and {@code platform}. It does not read {@code quiz} (the quiz reads progress and
 * records passes here) nor {@code certification}: where it needs certificate knowledge it owns an
 * interface ({@code Recertification}) that certification implements, and certification hears of
 * passes and approved skills through CDI events ({@code ModulePassed}, {@code SkillApproved}); whoever
 * tells a trainee of a practical decision hears of it the same way ({@code PracticalDecided}).
 * Likewise what a trainee's cohorts ask of them comes through interfaces that {@code records}
 * implements ({@code ReadingRequirement}, {@code FollowedProfiles}), and serious adverse events
 * go out as {@code AdverseEventRecorded}.
 */
package org.dnacademy.progress;
