package org.dnacademy.progress.entity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where one trainee stands in one skill: how many observed sessions were assessed competent, in
 * each body region when the skill is signed off by region, against the number the skill needs.
 * Competence in a skill signed off by region is held region by region (thoracic needling is
 * signed off apart from the lower limb); the skill is complete when every region is.
 *
 * @param regions one line per region of the skill, or a single line with a null region for a
 *                skill not signed off by region
 */
public record SkillCompetence(PracticalSkillDefinition skill, List<RegionStanding> regions) {

    /** Competent sessions in one region (or overall), and how many are needed there. */
    public record RegionStanding(String regionKey, String regionTitle, int competentSessions, int needed) {

        public boolean isSignedOff() {
            return competentSessions >= needed;
        }

        /** "2 of 3" */
        public String getProgress() {
            return Math.min(competentSessions, needed) + " of " + needed;
        }

        public String getRegionTitle() {
            return regionTitle;
        }

        public String getRegionKey() {
            return regionKey;
        }
    }

    /**
     * The rule: a session counts when the decision that stands on it is "competent", for the
     * region it was logged in. Sessions of other skills, and sessions of a skill signed off by
     * region logged before regions existed (no region), do not count.
     *
     * @param sessions     the trainee's sessions (any skills)
     * @param regionTitles region id to title, from the skills file
     */
    public static SkillCompetence of(PracticalSkillDefinition skill, List<PracticalSession> sessions, Map<String, String> regionTitles) {
        List<PracticalSession> competent = sessions.stream()
                .filter(s -> s.getSkillKey().equals(skill.getSkillKey()) && s.isCompetent()).toList();
        if (!skill.isByRegion()) {
            return new SkillCompetence(skill, List.of(new RegionStanding(null, null, competent.size(), skill.getObservedSessions())));
        }
        Map<String, Long> byRegion = competent.stream().filter(s -> s.getRegionKey() != null)
                .collect(Collectors.groupingBy(PracticalSession::getRegionKey, Collectors.counting()));
        return new SkillCompetence(skill, skill.getRegionKeys().stream()
                .map(region -> new RegionStanding(region, regionTitles.getOrDefault(region, region),
                        byRegion.getOrDefault(region, 0L).intValue(), skill.getObservedSessions()))
                .toList());
    }

    /** Every region (or the skill as a whole) has its observed sessions. */
    public boolean isComplete() {
        return regions.stream().allMatch(RegionStanding::isSignedOff);
    }

    /** The regions signed off so far, by title; empty for a skill not signed off by region. */
    public List<String> signedOffRegions() {
        return regions.stream().filter(r -> r.regionKey() != null && r.isSignedOff()).map(RegionStanding::regionTitle).toList();
    }

    public int competentSessions() {
        return regions.stream().mapToInt(RegionStanding::competentSessions).sum();
    }

    public PracticalSkillDefinition getSkill() {
        return skill;
    }

    public List<RegionStanding> getRegions() {
        return regions;
    }

    public boolean getComplete() {
        return isComplete();
    }
}
