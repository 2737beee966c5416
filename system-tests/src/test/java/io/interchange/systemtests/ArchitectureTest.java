package io.interchange.systemtests;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the modules out of each other's internals: a bounded context is reached only through
 * its {@code api} package (and over JMS), which publishes and knows none of its internals; the
 * platform kernel knows no context; nothing but the HTTP edge knows the HTTP edge; and no package
 * takes part in a dependency cycle; the console's pages see records, never JPA entities.
 */
@AnalyzeClasses(packages = "io.interchange", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ordersInternalsStayInside = onlyThroughApi("orders");

    @ArchTest
    static final ArchRule erpConnectorInternalsStayInside = onlyThroughApi("erp");

    @ArchTest
    static final ArchRule registrationInternalsStayInside = onlyThroughApi("registration");

    @ArchTest
    static final ArchRule ordersApiKnowsNoInternals = apiKnowsNoInternals("orders");

    @ArchTest
    static final ArchRule erpConnectorApiKnowsNoInternals = apiKnowsNoInternals("erp");

    @ArchTest
    static final ArchRule registrationApiKnowsNoInternals = apiKnowsNoInternals("registration");

    @ArchTest
    static final ArchRule platformKnowsNoContext = noClasses()
            .that().resideInAPackage("io.interchange.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.interchange.orders..", "io.interchange.erp..", "io.interchange.registration..",
                    "io.interchange.web..", "io.interchange.simulators..");

    /** The kernel knows no business: what a context's messages are and where they go, the context's contract says. */
    @ArchTest
    static final ArchRule platformNamesNoBusiness = noClasses()
            .that().resideInAPackage("io.interchange.platform..")
            .should().haveNameMatching(".*(Order|Erp|Shop|Ecp|Registration|Payment|Mailchimp).*")
            .as("no class of the platform is named after order, ERP or registration business");

    @ArchTest
    static final ArchRule nothingDependsOnTheWebEdge = noClasses()
            .that().resideOutsideOfPackage("io.interchange.web..")
            .should().dependOnClassesThat().resideInAPackage("io.interchange.web..");

    @ArchTest
    static final ArchRule consolePagesSeeViewsNeverEntities = noClasses()
            .that().resideInAPackage("io.interchange.web.console..")
            .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
            .as("the console's backing beans talk to façades with records, never to JPA entities");

    @ArchTest
    static final ArchRule productionCodeNeverUsesTheSimulators = noClasses()
            .that().resideOutsideOfPackage("io.interchange.simulators..")
            .should().dependOnClassesThat().resideInAPackage("io.interchange.simulators..");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("io.interchange.(**)")
            .should().beFreeOfCycles()
            .as("no package of the production code takes part in a dependency cycle");

    private static ArchRule onlyThroughApi(String context) {
        String root = "io.interchange." + context;
        return noClasses()
                .that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".api.."))))
                .as("code outside " + root + " uses only " + root + ".api")
                .allowEmptyShould(true);
    }

    private static ArchRule apiKnowsNoInternals(String context) {
        String root = "io.interchange." + context;
        return noClasses()
                .that().resideInAPackage(root + ".api..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".api.."))))
                .as(root + ".api depends on none of the context's internals")
                .allowEmptyShould(true);
    }
}
