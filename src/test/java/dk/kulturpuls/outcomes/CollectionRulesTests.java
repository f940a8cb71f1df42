package dk.kulturpuls.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.projects.ProjectId;
import dk.kulturpuls.projects.Projects;

/**
 * What may be collected: only what the measurement plan holds, only while the instrument is switched on; and the CSV
 * import, which stores a file only when every row passes.
 */
@ApplicationTest
class CollectionRulesTests {

	@Autowired
	Projects projects;

	@Autowired
	Participants participants;

	@Autowired
	MeasurementPlans plans;

	@Autowired
	InstrumentSettings settings;

	@Autowired
	AnswerImport answerImport;

	@Autowired
	JdbcClient jdbc;

	ProjectId project() {
		ProjectId id = projects.register(new Projects.NewProject("Maleri " + UUID.randomUUID().toString().substring(0, 6),
				"Maleri i otte uger.", "Testkommune", "rules", Set.of("adults"), Set.of("0101"),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), true, Set.of("projectlead")));
		plans.replace(id, List.of(new MeasurementPlans.Entry("WHO-5", TimePoint.BASELINE, null),
				new MeasurementPlans.Entry("WHO-5", TimePoint.END, null),
				new MeasurementPlans.Entry("SWEMWBS", TimePoint.BASELINE, null)));
		return id;
	}

	@Test
	void aPlanNeedsABaselineAndFollowUpMonthsAndReportsEveryProblemAtOnce() {
		List<MeasurementPlans.Problem> problems = plans.check(Set.of("UCLA-3/END", "WHO-5/BASELINE", "WHO-5/FOLLOW_UP"),
				Map.of("WHO-5", "0"));
		assertThat(problems).extracting(MeasurementPlans.Problem::messageKey)
			.containsExactlyInAnyOrder("outcomes.plan.error.baseline", "outcomes.plan.error.months");
		assertThat(problems).extracting(MeasurementPlans.Problem::field).contains("plan-UCLA-3-BASELINE", "months-WHO-5");
		assertThat(plans.check(Set.of(), Map.of())).extracting(MeasurementPlans.Problem::messageKey)
			.containsExactly("outcomes.plan.error.empty");
		assertThat(plans.check(Set.of("WHO-5/BASELINE", "WHO-5/FOLLOW_UP"), Map.of("WHO-5", "12"))).isEmpty();
	}

	@Test
	void onlyPlannedMeasurementsAreCollected() {
		ProjectId project = project();
		Participants.Participant p = participants.enrol(project, null, null, false);
		assertThatThrownBy(() -> participants.issueLink(p.id(), "UCLA-3", TimePoint.BASELINE))
			.isInstanceOf(InvalidResponseException.class).hasMessage("outcomes.error.notPlanned");
		assertThatThrownBy(() -> participants.recordPaper(p.id(), "WHO-5", TimePoint.FOLLOW_UP, List.of(1, 1, 1, 1, 1)))
			.isInstanceOf(InvalidResponseException.class);
		assertThat(participants.issueLink(p.id(), "WHO-5", TimePoint.END)).isNotBlank();
	}

	@Test
	void switchingALicensedScaleOffStopsItsCollectionAndClosesItsOpenLinks() {
		ProjectId project = project();
		Participants.Participant p = participants.enrol(project, null, null, false);
		String token = participants.issueLink(p.id(), "SWEMWBS", TimePoint.BASELINE);
		assertThat(participants.openLink(token)).isPresent();
		assertThatThrownBy(() -> settings.switchTo("WHO-5", false, "test")).isInstanceOf(IllegalArgumentException.class);
		settings.switchTo("SWEMWBS", false, "test");
		try {
			assertThat(settings.enabled("SWEMWBS")).isFalse();
			assertThat(settings.enabledCodes()).contains("WHO-5").doesNotContain("SWEMWBS");
			assertThat(participants.openLink(token)).isEmpty();
			assertThat(plans.collectable(project)).extracting(MeasurementPlans.Entry::instrument)
				.doesNotContain("SWEMWBS");
			assertThat(plans.check(Set.of("SWEMWBS/BASELINE"), Map.of()))
				.extracting(MeasurementPlans.Problem::messageKey).containsExactly("outcomes.plan.error.disabled");
			assertThat(jdbc.sql("""
					select count(*) from platform_audit_event where subject_type = 'outcomes-instrument'
					and subject_id = 'SWEMWBS' and action = 'instrument-disabled'""").query(Long.class).single())
				.isPositive();
		}
		finally {
			settings.switchTo("SWEMWBS", true, "test");
		}
		assertThat(participants.openLink(token)).isPresent();
	}

	@Test
	void anImportWithOneBadRowStoresNothingAndNamesEveryProblem() {
		ProjectId project = project();
		Participants.Participant a = participants.enrol(project, null, null, false);
		Participants.Participant gone = participants.enrol(project, null, null, false);
		participants.withdraw(gone.id());
		String csv = """
				code,instrument,time_point,item1,item2,item3,item4,item5,item6,item7,item8
				%1$s,WHO-5,BASELINE,3,3,3,3,3,,,
				%1$s,WHO-5,END,3,3,,3,6,,,
				%2$s,WHO-5,BASELINE,1,1,1,1,1,,,
				%1$s,UCLA-3,BASELINE,1,1,1,,,,,
				%1$s,WHO-5,LATER,1,1,1,1,1,,,
				%1$s,WHO-5,BASELINE,3,3,3,3,3,4,,
				""".formatted(a.code(), gone.code());
		AnswerImport.Result result = answerImport.check(project, csv.getBytes(StandardCharsets.UTF_8), n -> {
		});
		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
			.containsExactly("3 item3 outcomes.import.error.itemMissing", "3 item5 outcomes.import.error.itemRange",
					"4 code outcomes.import.error.withdrawn", "5 instrument outcomes.error.notPlanned",
					"6 time_point outcomes.import.error.timePoint", "7 item6 outcomes.import.error.extraItem",
					"7 code outcomes.import.error.duplicate");
		assertThat(jdbc.sql("select count(*) from outcomes_score where participant_id = :p").param("p", a.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aCleanSemicolonFileWithAByteOrderMarkIsStoredWhole() {
		ProjectId project = project();
		Participants.Participant a = participants.enrol(project, null, null, false);
		Participants.Participant b = participants.enrol(project, null, null, false);
		String csv = "\uFEFFcode;instrument;time_point;item1;item2;item3;item4;item5;item6;item7\r\n"
				+ a.code().toLowerCase() + ";who-5;baseline;5;4;3;2;1;;\r\n" + b.code() + ";SWEMWBS;BASELINE;1;1;1;1;1;1;1\r\n";
		AnswerImport.Result result = answerImport.check(project, csv.getBytes(StandardCharsets.UTF_8), n -> {
		});
		assertThat(result.problems()).isEmpty();
		assertThat(answerImport.store(project, result.rows(), "svar.csv", n -> {
		})).isEqualTo(2);
		assertThat(jdbc.sql("select score from outcomes_score where participant_id = :p").param("p", a.id())
			.query(Double.class).single()).isEqualTo(60.0);
		assertThat(jdbc.sql("select score from outcomes_score where participant_id = :p").param("p", b.id())
			.query(Double.class).single()).isEqualTo(7.0);
		assertThat(jdbc.sql("""
				select count(*) from platform_audit_event where subject_type = 'project' and subject_id = :id
				and action = 'answers-imported'""").param("id", project.value().toString()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aFileWithoutTheColumnsSaysSoOnce() {
		AnswerImport.Result result = answerImport.check(project(), "kode,svar\nKP-1,3\n".getBytes(StandardCharsets.UTF_8),
				n -> {
				});
		assertThat(result.problems()).extracting(AnswerImport.Problem::messageKey)
			.containsExactly("outcomes.import.error.noHeader");
		assertThat(answerImport.check(project(), "code,instrument\nKP-1,WHO-5\n".getBytes(StandardCharsets.UTF_8), n -> {
		}).problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("time_point, item1"));
		assertThat(answerImport.check(project(), new byte[0], n -> {
		}).problems()).extracting(AnswerImport.Problem::messageKey).containsExactly("outcomes.import.error.empty");
	}
}
