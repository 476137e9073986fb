package org.dnacademy.training.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the curriculum from the {@code modules/} folder and checks it against every rule of
 * {@code modules/README.md}. Nothing is returned unless everything is right: authors get the full
 * list of problems in one go, each with its file and line.
 */
public final class CurriculumReader {

    /** The folder of requirement profiles, beside the module folders. */
    static final String REQUIREMENTS_FOLDER = RequirementsReader.FOLDER;

    private final Path modulesDir;
    private final Problems problems;

    private CurriculumReader(Path modulesDir) {
        this.modulesDir = modulesDir;
        this.problems = new Problems(modulesDir);
    }

    /** @throws CurriculumException listing every problem found, when there is any */
    public static Curriculum read(Path modulesDir) {
        return new CurriculumReader(modulesDir).read();
    }

    private Curriculum read() {
        if (!Files.isDirectory(modulesDir)) {
            problems.add(modulesDir, 0, "the curriculum folder does not exist");
            throw new CurriculumException(problems.sorted());
        }
        Path referencesPath = modulesDir.resolve("references.yaml");
        ReferenceBook references = ReferencesReader.read(referencesPath, problems);
        String referencesFile = ModuleFolderReader.slashed(problems.relative(referencesPath));
        ModuleFolderReader folderReader = new ModuleFolderReader(problems, references, referencesFile);
        List<ModuleFolderReader.ModuleDraft> drafts = moduleFolders().stream().map(folderReader::read).toList();
        if (drafts.isEmpty()) {
            problems.add(modulesDir, 0, "has no module folders; each module is a folder such as 01-foundations");
        }
        Map<String, ModuleFolderReader.ModuleDraft> byId = checkModuleIdsAndOrders(drafts);
        checkPrerequisites(drafts, byId);
        checkUnique("case", drafts.stream().flatMap(draft -> draft.bank().caseSites().stream()).toList());
        checkUnique("question", drafts.stream().flatMap(draft -> draft.bank().questionSites().stream()).toList());
        // Read after the modules, whose ids the skills name; outside every module folder, so no module version depends on it.
        boolean everyModuleKnown = drafts.stream().allMatch(draft -> draft.descriptor().id() != null);
        int problemsBeforeSkills = problems.count();
        PracticalSkillsReader.Result skills = new PracticalSkillsReader(problems, references, referencesFile)
                .read(modulesDir.resolve(PracticalSkillsReader.FILE_NAME), byId.keySet(), everyModuleKnown);
        // Profiles name modules and skills, so they come last; a skill with a problem is not read, and is not reported again.
        Set<String> skillIds = skills.skills().stream().map(PracticalSkill::id).collect(Collectors.toSet());
        List<RequirementProfile> profiles = new RequirementsReader(problems, byId.keySet(), everyModuleKnown, skillIds,
                problems.count() == problemsBeforeSkills).read(modulesDir.resolve(REQUIREMENTS_FOLDER));
        if (!problems.isEmpty()) {
            throw new CurriculumException(problems.sorted());
        }
        List<ModuleContent> modules = drafts.stream().map(CurriculumReader::toModule)
                .sorted(Comparator.comparingInt(ModuleContent::order)).toList();
        return new Curriculum(modules, references.valid(), skills.skills(), skills.regions(), skills.version(), profiles);
    }

    private List<Path> moduleFolders() {
        try (Stream<Path> entries = Files.list(modulesDir)) {
            return entries.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    // A folder by the skills file's name is reported by the skills reader, not read as a module.
                    .filter(folder -> !folder.getFileName().toString().equals(PracticalSkillsReader.FILE_NAME))
                    // Requirement profiles (one file per jurisdiction) are not a module.
                    .filter(folder -> !folder.getFileName().toString().equals(REQUIREMENTS_FOLDER))
                    .sorted(Comparator.comparing((Path folder) -> folder.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(modulesDir, 0, "cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    private Map<String, ModuleFolderReader.ModuleDraft> checkModuleIdsAndOrders(List<ModuleFolderReader.ModuleDraft> drafts) {
        Map<String, ModuleFolderReader.ModuleDraft> byId = new LinkedHashMap<>();
        Map<Integer, ModuleFolderReader.ModuleDraft> byOrder = new HashMap<>();
        for (ModuleFolderReader.ModuleDraft draft : drafts) {
            ModuleDescriptor module = draft.descriptor();
            if (module.id() != null) {
                ModuleFolderReader.ModuleDraft earlier = byId.putIfAbsent(module.id(), draft);
                if (earlier != null) {
                    problems.add(module.file(), module.idLine(), "module id '" + module.id() + "' is already used by "
                            + where(earlier.descriptor().file()) + "; every module needs its own id");
                }
            }
            if (module.order() != null) {
                ModuleFolderReader.ModuleDraft earlier = byOrder.putIfAbsent(module.order(), draft);
                if (earlier != null) {
                    problems.add(module.file(), module.orderLine(), "order " + module.order() + " is already used by "
                            + where(earlier.descriptor().file()) + "; every module needs its own place in the programme");
                }
            }
        }
        return byId;
    }

    private void checkPrerequisites(List<ModuleFolderReader.ModuleDraft> drafts,
            Map<String, ModuleFolderReader.ModuleDraft> byId) {
        Map<String, List<YamlMapping.Item>> requires = new LinkedHashMap<>();
        // With a module.yaml that could not be read, a prerequisite may name the module it describes.
        boolean everyIdKnown = drafts.stream().allMatch(draft -> draft.descriptor().id() != null);
        for (ModuleFolderReader.ModuleDraft draft : drafts) {
            ModuleDescriptor module = draft.descriptor();
            if (module.prerequisites() == null) {
                continue;
            }
            SourceFile source = problems.in(module.file());
            Set<String> seen = new HashSet<>();
            List<YamlMapping.Item> existing = new ArrayList<>();
            for (YamlMapping.Item prerequisite : module.prerequisites()) {
                if (!seen.add(prerequisite.value())) {
                    source.problem(prerequisite.node(), "prerequisite '" + prerequisite.value() + "' is listed twice");
                } else if (!byId.containsKey(prerequisite.value())) {
                    if (everyIdKnown) {
                        source.problem(prerequisite.node(), "prerequisite '" + prerequisite.value()
                                + "' is not the id of any module; the module ids are " + String.join(", ", new TreeSet<>(byId.keySet())));
                    }
                } else {
                    existing.add(prerequisite);
                }
            }
            if (module.id() != null && byId.get(module.id()) == draft) {
                requires.put(module.id(), existing);
            }
        }
        new PrerequisiteCycles(requires, byId).report();
    }

    /** Finds each cycle once and reports it where it closes, so the author sees which line to change. */
    private final class PrerequisiteCycles {

        private final Map<String, List<YamlMapping.Item>> requires;
        private final Map<String, ModuleFolderReader.ModuleDraft> byId;
        private final Set<String> finished = new HashSet<>();
        private final List<String> path = new ArrayList<>();
        private final Set<Set<String>> reported = new HashSet<>();

        PrerequisiteCycles(Map<String, List<YamlMapping.Item>> requires, Map<String, ModuleFolderReader.ModuleDraft> byId) {
            this.requires = requires;
            this.byId = byId;
        }

        void report() {
            requires.keySet().forEach(this::visit);
        }

        private void visit(String module) {
            if (finished.contains(module)) {
                return;
            }
            path.add(module);
            for (YamlMapping.Item prerequisite : requires.getOrDefault(module, List.of())) {
                int onPath = path.indexOf(prerequisite.value());
                if (onPath >= 0) {
                    reportCycle(module, prerequisite, new ArrayList<>(path.subList(onPath, path.size())));
                } else {
                    visit(prerequisite.value());
                }
            }
            path.remove(path.size() - 1);
            finished.add(module);
        }

        private void reportCycle(String module, YamlMapping.Item prerequisite, List<String> cycle) {
            if (!reported.add(new HashSet<>(cycle))) {
                return;
            }
            cycle.add(prerequisite.value());
            problems.in(byId.get(module).descriptor().file()).problem(prerequisite.node(),
                    "prerequisites form a circle, so no trainee could ever start these modules: "
                            + String.join(" requires ", cycle));
        }
    }

    /** Ids must be unique in the whole curriculum: attempts and statistics refer to them. */
    private void checkUnique(String kind, List<QuestionBankReader.Site> sites) {
        Map<String, QuestionBankReader.Site> first = new HashMap<>();
        for (QuestionBankReader.Site site : sites) {
            QuestionBankReader.Site earlier = first.putIfAbsent(site.id(), site);
            if (earlier != null) {
                problems.add(site.file(), site.line(), kind + " id '" + site.id() + "' is already used at "
                        + where(earlier.file()) + ":" + earlier.line() + "; ids must be unique in the whole curriculum");
            }
        }
    }

    private String where(Path file) {
        return ModuleFolderReader.slashed(problems.relative(file));
    }

    private static ModuleContent toModule(ModuleFolderReader.ModuleDraft draft) {
        ModuleDescriptor module = draft.descriptor();
        return new ModuleContent(module.id(), draft.folder().getFileName().toString(), module.title(), module.summary(),
                module.order(), module.prerequisites().stream().map(YamlMapping.Item::value).toList(),
                module.topics().stream().map(YamlMapping.Item::value).toList(),
                module.keyFacts().stream().map(ModuleDescriptor.KeyFact::number).toList(), module.cpdHours(), module.quiz(),
                module.review(), module.certificate(), draft.lessons(), draft.bank().cases(), draft.bank().questions(), draft.images(),
                draft.version());
    }
}
