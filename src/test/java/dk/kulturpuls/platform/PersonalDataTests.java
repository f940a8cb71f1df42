package dk.kulturpuls.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;

/**
 * GDPR rights at the HTTP level: a person downloads their own data (and nobody else's), an administrator anonymises
 * an account (the person can no longer log in, the name is gone, the audit trail has it), and the retention job
 * deletes what is old, keeps what is young, and writes what it did in the audit trail.
 */
@ApplicationTest
class PersonalDataTests {

	static final String PASSWORD = "en-lang-adgangskode";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PersonalData personalData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonDownloadsTheirOwnDataAndNotAnotherApplicants() throws Exception {
		String anna = account("anna", "Anna Andersen");
		String bent = account("bent", "Bent Bentsen");
		application(anna, "Annas sangkor for ensomme");
		application(bent, "Bents teater i Thy");

		WebSession session = WebSession.loggedIn(port, anna, PASSWORD);
		Document page = session.page("/account/data");
		assertThat(page.select("a[href=/account/data]").text()).isEqualTo("Mine data");
		Document data = session.page("/account/data");
		assertThat(data.select("h1").text()).isEqualTo("Mine data");
		HttpResponse<byte[]> zip = session.postForBytes("/account/data/download", data, Map.of());
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
		Map<String, String> files = unzip(zip.body());
		assertThat(files).containsKeys("account.json", "applications.json", "reviews.json", "registrations.json",
				"consents.json", "access-log.json", "mails.json", "grants.json");
		assertThat(files.get("account.json")).contains("Anna Andersen").contains(anna);
		assertThat(files.get("applications.json")).contains("Annas sangkor for ensomme")
			.doesNotContain("Bents teater i Thy");
		assertThat(files.values()).noneMatch(text -> text.contains("Bent Bentsen") || text.contains(bent));
		// the download itself is in the audit trail, and so in the next download's access log
		assertThat(events(anna, "personal data exported")).isEqualTo(1);
		Map<String, String> again = unzip(session.postForBytes("/account/data/download",
				session.page("/account/data"), Map.of()).body());
		assertThat(again.get("access-log.json")).contains("personal data exported");
	}

	@Test
	void anonymousVisitorsGetNoData() {
		WebSession anonymous = new WebSession(port);
		HttpResponse<String> page = anonymous.get("/account/data");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
		HttpResponse<byte[]> download = anonymous.postForBytes("/account/data/download", anonymous.page("/login"),
				Map.of());
		assertThat(download.statusCode()).isIn(302, 403);
		assertThat(new String(download.body(), StandardCharsets.UTF_8)).doesNotContain("account.json");
	}

	@Test
	void theAdministratorAnonymisesAnAccount() {
		String carl = account("carl", "Carl Carlsen");
		application(carl, "Carls kladde");
		UUID id = accounts.find(carl).orElseThrow().id();
		WebSession user = WebSession.loggedIn(port, carl, PASSWORD);
		assertThat(user.get("/account/data").statusCode()).isEqualTo(200);

		WebSession admin = WebSession.loggedIn(port, "admin", "demo");
		Document account = admin.page("/admin/accounts/" + carl);
		assertThat(account.select("a[href=/admin/accounts/" + carl + "/anonymise]").text())
			.isEqualTo("Anonymisér konto");
		Document confirm = admin.page("/admin/accounts/" + carl + "/anonymise");
		assertThat(confirm.text()).contains("Carl Carlsen").contains("bogføringspligten");
		HttpResponse<String> done = admin.post("/admin/accounts/" + carl + "/anonymise", confirm, Map.of());
		assertThat(done.statusCode()).isEqualTo(302);
		String pseudonym = "anonymiseret-" + id.toString().substring(0, 8);
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/admin/accounts/" + pseudonym);

		Document after = admin.page("/admin/accounts/" + pseudonym);
		assertThat(after.text()).contains("Kontoen er anonymiseret.").doesNotContain("Carl Carlsen");
		assertThat(after.selectFirst("#displayName").val()).isEqualTo("Anonymiseret bruger");
		assertThat(admin.page("/admin/accounts?q=carlsen").text()).doesNotContain("Carl Carlsen");
		assertThat(admin.get("/admin/accounts/" + carl).statusCode()).isEqualTo(404);
		assertThat(events(id.toString(), "personal data erased")).isEqualTo(1);
		assertThat(jdbc.sql("select created_by from funding_application where title = 'Carls kladde'")
			.query(String.class).single()).isEqualTo(pseudonym);

		// the user's session ended, and the old name and password no longer log in
		assertThat(user.get("/account/data").statusCode()).isEqualTo(302);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebSession.loggedIn(port, carl, PASSWORD))
			.hasMessageContaining("login failed");
	}

	@Test
	void onlyAnAdministratorAnonymisesAndNotThemself() {
		String dora = account("dora", "Dora Dahl");
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		assertThat(officer.get("/admin/accounts/" + dora + "/anonymise").statusCode()).isEqualTo(403);
		assertThat(officer.post("/admin/accounts/" + dora + "/anonymise", officer.page("/officer"), Map.of())
			.statusCode()).isEqualTo(403);
		assertThat(accounts.find(dora)).isPresent();

		WebSession admin = WebSession.loggedIn(port, "admin", "demo");
		Document self = admin.page("/admin/accounts/admin/anonymise");
		assertThat(self.select("[role=alert]").text()).contains("Du kan ikke anonymisere din egen konto");
		assertThat(self.select("form[action$=/anonymise]")).isEmpty();
		HttpResponse<String> refused = admin.post("/admin/accounts/admin/anonymise", self, Map.of());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(accounts.find("admin")).isPresent();
	}

	@Test
	void theRetentionJobDeletesAnOldMailKeepsAYoungOneAndAuditsIt() {
		String old = "gammel-" + UUID.randomUUID() + "@test.kulturpuls.invalid";
		String young = "ung-" + UUID.randomUUID() + "@test.kulturpuls.invalid";
		mail(old, Instant.now().minus(200, ChronoUnit.DAYS));
		mail(young, Instant.now().minus(10, ChronoUnit.DAYS));

		Map<String, Integer> counts = personalData.applyRetention(LocalDate.now(Formats.ZONE));

		assertThat(counts.get("mails")).isGreaterThanOrEqualTo(1);
		assertThat(mails(old)).isZero();
		assertThat(mails(young)).isEqualTo(1);
		WebSession admin = WebSession.loggedIn(port, "admin", "demo");
		Document trail = admin.page("/admin/audit?subjectType=retention");
		assertThat(trail.text()).contains("retention applied").contains("mails=");
	}

	private String account(String prefix, String name) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, name, username + "@test.kulturpuls.invalid", PASSWORD, EnumSet.of(Role.APPLICANT));
		return username;
	}

	private void application(String username, String title) {
		UUID call = jdbc.sql("select id from funding_call limit 1").query(UUID.class).single();
		UUID organisation = jdbc.sql("select id from funding_applicant_organisation limit 1").query(UUID.class)
			.single();
		Map<String, Object> params = new HashMap<>();
		params.put("id", UUID.randomUUID());
		params.put("call", call);
		params.put("org", organisation);
		params.put("by", username);
		params.put("now", Timestamp.from(Instant.now()));
		params.put("title", title);
		jdbc.sql("""
				insert into funding_application (id, call_id, organisation_id, created_by, created_at, updated_at,
				  status, title) values (:id, :call, :org, :by, :now, :now, 'DRAFT', :title)""").params(params).update();
	}

	private void mail(String recipient, Instant at) {
		jdbc.sql("""
				insert into platform_outbox (id, created_at, recipient, subject, body, delivered)
				values (:id, :at, :to, 'Kvittering', 'Tak for din ansøgning', true)""")
			.param("id", UUID.randomUUID()).param("at", Timestamp.from(at)).param("to", recipient).update();
	}

	private long mails(String recipient) {
		return jdbc.sql("select count(*) from platform_outbox where recipient = :r").param("r", recipient)
			.query(Long.class).single();
	}

	private long events(String subject, String action) {
		String id = accounts.find(subject).map(a -> a.id().toString()).orElse(subject);
		return jdbc.sql("select count(*) from platform_audit_event where subject_id = :s and action = :a")
			.param("s", id).param("a", action).query(Long.class).single();
	}

	private static Map<String, String> unzip(byte[] bytes) throws java.io.IOException {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}
}
