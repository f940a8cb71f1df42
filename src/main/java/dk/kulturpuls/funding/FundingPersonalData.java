package dk.kulturpuls.funding;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.PersonalDataContributor;

/**
 * What funding holds about a person: the applicant profile, the applications they created (never a colleague's),
 * and their reviews. Erasure: the profile goes at once; applications not granted lose the link to the person;
 * granted applications are kept under the accounting duty (the grants module anonymises them when it has passed).
 * Retention: rejected applications lose the link to the person three years after the end of the decision year.
 */
@Component
class FundingPersonalData implements PersonalDataContributor {

	static final String ANONYMISED = "anonymiseret";
	static final int REJECTED_YEARS = 3;

	private final JdbcClient jdbc;

	FundingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Object> export(PersonalDataSubject subject) {
		Map<String, Object> files = new LinkedHashMap<>();
		Map<String, Object> applications = new LinkedHashMap<>();
		applications.put("applicantProfile", jdbc.sql("""
				select a.username, a.name, a.email, o.name as organisation, o.cvr, a.registered_at, a.verified_at
				from funding_applicant a join funding_applicant_organisation o on o.id = a.organisation_id
				where a.username = :u""").param("u", subject.username()).query().listOfRows());
		List<Map<String, Object>> list = new ArrayList<>();
		for (Map<String, Object> row : jdbc.sql("""
				select a.id, a.receipt_number, c.title_da as call, a.status, a.title, a.summary, a.offer_type,
				       a.start_date, a.end_date, a.evaluation_plan, a.created_at, a.updated_at, a.submitted_at,
				       a.info_request, a.info_answer, d.outcome as decision, d.amount_ore, d.decided_at, d.reason
				from funding_application a join funding_call c on c.id = a.call_id
				left join funding_decision d on d.application_id = a.id
				where a.created_by = :u order by a.created_at""").param("u", subject.username()).query().listOfRows()) {
			Map<String, Object> application = new LinkedHashMap<>(row);
			application.put("partners", jdbc.sql("""
					select name, role from funding_application_partner where application_id = :a order by position""")
				.param("a", row.get("id")).query().listOfRows());
			application.put("attachments", jdbc.sql("""
					select kind, filename, size_bytes, uploaded_at from funding_attachment
					where application_id = :a order by uploaded_at""").param("a", row.get("id")).query().listOfRows());
			list.add(application);
		}
		applications.put("applications", list);
		files.put("applications", applications);
		Map<String, Object> reviews = new LinkedHashMap<>();
		reviews.put("reviewerOrganisation", jdbc.sql("select organisation from funding_reviewer where username = :u")
			.param("u", subject.username()).query(String.class).optional().orElse(null));
		List<Map<String, Object>> assignments = new ArrayList<>();
		for (Map<String, Object> row : jdbc.sql("""
				select r.id, a.receipt_number, r.assigned_at, r.declaration, r.conflict_ground, r.conflict_note,
				       r.declared_at, r.submitted_at
				from funding_review_assignment r join funding_application a on a.id = r.application_id
				where r.reviewer = :u order by r.assigned_at""").param("u", subject.username()).query().listOfRows()) {
			Map<String, Object> assignment = new LinkedHashMap<>(row);
			assignment.put("scores", jdbc.sql("""
					select position, score, comment from funding_review_score where assignment_id = :r order by position""")
				.param("r", row.get("id")).query().listOfRows());
			assignments.add(assignment);
		}
		reviews.put("assignments", assignments);
		reviews.put("comments", jdbc.sql("""
				select a.receipt_number, c.written_at, c.text from funding_review_comment c
				join funding_application a on a.id = c.application_id where c.author = :u order by c.written_at""")
			.param("u", subject.username()).query().listOfRows());
		files.put("reviews", reviews);
		return files;
	}

	@Override
	public List<Erasure> anonymise(PersonalDataSubject subject, LocalDate today) {
		int profile = jdbc.sql("""
				update funding_applicant set name = :name, email = :email, verification_token = null
				where username = :u""").param("name", "Anonymiseret ansøger")
			.param("email", subject.pseudonym() + "@anonymiseret.invalid").param("u", subject.username()).update();
		profile += jdbc.sql("delete from funding_reviewer where username = :u").param("u", subject.username()).update();
		int granted = jdbc.sql("""
				select count(*) from funding_application a join funding_decision d on d.application_id = a.id
				where a.created_by = :u and d.outcome = 'GRANTED'""").param("u", subject.username())
			.query(Integer.class).single();
		jdbc.sql("""
				update funding_attachment set uploaded_by = :p where uploaded_by = :u and application_id not in
				  (select application_id from funding_decision where outcome = 'GRANTED')""")
			.param("p", subject.pseudonym()).param("u", subject.username()).update();
		int applications = jdbc.sql("""
				update funding_application set created_by = :p where created_by = :u and id not in
				  (select application_id from funding_decision where outcome = 'GRANTED')""")
			.param("p", subject.pseudonym()).param("u", subject.username()).update();
		// reviews and the reviewers' discussion are the basis of decisions (forvaltningsloven): kept, under the
		// pseudonym, so that the case still shows that one reviewer gave these scores
		int reviews = jdbc.sql("update funding_review_assignment set reviewer = :p where reviewer = :u")
			.param("p", subject.pseudonym()).param("u", subject.username()).update()
				+ jdbc.sql("update funding_review_comment set author = :p where author = :u")
					.param("p", subject.pseudonym()).param("u", subject.username()).update();
		List<Erasure> done = new ArrayList<>();
		done.add(Erasure.erased("applicant-profile", profile));
		done.add(new Erasure("applications", applications, granted, null, "privacy.reason.accounting"));
		done.add(Erasure.erased("reviews", reviews));
		return done;
	}

	@Override
	public Map<String, Integer> applyRetention(LocalDate today) {
		Timestamp limit = Timestamp.from(LocalDate.of(today.getYear() - REJECTED_YEARS, 1, 1)
			.atStartOfDay(Formats.ZONE).toInstant());
		int rejected = jdbc.sql("""
				update funding_application set created_by = :anon where created_by <> :anon and id in
				  (select application_id from funding_decision where outcome = 'REJECTED' and decided_at < :limit)""")
			.param("anon", ANONYMISED).param("limit", limit).update();
		return Map.of("rejected-applications", rejected);
	}

	/**
	 * The grants module's retention: a granted application whose grant ended and whose accounting duty has passed
	 * loses the link to the person who applied. Returns whether anything changed.
	 */
	boolean anonymiseGranted(java.util.UUID applicationId) {
		jdbc.sql("update funding_attachment set uploaded_by = :anon where application_id = :a")
			.param("anon", ANONYMISED).param("a", applicationId).update();
		return jdbc.sql("update funding_application set created_by = :anon where id = :a and created_by <> :anon")
			.param("anon", ANONYMISED).param("a", applicationId).update() > 0;
	}
}
