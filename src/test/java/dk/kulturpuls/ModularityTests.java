package dk.kulturpuls;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds: no module reaches into another's internals, no cycles. Also writes the docs. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(KulturpulsApplication.class);

	@Test
	void verifiesTheModuleStructure() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}
}
