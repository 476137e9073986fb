package org.dnacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.dnacademy.platform.Ids;

/**
 * The dependency law of the application, as each feature's {@code package-info.java} states it,
 * checked on the compiled production classes. A new feature package must be given its place here
 * (the layered rule refuses classes outside every layer).
 *
 * <pre>
 * records     supervisors' views: above everything
 * trainee     the trainee's own pages (dashboard, module, lesson, practical log): composes the features below
 * certification  hears of passes through progress; never reads quiz
 * quiz        attempts and grading; reads progress
 * progress    lessons read, passes, practical skills; reads training
 * training    curriculum content and its storage
 * backup      whole-database backups (an operator's feature): uses identity, audit and platform; used by none
 * notices     tells a person something (in the application and by e-mail); below every feature but identity
 * identity, audit, platform   below every feature; platform knows no feature
 * </pre>
 */
@AnalyzeClasses(packages = "org.dnacademy", importOptions = ArchitectureTest.ProductionClasses.class)
class ArchitectureTest {

    /** Production classes only, wherever the build folder is (-Dbuild.dir moves it out of target/). */
    static final class ProductionClasses implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching("org.dnacademy.(*)..")
            .as("features").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresDependOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .ensureAllClassesAreContainedInArchitecture()
            .layer("records").definedBy("org.dnacademy.records..")
            .layer("trainee").definedBy("org.dnacademy.trainee..")
            .layer("certification").definedBy("org.dnacademy.certification..")
            .layer("quiz").definedBy("org.dnacademy.quiz..")
            .layer("progress").definedBy("org.dnacademy.progress..")
            .layer("training").definedBy("org.dnacademy.training..")
            .layer("backup").definedBy("org.dnacademy.backup..")
            .layer("notices").definedBy("org.dnacademy.notices..")
            .layer("identity").definedBy("org.dnacademy.identity..")
            .layer("audit").definedBy("org.dnacademy.audit..")
            .layer("platform").definedBy("org.dnacademy.platform..")
            .whereLayer("records").mayNotBeAccessedByAnyLayer()
            .whereLayer("trainee").mayNotBeAccessedByAnyLayer()
            .whereLayer("certification").mayOnlyAccessLayers("progress", "training", "notices", "identity", "audit", "platform")
            .whereLayer("quiz").mayOnlyAccessLayers("progress", "training", "identity", "audit", "platform")
            .whereLayer("progress").mayOnlyAccessLayers("training", "identity", "audit", "platform")
            .whereLayer("training").mayOnlyAccessLayers("identity", "audit", "platform")
            .whereLayer("backup").mayNotBeAccessedByAnyLayer()
            .whereLayer("backup").mayOnlyAccessLayers("identity", "audit", "platform")
            .whereLayer("notices").mayOnlyAccessLayers("identity", "platform")
            .whereLayer("identity").mayOnlyAccessLayers("audit", "platform")
            .whereLayer("audit").mayOnlyAccessLayers("platform")
            .whereLayer("platform").mayNotAccessAnyLayer();

    /** The content reader is plain Java so the whole curriculum can be checked by a unit test. */
    @ArchTest
    static final ArchRule curriculumFilesStandAlone = noClasses().that().resideInAPackage("org.dnacademy.training.content..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.dnacademy.training.content..", "java..",
                    "org.yaml.snakeyaml..", "org.commonmark..");

    /** Within a feature, entities hold rules and know no service; services know no page. */
    @ArchTest
    static final ArchRule entitiesKnowNoServiceOrPage = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..");

    @ArchTest
    static final ArchRule servicesKnowNoPage = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    /**
     * A session bean is called through its container proxy, which only offers public methods: a
     * package-private method (an observer, a method other classes call) fails at deployment or at
     * the first call ("Not a business method"), never at compile time. Callbacks the container
     * calls itself (start-up, timers) may be package-private.
     */
    @ArchTest
    static final ArchRule sessionBeanMethodsArePublicOrPrivate = methods().that().areDeclaredInClassesThat()
            .areAnnotatedWith(jakarta.ejb.Stateless.class).or().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ejb.Singleton.class)
            .and().areNotStatic().and().areNotPrivate()
            .and().areNotAnnotatedWith(jakarta.annotation.PostConstruct.class).and().areNotAnnotatedWith(jakarta.annotation.PreDestroy.class)
            .and().areNotAnnotatedWith(jakarta.ejb.Schedule.class).and().areNotAnnotatedWith(jakarta.ejb.Timeout.class)
            .should().bePublic();

    /**
     * Every generated id comes from the one table generator (platform.Ids, orm.xml): an identity
     * column or a generator of its own would bring back a shared counter that concurrent inserts
     * wait on, or ids that collide with the blocks the generator hands out.
     */
    @ArchTest
    static final ArchRule idsComeFromTheOneGenerator = fields().that().areAnnotatedWith(jakarta.persistence.GeneratedValue.class)
            .should(new ArchCondition<JavaField>("take their value from the table generator " + Ids.GENERATOR) {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    var generated = field.getAnnotationOfType(jakarta.persistence.GeneratedValue.class);
                    if (generated.strategy() != jakarta.persistence.GenerationType.TABLE || !Ids.GENERATOR.equals(generated.generator())) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is generated by "
                                + generated.strategy() + " '" + generated.generator() + "'"));
                    }
                }
            });
}
