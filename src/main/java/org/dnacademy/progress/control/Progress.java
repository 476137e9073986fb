package org.dnacademy.progress.control;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.progress.entity.LessonCompletion;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.Lesson;
import org.dnacademy.training.entity.ModuleVersion;

/** Each trainee's state per module: lessons read, prerequisites, passes. */
@Stateless
public class Progress {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    ModulePasses passes;

    @Inject
    Clock clock;

    /** Every current module, in programme order, with this trainee's state in it. */
    public Programme programme(long accountId) {
        List<ModuleVersion> modules = curriculum.currentModules();
        Map<String, Set<String>> read = readLessons(accountId, modules);
        Set<String> passed = passes.passedModuleKeys(accountId);
        Map<String, String> titles = modules.stream()
                .collect(Collectors.toMap(ModuleVersion::getModuleKey, ModuleVersion::getTitle));
        return new Programme(modules.stream()
                .map(module -> new ModuleProgress(module, read.getOrDefault(module.getModuleKey(), Set.of()),
                        module.getPrerequisites().stream().filter(p -> !passed.contains(p))
                                .map(p -> titles.getOrDefault(p, p)).toList(),
                        passed.contains(module.getModuleKey())))
                .toList());
    }

    public ModuleProgress of(long accountId, String moduleKey) {
        return programme(accountId).modules().stream()
                .filter(progress -> progress.module().getModuleKey().equals(moduleKey))
                .findFirst()
                .orElseThrow(() -> new org.dnacademy.platform.NotFoundException("module " + moduleKey));
    }

    /** Every lesson the trainee finished, oldest first: the reading timeline of their record. */
    public List<LessonCompletion> completions(long accountId) {
        return em.createNamedQuery(LessonCompletion.BY_ACCOUNT, LessonCompletion.class)
                .setParameter("account", accountId).getResultStream()
                .sorted(java.util.Comparator.comparing(LessonCompletion::getCompletedAt)).toList();
    }

    /** Records that the trainee finished reading the lesson; reading it again changes nothing. */
    public void lessonRead(long accountId, Lesson lesson) {
        String module = lesson.getModuleVersion().getModuleKey();
        boolean already = em.createNamedQuery(LessonCompletion.BY_ACCOUNT_AND_MODULE, LessonCompletion.class)
                .setParameter("account", accountId)
                .setParameter("module", module)
                .getResultStream()
                .anyMatch(c -> c.getLessonSlug().equals(lesson.getSlug()) && c.getContentHash().equals(lesson.getContentHash()));
        if (!already) {
            em.persist(new LessonCompletion(accountId, module, lesson.getSlug(), lesson.getContentHash(), clock.instant()));
        }
    }

    /** Slugs of the lessons read in each module's current version. */
    private Map<String, Set<String>> readLessons(long accountId, List<ModuleVersion> modules) {
        Set<String> completed = em.createNamedQuery(LessonCompletion.BY_ACCOUNT, LessonCompletion.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(LessonCompletion::lessonKey)
                .collect(Collectors.toSet());
        Map<String, Set<String>> read = new HashMap<>();
        for (ModuleVersion module : modules) {
            Set<String> slugs = new HashSet<>();
            for (Lesson lesson : module.getLessons()) {
                if (completed.contains(module.getModuleKey() + "/" + lesson.getSlug() + "/" + lesson.getContentHash())) {
                    slugs.add(lesson.getSlug());
                }
            }
            read.put(module.getModuleKey(), slugs);
        }
        return read;
    }
}
