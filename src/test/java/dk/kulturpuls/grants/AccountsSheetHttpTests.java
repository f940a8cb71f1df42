package dk.kulturpuls.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.kulturpuls.ApplicationTest;
import dk.kulturpuls.WebSession;
import dk.kulturpuls.funding.GrantFixture;
import dk.kulturpuls.platform.Money;

/**
 * The accounts spreadsheet: downloaded filled from the grant's budget, filled in and uploaded again, its figures and
 * explanations are read into the accounts as a draft; a wrong figure is shown as typed with its message; a file that
 * is no spreadsheet is refused with a message; another applicant cannot download it.
 */
@ApplicationTest
class AccountsSheetHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	GrantFixture fixture;

	@Autowired
	GrantSteps steps;

	@Autowired
	Grants grants;

	@Test
	void theSheetIsDownloadedFilledAndReadBack() throws IOException {
		GrantFixture.Granted granted = fixture.grant(Money.ofKroner(250_000), Money.ofKroner(80_000), null);
		steps.accept(granted.applicant(), granted.grantId(), true);
		WebSession grantee = WebSession.loggedIn(port, granted.applicant(), granted.password());
		String accounts = "/applicant/grants/" + granted.grantId() + "/accounts/" + grants.obligations(
				granted.grantId()).stream().filter(o -> o.kind() == ObligationKind.ACCOUNTS).findFirst().orElseThrow().id();
		Document page = grantee.page(accounts);
		HttpResponse<byte[]> download = grantee.bytes(page.select("#sheet-download").attr("href"));
		assertThat(download.statusCode()).isEqualTo(200);
		List<Row> rows;
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
			rows = workbook.getFirstSheet().read();
		}
		assertThat(rows.get(0).getCellText(5)).isEqualTo("Faktisk (kr.)");
		Row line = rows.get(1);
		assertThat(line.getCellText(2)).isEqualTo("Honorarer");
		assertThat(line.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(80_000);
		String id = line.getCellText(0);
		String year = line.getCellText(3);
		String other = fixture.otherApplicant();
		assertThat(WebSession.loggedIn(port, other, "secret-" + other).bytes(accounts + "/sheet.xlsx").statusCode())
			.isEqualTo(404);

		// filled in as a spreadsheet program would: a number and an explanation
		byte[] filled = sheet(id, year, 95_000, "Flere workshops end planlagt.");
		assertThat(grantee.postMultipart(accounts + "/sheet", page, Map.of(), "sheet", "regnskab.xlsx", filled)
			.statusCode()).isEqualTo(302);
		Document read = grantee.page(accounts);
		assertThat(read.select("[role=status]").text()).contains("Tallene er læst ind fra regnearket");
		assertThat(read.getElementById("a-" + id + "-" + year).val()).isEqualTo("95.000");
		assertThat(read.getElementById("e-" + id).text()).isEqualTo("Flere workshops end planlagt.");
		assertThat(read.select("#accounts-actual").text()).isEqualTo("95.000 kr.");

		// a wrong figure is shown as typed; a file that is no spreadsheet is refused
		Document wrong = Jsoup.parse(grantee.postMultipart(accounts + "/sheet", page, Map.of(), "sheet",
				"regnskab.xlsx", sheet(id, year, "mange", "")).body());
		assertThat(wrong.select("#error-summary").text()).contains("Skriv beløbet i hele kroner eller med øre");
		assertThat(wrong.getElementById("a-" + id + "-" + year).val()).isEqualTo("mange");
		Document notSheet = Jsoup.parse(grantee.postMultipart(accounts + "/sheet", page, Map.of(), "sheet",
				"regnskab.xlsx", "ikke et regneark".getBytes()).body());
		assertThat(notSheet.select("#accounts-error").text()).contains("kunne ikke læses som et regneark");
		assertThat(grantee.page(accounts).getElementById("a-" + id + "-" + year).val()).as("the draft is kept")
			.isEqualTo("95.000");
	}

	private static byte[] sheet(String id, String year, Object actual, String explanation) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Regnskab");
		sheet.value(0, 0, "Post-id");
		sheet.value(1, 0, id);
		sheet.value(1, 2, "Honorarer");
		sheet.value(1, 3, Integer.parseInt(year));
		sheet.value(1, 4, 80_000);
		if (actual instanceof Number n) {
			sheet.value(1, 5, n);
		}
		else {
			sheet.value(1, 5, actual.toString());
		}
		if (!explanation.isEmpty()) {
			sheet.value(1, 6, explanation);
		}
		workbook.finish();
		return out.toByteArray();
	}
}
