package org.dnacademy.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.progress.entity.PracticalSkillDefinition;
import org.dnacademy.progress.entity.StepMark;
import org.dnacademy.training.content.ObservationMode;

/**
 * In-container: supervised practice through the application's own services: a trainee logs
 * sessions (in a region the skill is signed off for), a supervisor assesses them with every step
 * marked and signs with their password.
 */
@Dependent
public class Practice {

    @Inject
    PracticalSkills practicalSkills;

    /** A session of this skill today, in its first region when it is signed off by region. */
    public PracticalSession log(Account trainee, PracticalSkillDefinition skill, String notes) {
        return log(trainee, skill, skill.isByRegion() ? skill.getRegionKeys().get(0) : null, notes);
    }

    public PracticalSession log(Account trainee, PracticalSkillDefinition skill, String region, String notes) {
        return practicalSkills.log(trainee.getId(), trainee.getEmail(), skill.getSkillKey(), LocalDate.now(ZoneOffset.UTC), region,
                "right upper trapezius", notes);
    }

    /** Every step done, rated "meets expectations", observed in person: a competent assessment. */
    public PracticalDecision assessCompetent(Account signer, String password, PracticalSession session) {
        int steps = session.getSkill().getSteps().size();
        return practicalSkills.assess(signer, password, session.getId(), Collections.nCopies(steps, StepMark.Mark.DONE),
                Collections.nCopies(steps, null), PracticalDecision.GlobalRating.MEETS_EXPECTATIONS, ObservationMode.IN_PERSON, null,
                "I observed this session in a test.", null, null);
    }

    /** As many competent sessions as the skill needs, in each of its regions. */
    public List<PracticalSession> makeCompetent(Account trainee, Account signer, String password, PracticalSkillDefinition skill) {
        List<PracticalSession> sessions = new ArrayList<>();
        List<String> regions = skill.isByRegion() ? skill.getRegionKeys() : Collections.singletonList(null);
        for (String region : regions) {
            for (int i = 0; i < skill.getObservedSessions(); i++) {
                PracticalSession session = log(trainee, skill, region, null);
                assessCompetent(signer, password, session);
                sessions.add(session);
            }
        }
        return sessions;
    }

    /** Competent in every current required skill: what the programme certificate asks. */
    public void makeCompetentInRequired(Account trainee, Account signer, String password) {
        practicalSkills.current().stream().filter(PracticalSkillDefinition::isRequired)
                .forEach(skill -> makeCompetent(trainee, signer, password, skill));
    }
}
