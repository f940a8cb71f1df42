package dk.kulturpuls.roundtable.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.roundtable.RoundtableView;
import dk.kulturpuls.roundtable.Roundtables;

/**
 * The milestones of a process's iterations. Every change is audited (subject type {@code roundtable-milestone}).
 * Also a template bean ({@code @roundtableMilestones}) so that the process page shows the timeline.
 */
@Service("roundtableMilestones")
@Transactional
public class Milestones {

	private final MilestoneRepository milestones;
	private final Roundtables roundtables;
	private final AuditTrail audit;
	private final Clock clock;

	Milestones(MilestoneRepository milestones, Roundtables roundtables, AuditTrail audit, Clock clock) {
		this.milestones = milestones;
		this.roundtables = roundtables;
		this.audit = audit;
		this.clock = clock;
	}

	/** The milestones of a process in order of due date, overdue ones marked. */
	@Transactional(readOnly = true)
	public List<MilestoneView> timeline(UUID roundtable) {
		LocalDate today = LocalDate.now(clock);
		return milestones.findByRoundtableIdOrderByDueDateAscTitleAsc(roundtable).stream().map(m -> m.view(today))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<MilestoneView> find(UUID id) {
		return milestones.findById(id).map(m -> m.view(LocalDate.now(clock)));
	}

	@Transactional(readOnly = true)
	public boolean any(UUID roundtable) {
		return milestones.existsByRoundtableId(roundtable);
	}

	public UUID add(UUID roundtable, int iteration, MilestoneKind kind, String title, LocalDate dueDate,
			String responsible) {
		checkIteration(roundtable, iteration);
		Milestone milestone = milestones.save(new Milestone(roundtable, iteration, kind, title, dueDate, responsible));
		audit.record("roundtable-milestone", milestone.id().toString(), "added",
				kind + " " + title + " due " + dueDate);
		return milestone.id();
	}

	/** Changes a milestone; done with a day (not in the future) or planned again. */
	public void change(UUID id, int iteration, MilestoneKind kind, String title, LocalDate dueDate,
			String responsible, boolean done, LocalDate doneOn) {
		Milestone milestone = load(id);
		checkIteration(milestone.roundtableId(), iteration);
		milestone.change(iteration, kind, title, dueDate, responsible);
		if (done) {
			milestone.markDone(doneOn, LocalDate.now(clock));
		}
		else {
			milestone.reopen();
		}
		audit.record("roundtable-milestone", id.toString(), "changed",
				kind + " " + title + " due " + dueDate + (done ? " done " + doneOn : " planned"));
	}

	/** Marks a milestone as reached today. */
	public void markDoneToday(UUID id) {
		LocalDate today = LocalDate.now(clock);
		load(id).markDone(today, today);
		audit.record("roundtable-milestone", id.toString(), "done", today.toString());
	}

	public void remove(UUID id) {
		Milestone milestone = load(id);
		milestones.delete(milestone);
		audit.record("roundtable-milestone", id.toString(), "removed", "");
	}

	private void checkIteration(UUID roundtable, int iteration) {
		RoundtableView process = roundtables.find(roundtable)
			.orElseThrow(() -> new IllegalArgumentException("no such roundtable"));
		if (iteration < process.firstYear() || iteration > process.lastYear()) {
			throw new IllegalArgumentException("rtp.milestone.iteration.outside");
		}
	}

	private Milestone load(UUID id) {
		return milestones.findById(id).orElseThrow(() -> new IllegalArgumentException("no such milestone"));
	}
}
