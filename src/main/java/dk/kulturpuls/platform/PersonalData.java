package dk.kulturpuls.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dk.kulturpuls.platform.PersonalDataContributor.Erasure;
import dk.kulturpuls.platform.PersonalDataContributor.PersonalDataSubject;
import dk.kulturpuls.platform.security.TwoFactor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights over their data: the download of everything the modules hold about them (one JSON file per
 * kind in a ZIP), the administrator's erasure of an account, and the nightly retention job. The modules contribute
 * through {@link PersonalDataContributor}; the platform never reads their tables.
 */
@Service
public class PersonalData {

	private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

	/** The name an anonymised account shows. */
	static final String ANONYMISED_NAME = "Anonymiseret bruger";

	private final Accounts accounts;
	private final List<PersonalDataContributor> contributors;
	private final AuditTrail audit;
	private final TwoFactor twoFactor;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	PersonalData(Accounts accounts, List<PersonalDataContributor> contributors, AuditTrail audit, TwoFactor twoFactor,
			Clock clock, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.contributors = contributors;
		this.audit = audit;
		this.twoFactor = twoFactor;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Writes the ZIP of the person's data to the stream; the download is audited. */
	@Transactional
	public void export(String username, OutputStream out) {
		PersonalDataSubject subject = subject(username);
		Map<String, Object> files = new TreeMap<>();
		for (PersonalDataContributor contributor : contributors) {
			contributor.export(subject).forEach((name, content) -> files.merge(name, content, PersonalData::merge));
		}
		audit.record("account", subject.accountId().toString(), "personal data exported",
				files.size() + " files: " + String.join(", ", files.keySet()));
		try {
			ZipOutputStream zip = new ZipOutputStream(out);
			for (Map.Entry<String, Object> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey() + ".json"));
				zip.write(json.writeValueAsBytes(plain(file.getValue())));
				zip.closeEntry();
			}
			zip.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Erases the account on request: every module erases or anonymises what it may and reports what it must keep;
	 * then the account loses its name, e-mail, password and user name, its second factor and its sessions. One
	 * transaction, audited with what was done.
	 *
	 * @throws IllegalArgumentException when the administrator asks to anonymise their own account
	 */
	@Transactional
	public ErasureReport anonymise(String username, String administrator) {
		PersonalDataSubject subject = subject(username);
		if (subject.username().equals(administrator)) {
			throw new IllegalArgumentException("an administrator cannot anonymise their own account");
		}
		List<Erasure> done = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (PersonalDataContributor contributor : contributors) {
			done.addAll(contributor.anonymise(subject, today));
		}
		twoFactor.reset(subject.username());
		Accounts.AccountView account = accounts.anonymise(subject.username(), ANONYMISED_NAME);
		audit.record("account", subject.accountId().toString(), "personal data erased", done.stream()
			.map(e -> e.kind() + " erased " + e.erased() + (e.kept() > 0 ? ", kept " + e.kept()
					+ (e.keptUntil() == null ? "" : " until " + e.keptUntil()) + " (" + e.reasonKey() + ")" : ""))
			.reduce((a, b) -> a + "; " + b).orElse("nothing held by the modules"));
		return new ErasureReport(account, done);
	}

	public record ErasureReport(Accounts.AccountView account, List<Erasure> erasures) {
	}

	/**
	 * The nightly retention job (docs/security.md, Retention): one node at a time; each module in a transaction of
	 * its own, so one that fails does not hold back the others. Audited with the count per kind of data.
	 */
	@Scheduled(cron = "${kulturpuls.retention.cron:0 20 3 * * *}", zone = "Europe/Copenhagen")
	@SchedulerLock(name = "personal-data-retention", lockAtMostFor = "PT1H")
	void nightly() {
		log.info("Retention: {}", applyRetention(LocalDate.now(clock)));
	}

	/** Applies every module's retention periods as of the day; returns (and audits) the counts per kind. */
	public Map<String, Integer> applyRetention(LocalDate today) {
		Map<String, Integer> counts = new TreeMap<>();
		for (PersonalDataContributor contributor : contributors) {
			try {
				Map<String, Integer> result = transaction.execute(status -> contributor.applyRetention(today));
				if (result != null) {
					result.forEach((kind, count) -> counts.merge(kind, count, Integer::sum));
				}
			}
			catch (RuntimeException e) {
				log.error("Retention failed in {}", contributor.getClass().getSimpleName(), e);
				counts.merge("failed:" + contributor.getClass().getSimpleName(), 1, Integer::sum);
			}
		}
		transaction.executeWithoutResult(status -> audit.record("retention", today.toString(), "retention applied",
				counts.isEmpty() ? "nothing held beyond its period" : counts.toString()));
		return counts;
	}

	private PersonalDataSubject subject(String username) {
		Accounts.AccountView account = accounts.find(username)
			.orElseThrow(() -> new IllegalArgumentException("no account " + username));
		return new PersonalDataSubject(account.id(), account.username(), account.displayName(), account.email(),
				Accounts.pseudonymOf(account.id()));
	}

	@SuppressWarnings("unchecked")
	private static Object merge(Object a, Object b) {
		List<Object> all = new ArrayList<>();
		all.addAll(a instanceof List<?> l ? l : List.of(a));
		all.addAll(b instanceof List<?> l ? l : List.of(b));
		return all;
	}

	/** Database values as JSON-friendly values: times as ISO text, no binary content. */
	private static Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(PersonalData::plain).toList();
		}
		if (value instanceof java.sql.Timestamp t) {
			return t.toInstant().toString();
		}
		if (value instanceof java.sql.Date d) {
			return d.toLocalDate().toString();
		}
		if (value instanceof java.util.UUID || value instanceof java.time.temporal.Temporal) {
			return value.toString();
		}
		if (value instanceof byte[]) {
			return null;
		}
		return value;
	}
}
