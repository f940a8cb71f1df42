package dk.kulturpuls.roundtable.conference;

import java.time.Instant;
import java.util.UUID;

/** A registration as pages read it; waitingPosition is 1 for the first on the waiting list, else 0. */
public record RegistrationView(UUID id, UUID conferenceId, String name, String email, String organisation,
		String needs, boolean consent, RegistrationStatus status, Instant registeredAt, Instant cancelledAt,
		int waitingPosition) {
}
