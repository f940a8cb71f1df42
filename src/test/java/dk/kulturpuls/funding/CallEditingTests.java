package dk.kulturpuls.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.Formats;
import dk.kulturpuls.platform.Money;

/**
 * The officer edits a saved call, previews a draft as applicants will see it, confirms before closing, and a call
 * that opens later is announced as upcoming and cannot be applied to, over HTTP as the browser would.
 */
@ApplicationTest
class CallEditingTests {

	@LocalServerPort
	int port;

	@Autowired
	Calls calls;

	@Autowired
	PoolRepository pools;

	@Autowired
	ReviewFixture fixture;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	/** The fields a browser would send for the form as the page shows it (checked boxes and radios only). */
	static Map<String, List<String>> fields(Document page, String formSelector) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Element form = page.selectFirst(formSelector);
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf") || name.equals("rows") || input.hasAttr("disabled")) {
				continue;
			}
			String type = input.attr("type");
			if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
				continue;
			}
			String value = input.tagName().equals("select")
					? input.select("option[selected]").stream().findFirst().map(o -> o.attr("value")).orElse("")
					: input.tagName().equals("textarea") ? input.wholeText() : input.val();
			fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		}
		return fields;
	}

	static void set(Map<String, List<String>> fields, String name, String value) {
		fields.put(name, new ArrayList<>(List.of(value)));
	}

	String draft(WebSession officer, String title, LocalDate opens) {
		Document form = officer.page("/officer/calls/new");
		String smallPool = pools.findAll().stream().filter(p -> p.maxGrant().equals(Money.ofKroner(50_000)))
			.findFirst().orElseThrow().id().value().toString();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("pool", smallPool);
		fields.put("titleDa", title);
		fields.put("textDa", "Vi søger fortællinger for børn.");
		fields.put("opensDate", Formats.date(opens));
		fields.put("opensTime", "09:00");
		fields.put("deadlineDate", Formats.date(opens.plusDays(40)));
		fields.put("deadlineTime", "12:00");
		fields.put("offerTypes", "digital");
		fields.put("targetGroups", "children");
		fields.put("criteria[0].nameDa", "Kvalitet");
		fields.put("criteria[0].weight", "100");
		fields.put("criteria[0].scale", "5");
		assertThat(officer.post("/officer/calls", form, fields).statusCode()).isEqualTo(302);
		return calls.all().stream().filter(c -> c.title().da().equals(title)).findFirst().orElseThrow().id().value()
			.toString();
	}

	@Test
	void aDraftIsEditedFromTheListAndPreviewedAsApplicantsWillSeeIt() {
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String title = ReviewFixture.unique("Fortællekald ");
		String id = draft(officer, title, LocalDate.now(clock).plusDays(1));

		Document list = officer.page("/officer/calls");
		assertThat(list.select("a[href=/officer/calls/" + id + "/edit]")).hasSize(1);
		assertThat(list.select("a[href=/officer/calls/" + id + "/preview]")).hasSize(1);

		Document edit = officer.page("/officer/calls/" + id + "/edit");
		assertThat(edit.selectFirst("h1").text()).isEqualTo("Ret opslaget");
		assertThat(edit.selectFirst("#titleDa").val()).isEqualTo(title);
		Map<String, List<String>> fields = fields(edit, "#call-form");
		set(fields, "titleDa", title + " (rettet)");
		set(fields, "criteria[0].weight", "60");
		fields.put("criteria[1].nameDa", List.of("Rækkevidde"));
		fields.put("criteria[1].weight", List.of("40"));
		fields.put("criteria[1].scale", List.of("5"));
		HttpResponse<String> saved = officer.post("/officer/calls/" + id, edit, fields);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

		Document preview = officer.page("/officer/calls/" + id + "/preview");
		assertThat(preview.selectFirst("#preview-notice").text()).contains("Forhåndsvisning").contains("Kladde");
		assertThat(preview.selectFirst("h1").text()).isEqualTo(title + " (rettet)");
		assertThat(preview.select("table td").eachText()).contains("60 %", "40 %");
		assertThat(preview.select("a[href*=/apply]")).isEmpty();
		// the public page still does not show a draft
		assertThat(new WebSession(port).get("/public/calls/" + id).statusCode()).isEqualTo(404);

		assertThat(audit.eventsFor("call", id)).extracting(AuditTrail.AuditEvent::detail)
			.anyMatch(d -> d.startsWith("title: " + title + " -> " + title + " (rettet)"))
			.anyMatch(d -> d.startsWith("criteria: Kvalitet 100 %"));
	}

	@Test
	void aCallThatOpensLaterIsListedAsUpcomingAndCannotBeAppliedTo() {
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		String title = ReviewFixture.unique("Senere kald ");
		LocalDate opens = LocalDate.now(clock).plusDays(10);
		String id = draft(officer, title, opens);
		Document list = officer.page("/officer/calls");
		officer.post("/officer/calls/" + id + "/publish", list, Map.of());

		Document public_ = new WebSession(port).page("/public/calls");
		assertThat(public_.select("#open-calls a").eachText()).doesNotContain(title);
		Element upcoming = public_.select("#upcoming li").stream().filter(li -> li.text().contains(title)).findFirst()
			.orElseThrow();
		assertThat(upcoming.text()).contains("Åbner " + Formats.date(opens));
		assertThat(public_.selectFirst("#upcoming-heading").text()).isEqualTo("Kommende opslag");

		Document call = new WebSession(port).page("/public/calls/" + id);
		assertThat(call.selectFirst("#opens-later").text()).contains(Formats.date(opens));
		assertThat(call.select("a[href*=/apply]")).isEmpty();

		// the server refuses too: no eligibility page and no draft before the opening
		WebSession applicant = WebSession.loggedIn(port, "demo-lille-1", "demo");
		assertThat(applicant.get("/applicant/calls/" + id + "/apply").statusCode()).isEqualTo(404);
		assertThat(applicant.post("/applicant/calls/" + id + "/apply", applicant.page("/applicant"), Map.of())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aPublishedCallKeepsWhatApplicantsRelyOnAndEveryChangeIsAudited() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(900_000), "Partner", Money.ofKroner(100_000));
		String id = setup.call().id().value().toString();
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document edit = officer.page("/officer/calls/" + id + "/edit");
		// the pool and classifications are locked (the call has applications), the opening has passed
		assertThat(edit.selectFirst("#locked")).isNotNull();
		assertThat(edit.select("select[name=pool]")).isEmpty();
		assertThat(edit.selectFirst("#opens-fixed")).isNotNull();
		assertThat(edit.select("input[name^=criteria]")).isEmpty();

		LocalDate today = LocalDate.now(clock);
		Map<String, List<String>> shorter = fields(edit, "#call-form");
		set(shorter, "deadlineDate", Formats.date(today.plusDays(3)));
		Document refused = org.jsoup.Jsoup.parse(officer.post("/officer/calls/" + id, edit, shorter).body());
		assertThat(refused.selectFirst("#error-summary").text()).contains("mindst 14 dage");

		Map<String, List<String>> past = fields(edit, "#call-form");
		// after the opening (yesterday), before now
		set(past, "deadlineDate", Formats.date(today));
		set(past, "deadlineTime", "00:00");
		assertThat(org.jsoup.Jsoup.parse(officer.post("/officer/calls/" + id, edit, past).body())
			.selectFirst("#error-summary").text()).contains("passeret");

		Map<String, List<String>> otherPool = fields(edit, "#call-form");
		String smallPool = pools.findAll().stream().filter(p -> p.maxGrant().equals(Money.ofKroner(50_000)))
			.findFirst().orElseThrow().id().value().toString();
		set(otherPool, "pool", smallPool);
		set(otherPool, "offerTypes", "digital");
		Document locked = org.jsoup.Jsoup.parse(officer.post("/officer/calls/" + id, edit, otherPool).body());
		assertThat(locked.selectFirst("#error-summary").text()).contains("Puljen kan ikke ændres")
			.contains("Tilbudstyper og målgrupper kan ikke ændres");

		Map<String, List<String>> longer = fields(edit, "#call-form");
		String before = Formats.dateTime(setup.call().deadline());
		set(longer, "deadlineDate", Formats.date(today.plusDays(30)));
		set(longer, "textDa", "Ny tekst: fristen er forlænget.");
		HttpResponse<String> extended = officer.post("/officer/calls/" + id, edit, longer);
		assertThat(extended.statusCode()).as(extended.body()).isEqualTo(302);
		assertThat(audit.eventsFor("call", id)).extracting(AuditTrail.AuditEvent::detail)
			.anyMatch(d -> d.startsWith("deadline: " + before + " -> " + Formats.date(today.plusDays(30))))
			.contains("text");

		// a second save of the same page is refused: the call changed since it was opened
		assertThat(org.jsoup.Jsoup.parse(officer.post("/officer/calls/" + id, edit, longer).body()).text())
			.contains("ændret af en anden");
	}

	@Test
	void closingAsksFirstAndAClosedCallCannotBeEdited() {
		ReviewFixture.Setup setup = fixture.create(Money.ofKroner(800_000), "Partner", Money.ofKroner(100_000));
		String id = setup.call().id().value().toString();
		WebSession officer = WebSession.loggedIn(port, "officer", "demo");
		Document list = officer.page("/officer/calls");
		// the list leads to a confirmation page, and a post without the confirmation only asks
		assertThat(list.select("a[href=/officer/calls/" + id + "/close]")).hasSize(1);
		HttpResponse<String> unconfirmed = officer.post("/officer/calls/" + id + "/close", list, Map.of());
		assertThat(unconfirmed.headers().firstValue("Location").orElse("")).endsWith("/officer/calls/" + id + "/close");
		assertThat(calls.find(setup.call().id()).orElseThrow().status()).isEqualTo(CallStatus.PUBLISHED);

		Document confirm = officer.page("/officer/calls/" + id + "/close");
		assertThat(confirm.selectFirst("h1").text()).contains("Luk opslaget").contains(setup.call().title().da());
		assertThat(confirm.selectFirst("#close-consequences").text()).contains("er ikke nået endnu");
		HttpResponse<String> closed = officer.post("/officer/calls/" + id + "/close", confirm, fields(confirm, "main form"));
		assertThat(closed.statusCode()).isEqualTo(302);
		assertThat(calls.find(setup.call().id()).orElseThrow().status()).isEqualTo(CallStatus.CLOSED);
		assertThat(officer.get("/officer/calls/" + id + "/edit").statusCode()).isEqualTo(404);
		assertThat(officer.get("/officer/calls/" + id + "/close").statusCode()).isEqualTo(404);
	}
}
