package dk.kulturpuls.roundtable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A workshop as pages read it. The minutes and outputs are plain text (see PlainText). */
public record WorkshopView(UUID id, UUID roundtableId, int iteration, String title, LocalDate date, String venue,
		WorkshopTheme theme, String agenda, String minutes, String outputs, Set<UUID> invited, Set<UUID> attended) {

	/** The recommended size of a roundtable: 8–10 leading stakeholders. */
	public boolean sizeOutsideRecommendation() {
		return invited.size() < 8 || invited.size() > 10;
	}
}
