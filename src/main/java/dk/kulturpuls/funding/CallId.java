package dk.kulturpuls.funding;

import java.util.UUID;

public record CallId(UUID value) {

	public CallId {
		if (value == null) {
			throw new IllegalArgumentException("id required");
		}
	}
}
