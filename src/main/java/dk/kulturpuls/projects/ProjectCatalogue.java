package dk.kulturpuls.projects;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalogue: public projects filtered by municipality, offer type, target group, status and words, a
 * public project's page with its public documentation only, and the counts per municipality the maps draw.
 * Written in SQL so that the catalogue and the maps stay fast with thousands of projects.
 */
@Service
@Transactional(readOnly = true)
public class ProjectCatalogue {

	public static final int PAGE_SIZE = 25;

	/** The filters of the catalogue; null or blank means "any". */
	public record Filter(String text, String municipality, String offerType, String targetGroup, ProjectStatus status,
			Integer year) {
	}

	/** One public project in a list or in the open data. */
	public record Entry(UUID id, String name, String summary, String leadOrganisation, String offerType,
			Set<String> targetGroups, Set<String> municipalities, LocalDate startDate, LocalDate endDate,
			ProjectStatus status, Long grantAmountOre) {
	}

	public record Page(long total, int page, List<Entry> entries) {

		public int pages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	private static final String SELECT = """
			select p.id, p.name, p.summary, p.lead_organisation, p.offer_type, p.start_date, p.end_date, p.status,
			       p.grant_amount_ore,
			       array(select t.target_group from projects_project_target_group t where t.project_id = p.id
			             order by t.target_group) as target_groups,
			       array(select m.municipality_code from projects_project_municipality m where m.project_id = p.id
			             order by m.municipality_code) as municipalities
			from projects_project p
			""";

	private final JdbcClient jdbc;
	private final ProjectRepository repository;
	private final ProjectDocumentRepository documents;

	ProjectCatalogue(JdbcClient jdbc, ProjectRepository repository, ProjectDocumentRepository documents) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.documents = documents;
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(Filter filter) {
		StringBuilder sql = new StringBuilder(" where p.publicly_visible");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and (p.name ilike :text or p.summary ilike :text or p.lead_organisation ilike :text)");
			params.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%");
		}
		if (filter.municipality() != null && !filter.municipality().isBlank()) {
			sql.append(" and exists (select 1 from projects_project_municipality m where m.project_id = p.id"
					+ " and m.municipality_code = :municipality)");
			params.put("municipality", filter.municipality());
		}
		if (filter.offerType() != null && !filter.offerType().isBlank()) {
			sql.append(" and p.offer_type = :offerType");
			params.put("offerType", filter.offerType());
		}
		if (filter.targetGroup() != null && !filter.targetGroup().isBlank()) {
			sql.append(" and exists (select 1 from projects_project_target_group t where t.project_id = p.id"
					+ " and t.target_group = :targetGroup)");
			params.put("targetGroup", filter.targetGroup());
		}
		if (filter.status() != null) {
			sql.append(" and p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.year() != null) {
			sql.append(" and p.start_date <= :yearEnd and (p.end_date is null or p.end_date >= :yearStart)");
			params.put("yearStart", LocalDate.of(filter.year(), 1, 1));
			params.put("yearEnd", LocalDate.of(filter.year(), 12, 31));
		}
		return new Where(sql.toString(), params);
	}

	public Page search(Filter filter, int page) {
		Where where = where(filter);
		long total = jdbc.sql("select count(*) from projects_project p" + where.sql()).params(where.params())
			.query(Long.class).single();
		List<Entry> entries = jdbc
			.sql(SELECT + where.sql() + " order by p.start_date desc, p.name limit " + PAGE_SIZE + " offset "
					+ (Math.max(0, page) * PAGE_SIZE))
			.params(where.params()).query(ProjectCatalogue::entry).list();
		return new Page(total, Math.max(0, page), entries);
	}

	/** Every public project matching the filter, by name: the open data. */
	public List<Entry> all(Filter filter) {
		Where where = where(filter);
		return jdbc.sql(SELECT + where.sql() + " order by p.name, p.id").params(where.params())
			.query(ProjectCatalogue::entry).list();
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("summary"),
				rs.getString("lead_organisation"), rs.getString("offer_type"), strings(rs.getArray("target_groups")),
				strings(rs.getArray("municipalities")), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), ProjectStatus.valueOf(rs.getString("status")),
				rs.getObject("grant_amount_ore", Long.class));
	}

	private static Set<String> strings(Array array) throws SQLException {
		return array == null ? Set.of() : new TreeSet<>(Arrays.asList((String[]) array.getArray()));
	}

	/** A public project's page: the project and its public documentation; empty for a project not public. */
	public record PublicProject(ProjectDetails details, List<DocumentView> documents) {
	}

	public Optional<PublicProject> publicProject(ProjectId id) {
		return repository.findById(id.value()).filter(p -> p.view().publiclyVisible())
			.map(p -> new PublicProject(p.details(),
					documents.findByProjectIdOrderByAddedAtDesc(id.value()).stream().filter(ProjectDocument::publicItem)
						.map(ProjectDocument::view).toList()));
	}

	/** A municipality's public projects (not cancelled) and those of them running on the day asked. */
	public record Counts(long projects, long active) {

		static final Counts NONE = new Counts(0, 0);
	}

	/**
	 * Public projects per municipality code for the given offer type and target group (null: any), with how many
	 * of them are running on the given day: the municipalities without one are the white spots. One query.
	 */
	public Map<String, Counts> perMunicipality(String offerType, String targetGroup, LocalDate day) {
		StringBuilder sql = new StringBuilder("""
				select m.municipality_code as code, count(*) as projects,
				       count(*) filter (where p.status <> 'COMPLETED' and p.start_date <= :day
				                        and (p.end_date is null or p.end_date >= :day)) as active
				from projects_project p join projects_project_municipality m on m.project_id = p.id
				where p.publicly_visible and p.status <> 'CANCELLED'
				""");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("day", day);
		if (offerType != null && !offerType.isBlank()) {
			sql.append(" and p.offer_type = :offerType");
			params.put("offerType", offerType);
		}
		if (targetGroup != null && !targetGroup.isBlank()) {
			sql.append(" and exists (select 1 from projects_project_target_group t where t.project_id = p.id"
					+ " and t.target_group = :targetGroup)");
			params.put("targetGroup", targetGroup);
		}
		sql.append(" group by m.municipality_code");
		Map<String, Counts> counts = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).params(params).query((rs, row) -> counts.put(rs.getString("code"),
				new Counts(rs.getLong("projects"), rs.getLong("active")))).list();
		return counts;
	}
}
