package dk.kulturpuls.roundtable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assignment as pages read it; overdue when still open after its due date. */
public record AssignmentView(UUID id, UUID roundtableId, UUID workshopId, String task, UUID ownerContact,
		UUID ownerOrganisation, String ownerName, LocalDate dueDate, AssignmentStatus status, String deliveryNote,
		String fileName, String deliveredBy, Instant deliveredAt, boolean overdue) {
}
