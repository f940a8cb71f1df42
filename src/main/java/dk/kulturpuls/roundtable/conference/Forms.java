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

import org.springframework.format.annotation.DateTimeFormat;

/** The conference's details as the secretariat types them. */
record ConferenceForm(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
		@DateTimeFormat(pattern = "HH:mm") LocalTime endsAt, @NotBlank @Size(max = 200) String venue,
		@NotNull @Min(1) @Max(100000) Integer capacity, @NotNull ConferenceStatus status,
		@Size(max = 4000) String description) {

	static ConferenceForm empty() {
		return new ConferenceForm(null, null, null, null, null, null, ConferenceStatus.PLANNED, null);
	}

	static ConferenceForm of(ConferenceView c) {
		return new ConferenceForm(c.title(), c.date(), c.startsAt(), c.endsAt(), c.venue(), c.capacity(), c.status(),
				c.description());
	}

	Conference.Details details() {
		return new Conference.Details(title, date, startsAt, endsAt, venue, capacity, status, description);
	}
}

/** An item of the programme. */
record ItemForm(@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
		@NotBlank @Size(max = 200) String title, @Size(max = 200) String speaker) {

	static ItemForm empty() {
		return new ItemForm(null, null, null);
	}
}

/** An invitation of a key political person. */
record InvitationForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
		@Size(max = 200) String affiliation, @NotBlank @Pattern(regexp = "da|en") String language) {

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
