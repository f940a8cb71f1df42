package dk.kulturpuls.organisations;

import java.util.UUID;

public record OrganisationId(UUID value) {

	public OrganisationId {
		if (value == null) {
			throw new IllegalArgumentException("id required");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
