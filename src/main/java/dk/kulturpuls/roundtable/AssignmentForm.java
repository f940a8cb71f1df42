package dk.kulturpuls.roundtable;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An assignment: the owner is "contact:&lt;id&gt;" or "organisation:&lt;id&gt;". */
record AssignmentForm(@NotBlank @Size(max = 2000) String task, @NotBlank String owner, LocalDate dueDate) {

	static AssignmentForm empty() {
		return new AssignmentForm(null, null, null);
	}
}
