package org.dnacademy.training.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code modules/practical-skills.yaml}, the skills a supervisor signs off. The file is
 * optional; when it is there, every rule applies and problems are reported with file and line like
 * those of any other curriculum file. The skills have their own version, so that editing them never
 * makes a module's certificate holders recertify.
 */
final class PracticalSkillsReader {

    static final String FILE_NAME = "practical-skills.yaml";

    /** SHA-256 of no input: the version of a curriculum without the file. */
    static final String NO_SKILLS_VERSION = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final List<String> FIELDS = List.of("id", "title", "module", "required", "observed-sessions", "regions",
            "steps", "references");

    private static final List<String> STEP_FIELDS = List.of("text", "critical");

    private static final List<String> REGION_FIELDS = List.of("id", "title");

    /** More observed sessions than this for one skill is a typo. */
    private static final int MAX_OBSERVED_SESSIONS = 500;

    /** The skills and regions as read, and their version; empty and {@link #NO_SKILLS_VERSION} without the file. */
    record Result(List<PracticalSkill> skills, List<PracticalSkill.Region> regions, String version) {
    }

    private final Problems problems;
    private final ReferenceBook references;
    private final String referencesFile;

    PracticalSkillsReader(Problems problems, ReferenceBook references, String referencesFile) {
        this.problems = problems;
        this.references = references;
        this.referencesFile = referencesFile;
    }

    /**
     * @param moduleIds       the ids of the modules that were read
     * @param everyModuleKnown whether every module's id could be read; if not, a skill's module is not
     *                        reported as unknown, since it may be the module whose file is broken
     */
    Result read(Path file, Set<String> moduleIds, boolean everyModuleKnown) {
        SourceFile source = problems.in(file);
        if (!Files.exists(file)) {
            return new Result(List.of(), List.of(), NO_SKILLS_VERSION);
        }
        if (!Files.isRegularFile(file)) {
            source.problem(0, "must be a file listing the practical skills, not a folder");
            return new Result(List.of(), List.of(), NO_SKILLS_VERSION);
        }
        Optional<String> text = TextFiles.read(file, source);
        if (text.isEmpty()) {
            return new Result(List.of(), List.of(), NO_SKILLS_VERSION);
        }
        int problemsBefore = problems.count();
        Optional<YamlMapping> root = YamlDocument.parse(text.get(), source)
                .flatMap(node -> YamlMapping.of(node, source, "", FILE_NAME));
        if (root.isEmpty()) {
            if (problems.count() == problemsBefore) {
                source.problem(0, "is empty; list the skills under 'skills:', or delete the file if there are none");
            }
            return new Result(List.of(), List.of(), NO_SKILLS_VERSION);
        }
        root.get().allowOnly(List.of("regions", "skills"));
        Map<String, PracticalSkill.Region> regions = readRegions(root.get(), source);
        Optional<List<Node>> nodes = root.get().list("skills", true);
        if (nodes.isEmpty()) {
            return new Result(List.of(), List.of(), NO_SKILLS_VERSION);
        }
        if (nodes.get().isEmpty()) {
            root.get().problem(root.get().lineOf("skills"),
                    "'skills' lists no skill; write at least one, or delete the file if there are none");
        }
        Skills skills = new Skills(source, moduleIds, everyModuleKnown, regions);
        nodes.get().forEach(skills::read);
        return new Result(skills.skills, List.copyOf(regions.values()), version(text.get(), skills.cited.values()));
    }

    /** The body regions skills may be signed off for: an optional list of id and title. */
    private Map<String, PracticalSkill.Region> readRegions(YamlMapping root, SourceFile source) {
        Map<String, PracticalSkill.Region> regions = new LinkedHashMap<>();
        root.list("regions", false).ifPresent(nodes -> {
            for (Node node : nodes) {
                YamlMapping.of(node, source, "region at line " + source.lineOf(node), "each region").ifPresent(written -> {
                    var item = written.identified("region", REGION_FIELDS);
                    YamlMapping fields = item.fields();
                    Optional<String> title = fields.text("title", true);
                    item.id().ifPresent(id -> {
                        if (!ContentIds.isValid(id)) {
                            fields.problem(fields.lineOf("id"), "region id must be " + ContentIds.SHAPE + ", e.g. lower-limb");
                        } else if (regions.containsKey(id)) {
                            fields.problem(fields.lineOf("id"), "region id '" + id + "' is listed twice");
                        } else {
                            title.ifPresent(text -> regions.put(id, new PracticalSkill.Region(id, text)));
                        }
                    });
                });
            }
        });
        return regions;
    }

    /** The state of reading the file. */
    private final class Skills {

        final SourceFile source;
        final Set<String> moduleIds;
        final boolean everyModuleKnown;
        final List<PracticalSkill> skills = new ArrayList<>();
        final Map<String, Integer> idLines = new HashMap<>();
        final Map<String, Reference> cited = new LinkedHashMap<>();

        final Map<String, PracticalSkill.Region> regions;

        Skills(SourceFile source, Set<String> moduleIds, boolean everyModuleKnown, Map<String, PracticalSkill.Region> regions) {
            this.source = source;
            this.moduleIds = moduleIds;
            this.everyModuleKnown = everyModuleKnown;
            this.regions = regions;
        }

        void read(Node node) {
            YamlMapping.of(node, source, "skill at line " + source.lineOf(node), "each skill").ifPresent(written -> {
                int problemsBefore = problems.count();
                var item = written.identified("skill", FIELDS);
                Optional<String> id = item.id();
                YamlMapping fields = item.fields();
                id.ifPresent(value -> checkId(value, fields));
                Optional<String> title = fields.text("title", true);
                Optional<String> module = fields.text("module", true).filter(value -> moduleExists(value, fields));
                Optional<List<PracticalSkill.Step>> steps = readSteps(fields);
                Optional<Boolean> required = fields.trueOrFalse("required", true);
                Optional<Integer> sessions = fields.wholeNumber("observed-sessions", true, 1, MAX_OBSERVED_SESSIONS);
                List<String> skillRegions = readSkillRegions(fields);
                List<Reference> cites = readReferences(fields);
                boolean complete = id.isPresent() && title.isPresent() && module.isPresent() && steps.isPresent()
                        && required.isPresent() && sessions.isPresent();
                if (complete && problems.count() == problemsBefore) {
                    skills.add(new PracticalSkill(id.get(), title.get(), module.get(), steps.get(), required.get(), sessions.get(),
                            skillRegions, cites));
                }
            });
        }

        private void checkId(String id, YamlMapping fields) {
            if (!ContentIds.isValid(id)) {
                fields.problem(fields.lineOf("id"), "skill id must be " + ContentIds.SHAPE + ", e.g. clean-technique");
            }
            Integer earlier = idLines.putIfAbsent(id, fields.lineOf("id"));
            if (earlier != null) {
                fields.problem(fields.lineOf("id"), "skill id '" + id + "' is already used on line " + earlier
                        + "; every skill needs its own id");
            }
        }

        private boolean moduleExists(String moduleId, YamlMapping fields) {
            if (moduleIds.contains(moduleId)) {
                return true;
            }
            if (everyModuleKnown) {
                fields.problem(fields.lineOf("module"), "module '" + moduleId + "' is not the id of any module"
                        + YamlMapping.closest(moduleId, moduleIds).map(meant -> " (did you mean '" + meant + "'?)").orElse("")
                        + "; the module ids are " + String.join(", ", new TreeSet<>(moduleIds)));
            }
            return false;
        }

        private Optional<List<PracticalSkill.Step>> readSteps(YamlMapping fields) {
            Optional<List<Node>> nodes = fields.list("steps", true);
            if (nodes.isEmpty()) {
                return Optional.empty();
            }
            int problemsBefore = problems.count();
            if (nodes.get().isEmpty()) {
                fields.problem(fields.lineOf("steps"), "'steps' is empty; list what the supervisor must see the trainee do, "
                        + "one observable step per entry (text: ..., and critical: true where the step is essential)");
            }
            List<PracticalSkill.Step> steps = new ArrayList<>();
            for (Node node : nodes.get()) {
                YamlMapping.of(node, source, fields.subject(), "each step").ifPresent(step -> {
                    step.allowOnly(STEP_FIELDS);
                    Optional<String> text = step.text("text", true);
                    boolean critical = step.trueOrFalse("critical", false).orElse(false);
                    text.ifPresent(value -> {
                        if (steps.stream().anyMatch(earlier -> earlier.text().equals(value))) {
                            step.problem(step.lineOf("text"), "the step '" + value + "' is listed twice");
                        }
                        steps.add(new PracticalSkill.Step(value, critical));
                    });
                });
            }
            if (!steps.isEmpty() && steps.stream().noneMatch(PracticalSkill.Step::critical)) {
                fields.problem(fields.lineOf("steps"), "no step is marked critical: true; mark the steps without which a session "
                        + "cannot be judged competent (consent, hand hygiene, needle direction, needle count, safety-netting...)");
            }
            return problems.count() == problemsBefore ? Optional.of(steps) : Optional.empty();
        }

        private List<String> readSkillRegions(YamlMapping fields) {
            List<String> written = new ArrayList<>();
            fields.texts("regions", false).ifPresent(items -> {
                for (YamlMapping.Item item : items) {
                    if (written.contains(item.value())) {
                        fields.problem(item.node(), "region '" + item.value() + "' is listed twice");
                    } else if (!regions.containsKey(item.value())) {
                        fields.problem(item.node(), "region '" + item.value() + "' is not in the file's regions: list"
                                + YamlMapping.closest(item.value(), regions.keySet()).map(meant -> " (did you mean '" + meant + "'?)").orElse("")
                                + (regions.isEmpty() ? " (it has none)" : "; the regions are " + String.join(", ", regions.keySet())));
                    }
                    written.add(item.value());
                }
            });
            return written;
        }

        private List<Reference> readReferences(YamlMapping fields) {
            List<String> keys = new ArrayList<>();
            List<Reference> found = new ArrayList<>();
            fields.texts("references", true).ifPresent(items -> {
                if (items.isEmpty()) {
                    fields.problem(fields.lineOf("references"), "'references' needs at least one key from " + referencesFile);
                }
                for (YamlMapping.Item item : items) {
                    if (keys.contains(item.value())) {
                        fields.problem(item.node(), "reference '" + item.value() + "' is listed twice");
                    } else if (!references.isKnown(item.value())) {
                        fields.problem(item.node(), "unknown reference '" + item.value() + "'; known keys are in " + referencesFile);
                    } else {
                        references.find(item.value()).ifPresent(reference -> {
                            found.add(reference);
                            cited.putIfAbsent(reference.key(), reference);
                        });
                    }
                    keys.add(item.value());
                }
            });
            return found;
        }
    }

    /**
     * SHA-256 over the file's text (UTF-8, LF line ends, without a byte order mark, so an editor on
     * another system does not make a new version) and over the entries of references.yaml it cites,
     * so that a corrected citation makes a new version of the skills as it does of a module.
     */
    static String version(String normalisedText, Collection<Reference> citedReferences) {
        MessageDigest sha256 = sha256();
        field(sha256, "file");
        field(sha256, FILE_NAME);
        field(sha256, normalisedText);
        for (Reference reference : citedReferences.stream().sorted(Comparator.comparing(Reference::key)).toList()) {
            field(sha256, "reference");
            field(sha256, reference.key());
            field(sha256, reference.citation());
            field(sha256, reference.doi() == null ? "" : reference.doi());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Zero-terminated, so that no two different sequences of fields hash the same bytes. */
    private static void field(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
