package dk.kulturpuls.roundtable.conference;

import java.time.LocalDate;
import java.time.LocalTime;

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
