package dk.kulturpuls.roundtable.conference;

import java.time.Instant;
import java.util.UUID;

/** An invitation as pages read it. */
public record InvitationView(UUID id, UUID conferenceId, String name, String email, String affiliation,
		String language, InvitationStatus status, Instant invitedAt, Instant respondedAt) {
}
