package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/** The application's own rules: deadline, one submission, withdrawal, screening and the information loop. */
class GrantApplicationTests {

	static final Instant OPENS = ZonedDateTime.of(2026, 9, 1, 9, 0, 0, 0, Formats.ZONE).toInstant();
	static final Instant DEADLINE = ZonedDateTime.of(2026, 11, 2, 12, 0, 0, 0, Formats.ZONE).toInstant();

	static Call call() {
		Call call = new Call(new PoolId(UUID.randomUUID()), LocalizedText.of("Opslag", "Call"),
				LocalizedText.of("Tekst", "Text"), OPENS, DEADLINE, Set.of("digital"), Set.of("children"));
		call.addCriterion(new Criterion(LocalizedText.of("Kvalitet", "Quality"), 100, 5));
		call.publish();
		return call;
	}

	static GrantApplication draft(Call call) {
		return new GrantApplication(call.id(), UUID.randomUUID(), "ansoeger@example.dk", OPENS.plusSeconds(60));
	}

	@Test
	void refusesSubmissionAtAndAfterTheDeadlineInCopenhagenTime() {
		Call call = call();
		GrantApplication application = draft(call);
		// 12:00 Copenhagen is 11:00 UTC in winter time: the deadline instant itself is too late
		assertThatThrownBy(() -> application.submit(call, "KP-1", Instant.parse("2026-11-02T11:00:00Z")))
			.isInstanceOf(FundingException.class).hasMessage("application.error.deadlinePassed");
		assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(application.submit(call, "KP-1", Instant.parse("2026-11-02T10:59:59Z"))).isTrue();
		assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void aSecondSubmitChangesNothingAndKeepsTheFirstReceipt() {
		Call call = call();
		GrantApplication application = draft(call);
		Instant first = OPENS.plusSeconds(3600);
		assertThat(application.submit(call, "KP-2026-000001", first)).isTrue();
		assertThat(application.submit(call, "KP-2026-000002", first.plusSeconds(1))).isFalse();
		assertThat(application.receiptNumber()).isEqualTo("KP-2026-000001");
		assertThat(application.submittedAt()).isEqualTo(first);
	}

	@Test
	void aSubmittedApplicationCanBeChangedAndSubmittedAgainUntilScreenedAndCanBeWithdrawn() {
		Call call = call();
		GrantApplication application = draft(call);
		application.submit(call, "KP-3", OPENS.plusSeconds(10));
		assertThat(application.changedAfterSubmission()).isFalse();
		application.describeProject("Ny titel", "x", null, null, OPENS.plusSeconds(20));
		assertThat(application.changedAfterSubmission()).isTrue();
		assertThat(application.receiptNumber()).as("until submitted again").isEqualTo("KP-3");
		assertThatThrownBy(() -> application.submit(call, "KP-3b", DEADLINE))
			.hasMessage("application.error.deadlinePassed");
		assertThat(application.submit(call, "KP-3b", OPENS.plusSeconds(30))).isTrue();
		assertThat(application.receiptNumber()).isEqualTo("KP-3b");
		assertThat(application.submittedAt()).isEqualTo(OPENS.plusSeconds(30));
		assertThat(application.changedAfterSubmission()).isFalse();
		assertThat(application.submit(call, "KP-3c", OPENS.plusSeconds(31))).as("unchanged: same receipt").isFalse();
		application.screen(ApplicationStatus.ELIGIBLE, null, OPENS.plusSeconds(40));
		assertThatThrownBy(() -> application.describeProject("Efter screening", "x", null, null, OPENS.plusSeconds(50)))
			.isInstanceOf(FundingException.class).hasMessage("application.error.notDraft");
		application.withdraw(OPENS.plusSeconds(60));
		assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(application.status().isSubmitted()).isFalse();
	}

	@Test
	void screeningNeedsAReasonOrAQuestionAndTheAnswerReturnsItToScreening() {
		Call call = call();
		GrantApplication application = draft(call);
		assertThatThrownBy(() -> application.screen(ApplicationStatus.ELIGIBLE, null, OPENS))
			.hasMessage("application.error.notSubmitted");
		application.submit(call, "KP-4", OPENS.plusSeconds(10));
		assertThatThrownBy(() -> application.screen(ApplicationStatus.INELIGIBLE, " ", OPENS))
			.hasMessage("screening.error.reasonRequired");
		application.screen(ApplicationStatus.INFO_REQUESTED, "Hvor mange deltagere?", OPENS.plusSeconds(20));
		assertThatThrownBy(() -> application.answer("", OPENS)).hasMessage("application.error.answerRequired");
		application.answer("Omkring 40", OPENS.plusSeconds(30));
		assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(application.infoAnswer()).isEqualTo("Omkring 40");
		application.screen(ApplicationStatus.INELIGIBLE, "Projektet ligger uden for regionen", OPENS.plusSeconds(40));
		assertThatThrownBy(() -> application.withdraw(OPENS.plusSeconds(50))).hasMessage("application.error.decided");
	}

	@Test
	void aCallIsPublishedOnlyWhenItsWeightsAddUpToOneHundred() {
		Call call = new Call(new PoolId(UUID.randomUUID()), LocalizedText.of("Opslag", null),
				LocalizedText.of("Tekst", null), OPENS, DEADLINE, Set.of(), Set.of());
		call.addCriterion(new Criterion(LocalizedText.of("Kvalitet", null), 60, 5));
		assertThatThrownBy(call::publish).hasMessage("call.error.weights");
		call.addCriterion(new Criterion(LocalizedText.of("Effekt", null), 40, 5));
		call.publish();
		assertThat(call.acceptsSubmissionsAt(OPENS.minusSeconds(1))).isFalse();
		assertThat(call.acceptsSubmissionsAt(OPENS)).isTrue();
		call.close();
		assertThat(call.acceptsSubmissionsAt(OPENS.plusSeconds(1))).isFalse();
	}

	@Test
	void thePoolKeepsWhoMayApplyAndItsCoFundingShare() {
		Pool pool = new Pool(new ProgrammeId(UUID.randomUUID()), LocalizedText.of("Pulje", null),
				LocalizedText.of("Beskrivelse", null), Money.ofKroner(4_000_000), Money.ofKroner(400_000),
				Money.ofKroner(1_200_000), 24, null);
		pool.setRules(EnumSet.of(ApplicantKind.ORGANISATION), 20, null);
		pool.budgetForYear(2027, Money.ofKroner(2_000_000));
		assertThat(pool.eligibleApplicants()).containsExactly(ApplicantKind.ORGANISATION);
		assertThat(pool.coFundingPercent()).isEqualTo(20);
		assertThat(pool.yearBudgets()).containsEntry(2027, Money.ofKroner(2_000_000));
		assertThatThrownBy(() -> pool.setRules(EnumSet.noneOf(ApplicantKind.class), 0, null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
