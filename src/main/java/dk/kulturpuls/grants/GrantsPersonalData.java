package dk.kulturpuls.grants;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.kulturpuls.funding.GrantDecisions;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.PersonalDataContributor;

/**
 * What grants holds about a person: the grants where they are the grantee's contact. All of it is accounting
 * material (bogføringsloven § 10): kept at an erasure, and anonymised by the retention job when five years have
 * passed after the end of the financial year (the calendar year) in which the grant ended; the application it came
 * from loses the link to the person at the same time.
 */
@Component
class GrantsPersonalData implements PersonalDataContributor {

	static final String ANONYMISED = "anonymiseret";
	static final int YEARS = 5;

	private final JdbcClient jdbc;
	private final GrantDecisions decisions;

	GrantsPersonalData(JdbcClient jdbc, GrantDecisions decisions) {
		this.jdbc = jdbc;
		this.decisions = decisions;
	}

	@Override
	public Map<String, Object> export(PersonalDataSubject subject) {
		return Map.of("grants", jdbc.sql("""
				select id, application_id, title, organisation, amount_ore, start_date, end_date, status, awarded_at,
				       closed_at from grants_grant where grantee = :u order by awarded_at""")
			.param("u", subject.username()).query().listOfRows());
	}

	@Override
	public List<Erasure> anonymise(PersonalDataSubject subject, LocalDate today) {
		int kept = jdbc.sql("select count(*) from grants_grant where grantee = :u").param("u", subject.username())
			.query(Integer.class).single();
		return kept == 0 ? List.of() : List.of(new Erasure("grants", 0, kept, null, "privacy.reason.accounting"));
	}

	@Override
	public Map<String, Integer> applyRetention(LocalDate today) {
		Timestamp limit = Timestamp.from(LocalDate.of(today.getYear() - YEARS, 1, 1).atStartOfDay(Formats.ZONE)
			.toInstant());
		List<UUID> due = jdbc.sql("""
				select application_id from grants_grant
				where status in ('CLOSED', 'DECLINED', 'RETURNED') and coalesce(closed_at, status_changed_at) < :limit
				  and (grantee is null or grantee <> :anon)""")
			.param("limit", limit).param("anon", ANONYMISED).query(UUID.class).list();
		due.forEach(decisions::anonymiseApplicant);
		int grants = jdbc.sql("""
				update grants_grant set grantee = :anon
				where status in ('CLOSED', 'DECLINED', 'RETURNED') and coalesce(closed_at, status_changed_at) < :limit
				  and (grantee is null or grantee <> :anon)""")
			.param("limit", limit).param("anon", ANONYMISED).update();
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("granted-applications-and-grants", grants);
		return counts;
	}
}
