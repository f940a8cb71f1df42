package dk.kulturpuls.funding;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.kulturpuls.geography.Municipalities;
import dk.kulturpuls.platform.AuditTrail;

/**
 * An application's history as the officer reads it: the audit trail keeps stable codes ("screened",
 * "SUBMITTED -> INFO_REQUESTED", "{0=3, 1=2}"), and this turns each event into words in the reader's language —
 * statuses, criteria, offer types, target groups, municipalities and conflict grounds by name. An event it does not
 * know is shown as recorded.
 */
@Component
class CaseHistory {

	/** One event of the history, translated. */
	public record Entry(Instant at, String actor, String action, String detail) {
	}

	private static final Pattern SCREENED = Pattern.compile("([A-Z_]+) -> ([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);
	private static final Pattern SCORES = Pattern.compile("(\\S+) \\{(.*)\\}");
	private static final Pattern SCORE = Pattern.compile("(\\d+)=(\\d+)");
	private static final Pattern OFFER = Pattern.compile("(\\S+) \\[(.*)\\]");
	private static final Pattern LIST = Pattern.compile("\\[(.*)\\]");
	private static final Pattern ATTACHMENT = Pattern.compile("(\\S+) (.*) \\S+/\\S+ (\\d+) B \\S+");
	private static final Pattern CONFLICT = Pattern.compile("(\\S+) ([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);

	private final MessageSource messages;
	private final ProgrammeCatalogue catalogue;
	private final Municipalities municipalities;

	CaseHistory(MessageSource messages, ProgrammeCatalogue catalogue, Municipalities municipalities) {
		this.messages = messages;
		this.catalogue = catalogue;
		this.municipalities = municipalities;
	}

	List<Entry> of(List<AuditTrail.AuditEvent> events, Applications.ApplicationView view, Locale locale) {
		Map<String, String> names = new HashMap<>();
		catalogue.offerTypes().forEach(c -> names.put(c.code(), c.name().in(locale)));
		catalogue.targetGroups().forEach(c -> names.put(c.code(), c.name().in(locale)));
		Map<String, String> places = new HashMap<>();
		municipalities.all().forEach(m -> places.put(m.code().value(), m.name()));
		List<Criterion> criteria = view.call().criteria();
		return events.stream().map(event -> new Entry(event.occurredAt(), event.actor(),
				messages.getMessage("history." + event.action().replaceAll("[^a-z]+", "-"), null, event.action(), locale),
				detail(event.action(), event.detail(), names, places, criteria, view, locale))).toList();
	}

	private String detail(String action, String detail, Map<String, String> names, Map<String, String> places,
			List<Criterion> criteria, Applications.ApplicationView view, Locale locale) {
		if (detail == null) {
			return "";
		}
		Matcher m;
		switch (action) {
			case "screened" -> {
				if ((m = SCREENED.matcher(detail)).matches()) {
					return status(m.group(1), locale) + " → " + status(m.group(2), locale)
							+ (m.group(3) == null ? "" : ": " + m.group(3));
				}
			}
			case "scores saved", "review submitted" -> {
				if ((m = SCORES.matcher(detail)).matches()) {
					Matcher score = SCORE.matcher(m.group(2));
					StringBuilder text = new StringBuilder(m.group(1)).append(": ");
					String separator = "";
					while (score.find()) {
						int position = Integer.parseInt(score.group(1));
						String criterion = position < criteria.size() ? criteria.get(position).name().in(locale)
								: messages.getMessage("history.criterion", new Object[] { position + 1 }, locale);
						text.append(separator).append(criterion).append(' ').append(score.group(2));
						separator = ", ";
					}
					return text.toString();
				}
			}
			case "offer chosen" -> {
				if ((m = OFFER.matcher(detail)).matches()) {
					return names.getOrDefault(m.group(1), m.group(1)) + "; " + names(m.group(2), names);
				}
			}
			case "municipalities chosen" -> {
				if ((m = LIST.matcher(detail)).matches()) {
					return names(m.group(1), places);
				}
			}
			case "attachment added" -> {
				if ((m = ATTACHMENT.matcher(detail)).matches()) {
					String kind = view.requiredName(m.group(1), locale);
					return m.group(2) + " (" + (kind != null ? kind
							: messages.getMessage("attachment.kind." + m.group(1), null, m.group(1), locale)) + ")";
				}
			}
			case "conflict of interest declared: recused" -> {
				if ((m = CONFLICT.matcher(detail)).matches()) {
					String ground = messages.getMessage("review.ground." + m.group(2), null, m.group(2), locale);
					return m.group(1) + ": " + ground + (m.group(3) == null ? "" : " – " + m.group(3));
				}
			}
			case "created" -> {
				return view.call().title().in(locale);
			}
			default -> {
				return detail;
			}
		}
		return detail;
	}

	private String status(String code, Locale locale) {
		return messages.getMessage("application.status." + code, null, code, locale);
	}

	private static String names(String codes, Map<String, String> names) {
		return java.util.Arrays.stream(codes.split(",\\s*")).filter(c -> !c.isBlank())
			.map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", "));
	}
}
