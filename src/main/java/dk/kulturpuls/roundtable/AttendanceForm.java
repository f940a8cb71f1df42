package dk.kulturpuls.roundtable;

import java.util.Set;
import java.util.UUID;

/** The invited contact people who attended a workshop. */
record AttendanceForm(Set<UUID> attended) {

	Set<UUID> chosen() {
		return attended == null ? Set.of() : attended;
	}
}
