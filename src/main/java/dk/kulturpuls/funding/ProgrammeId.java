package dk.kulturpuls.funding;

import java.util.UUID;

public record ProgrammeId(UUID value) {

	public ProgrammeId {
		if (value == null) {
			throw new IllegalArgumentException("id required");
		}
	}
}
