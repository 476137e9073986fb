package org.dnacademy.progress.control;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.identity.entity.Account;
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
    ModuleReadings readings;

    @Inject
    Clock clock;

    /** Every current module, in programme order, with this trainee's state in it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Programme programme(long accountId) {
        List<ModuleVersion> modules = curriculum.currentModules();
        Set<String> completed = em.createNamedQuery(LessonCompletion.BY_ACCOUNT, LessonCompletion.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(LessonCompletion::lessonKey)
                .collect(Collectors.toSet());
        return programme(modules, completed, passes.passedModuleKeys(accountId));
    }

    /**
     * {@link #programme} for many trainees in a fixed number of statements, however many they are:
     * their lesson completions in one, and {@code passed} (module keys by trainee, as
     * {@link ModulePasses#firstPassedBy} gives them) from the caller.
     */
    public Map<Long, Programme> programmes(List<ModuleVersion> modules, java.util.Collection<Long> accountIds,
            Map<Long, ? extends java.util.Map<String, ?>> passed) {
        Map<Long, Set<String>> completed = new HashMap<>();
        if (!accountIds.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT c.accountId, c.moduleKey, c.lessonSlug, c.contentHash FROM LessonCompletion c "
                    + "WHERE c.accountId IN :accounts", Object[].class).setParameter("accounts", accountIds).getResultList()) {
                completed.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>()).add(LessonCompletion.key((String) row[1], (String) row[2], (String) row[3]));
            }
        }
        Map<Long, Programme> programmes = new HashMap<>();
        for (Long id : accountIds) {
            var keys = passed.get(id);
            programmes.put(id, programme(modules, completed.getOrDefault(id, Set.of()), keys == null ? Set.of() : keys.keySet()));
        }
        return programmes;
    }

    /** @param completed {@link LessonCompletion#lessonKey}s of the lessons the trainee finished */
    private static Programme programme(List<ModuleVersion> modules, Set<String> completed, Set<String> passed) {
        Map<String, Set<String>> read = readLessons(completed, modules);
        Map<String, String> titles = modules.stream()
                .collect(Collectors.toMap(ModuleVersion::getModuleKey, ModuleVersion::getTitle));
        return new Programme(modules.stream()
                .map(module -> new ModuleProgress(module, read.getOrDefault(module.getModuleKey(), Set.of()),
                        module.getPrerequisites().stream().filter(p -> !passed.contains(p))
                                .map(p -> titles.getOrDefault(p, p)).toList(),
                        passed.contains(module.getModuleKey())))
                .toList());
    }

    /**
     * The trainee's state in one current module: the same as its entry in {@link #programme}, read
     * for that module alone (the lesson and quiz pages ask for one module on every request).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ModuleProgress of(long accountId, String moduleKey) {
        return of(accountId, curriculum.current(moduleKey));
    }

    /** {@link #of(long, String)} for a current module version the caller already holds. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ModuleProgress of(long accountId, ModuleVersion module) {
        String moduleKey = module.getModuleKey();
        Set<String> completed = em.createNamedQuery(LessonCompletion.BY_ACCOUNT_AND_MODULE, LessonCompletion.class)
                .setParameter("account", accountId)
                .setParameter("module", moduleKey)
                .getResultStream()
                .map(LessonCompletion::lessonKey)
                .collect(Collectors.toSet());
        Set<String> passed = passes.passedModuleKeys(accountId);
        List<String> missing = module.getPrerequisites().stream().filter(p -> !passed.contains(p))
                .map(p -> curriculum.findCurrent(p).map(ModuleVersion::getTitle).orElse(p)).toList();
        return new ModuleProgress(module, readIn(module, completed), missing, passed.contains(moduleKey));
    }

    /** Every lesson the trainee finished, oldest first: the reading timeline of their record. */
    public List<LessonCompletion> completions(long accountId) {
        return em.createNamedQuery(LessonCompletion.BY_ACCOUNT, LessonCompletion.class)
                .setParameter("account", accountId).getResultStream()
                .sorted(java.util.Comparator.comparing(LessonCompletion::getCompletedAt)).toList();
    }

    /**
     * Records that the trainee finished reading the lesson; reading it again changes nothing. The
     * trainee's account row is locked first, so two lessons marked read at once (two tabs, a double
     * click) are written one after the other, each with the count of lessons read it leaves.
     */
    public void lessonRead(long accountId, Lesson lesson) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        String module = lesson.getModuleVersion().getModuleKey();
        Set<String> completed = em.createNamedQuery(LessonCompletion.BY_ACCOUNT_AND_MODULE, LessonCompletion.class)
                .setParameter("account", accountId)
                .setParameter("module", module)
                .getResultStream()
                .map(LessonCompletion::lessonKey)
                .collect(Collectors.toCollection(HashSet::new));
        if (completed.add(LessonCompletion.key(module, lesson.getSlug(), lesson.getContentHash()))) {
            em.persist(new LessonCompletion(accountId, module, lesson.getSlug(), lesson.getContentHash(), clock.instant()));
            curriculum.findCurrent(module).ifPresent(current -> readings.record(accountId, current, readIn(current, completed).size()));
        }
    }

    /** Slugs of the lessons read in each module's current version. */
    private static Map<String, Set<String>> readLessons(Set<String> completed, List<ModuleVersion> modules) {
        Map<String, Set<String>> read = new HashMap<>();
        for (ModuleVersion module : modules) {
            read.put(module.getModuleKey(), readIn(module, completed));
        }
        return read;
    }

    /** Slugs of the module version's lessons whose completion (by {@link LessonCompletion#lessonKey}) is among {@code completed}. */
    private static Set<String> readIn(ModuleVersion module, Set<String> completed) {
        Set<String> slugs = new HashSet<>();
        for (Lesson lesson : module.getLessons()) {
            if (completed.contains(LessonCompletion.key(module.getModuleKey(), lesson.getSlug(), lesson.getContentHash()))) {
                slugs.add(lesson.getSlug());
            }
        }
        return slugs;
    }
}
