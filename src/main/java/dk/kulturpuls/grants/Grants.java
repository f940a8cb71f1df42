package dk.kulturpuls.grants;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.GrantAwarded;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.geography.MunicipalityCode;
import dk.kulturpuls.geography.MunicipalityView;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;

/** The awarded grants: created from {@link GrantAwarded}, listed for the public and the open-data API. */
@Service
public class Grants {

	/** An awarded grant. */
	public record GrantView(UUID id, UUID applicationId, String title, String organisation, Money amount,
			String conditions, LocalDate startDate, LocalDate endDate, int year, List<String> municipalityCodes,
			List<String> municipalityNames, Instant awardedAt) {
	}

	private final JdbcClient jdbc;
	private final Municipalities municipalities;
	private final AuditTrail audit;
	private final Clock clock;

	Grants(JdbcClient jdbc, Municipalities municipalities, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.municipalities = municipalities;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records the grant of a decision; a redelivered event changes nothing. */
	@ApplicationModuleListener
	void on(GrantAwarded event) {
		Instant now = Instant.now(clock);
		int year = event.startDate() != null ? event.startDate().getYear() : LocalDate.ofInstant(now, Formats.ZONE).getYear();
		UUID id = UUID.randomUUID();
		int created = jdbc.sql("""
				insert into grants_grant (id, application_id, title, organisation, amount_ore, conditions, start_date,
				  end_date, award_year, municipalities, awarded_at)
				values (:id, :a, :t, :o, :amount, :c, :start, :end, :year, :m, :at)
				on conflict (application_id) do nothing""")
			.param("id", id).param("a", event.applicationId()).param("t", event.title())
			.param("o", event.organisation()).param("amount", event.amountOre()).param("c", event.conditions())
			.param("start", event.startDate() == null ? null : Date.valueOf(event.startDate()))
			.param("end", event.endDate() == null ? null : Date.valueOf(event.endDate())).param("year", year)
			.param("m", String.join(",", event.municipalities().stream().sorted().toList()))
			.param("at", Timestamp.from(now)).update();
		if (created > 0) {
			audit.record("grant", id.toString(), "created from decision",
					event.applicationId() + " " + Formats.dkk(new Money(event.amountOre())));
		}
	}

	@Transactional(readOnly = true)
	public List<GrantView> all() {
		return jdbc.sql("""
				select id, application_id, title, organisation, amount_ore, conditions, start_date, end_date, award_year,
				  municipalities, awarded_at from grants_grant order by award_year desc, awarded_at desc, id""")
			.query((rs, n) -> {
				List<String> codes = rs.getString(10).isEmpty() ? List.of() : Arrays.asList(rs.getString(10).split(","));
				Date start = rs.getDate(7);
				Date end = rs.getDate(8);
				return new GrantView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), new Money(rs.getLong(5)), rs.getString(6),
						start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(), rs.getInt(9),
						codes, codes.stream().map(this::name).toList(), rs.getTimestamp(11).toInstant());
			})
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<GrantView> forApplication(UUID applicationId) {
		return all().stream().filter(g -> g.applicationId().equals(applicationId)).findFirst();
	}

	private String name(String code) {
		try {
			return municipalities.find(new MunicipalityCode(code)).map(MunicipalityView::name).orElse(code);
		}
		catch (IllegalArgumentException e) {
			return code;
		}
	}
}
