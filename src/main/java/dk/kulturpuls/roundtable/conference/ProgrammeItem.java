package dk.kulturpuls.roundtable.conference;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An item of the conference programme: when, what and who speaks. */
@Embeddable
public record ProgrammeItem(@Column(name = "starts_at", nullable = false) LocalTime startsAt,
		@Column(name = "title", nullable = false) String title, @Column(name = "speaker") String speaker) {
}
