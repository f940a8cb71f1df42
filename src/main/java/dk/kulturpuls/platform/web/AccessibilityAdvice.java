package dk.kulturpuls.platform.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The accessibility statement for the footer's link on every page and for the statement page itself. */
@ControllerAdvice
@EnableConfigurationProperties(AccessibilityStatement.class)
class AccessibilityAdvice {

	private final AccessibilityStatement statement;

	AccessibilityAdvice(AccessibilityStatement statement) {
		this.statement = statement;
	}

	@ModelAttribute("accessibilityStatement")
	AccessibilityStatement accessibilityStatement() {
		return statement;
	}
}
