package dk.kulturpuls.roundtable.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A conference as pages read it, with the seats taken by public registrations and the waiting list's length. */
public record ConferenceView(UUID id, UUID roundtableId, String title, LocalDate date, LocalTime startsAt,
		LocalTime endsAt, String venue, int capacity, ConferenceStatus status, String description,
		List<ProgrammeItem> programme, int confirmed, int waiting) {

	public int seatsLeft() {
		return Math.max(0, capacity - confirmed);
	}

	public boolean registrationOpen() {
		return status == ConferenceStatus.REGISTRATION_OPEN;
	}
}
