package dk.kulturpuls.funding;

import java.util.UUID;

public record PoolId(UUID value) {

	public PoolId {
		if (value == null) {
			throw new IllegalArgumentException("id required");
		}
	}
}
