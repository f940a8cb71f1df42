package dk.kulturpuls.projects;

import java.util.UUID;

public record ProjectId(UUID value) {

	public ProjectId {
		if (value == null) {
			throw new IllegalArgumentException("id required");
		}
	}

	public static ProjectId parse(String text) {
		return new ProjectId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
