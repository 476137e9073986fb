package org.dnacademy.progress.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.dnacademy.training.content.DeliveryMode;
import org.dnacademy.training.content.HoursRule;
import org.dnacademy.training.content.RequirementProfile;
import org.dnacademy.training.content.SessionsRule;
import org.dnacademy.training.content.WindowAnchor;

/**
 * Where a trainee stands against a requirement profile on a given day: one line per requirement,
 * each with what is needed, what the evidence shows and whether it is met. The one home of the
 * profile rules; it reads nothing itself, so it can be tested with any day and any evidence.
 *
 * <p>The rules, as the profile files define them:
 * <ul>
 * <li>Only evidence inside the completion window counts. With the anchor {@code first-evidence} the
 * window starts at the earliest evidence that is not older than the window's length today (older
 * evidence has lapsed); with {@code course-start} it starts on the day the course started.</li>
 * <li>Hours count in the profile's counted delivery modes only: confirmed logged activities, and the
 * CPD hours of each passed module of the profile as self-paced online study on the day it was
 * first passed.</li>
 * <li>A supervised session counts when the decision standing on it is "competent", it was observed in
 * a way the profile allows, and the signer met the profile's supervisor rule when signing. The same
 * sessions decide the profile's practical skills (per body region where the skill says so).</li>
 * </ul>
 */
public record ProfileStanding(RequirementProfile profile, LocalDate windowStart, LocalDate windowEnd, List<Line> lines) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    public ProfileStanding {
        Objects.requireNonNull(profile);
        lines = List.copyOf(lines);
    }

    /** One requirement: its wording, what is needed, what the evidence shows, met or not. */
    public record Line(String requirement, String needed, String have, boolean met) {

        public String getRequirement() {
            return requirement;
        }

        public String getNeeded() {
            return needed;
        }

        public String getHave() {
            return have;
        }

        public boolean isMet() {
            return met;
        }
    }

    /** Hours of instruction on a day, in a delivery mode: a confirmed activity or a passed module's CPD hours. */
    public record Hours(LocalDate on, DeliveryMode mode, BigDecimal hours, String what) {
        public Hours {
            Objects.requireNonNull(on);
            Objects.requireNonNull(mode);
            Objects.requireNonNull(hours);
            Objects.requireNonNull(what);
        }
    }

    /** A module of the profile, with the day the trainee first passed it (null when not passed). */
    public record ModuleEvidence(String moduleKey, String title, LocalDate passedOn, BigDecimal cpdHours) {
    }

    /**
     * Everything the profile is measured against.
     *
     * @param licensedSince     the trainee's declared licence date; null when not declared
     * @param courseStart       the day the course started (for {@code course-start} windows); null when unknown
     * @param activities        confirmed learning activities
     * @param modules           the profile's modules, in its order
     * @param skills            the profile's practical skills as currently defined (a listed skill missing here is unmet)
     * @param skillKeys         the profile's practical skill ids
     * @param sessions          the trainee's logged sessions (any skill)
     * @param regionTitles      region id to title
     * @param qualifiedSigner   whether the signer of a competent decision met the profile's supervisor rule then
     */
    public record Evidence(LocalDate licensedSince, LocalDate courseStart, List<Hours> activities, List<ModuleEvidence> modules,
            List<PracticalSkillDefinition> skills, List<String> skillKeys, List<PracticalSession> sessions, Map<String, String> regionTitles,
            Predicate<PracticalDecision> qualifiedSigner) {
    }

    public boolean isMet() {
        return lines.stream().allMatch(Line::met);
    }

    public long getMetCount() {
        return lines.stream().filter(Line::met).count();
    }

    public List<Line> getLines() {
        return lines;
    }

    public RequirementProfile getProfile() {
        return profile;
    }

    /** The window in words, for the page: "1 Mar 2025 to 1 Mar 2028"; empty when the profile sets none or nothing counts yet. */
    public String getWindow() {
        return windowStart == null ? "" : DAY.format(windowStart) + " to " + DAY.format(windowEnd);
    }

    public static ProfileStanding evaluate(RequirementProfile profile, Evidence evidence, LocalDate today) {
        SessionsRule sessionsRule = profile.supervisedSessions();
        Predicate<PracticalSession> observedAsAllowed = session -> session.isCompetent()
                && (sessionsRule == null || session.getLatestDecision().getObservation() == null
                        || sessionsRule.allows(session.getLatestDecision().getObservation()))
                && evidence.qualifiedSigner().test(session.getLatestDecision());
        List<PracticalSession> counted = evidence.sessions().stream()
                .filter(s -> evidence.skillKeys().contains(s.getSkillKey()))
                .filter(observedAsAllowed).toList();
        List<Hours> hours = Stream.concat(evidence.activities().stream(), evidence.modules().stream()
                .filter(m -> m.passedOn() != null && m.cpdHours() != null && m.cpdHours().signum() > 0)
                .map(m -> new Hours(m.passedOn(), DeliveryMode.SELF_PACED_ONLINE, m.cpdHours(), m.title() + " (module passed)")))
                .toList();

        LocalDate start = null;
        LocalDate end = null;
        Integer months = profile.completionWindowMonths();
        if (months != null) {
            if (profile.completionWindowAnchor() == WindowAnchor.COURSE_START && evidence.courseStart() != null) {
                start = evidence.courseStart();
            } else {
                LocalDate lapsed = today.minusMonths(months);
                start = Stream.of(hours.stream().map(Hours::on), counted.stream().map(PracticalSession::getPerformedOn),
                        evidence.modules().stream().map(ModuleEvidence::passedOn).filter(Objects::nonNull))
                        .flatMap(s -> s).filter(day -> !day.isBefore(lapsed)).min(LocalDate::compareTo).orElse(null);
            }
            end = start == null ? null : start.plusMonths(months);
        }
        Predicate<LocalDate> inWindow = window(start, end);

        List<Line> lines = new ArrayList<>();
        if (profile.licensureYears() != null) {
            int years = evidence.licensedSince() == null || today.isBefore(evidence.licensedSince()) ? 0
                    : java.time.Period.between(evidence.licensedSince(), today).getYears();
            lines.add(new Line("Years licensed", SupervisorQualification.years(profile.licensureYears()),
                    evidence.licensedSince() == null ? "Not declared: add your licence on your Profile page"
                            : SupervisorQualification.years(years) + " (since " + DAY.format(evidence.licensedSince()) + ")",
                    evidence.licensedSince() != null && years >= profile.licensureYears()));
        }
        if (profile.hours() != null) {
            lines.addAll(hourLines(profile.hours(), hours.stream().filter(h -> inWindow.test(h.on())).toList()));
        }
        List<ModuleEvidence> passed = evidence.modules().stream().filter(m -> m.passedOn() != null && inWindow.test(m.passedOn())).toList();
        List<String> missing = evidence.modules().stream().filter(m -> !passed.contains(m)).map(ModuleEvidence::title).toList();
        lines.add(new Line("Modules passed", evidence.modules().size() + " of " + evidence.modules().size(),
                passed.size() + " of " + evidence.modules().size() + (missing.isEmpty() ? "" : "; still to pass: " + String.join(", ", missing)),
                missing.isEmpty()));

        List<PracticalSession> inWindowSessions = counted.stream().filter(s -> inWindow.test(s.getPerformedOn())).toList();
        for (String skillKey : evidence.skillKeys()) {
            Optional<PracticalSkillDefinition> skill = evidence.skills().stream().filter(s -> s.getSkillKey().equals(skillKey)).findFirst();
            if (skill.isEmpty()) {
                lines.add(new Line("Practical skill " + skillKey, "Signed off", "Not a skill of the current curriculum", false));
                continue;
            }
            SkillCompetence competence = SkillCompetence.of(skill.get(), inWindowSessions, evidence.regionTitles());
            lines.add(new Line("Practical skill: " + skill.get().getTitle(), competence.neededInWords(), competence.progressInWords(),
                    competence.isComplete()));
        }
        if (sessionsRule != null) {
            String how = sessionsRule.observation().stream().map(m -> m.label().toLowerCase(Locale.ROOT)).sorted()
                    .reduce((a, b) -> a + " or " + b).orElse("");
            lines.add(new Line("Supervised patient sessions, observed " + how + " by a qualified supervisor",
                    String.valueOf(sessionsRule.total()), String.valueOf(inWindowSessions.size()),
                    inWindowSessions.size() >= sessionsRule.total()));
        }
        if (end != null) {
            boolean othersMet = lines.stream().allMatch(Line::met);
            boolean closed = today.isAfter(end);
            lines.add(new Line("Completion window: " + months + " months " + profile.completionWindowAnchor().label(),
                    "Everything by " + DAY.format(end),
                    DAY.format(start) + " to " + DAY.format(end) + (closed && !othersMet ? "; closed: later evidence does not count" : ""),
                    othersMet || !closed));
        }
        return new ProfileStanding(profile, start, end, lines);
    }

    private static List<Line> hourLines(HoursRule rule, List<Hours> hours) {
        List<Line> lines = new ArrayList<>();
        BigDecimal counted = sum(hours.stream().filter(h -> rule.counts(h.mode())));
        String modes = rule.countedModes().size() == DeliveryMode.values().length ? "any delivery mode"
                : rule.countedModes().stream().map(m -> m.label().toLowerCase(Locale.ROOT)).sorted().reduce((a, b) -> a + " or " + b).orElse("");
        if (rule.total() != null) {
            lines.add(new Line("Hours of instruction, " + modes, plain(rule.total()), plain(counted) + uncountedNote(rule, hours),
                    counted.compareTo(rule.total()) >= 0));
        }
        for (DeliveryMode mode : DeliveryMode.values()) {
            Optional<BigDecimal> minimum = rule.minimumIn(mode);
            if (minimum.isPresent() && rule.counts(mode)) {
                BigDecimal inMode = sum(hours.stream().filter(h -> h.mode() == mode));
                lines.add(new Line("Hours " + mode.label().toLowerCase(Locale.ROOT), "At least " + plain(minimum.get()), plain(inMode),
                        inMode.compareTo(minimum.get()) >= 0));
            }
        }
        if (rule.majority() != null) {
            BigDecimal inMode = sum(hours.stream().filter(h -> h.mode() == rule.majority()));
            lines.add(new Line("Most hours " + rule.majority().label().toLowerCase(Locale.ROOT), "More than half of " + plain(counted),
                    plain(inMode), inMode.multiply(BigDecimal.valueOf(2)).compareTo(counted) > 0));
        }
        return lines;
    }

    private static String uncountedNote(HoursRule rule, List<Hours> hours) {
        BigDecimal other = sum(hours.stream().filter(h -> !rule.counts(h.mode())));
        return other.signum() == 0 ? "" : " (" + plain(other) + " more in modes this profile does not count)";
    }

    private static BigDecimal sum(Stream<Hours> hours) {
        return hours.map(Hours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static Predicate<LocalDate> window(LocalDate start, LocalDate end) {
        if (start == null) {
            return day -> true;
        }
        return day -> !day.isBefore(start) && !day.isAfter(end);
    }
}
