package dk.kulturpuls;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** With several nodes, every scheduled job runs on one node at a time: each takes a lock of its own. */
class ScheduledJobsTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.kulturpuls");

	@Test
	void everyScheduledJobTakesALock() {
		methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
			.because("a job without a lock runs on every node (see docs/operations.md, Several nodes)")
			.check(CLASSES);
	}

	@Test
	void everyJobHasALockOfItsOwn() {
		List<String> names = CLASSES.stream()
			.flatMap(c -> c.getMethods().stream())
			.filter(m -> m.isAnnotatedWith(Scheduled.class))
			.map(JavaMethod::reflect)
			.map(m -> m.getAnnotation(SchedulerLock.class).name())
			.toList();
		assertThat(names).as("the reminders, project statuses, outcome releases and throttle clean-up at least")
			.hasSizeGreaterThanOrEqualTo(4)
			.doesNotHaveDuplicates();
	}
}
