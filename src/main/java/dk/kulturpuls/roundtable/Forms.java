package dk.kulturpuls.roundtable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.kulturpuls.budget.FunderKind;
import dk.kulturpuls.budget.FundingStatus;
import dk.kulturpuls.platform.Money;

/** The secretariat's form for planning a workshop. */
record WorkshopForm(@NotNull Integer iteration, @NotBlank @Size(max = 200) String title, @NotNull LocalDate date,
		@NotBlank @Size(max = 200) String venue, @NotNull WorkshopTheme theme, @Size(max = 4000) String agenda) {

	static WorkshopForm empty() {
		return new WorkshopForm(null, null, null, null, null, null);
	}
}

/** Adding an organisation to the actor map. */
record ActorForm(@NotNull UUID organisation, @NotNull SystemLevel level, @NotNull @Min(1) @Max(5) Integer influence,
		@NotNull @Min(1) @Max(5) Integer interest, @Size(max = 2000) String incentives,
		@Size(max = 2000) String frameConditions, boolean invited) {

	static ActorForm empty() {
		return new ActorForm(null, null, null, null, null, null, true);
	}
}

/** A relation between two actors. */
record RelationForm(@NotNull UUID from, @NotNull UUID to, @NotNull RelationKind kind,
		@NotNull @Min(1) @Max(5) Integer strength) {

	static RelationForm empty() {
		return new RelationForm(null, null, null, 3);
	}
}

/** The contact people invited to a workshop. */
record InviteForm(Set<UUID> invited) {

	Set<UUID> chosen() {
		return invited == null ? Set.of() : invited;
	}
}

/** The invited contact people who attended a workshop. */
record AttendanceForm(Set<UUID> attended) {

	Set<UUID> chosen() {
		return attended == null ? Set.of() : attended;
	}
}

/** The minutes (formatted text, sanitised on save) and outputs of a workshop. */
record MinutesForm(@Size(max = 50000) String minutes, @Size(max = 4000) String outputs) {
}

/** An assignment: the owner is "contact:&lt;id&gt;" or "organisation:&lt;id&gt;". */
record AssignmentForm(@NotBlank @Size(max = 2000) String task, @NotBlank String owner, LocalDate dueDate) {

	static AssignmentForm empty() {
		return new AssignmentForm(null, null, null);
	}
}

/** A planned or actual amount of a budget line in a year. */
record AmountForm(@NotNull UUID line, @NotNull Integer year, @NotNull Money planned, Money actual) {

	static AmountForm empty() {
		return new AmountForm(null, null, null, null);
	}
}

/** A new budget line. */
record LineForm(@NotBlank @Size(max = 200) String text) {

	static LineForm empty() {
		return new LineForm(null);
	}
}

/** A funder's pledge (or application) for a year. */
record FundingForm(@NotBlank @Size(max = 200) String funder, @NotNull FunderKind kind, @NotNull Integer fundingYear,
		@NotNull Money amount, @NotNull FundingStatus status) {

	static FundingForm empty() {
		return new FundingForm(null, null, null, null, null);
	}
}

/** A participant's delivery of an assignment. */
record DeliveryForm(@Size(max = 4000) String note) {
}

/** A new roundtable process. */
record RoundtableForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 4000) String purpose,
		@NotNull @Min(2020) @Max(2100) Integer firstYear, @NotNull @Min(2020) @Max(2100) Integer lastYear) {

	static RoundtableForm empty() {
		return new RoundtableForm(null, null, null, null);
	}
}
