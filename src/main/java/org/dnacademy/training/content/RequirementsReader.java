package org.dnacademy.training.content;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the requirement profiles in {@code modules/requirements/}, one {@code <id>.yaml} file per
 * jurisdiction or provider, and checks each against the rules of {@code modules/README.md}; every
 * problem is reported with its file and line, like those of any other curriculum file. A profile
 * names modules and skills, so it is read after them; it belongs to no module, so editing one
 * never makes a new module version. {@link #parse} re-reads a stored definition the same way.
 */
public final class RequirementsReader {

    /** The folder of profiles, beside the module folders. */
    static final String FOLDER = "requirements";

    static final String EXTENSION = ".yaml";

    private static final List<String> FIELDS = List.of("id", "title", "jurisdiction", "summary", "sources", "licensure-years",
            "hours", "supervised-sessions", "completion-window-months", "completion-window-anchor", "modules",
            "practical-skills", "supervisor", "attestation", "final-attestation", "not-checked");

    private static final List<String> SOURCE_FIELDS = List.of("authors", "year", "title", "publisher", "url", "checked");

    private static final List<String> HOURS_FIELDS = List.of("total", "counted-modes", "minimum", "majority");

    private static final List<String> SESSIONS_FIELDS = List.of("total", "alternatives", "observation");

    private static final List<String> SUPERVISOR_FIELDS = List.of("licensure-years", "dry-needling-years", "sessions-performed");

    private static final List<String> DELIVERY_MODES = ProfileTerm.keys(DeliveryMode.class);

    private static final List<String> OBSERVATION_MODES = ProfileTerm.keys(ObservationMode.class);

    private static final List<String> ANCHORS = ProfileTerm.keys(WindowAnchor.class);

    /** Limits above which a number is a typo rather than a rule. */
    private static final int MAX_YEARS = 50;
    private static final int MAX_HOURS = 5000;
    private static final int MAX_SESSIONS = 5000;
    private static final int MAX_MONTHS = 600;
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2100;

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Letters a stored file name may show in a problem; anything else is replaced. */
    private static final Pattern UNSAFE_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private final Problems problems;
    private final Set<String> moduleIds;
    private final boolean everyModuleKnown;
    private final Set<String> skillIds;
    private final boolean everySkillKnown;

    /**
     * @param everyModuleKnown whether every module's id could be read; if not, a profile's unknown
     *                         module is not reported, since it may be the module whose file is broken
     * @param everySkillKnown  likewise for the skills of {@code practical-skills.yaml}
     */
    RequirementsReader(Problems problems, Set<String> moduleIds, boolean everyModuleKnown, Set<String> skillIds,
            boolean everySkillKnown) {
        this.problems = problems;
        this.moduleIds = Set.copyOf(moduleIds);
        this.everyModuleKnown = everyModuleKnown;
        this.skillIds = Set.copyOf(skillIds);
        this.everySkillKnown = everySkillKnown;
    }

    /**
     * Reads a stored profile definition as if it were {@code modules/requirements/<fileName>}, against
     * the module and skill ids of the curriculum it is to be used with.
     *
     * @throws CurriculumException listing every problem found, when there is any
     */
    public static RequirementProfile parse(String fileName, String text, Set<String> moduleIds, Set<String> skillIds) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Problems problems = new Problems(Path.of("modules"));
        String shownName = fileName.isBlank() ? "(no name)" : UNSAFE_NAME.matcher(fileName).replaceAll("_");
        SourceFile source = problems.in(Path.of("modules", FOLDER, shownName));
        Optional<RequirementProfile> profile = new RequirementsReader(problems, moduleIds, true, skillIds, true)
                .read(fileName, TextFiles.normalise(text), source);
        if (!problems.isEmpty() || profile.isEmpty()) {
            throw new CurriculumException(problems.sorted());
        }
        return profile.get();
    }

    /** Every profile in the folder, in file-name order; none when the folder does not exist. */
    List<RequirementProfile> read(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            problems.add(folder, 0, "must be a folder holding one requirement profile (<id>.yaml) per jurisdiction, not a file");
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing((Path entry) -> entry.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(folder, 0, "cannot be read: " + e.getMessage());
            return List.of();
        }
        List<RequirementProfile> profiles = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (!Files.isRegularFile(entry) || !name.endsWith(EXTENSION)) {
                problems.add(entry, 0, "does not belong in " + FOLDER + "/, which holds only requirement profiles, one file "
                        + "named <id>" + EXTENSION + " each" + (name.endsWith(".yml") ? " (rename it to end in .yaml)" : ""));
                continue;
            }
            SourceFile source = problems.in(entry);
            TextFiles.read(entry, source).flatMap(text -> read(name, text, source)).ifPresent(profiles::add);
        }
        return profiles;
    }

    /** @param text UTF-8 text with LF line ends and no byte order mark */
    private Optional<RequirementProfile> read(String fileName, String text, SourceFile source) {
        int problemsBefore = problems.count();
        Optional<YamlMapping> written = YamlDocument.parse(text, source)
                .flatMap(node -> YamlMapping.of(node, source, "", fileName));
        if (written.isEmpty()) {
            if (problems.count() == problemsBefore) {
                source.problem(0, "is empty; write the profile's fields (modules/README.md lists them), or delete the file");
            }
            return Optional.empty();
        }
        YamlMapping root = written.get();
        root.allowOnly(FIELDS);
        Optional<String> id = root.text("id", true).filter(value -> isIdOfFile(value, fileName, root));
        if (!fileName.endsWith(EXTENSION)) {
            source.problem(0, "a profile's file name is its id followed by " + EXTENSION + ", not '" + fileName + "'");
        }
        Optional<String> title = root.text("title", true);
        Optional<String> jurisdiction = root.text("jurisdiction", true);
        Optional<String> summary = root.text("summary", true);
        Optional<List<ProfileSource>> sources = readSources(root, source);
        Integer licensureYears = root.wholeNumber("licensure-years", false, 1, MAX_YEARS).orElse(null);
        HoursRule hours = root.mapping("hours", false).flatMap(this::readHours).orElse(null);
        SessionsRule sessions = root.mapping("supervised-sessions", false).flatMap(this::readSessions).orElse(null);
        Integer windowMonths = root.wholeNumber("completion-window-months", false, 1, MAX_MONTHS).orElse(null);
        WindowAnchor anchor = readAnchor(root);
        Optional<Selection> modules = readSelection(root, "modules", false, moduleIds, everyModuleKnown, "module");
        Optional<Selection> skills = readSelection(root, "practical-skills", true, skillIds, everySkillKnown, "practical skill");
        SupervisorRule supervisor = root.mapping("supervisor", false).flatMap(this::readSupervisor).orElse(null);
        String attestation = root.text("attestation", false).orElse(null);
        String finalAttestation = root.text("final-attestation", false).orElse(null);
        Optional<String> notChecked = root.text("not-checked", true);
        checkWhoSigns(root);
        boolean complete = id.isPresent() && title.isPresent() && jurisdiction.isPresent() && summary.isPresent()
                && sources.isPresent() && modules.isPresent() && skills.isPresent() && notChecked.isPresent();
        if (!complete || problems.count() != problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new RequirementProfile(id.get(), title.get(), jurisdiction.get(), summary.get(), sources.get(),
                licensureYears, hours, sessions, windowMonths, anchor, modules.get(), skills.get(), supervisor, attestation,
                finalAttestation, notChecked.get(), version(text)));
    }

    private static boolean isIdOfFile(String id, String fileName, YamlMapping root) {
        if (!ContentIds.isValid(id)) {
            root.problem(root.lineOf("id"), "profile id must be " + ContentIds.SHAPE + ", e.g. florida-pt, not '" + id + "'");
            return false;
        }
        if (!fileName.equals(id + EXTENSION)) {
            root.problem(root.lineOf("id"), "id '" + id + "' must be the file name without " + EXTENSION
                    + ", so name the file " + id + EXTENSION + " or write id: " + stem(fileName));
            return false;
        }
        return true;
    }

    private static String stem(String fileName) {
        return fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }

    private Optional<List<ProfileSource>> readSources(YamlMapping root, SourceFile source) {
        Optional<List<Node>> nodes = root.list("sources", true);
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        if (nodes.get().isEmpty()) {
            root.problem(root.lineOf("sources"), "'sources' lists no source; name the rule or statute every requirement comes from");
            return Optional.empty();
        }
        int problemsBefore = problems.count();
        List<ProfileSource> sources = new ArrayList<>();
        for (Node node : nodes.get()) {
            YamlMapping.of(node, source, "source at line " + source.lineOf(node), "each source")
                    .flatMap(RequirementsReader::readSource).ifPresent(sources::add);
        }
        return problems.count() == problemsBefore ? Optional.of(sources) : Optional.empty();
    }

    private static Optional<ProfileSource> readSource(YamlMapping entry) {
        entry.allowOnly(SOURCE_FIELDS);
        Optional<String> authors = entry.text("authors", true);
        Optional<Integer> year = entry.wholeNumber("year", true, FIRST_YEAR, LAST_YEAR);
        Optional<String> title = entry.text("title", true);
        Optional<String> publisher = entry.text("publisher", false);
        Optional<String> url = entry.text("url", true).filter(address -> isWebAddress(address, entry));
        Optional<LocalDate> checked = entry.text("checked", true).flatMap(written -> date(written, entry));
        if (authors.isEmpty() || year.isEmpty() || title.isEmpty() || url.isEmpty() || checked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileSource(authors.get(), year.get(), title.get(), publisher.orElse(null), url.get(), checked.get()));
    }

    private static boolean isWebAddress(String written, YamlMapping entry) {
        if ((written.startsWith("https://") || written.startsWith("http://")) && !written.contains(" ")) {
            return true;
        }
        entry.problem(entry.lineOf("url"), "'url' must be a web address starting with https://, not '" + written + "'");
        return false;
    }

    private static Optional<LocalDate> date(String written, YamlMapping entry) {
        if (DATE.matcher(written).matches()) {
            try {
                return Optional.of(LocalDate.parse(written));
            } catch (DateTimeException e) {
                // Reported below: 2026-02-30 has the shape of a date but is none.
            }
        }
        entry.problem(entry.lineOf("checked"), "'checked' must be the day the source was last read, written year-month-day "
                + "such as 2026-12-01, not '" + written + "'");
        return Optional.empty();
    }

    private Optional<HoursRule> readHours(YamlMapping hours) {
        int problemsBefore = problems.count();
        hours.allowOnly(HOURS_FIELDS);
        Optional<BigDecimal> total = hours.halfHours("total", false, MAX_HOURS).map(RequirementsReader::plain);
        int beforeModes = problems.count();
        Set<DeliveryMode> counted = hours.texts("counted-modes", false)
                .map(items -> modes(items, hours, "counted-modes", DeliveryMode::ofKey, DELIVERY_MODES, "delivery mode", DeliveryMode.class))
                .orElseGet(() -> EnumSet.allOf(DeliveryMode.class));
        // With a misspelt mode in the list, whether a mode counts is unknown: one problem is enough.
        Set<DeliveryMode> surelyCounted = problems.count() == beforeModes ? counted : EnumSet.allOf(DeliveryMode.class);
        Map<DeliveryMode, BigDecimal> minimum = new EnumMap<>(DeliveryMode.class);
        hours.mapping("minimum", false).ifPresent(minimums -> {
            minimums.allowOnly(DELIVERY_MODES);
            for (String key : List.copyOf(minimums.keys())) {
                DeliveryMode.ofKey(key).ifPresent(mode -> minimums.halfHours(key, true, MAX_HOURS).map(RequirementsReader::plain)
                        .filter(value -> isPossibleMinimum(mode, value, surelyCounted, total, minimums))
                        .ifPresent(value -> minimum.put(mode, value)));
            }
        });
        DeliveryMode majority = hours.text("majority", false).flatMap(key -> mode(key, hours, "majority")).filter(mode -> {
            if (!surelyCounted.contains(mode)) {
                hours.problem(hours.lineOf("majority"), "the majority of the hours must be " + mode.key() + ", but " + mode.key()
                        + " hours are not counted; add it to 'counted-modes'");
                return false;
            }
            return true;
        }).orElse(null);
        if (problems.count() != problemsBefore) {
            return Optional.empty();
        }
        if (total.isEmpty() && minimum.isEmpty() && majority == null) {
            hours.problem(hours.line(), "sets no 'total', 'minimum' or 'majority', so it asks for nothing; write what the rule "
                    + "requires, or leave 'hours' out");
            return Optional.empty();
        }
        return Optional.of(new HoursRule(total.orElse(null), counted, minimum, majority));
    }

    private static boolean isPossibleMinimum(DeliveryMode mode, BigDecimal value, Set<DeliveryMode> counted,
            Optional<BigDecimal> total, YamlMapping minimums) {
        if (!counted.contains(mode)) {
            minimums.problem(minimums.lineOf(mode.key()), "a minimum of " + value.toPlainString() + " " + mode.key()
                    + " hours is asked for, but " + mode.key() + " hours are not in 'counted-modes', so none of them would count");
            return false;
        }
        if (total.isPresent() && value.compareTo(total.get()) > 0) {
            minimums.problem(minimums.lineOf(mode.key()), "the minimum of " + value.toPlainString() + " " + mode.key()
                    + " hours is more than the total of " + total.get().toPlainString() + " hours");
            return false;
        }
        return true;
    }

    private static Optional<DeliveryMode> mode(String key, YamlMapping fields, String field) {
        Optional<DeliveryMode> mode = DeliveryMode.ofKey(key);
        if (mode.isEmpty()) {
            fields.problem(fields.lineOf(field), unknown("delivery mode", key, DELIVERY_MODES));
        }
        return mode;
    }

    /** A list of modes written by key; unknown and repeated keys are reported, an empty list too. */
    private static <M extends Enum<M>> Set<M> modes(List<YamlMapping.Item> items, YamlMapping fields, String field,
            Function<String, Optional<M>> byKey, List<String> keys, String kind, Class<M> type) {
        Set<M> modes = EnumSet.noneOf(type);
        if (items.isEmpty()) {
            fields.problem(fields.lineOf(field), "'" + field + "' is empty; list at least one of " + String.join(", ", keys)
                    + ", or leave it out for the default");
        }
        for (YamlMapping.Item item : items) {
            Optional<M> mode = byKey.apply(item.value());
            if (mode.isEmpty()) {
                fields.problem(item.node(), unknown(kind, item.value(), keys));
            } else if (!modes.add(mode.get())) {
                fields.problem(item.node(), "'" + item.value() + "' is listed twice");
            }
        }
        return modes;
    }

    private static String unknown(String kind, String written, List<String> keys) {
        return "unknown " + kind + " '" + written + "'" + YamlMapping.closest(written, keys).map(meant -> " (did you mean '" + meant + "'?)")
                .orElse("") + "; the " + kind + "s are " + String.join(", ", keys);
    }

    /** Without a separator, 50 and 5E+1 would be two ways of writing the same hours. */
    private static BigDecimal plain(BigDecimal hours) {
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    private Optional<SessionsRule> readSessions(YamlMapping sessions) {
        int problemsBefore = problems.count();
        sessions.allowOnly(SESSIONS_FIELDS);
        Optional<Integer> total = sessions.wholeNumber("total", true, 1, MAX_SESSIONS);
        List<String> alternatives = new ArrayList<>();
        sessions.texts("alternatives", false).ifPresent(items -> {
            if (items.isEmpty()) {
                sessions.problem(sessions.lineOf("alternatives"), "'alternatives' is empty; leave it out when the sessions must be logged");
            }
            for (YamlMapping.Item item : items) {
                if (!SessionsRule.ALTERNATIVES.contains(item.value())) {
                    sessions.problem(item.node(), unknown("alternative", item.value(), SessionsRule.ALTERNATIVES));
                } else if (alternatives.contains(item.value())) {
                    sessions.problem(item.node(), "'" + item.value() + "' is listed twice");
                } else {
                    alternatives.add(item.value());
                }
            }
        });
        Set<ObservationMode> observation = sessions.texts("observation", false)
                .map(items -> modes(items, sessions, "observation", ObservationMode::ofKey, OBSERVATION_MODES, "observation mode",
                        ObservationMode.class))
                .orElse(Set.of(ObservationMode.IN_PERSON));
        if (total.isEmpty() || problems.count() != problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new SessionsRule(total.get(), alternatives, observation));
    }

    private WindowAnchor readAnchor(YamlMapping root) {
        Optional<String> written = root.text("completion-window-anchor", false);
        if (written.isEmpty()) {
            return WindowAnchor.FIRST_EVIDENCE;
        }
        if (!root.has("completion-window-months")) {
            root.problem(root.lineOf("completion-window-anchor"), "'completion-window-anchor' says where the completion window "
                    + "starts, but there is no 'completion-window-months'");
        }
        Optional<WindowAnchor> anchor = WindowAnchor.ofKey(written.get());
        if (anchor.isEmpty()) {
            root.problem(root.lineOf("completion-window-anchor"), unknown("anchor", written.get(), ANCHORS));
        }
        return anchor.orElse(WindowAnchor.FIRST_EVIDENCE);
    }

    /** {@code all}, {@code required} (skills only) or a list of ids that exist. */
    private Optional<Selection> readSelection(YamlMapping root, String field, boolean requiredAllowed, Set<String> known,
            boolean everyKnown, String kind) {
        String choices = requiredAllowed ? "all, required or a list of " + kind + " ids" : "all or a list of " + kind + " ids";
        Optional<Node> value = root.value(field);
        if (value.isEmpty() || value.get() instanceof ScalarNode empty && YamlMapping.isNull(empty)) {
            root.text(field, true); // reports it missing or empty
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && !YamlMapping.isNull(scalar)) {
            String written = scalar.getValue().strip();
            if (written.equals("all")) {
                return Optional.of(Selection.ofAll());
            }
            if (requiredAllowed && written.equals("required")) {
                return Optional.of(Selection.ofRequired());
            }
            root.problem(scalar, "'" + field + "' must be " + choices + ", not '" + written + "'");
            return Optional.empty();
        }
        if (!(value.get() instanceof SequenceNode)) {
            root.problem(root.lineOf(field), "'" + field + "' must be " + choices);
            return Optional.empty();
        }
        int problemsBefore = problems.count();
        List<String> ids = new ArrayList<>();
        root.texts(field, true).ifPresent(items -> {
            if (items.isEmpty()) {
                root.problem(root.lineOf(field), "'" + field + "' lists no " + kind + "; write " + choices);
            }
            for (YamlMapping.Item item : items) {
                if (ids.contains(item.value())) {
                    root.problem(item.node(), kind + " '" + item.value() + "' is listed twice");
                } else if (!known.contains(item.value()) && everyKnown) {
                    root.problem(item.node(), kind + " '" + item.value() + "' is not the id of any " + kind
                            + YamlMapping.closest(item.value(), known).map(meant -> " (did you mean '" + meant + "'?)").orElse("")
                            + (known.isEmpty() ? "; the curriculum has none" : "; the " + kind + " ids are "
                                    + String.join(", ", new TreeSet<>(known))));
                }
                ids.add(item.value());
            }
        });
        return problems.count() == problemsBefore && !ids.isEmpty() ? Optional.of(Selection.of(ids)) : Optional.empty();
    }

    private Optional<SupervisorRule> readSupervisor(YamlMapping supervisor) {
        int problemsBefore = problems.count();
        supervisor.allowOnly(SUPERVISOR_FIELDS);
        Optional<Integer> licensure = supervisor.wholeNumber("licensure-years", false, 1, MAX_YEARS);
        Optional<Integer> needling = supervisor.wholeNumber("dry-needling-years", false, 1, MAX_YEARS);
        Optional<Integer> sessions = supervisor.wholeNumber("sessions-performed", false, 1, MAX_SESSIONS);
        if (problems.count() != problemsBefore) {
            return Optional.empty();
        }
        if (licensure.isEmpty() && needling.isEmpty() && sessions.isEmpty()) {
            supervisor.problem(supervisor.line(), "asks for nothing; write " + String.join(", ", SUPERVISOR_FIELDS)
                    + " as the rule requires, or leave 'supervisor' out");
            return Optional.empty();
        }
        return Optional.of(new SupervisorRule(licensure.orElse(null), needling.orElse(null), sessions.orElse(null)));
    }

    /** A supervisor signs the profile's wording: sessions, supervisor rules and a closing statement need the session attestation. */
    private static void checkWhoSigns(YamlMapping root) {
        if (root.has("attestation")) {
            return;
        }
        for (String needsIt : List.of("supervised-sessions", "supervisor", "final-attestation")) {
            if (root.has(needsIt)) {
                root.problem(root.lineOf(needsIt), "'" + needsIt + "' needs an 'attestation': the statement a supervisor signs "
                        + "for each supervised session");
            }
        }
    }

    /** SHA-256 of the text as stored (UTF-8, LF line ends, no byte order mark), in hex: {@code sha256sum} of the file gives the same. */
    static String version(String normalisedText) {
        return HexFormat.of().formatHex(PracticalSkillsReader.sha256().digest(normalisedText.getBytes(StandardCharsets.UTF_8)));
    }
}
