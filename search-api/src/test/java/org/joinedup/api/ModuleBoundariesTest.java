package org.joinedup.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries (docs/decisions/0020-module-boundaries-archunit.md): each module reaches another only
 * through its front doors. A module's front doors are its root package ({@code org.joinedup.indexer},
 * {@code org.joinedup.crawler}, {@code org.joinedup.analyzers}) and the few classes of its subpackages it hands
 * out, listed here; everything else is internal even where Java makes it public for the module's own
 * subpackages. Main classes only: tests may reach inside the module they test. The classes are read from the
 * class path (this module's and its dependencies'), so the rule sees every module's main code.
 */
class ModuleBoundariesTest {

    /** Public classes of the indexer's subpackages that the indexer hands out through its front door. */
    private static final Set<String> INDEXER_FRONT_DOOR_CLASSES = Set.of(
        "org.joinedup.indexer.alerts.AlertMatcher",
        "org.joinedup.indexer.normalise.VacancyIds",
        "org.joinedup.indexer.stats.CouncilSummary",
        "org.joinedup.indexer.stats.MonthCount",
        "org.joinedup.indexer.stats.SalaryMedian",
        "org.joinedup.indexer.stats.Series",
        "org.joinedup.indexer.stats.StatsSnapshot",
        "org.joinedup.indexer.suggest.Suggestion");

    /** Crawler packages that are front doors besides its root: the scheduler that runs every source. */
    private static final Set<String> CRAWLER_FRONT_DOOR_PACKAGES = Set.of(
        "org.joinedup.crawler", "org.joinedup.crawler.schedule");


    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.joinedup");
    }

    @Test
    void searchApiUsesOnlyTheFrontDoorsOfTheOtherModules() {
        check(classes().that().resideInAPackage("org.joinedup.api..")
            .should(useOnlyFrontDoors(List.of(INDEXER, CRAWLER, ANALYZERS))));
    }

    @Test
    void indexerUsesOnlyTheFrontDoorsOfCrawlerAndAnalyzersAndNothingOfSearchApi() {
        check(classes().that().resideInAPackage("org.joinedup.indexer..")
            .should(useOnlyFrontDoors(List.of(CRAWLER, ANALYZERS, nothingOf("org.joinedup.api")))));
    }

    @Test
    void crawlerUsesNoOtherModule() {
        check(classes().that().resideInAPackage("org.joinedup.crawler..")
            .should(useOnlyFrontDoors(List.of(nothingOf("org.joinedup.analyzers"), nothingOf("org.joinedup.indexer"),
                nothingOf("org.joinedup.api")))));
    }

    @Test
    void analyzersUseNoOtherModule() {
        check(classes().that().resideInAPackage("org.joinedup.analyzers..")
            .should(useOnlyFrontDoors(List.of(nothingOf("org.joinedup.crawler"), nothingOf("org.joinedup.indexer"),
                nothingOf("org.joinedup.api")))));
    }

    @Test
    void theClassesWereFound() {
        // Guards the rules above against passing on an empty import (a class path without the modules).
        for (String root : List.of("org.joinedup.api", "org.joinedup.indexer", "org.joinedup.crawler",
            "org.joinedup.analyzers")) {
            if (main.stream().noneMatch(c -> c.getPackageName().startsWith(root))) {
                throw new AssertionError("no main classes of " + root + " on the class path");
            }
        }
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }

    /** A module as seen from another: its packages, and which of its classes are front doors. */
    private record Module(String root, Set<String> frontDoorPackages, Set<String> frontDoorClasses) {
        boolean contains(JavaClass c) {
            return c.getPackageName().equals(root) || c.getPackageName().startsWith(root + ".");
        }

        boolean isFrontDoor(String topLevelName, String packageName) {
            return frontDoorPackages.contains(packageName) || frontDoorClasses.contains(topLevelName);
        }
    }

    private static final Module INDEXER =
        new Module("org.joinedup.indexer", Set.of("org.joinedup.indexer"), INDEXER_FRONT_DOOR_CLASSES);
    private static final Module CRAWLER = new Module("org.joinedup.crawler", CRAWLER_FRONT_DOOR_PACKAGES, Set.of());
    private static final Module ANALYZERS =
        new Module("org.joinedup.analyzers", Set.of("org.joinedup.analyzers"), Set.of());

    private static Module nothingOf(String root) {
        return new Module(root, Set.of(), Set.of());
    }

    /** No dependency on a class of these modules other than their front doors (and the listed exceptions). */
    private static ArchCondition<JavaClass> useOnlyFrontDoors(List<Module> modules) {
        return new ArchCondition<>("use only the front doors of " + modules.stream().map(Module::root).toList()) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    for (Module m : modules) {
                        if (m.contains(origin) || !m.contains(target)) continue;
                        String to = topLevelName(target);
                        if (m.isFrontDoor(to, target.getPackageName())) continue;
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()
                            + " [" + to + " is internal to " + m.root() + "]"));
                    }
                }
            }
        };
    }

    private static String topLevelName(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
