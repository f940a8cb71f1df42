package dk.kulturpuls.funding;

import java.util.Arrays;
import java.util.Optional;

/** The steps of the application form, in order. */
enum ApplicationStep {
	PROJECT("project"), OFFER("offer"), MUNICIPALITIES("municipalities"), PARTNERS("partners"), BUDGET("budget"),
	EVALUATION("evaluation"), ATTACHMENTS("attachments"), REVIEW("review");

	private final String path;

	ApplicationStep(String path) {
		this.path = path;
	}

	public String path() {
		return path;
	}

	public String messageKey() {
		return "application.step." + path;
	}

	public int number() {
		return ordinal() + 1;
	}

	public Optional<ApplicationStep> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	public Optional<ApplicationStep> previous() {
		return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

	static Optional<ApplicationStep> of(String path) {
		return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
	}
}
