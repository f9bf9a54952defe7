package org.lcmhub.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hub's packages keep the dependency rule ({@link DependencyRules}); a fixture that breaks it fails. */
class DependencyRuleTest {
    private static JavaClasses hub;
    private static JavaClasses fixture;
    private static final DependencyRules RULES = DependencyRules.hub();
    private static final DependencyRules FIXTURE_RULES = new DependencyRules("org.lcmhub.architecture.fixture",
            Set.of("kernel"), Set.of("concept"));

    @BeforeAll
    static void importClasses() {
        hub = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lcmhub");
        fixture = new ClassFileImporter().importPackages("org.lcmhub.architecture.fixture");
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        RULES.noCycles().check(hub);
    }

    @Test
    void theKernelImportsNoFeature() {
        RULES.kernelImportsNoFeature().check(hub);
    }

    @Test
    void sharedConceptsImportNoFeature() {
        RULES.conceptsImportNoFeature().check(hub);
    }

    @Test
    void onlyHandlersWireAnotherPackagesAdapter() {
        RULES.adaptersWiredByHandlers().check(hub);
    }

    @Test
    void theEmulatorImportsNoFeature() {
        RULES.emulatorImportsNoFeature("hub").check(hub);
    }

    @Test
    void anEmulatorNamingAFeatureFails() {
        assertThatThrownBy(() -> FIXTURE_RULES.emulatorImportsNoFeature("emulator").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.emulator.Gateway").hasMessageContaining("fixture.beta.Beta");
    }

    @Test
    void aCycleBetweenPackagesFails() {
        assertThatThrownBy(() -> FIXTURE_RULES.noCycles().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.alpha").hasMessageContaining("fixture.beta");
    }

    @Test
    void aKernelImportingAFeatureFails() {
        assertThatThrownBy(() -> FIXTURE_RULES.kernelImportsNoFeature().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.kernel.Clock").hasMessageContaining("fixture.alpha.Alpha");
    }

    @Test
    void aConceptImportingAFeatureFails() {
        assertThatThrownBy(() -> FIXTURE_RULES.conceptsImportNoFeature().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.concept.Thing").hasMessageContaining("fixture.beta.Beta");
    }

    @Test
    void aServiceBuildingAnotherPackagesAdapterFails() {
        assertThatThrownBy(() -> FIXTURE_RULES.adaptersWiredByHandlers().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.gamma.GammaService")
                // a handler wiring it, and an adapter composing the published items, are allowed
                .hasMessageNotContaining("GammaHandler")
                .hasMessageNotContaining("DynamoGammaStore");
    }
}
