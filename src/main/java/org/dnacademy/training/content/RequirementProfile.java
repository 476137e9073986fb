package org.dnacademy.training.content;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one jurisdiction or provider requires before a clinician may dry needle, as written in
 * {@code modules/requirements/<id>.yaml}. A profile states requirements so that a trainee's evidence
 * can be measured against them; it is never a permit, and {@link #notChecked()} says what the
 * platform cannot check.
 *
 * @param id                     the file name without {@code .yaml}; module-id shaped
 * @param sources                the rules the requirements come from; never empty
 * @param licensureYears         years licensed (or in licensed practice) the rule asks for; null for none
 * @param hours                  hours of instruction by delivery mode; null when the rule sets none
 * @param supervisedSessions     supervised patient sessions; null when the rule sets none
 * @param completionWindowMonths everything within this many months; null for no window
 * @param completionWindowAnchor where the window starts; {@link WindowAnchor#FIRST_EVIDENCE} unless the file says otherwise
 * @param modules                the modules whose certificates count; never {@link Selection#ofRequired()}
 * @param practicalSkills        the practical skills to be signed off
 * @param supervisor             what the supervisor attesting sessions must have; null for nothing
 * @param attestation            the statement a supervisor signs for each supervised session; null for none
 * @param finalAttestation       the statement a supervisor signs once, at the end; null for none
 * @param notChecked             what the rule requires that the platform does not check
 * @param version                hex SHA-256 of the file's text (UTF-8, LF line ends, no byte order mark)
 */
public record RequirementProfile(String id, String title, String jurisdiction, String summary, List<ProfileSource> sources,
        Integer licensureYears, HoursRule hours, SessionsRule supervisedSessions, Integer completionWindowMonths,
        WindowAnchor completionWindowAnchor, Selection modules, Selection practicalSkills, SupervisorRule supervisor,
        String attestation, String finalAttestation, String notChecked, String version) {

    public RequirementProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(summary, "summary");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("profile " + id + " names no source");
        }
        completionWindowAnchor = completionWindowAnchor == null ? WindowAnchor.FIRST_EVIDENCE : completionWindowAnchor;
        Objects.requireNonNull(modules, "modules");
        if (modules.requiredOnly()) {
            throw new IllegalArgumentException("modules are all or listed; only practical skills are marked required");
        }
        Objects.requireNonNull(practicalSkills, "practicalSkills");
        Objects.requireNonNull(notChecked, "notChecked");
        Objects.requireNonNull(version, "version");
    }

    /** The ids of the modules this profile asks for, in programme order or as listed. */
    public List<String> moduleIds(Curriculum curriculum) {
        return modules.pick(curriculum.modules().stream().map(ModuleContent::id).toList(), Set.of());
    }

    /** The ids of the practical skills this profile asks for, in the order of the skills file or as listed. */
    public List<String> skillIds(Curriculum curriculum) {
        Set<String> required = curriculum.skills().stream().filter(PracticalSkill::required).map(PracticalSkill::id)
                .collect(Collectors.toSet());
        return practicalSkills.pick(curriculum.skills().stream().map(PracticalSkill::id).toList(), required);
    }
}
