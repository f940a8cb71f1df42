package dk.kulturpuls.roundtable.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MilestoneTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	Milestone milestone(LocalDate due) {
		return new Milestone(UUID.randomUUID(), 2026, MilestoneKind.FINAL_REPORT, " Endelig rapport ", due,
				"Sekretariatet");
	}

	@Test
	void isOverdueWhenStillPlannedAfterItsDueDate() {
		assertThat(milestone(TODAY.minusDays(1)).view(TODAY).overdue()).isTrue();
		assertThat(milestone(TODAY).view(TODAY).overdue()).isFalse();
		assertThat(milestone(TODAY.plusDays(5)).view(TODAY).overdue()).isFalse();
	}

	@Test
	void isNotOverdueOnceReached() {
		Milestone late = milestone(TODAY.minusDays(10));
		late.markDone(TODAY.minusDays(2), TODAY);
		MilestoneView view = late.view(TODAY);
		assertThat(view.overdue()).isFalse();
		assertThat(view.status()).isEqualTo(MilestoneStatus.DONE);
		assertThat(view.doneOn()).isEqualTo(TODAY.minusDays(2));
		assertThat(view.title()).isEqualTo("Endelig rapport");
	}

	@Test
	void refusesToBeReachedInTheFuture() {
		Milestone milestone = milestone(TODAY);
		assertThatThrownBy(() -> milestone.markDone(TODAY.plusDays(1), TODAY))
			.hasMessage("rtp.milestone.doneOn.future");
		assertThat(milestone.view(TODAY).status()).isEqualTo(MilestoneStatus.PLANNED);
	}

	@Test
	void reopeningForgetsTheDay() {
		Milestone milestone = milestone(TODAY.minusDays(3));
		milestone.markDone(TODAY, TODAY);
		milestone.reopen();
		assertThat(milestone.view(TODAY).doneOn()).isNull();
		assertThat(milestone.view(TODAY).overdue()).isTrue();
	}

	@Test
	void needsATitleAndAResponsible() {
		assertThatThrownBy(() -> new Milestone(UUID.randomUUID(), 2026, MilestoneKind.CONFERENCE, " ", TODAY, "x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Milestone(UUID.randomUUID(), 2026, MilestoneKind.CONFERENCE, "x", TODAY, null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
