package dk.kulturpuls.roundtable.process;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A milestone of an iteration of a process: what (kind and title), when (due date), who is responsible, and
 * whether it has been reached (with the day it was).
 */
@Entity
@Table(name = "roundtable_milestone")
class Milestone {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(nullable = false)
	private int iteration;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MilestoneKind kind;

	@Column(nullable = false)
	private String title;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MilestoneStatus status;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(nullable = false)
	private String responsible;

	protected Milestone() {
	}

	Milestone(UUID roundtableId, int iteration, MilestoneKind kind, String title, LocalDate dueDate,
			String responsible) {
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.status = MilestoneStatus.PLANNED;
		change(iteration, kind, title, dueDate, responsible);
	}

	void change(int iteration, MilestoneKind kind, String title, LocalDate dueDate, String responsible) {
		if (kind == null || title == null || title.isBlank() || dueDate == null || responsible == null
				|| responsible.isBlank()) {
			throw new IllegalArgumentException("a milestone needs a kind, a title, a due date and a responsible");
		}
		this.iteration = iteration;
		this.kind = kind;
		this.title = title.strip();
		this.dueDate = dueDate;
		this.responsible = responsible.strip();
	}

	/** Marks the milestone as reached on a day that has come. */
	void markDone(LocalDate on, LocalDate today) {
		if (on == null || on.isAfter(today)) {
			throw new IllegalArgumentException("rtp.milestone.doneOn.future");
		}
		status = MilestoneStatus.DONE;
		doneOn = on;
	}

	void reopen() {
		status = MilestoneStatus.PLANNED;
		doneOn = null;
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	MilestoneView view(LocalDate today) {
		return new MilestoneView(id, roundtableId, iteration, kind, title, dueDate, status, doneOn, responsible,
				status == MilestoneStatus.PLANNED && dueDate.isBefore(today));
	}
}
