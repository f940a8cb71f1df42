package dk.kulturpuls.roundtable.process;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone as pages read it; overdue when still planned after its due date. */
public record MilestoneView(UUID id, UUID roundtableId, int iteration, MilestoneKind kind, String title,
		LocalDate dueDate, MilestoneStatus status, LocalDate doneOn, String responsible, boolean overdue) {
}
