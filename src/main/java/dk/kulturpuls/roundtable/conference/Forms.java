package dk.kulturpuls.roundtable.conference;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/**
 * The conference's details as the secretariat types them. Times are typed as hh:mm and checked here (a pattern),
 * so that a mistyped time is reported like any other mistake, with everything typed kept.
 */
record ConferenceForm(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date,
		@NotBlank @Pattern(regexp = TimeOfDay.PATTERN) String startsAt, @Pattern(regexp = TimeOfDay.PATTERN) String endsAt,
		@NotBlank @Size(max = 200) String venue, @NotNull @Min(1) @Max(100000) Integer capacity,
		@NotNull ConferenceStatus status, @Size(max = 4000) String description) {

	static ConferenceForm empty() {
		return new ConferenceForm(null, null, null, null, null, null, ConferenceStatus.PLANNED, null);
	}

	static ConferenceForm of(ConferenceView c) {
		return new ConferenceForm(c.title(), c.date(), TimeOfDay.format(c.startsAt()), TimeOfDay.format(c.endsAt()),
				c.venue(), c.capacity(), c.status(), c.description());
	}

	LocalTime startTime() {
		return TimeOfDay.parse(startsAt);
	}

	LocalTime endTime() {
		return TimeOfDay.parse(endsAt);
	}

	Conference.Details details() {
		return new Conference.Details(title, date, startTime(), endTime(), venue, capacity, status, description);
	}
}

/** An item of the programme. */
record ItemForm(@NotBlank @Pattern(regexp = TimeOfDay.PATTERN) String itemTime,
		@NotBlank @Size(max = 200) String itemTitle, @Size(max = 200) String itemSpeaker) {

	static ItemForm empty() {
		return new ItemForm(null, null, null);
	}
}

/** A time of day typed as hh:mm (or h:mm). */
final class TimeOfDay {

	static final String PATTERN = "^(\\s*([01]?\\d|2[0-3]):[0-5]\\d\\s*)?$";

	private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

	private TimeOfDay() {
	}

	/** The time, or null for blank text; call only with text that matches the pattern. */
	static LocalTime parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.strip().split(":");
		return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	static String format(LocalTime time) {
		return time == null ? null : FORMAT.format(time);
	}
}

/** An invitation of a key political person. */
record InvitationForm(@NotBlank @Size(max = 200) String inviteeName,
		@NotBlank @Email @Size(max = 254) String inviteeEmail, @Size(max = 200) String inviteeAffiliation,
		@NotBlank @Pattern(regexp = "da|en") String language) {

	static InvitationForm empty() {
		return new InvitationForm(null, null, null, "da");
	}
}

/** The public registration form. */
record RegistrationForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
		@Size(max = 200) String organisation, @Size(max = 2000) String needs, boolean consent) {

	static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, false);
	}
}
