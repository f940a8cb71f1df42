package dk.kulturpuls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.stereotype.Component;

/**
 * Every component of every module and profile has a bean name of its own. The tests start the application with
 * the demo and test profiles only, so two components with the same simple class name in other profiles (say, two
 * modules' benchmark data) would only fail when somebody starts the platform with that profile.
 */
class BeanNamesTests {

	@Test
	void noTwoComponentsShareABeanName() {
		// every component, whatever its profile or condition (the default scanner would skip those not active)
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(MetadataReader reader) {
				var annotations = reader.getAnnotationMetadata();
				return annotations.hasAnnotation(Component.class.getName())
						|| annotations.hasMetaAnnotation(Component.class.getName());
			}
		};
		var generator = AnnotationBeanNameGenerator.INSTANCE;
		var registry = new SimpleBeanDefinitionRegistry();
		Map<String, List<String>> classesByName = scanner.findCandidateComponents("dk.kulturpuls").stream()
			.collect(Collectors.groupingBy((BeanDefinition definition) -> generator.generateBeanName(definition, registry),
					Collectors.mapping(BeanDefinition::getBeanClassName, Collectors.toList())));
		assertThat(classesByName).as("components found").hasSizeGreaterThan(50);
		assertThat(classesByName.entrySet().stream().filter(entry -> entry.getValue().size() > 1).toList())
			.as("bean names used by more than one component").isEmpty();
	}
}
