package dk.kulturpuls.roundtable;

import java.util.Set;
import java.util.UUID;

/** The contact people invited to a workshop. */
record InviteForm(Set<UUID> invited) {

	Set<UUID> chosen() {
		return invited == null ? Set.of() : invited;
	}
}
