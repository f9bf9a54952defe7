package org.lcmhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The dependency rule between the top-level packages under {@code root}, written once so that
 * the same rules run on the hub and on a small fixture that breaks them on purpose.
 *
 * <ul>
 *   <li>the <b>kernel</b> (HTTP edge, store plumbing, domain vocabulary, mail, staff and learner
 *       keys) imports nothing else of the hub;</li>
 *   <li>the <b>shared concepts</b> (learner, risk, notes, cohort, pairing, places) import no feature;</li>
 *   <li>top-level packages are free of cycles;</li>
 *   <li>another package's DynamoDB adapter is wired only by handlers; other adapters may use its
 *       published item format ({@code *Items}) to write one transaction or read one index;</li>
 *   <li>the local <b>emulator</b> ({@code hub}: engine, template, API gateway, and the test support
 *       on top of it) imports no other package of the hub: it finds handlers by the names
 *       template.yaml gives.</li>
 * </ul>
 */
public record DependencyRules(String root, Set<String> kernel, Set<String> concepts) {

    /** The hub's own packages. */
    public static DependencyRules hub() {
        return new DependencyRules("org.lcmhub", Set.of("http", "store", "domain", "mail", "auth"),
                Set.of("learner", "risk", "notes", "cohort", "pairing", "places"));
    }

    public ArchRule noCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    public ArchRule kernelImportsNoFeature() {
        return noClasses().that().resideInAnyPackage(packages(kernel))
                .should().dependOnClassesThat(inHub("are in the hub but outside its kernel", top -> !kernel.contains(top)))
                .allowEmptyShould(true);
    }

    public ArchRule conceptsImportNoFeature() {
        return noClasses().that().resideInAnyPackage(packages(concepts))
                .should().dependOnClassesThat(inHub("are in a feature package",
                        top -> !kernel.contains(top) && !concepts.contains(top)))
                .allowEmptyShould(true);
    }

    /** Checks what of {@code emulator} is on the class path: the emulator module and the test support. */
    public ArchRule emulatorImportsNoFeature(String emulator) {
        return noClasses().that().resideInAPackage(root + "." + emulator + "..")
                .should().dependOnClassesThat(inHub("are in the hub but outside the emulator", top -> !top.equals(emulator)));
    }

    public ArchRule adaptersWiredByHandlers() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use another package's DynamoDB adapter only to wire it"
                        + " (a handler) or to compose its published items (an adapter using *Items)") {
                    @Override
                    public void check(JavaClass from, ConditionEvents events) {
                        for (Dependency d : from.getDirectDependenciesFromSelf()) {
                            JavaClass to = d.getTargetClass();
                            String target = topPackage(to);
                            if (target == null || target.equals(topPackage(from))
                                    || !to.getPackageName().contains(".dynamodb")) {
                                continue;
                            }
                            if (!allowed(from, to)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                });
    }

    private static boolean allowed(JavaClass from, JavaClass to) {
        String name = from.getSimpleName().isEmpty() ? from.getName() : outermost(from).getSimpleName();
        if (name.endsWith("Handler") || name.endsWith("Routes")) {
            return true;
        }
        return from.getPackageName().contains(".dynamodb") && outermost(to).getSimpleName().endsWith("Items");
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass o = c;
        while (o.getEnclosingClass().isPresent()) {
            o = o.getEnclosingClass().get();
        }
        return o;
    }

    /** Classes of the hub whose top-level package passes {@code top}. */
    private DescribedPredicate<JavaClass> inHub(String description, Predicate<String> top) {
        return DescribedPredicate.describe(description, c -> topPackage(c) != null && top.test(topPackage(c)));
    }

    private String[] packages(Set<String> tops) {
        return tops.stream().map(t -> root + "." + t + "..").toArray(String[]::new);
    }

    /** The top-level package under the root ({@code cohort} for {@code org.lcmhub.cohort.store}), or null. */
    private String topPackage(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return null;
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
