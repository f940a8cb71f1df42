package dk.kulturpuls.projects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A session of a project: when, where (a place, or digital) and how many took part. */
@Embeddable
public record Activity(@Column(nullable = false) String title, @Column(name = "held_on", nullable = false) LocalDate heldOn,
		String place, @Column(nullable = false) boolean digital, @Column(nullable = false) int participants) {

	public Activity {
		if (title == null || title.isBlank() || heldOn == null) {
			throw new IllegalArgumentException("an activity has a title and a date");
		}
		if (participants < 0) {
			throw new IllegalArgumentException("participants cannot be negative");
		}
		if (!digital && (place == null || place.isBlank())) {
			throw new IllegalArgumentException("an activity takes place somewhere or is digital");
		}
		title = title.strip();
		place = place == null || place.isBlank() ? null : place.strip();
	}
}
