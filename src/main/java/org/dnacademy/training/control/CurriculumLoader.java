package org.dnacademy.training.control;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.platform.Settings;
import org.dnacademy.training.content.Curriculum;
import org.dnacademy.training.content.CurriculumException;
import org.dnacademy.training.content.CurriculumReader;
import org.dnacademy.training.content.ModuleContent;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * Loads the curriculum files into the database at start-up. A module whose files are unchanged
 * keeps its version (a restart creates nothing); a changed module gets a new current version
 * and the old one stays for the attempts and certificates that refer to it. Invalid files stop
 * the start with every problem listed by file and line. Instances sharing a database take turns
 * (a lock held until the load commits): the first creates the versions, the others find them
 * unchanged, and all come up.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class CurriculumLoader {

    private static final Logger LOG = Logger.getLogger(CurriculumLoader.class.getName());
    /** Where the build puts a copy of {@code modules/} inside the application. */
    static final String PACKAGED = "curriculum/references.yaml";

    @PersistenceContext
    EntityManager em;


    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<CurriculumLoaded> loaded;

    @jakarta.ejb.EJB
    org.dnacademy.platform.Leases leases;

    /** Set once per start; static so the readiness check reads it without waiting for this bean. */
    private static volatile boolean loadedNow;

    /** What one load did, for the log and for tests. */
    public record LoadResult(List<String> created, List<String> unchanged, List<String> reinstated, List<String> withdrawn) {

        /** Module keys whose current version is another one than before the load (new or reinstated). */
        public List<String> newlyCurrent() {
            List<String> keys = new ArrayList<>(created);
            keys.addAll(reinstated);
            return keys;
        }

        /** Whether any module's current version changed or was withdrawn. */
        public boolean changed() {
            return !newlyCurrent().isEmpty() || !withdrawn.isEmpty();
        }
    }

    @PostConstruct
    void atStartup() {
        Path folder = curriculumFolder();
        Curriculum curriculum;
        try {
            curriculum = CurriculumReader.read(folder);
        } catch (CurriculumException e) {
            LOG.severe(() -> "The curriculum in " + folder + " is not valid; the application will not start.\n" + e.getMessage());
            throw e;
        }
        leases.lockUntilCommit("curriculum-load");
        LoadResult result = publish(curriculum);
        loadedNow = true;
        LOG.info(() -> "Curriculum from " + folder + ": " + curriculum.modules().size() + " modules; new versions "
                + result.created() + ", unchanged " + result.unchanged().size()
                + (result.reinstated().isEmpty() ? "" : ", reinstated " + result.reinstated())
                + (result.withdrawn().isEmpty() ? "" : ", withdrawn " + result.withdrawn()));
    }

    /** Whether the curriculum of this start has been loaded (for the readiness check). */
    static boolean isLoaded() {
        return loadedNow;
    }

    /**
     * Makes these module versions current, creating the ones the database does not have yet, and
     * tells the features that keep their own part of the curriculum ({@link CurriculumLoaded}).
     */
    public LoadResult publish(Curriculum curriculum) {
        List<String> created = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> reinstated = new ArrayList<>();
        for (ModuleContent module : curriculum.modules()) {
            var existing = em.createNamedQuery(ModuleVersion.BY_KEY_AND_HASH, ModuleVersion.class)
                    .setParameter("key", module.id())
                    .setParameter("hash", module.version())
                    .getResultStream()
                    .findFirst();
            var current = current(module.id()).stream().findFirst();
            if (existing.isPresent() && existing.get().isCurrent()) {
                unchanged.add(module.id());
                continue;
            }
            current.ifPresent(ModuleVersion::retire);
            em.flush();
            if (existing.isPresent()) {
                existing.get().makeCurrent(module.order());
                reinstated.add(module.id());
            } else {
                em.persist(new ModuleVersion(module, curriculum.references(), clock.instant()));
                created.add(module.id());
            }
        }
        // A module whose folder was removed is no longer offered; its versions stay as history.
        List<String> withdrawn = new ArrayList<>();
        var inFiles = curriculum.modules().stream().map(ModuleContent::id).collect(java.util.stream.Collectors.toSet());
        for (ModuleVersion module : current(null)) {
            if (!inFiles.contains(module.getModuleKey())) {
                module.retire();
                withdrawn.add(module.getModuleKey());
            }
        }
        LoadResult result = new LoadResult(created, unchanged, reinstated, withdrawn);
        loaded.fire(new CurriculumLoaded(curriculum, result));
        return result;
    }

    /** The curriculum folder: {@code dna.modules.dir}, else the copy packaged in the application. */
    public static Path curriculumFolder() {
        return Settings.current().modulesDir().orElseGet(() -> {
            URL references = CurriculumLoader.class.getClassLoader().getResource(PACKAGED);
            if (references == null) {
                throw new IllegalStateException("No curriculum packaged in the application and DNA_MODULES_DIR is not set");
            }
            try {
                return Path.of(references.toURI()).getParent();
            } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
                throw new IllegalStateException("The packaged curriculum is not a folder: " + references, e);
            }
        });
    }

    /**
     * The current versions (of one module, or all when {@code moduleKey} is null) as this transaction
     * sees them, to change: read with a query of its own, never from the catalogue's cached results.
     */
    private List<ModuleVersion> current(String moduleKey) {
        String jpql = "SELECT m FROM ModuleVersion m WHERE m.current = TRUE" + (moduleKey == null ? "" : " AND m.moduleKey = :key");
        var query = em.createQuery(jpql, ModuleVersion.class);
        if (moduleKey != null) {
            query.setParameter("key", moduleKey);
        }
        return query.getResultList();
    }
}
