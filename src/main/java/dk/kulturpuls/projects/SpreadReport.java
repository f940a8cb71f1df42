package dk.kulturpuls.projects;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.funding.ProgrammeCatalogue;
import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.geography.MunicipalityView;
import dk.kulturpuls.platform.LocalizedText;
import dk.kulturpuls.platform.Money;

/**
 * The programme's yearly report of reach, as Danish awarding bodies must report geographic spread: the projects
 * running in the year (registered, not cancelled), the region's municipalities they reach, their target groups
 * and offer types, the participants of the year's activities and the grants. Aggregates only.
 */
@Service
@Transactional(readOnly = true)
public class SpreadReport {

	public record Line(String code, LocalizedText name, long projects, long participants, Money grants) {
	}

	public record Figures(int year, long projects, long reached, int municipalities, long participants,
			long activities, long digitalActivities, Money grants, List<Line> perMunicipality,
			List<Line> perTargetGroup, List<Line> perOfferType) {

		public List<Line> whiteSpots() {
			return perMunicipality.stream().filter(l -> l.projects() == 0).toList();
		}
	}

	private static final String RUNNING = """
			p.status <> 'CANCELLED' and p.start_date <= :yearEnd and (p.end_date is null or p.end_date >= :yearStart)
			""";

	private final JdbcClient jdbc;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;

	SpreadReport(JdbcClient jdbc, ProgrammeCatalogue catalogue, Municipalities municipalities) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
	}

	public Figures of(int year) {
		Map<String, Object> params = Map.of("yearStart", LocalDate.of(year, 1, 1), "yearEnd", LocalDate.of(year, 12, 31));
		long projects = jdbc.sql("select count(*) from projects_project p where " + RUNNING).params(params)
			.query(Long.class).single();
		long grants = jdbc.sql("select coalesce(sum(p.grant_amount_ore), 0) from projects_project p where " + RUNNING)
			.params(params).query(Long.class).single();
		Map<String, Long> activityFigures = jdbc.sql("""
				select count(*) as activities, count(*) filter (where a.digital) as digital,
				       coalesce(sum(a.participants), 0) as participants
				from projects_activity a join projects_project p on p.id = a.project_id
				where p.status <> 'CANCELLED' and a.held_on between :yearStart and :yearEnd
				""").params(params).query((rs, row) -> Map.of("activities", rs.getLong("activities"), "digital",
				rs.getLong("digital"), "participants", rs.getLong("participants"))).single();

		Map<String, long[]> byMunicipality = grouped("""
				select m.municipality_code as code, count(distinct p.id) as projects,
				       coalesce(sum((select coalesce(sum(a.participants), 0) from projects_activity a
				                     where a.project_id = p.id and a.held_on between :yearStart and :yearEnd)), 0) as participants,
				       coalesce(sum(p.grant_amount_ore), 0) as grants
				from projects_project p join projects_project_municipality m on m.project_id = p.id
				""" + " where " + RUNNING + " group by m.municipality_code", params);
		Map<String, long[]> byGroup = grouped("""
				select t.target_group as code, count(distinct p.id) as projects,
				       coalesce(sum((select coalesce(sum(a.participants), 0) from projects_activity a
				                     where a.project_id = p.id and a.held_on between :yearStart and :yearEnd)), 0) as participants,
				       coalesce(sum(p.grant_amount_ore), 0) as grants
				from projects_project p join projects_project_target_group t on t.project_id = p.id
				""" + " where " + RUNNING + " group by t.target_group", params);
		Map<String, long[]> byOffer = grouped("""
				select p.offer_type as code, count(*) as projects,
				       coalesce(sum((select coalesce(sum(a.participants), 0) from projects_activity a
				                     where a.project_id = p.id and a.held_on between :yearStart and :yearEnd)), 0) as participants,
				       coalesce(sum(p.grant_amount_ore), 0) as grants
				from projects_project p
				""" + " where " + RUNNING + " group by p.offer_type", params);

		List<MunicipalityView> region = municipalities.inRegion(Municipalities.NORTH_JUTLAND);
		List<Line> perMunicipality = region.stream()
			.map(m -> line(m.code().value(), LocalizedText.of(m.name(), m.name()), byMunicipality)).toList();
		List<Line> perGroup = catalogue.targetGroups().stream().map(c -> line(c.code(), c.name(), byGroup)).toList();
		List<Line> perOffer = catalogue.offerTypes().stream().map(c -> line(c.code(), c.name(), byOffer)).toList();
		long reached = perMunicipality.stream().filter(l -> l.projects() > 0).count();
		return new Figures(year, projects, reached, region.size(), activityFigures.get("participants"),
				activityFigures.get("activities"), activityFigures.get("digital"), new Money(grants), perMunicipality,
				perGroup, perOffer);
	}

	private Map<String, long[]> grouped(String sql, Map<String, Object> params) {
		Map<String, long[]> result = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query((rs, row) -> result.put(rs.getString("code"),
				new long[] { rs.getLong("projects"), rs.getLong("participants"), rs.getLong("grants") })).list();
		return result;
	}

	private static Line line(String code, LocalizedText name, Map<String, long[]> figures) {
		long[] f = figures.getOrDefault(code, new long[3]);
		return new Line(code, name, f[0], f[1], new Money(f[2]));
	}
}
