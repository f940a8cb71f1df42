package dk.kulturpuls.roundtable.process;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A milestone as the secretariat types it; done needs the day it was reached. */
record MilestoneForm(@NotNull Integer iteration, @NotNull MilestoneKind kind, @NotBlank @Size(max = 200) String title,
		@NotNull LocalDate dueDate, @NotBlank @Size(max = 200) String responsible, boolean done, LocalDate doneOn) {

	static MilestoneForm empty() {
		return new MilestoneForm(null, null, null, null, null, false, null);
	}

	static MilestoneForm of(MilestoneView m) {
		return new MilestoneForm(m.iteration(), m.kind(), m.title(), m.dueDate(), m.responsible(),
				m.status() == MilestoneStatus.DONE, m.doneOn());
	}
}
