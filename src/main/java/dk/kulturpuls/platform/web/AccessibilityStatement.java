package dk.kulturpuls.platform.web;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a programme declares about accessibility, as it enters it in Digitaliseringsstyrelsen's WAS-Tool: the public
 * body responsible, where the statement is published (was.digst.dk/&lt;site&gt;), how users reach the body, the
 * supervisory authority's page and when the statement was made and last reviewed. The compliance status and the
 * known deviations are the platform's own and live in the messages.
 *
 * @param organisation the public body that runs the programme, e.g. "Region Nordjylland" (blank: not stated)
 * @param statementUrl the statement published in the WAS-Tool, e.g. https://www.was.digst.dk/kulturpuls-rn-dk
 *        (blank: not yet published; the footer and /was then lead to the platform's own page)
 * @param contactEmail the written contact for accessibility feedback
 * @param contactPhone the telephone contact, which the WAS-Tool also asks for
 * @param complaintUrl Digitaliseringsstyrelsen's page on complaining about inaccessible content
 * @param compliance how far the site complies with EN 301 549 (WCAG 2.1 AA)
 * @param preparedOn when the statement was prepared
 * @param reviewedOn when it was last reviewed (at least once a year; blank: when it was prepared)
 */
@ConfigurationProperties("kulturpuls.accessibility")
record AccessibilityStatement(String organisation, String statementUrl, String contactEmail, String contactPhone,
		@DefaultValue(DIGST_COMPLAINTS) URI complaintUrl, @DefaultValue("PARTIAL") Compliance compliance,
		@DefaultValue("2026-12-04") LocalDate preparedOn, LocalDate reviewedOn) {

	static final String DIGST_COMPLAINTS = "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/";

	/** The platform's own page, shown when no WAS statement is configured and always reachable. */
	static final String OWN_PAGE = "/accessibility";

	/** The three answers of the WAS-Tool to "how far does the site comply". */
	enum Compliance {
		FULL, PARTIAL, NONE;

		public String messageKey() {
			return "accessibility.compliance." + name();
		}
	}

	/** Whether the programme has published its statement in the WAS-Tool. */
	public boolean published() {
		return present(statementUrl);
	}

	/** Where the footer's "Tilgængelighedserklæring" and the short address /was lead. */
	public String href() {
		return published() ? statementUrl.strip() : OWN_PAGE;
	}

	public boolean hasOrganisation() {
		return present(organisation);
	}

	public boolean hasEmail() {
		return present(contactEmail);
	}

	public boolean hasPhone() {
		return present(contactPhone);
	}

	/** "tel:" link of the telephone number, without spaces. */
	public String phoneHref() {
		return hasPhone() ? "tel:" + contactPhone.replaceAll("[^+0-9]", "") : null;
	}

	public LocalDate lastReviewed() {
		return reviewedOn == null ? preparedOn : reviewedOn;
	}

	/** The statement must be reviewed at least once a year. */
	public LocalDate nextReview() {
		return lastReviewed().plusYears(1);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
