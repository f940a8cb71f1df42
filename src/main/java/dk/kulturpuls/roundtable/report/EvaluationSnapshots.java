package dk.kulturpuls.roundtable.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.platform.PdfDocuments;
import dk.kulturpuls.platform.Uploads;

/**
 * Issuing the mid-term evaluation: the PDF is made once, on the day, with the date and who issued it, and kept in
 * the platform's file storage (through {@link Uploads}, area {@code roundtable-evaluation}). An issued evaluation
 * is read back as those bytes and never made again, so later changes to the process do not change it. Issuing and
 * every download are audited.
 */
@Service
@Transactional
public class EvaluationSnapshots {

	static final String AREA = "roundtable-evaluation";

	/** An issued evaluation as listed: the day its figures are from, when and by whom it was issued. */
	public record SnapshotView(UUID id, UUID roundtableId, LocalDate asOf, Instant issuedAt, String issuedBy,
			long sizeBytes, String sha256) {
	}

	/** What an issued PDF says of itself. */
	public record Issued(Instant at, String by) {
	}

	private final RoundtableReports reports;
	private final PdfDocuments pdf;
	private final Uploads uploads;
	private final EvaluationSnapshotRepository snapshots;
	private final AuditTrail audit;
	private final Clock clock;

	EvaluationSnapshots(RoundtableReports reports, PdfDocuments pdf, Uploads uploads,
			EvaluationSnapshotRepository snapshots, AuditTrail audit, Clock clock) {
		this.reports = reports;
		this.pdf = pdf;
		this.uploads = uploads;
		this.snapshots = snapshots;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues the evaluation as it stands now; empty when there is no such process. */
	public Optional<UUID> issue(UUID roundtable, String by, Locale locale) {
		return reports.evaluation(roundtable).map(evaluation -> {
			Instant now = clock.instant();
			byte[] document = pdf.render("roundtable/report-evaluation-pdf",
					Map.of("evaluation", evaluation, "issued", new Issued(now, by)), locale);
			Uploads.Stored file = uploads.store(AREA, new ByteArrayInputStream(document),
					"midtvejsevaluering-" + evaluation.date() + ".pdf");
			EvaluationSnapshot snapshot = snapshots.save(new EvaluationSnapshot(UUID.randomUUID(), roundtable,
					evaluation.date(), now, by, file));
			audit.record("roundtable", roundtable.toString(), "evaluation issued",
					"mid-term evaluation " + snapshot.view().id() + " as of " + evaluation.date() + ", sha256 "
							+ file.sha256());
			return snapshot.view().id();
		});
	}

	/** The process's issued evaluations, the latest first. */
	@Transactional(readOnly = true)
	public List<SnapshotView> issued(UUID roundtable) {
		return snapshots.findByRoundtableIdOrderByIssuedAtDesc(roundtable).stream().map(EvaluationSnapshot::view)
			.toList();
	}

	/** An issued evaluation's PDF as it was issued, if it belongs to the process; the download is audited. */
	public Optional<byte[]> document(UUID roundtable, UUID snapshot) throws IOException {
		Optional<EvaluationSnapshot> found = snapshots.findById(snapshot)
			.filter(s -> s.roundtableId().equals(roundtable));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		try (InputStream in = uploads.open(AREA, found.get().storageKey())) {
			byte[] bytes = in.readAllBytes();
			audit.record("roundtable", roundtable.toString(), "report downloaded",
					"issued mid-term evaluation " + snapshot);
			return Optional.of(bytes);
		}
	}
}
