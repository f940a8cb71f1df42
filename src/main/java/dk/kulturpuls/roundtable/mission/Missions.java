package dk.kulturpuls.roundtable.mission;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.organisations.OrganisationId;
import dk.kulturpuls.organisations.Organisations;
import dk.kulturpuls.platform.AuditTrail;
import dk.kulturpuls.roundtable.Roundtables;

/**
 * The mission (future picture) of a process: versioned texts with the word-level difference between versions, the
 * visual artefacts with their text alternatives, and the organisations' endorsements. Every change is audited
 * (subject type {@code roundtable-mission}, the process's id).
 */
@Service
@Transactional
public class Missions {

	static final String AUDIT_TYPE = "roundtable-mission";

	private final MissionVersionRepository versions;
	private final MissionArtefactRepository artefacts;
	private final EndorsementRepository endorsements;
	private final MissionFiles files;
	private final Roundtables roundtables;
	private final Organisations organisations;
	private final AuditTrail audit;
	private final Clock clock;

	Missions(MissionVersionRepository versions, MissionArtefactRepository artefacts,
			EndorsementRepository endorsements, MissionFiles files, Roundtables roundtables,
			Organisations organisations, AuditTrail audit, Clock clock) {
		this.versions = versions;
		this.artefacts = artefacts;
		this.endorsements = endorsements;
		this.files = files;
		this.roundtables = roundtables;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** A version of the mission; the text is sanitised HTML. */
	public record VersionView(UUID id, UUID roundtableId, int number, String title, String textHtml,
			String changeNote, String writtenBy, Instant writtenAt) {
	}

	/** A visual artefact: a file (with its name and detected type) or a link, with its text alternative. */
	public record ArtefactView(UUID id, UUID roundtableId, ArtefactKind kind, String title, String textAlternative,
			String url, String fileName, String contentType, Long sizeBytes, Instant addedAt) {

		public boolean isFile() {
			return url == null;
		}
	}

	/** An organisation's endorsement of a version. */
	public record EndorsementView(UUID id, int versionNumber, UUID organisationId, String organisation,
			LocalDate endorsedOn, String endorsedBy) {
	}

	// versions

	/** Writes a new version (numbered after the latest); the text is cleaned as the workshop minutes are. */
	public UUID write(UUID roundtable, String title, String html, String changeNote, String by) {
		requireProcess(roundtable);
		String clean = Roundtables.sanitise(html);
		if (clean == null || MissionDiff.text(clean).isBlank()) {
			throw new IllegalArgumentException("rt.mission.text.empty");
		}
		int number = versions.findByRoundtableIdOrderByNumberDesc(roundtable).stream().findFirst()
			.map(MissionVersion::number).orElse(0) + 1;
		MissionVersion version = versions.save(new MissionVersion(roundtable, number, title.strip(), clean,
				changeNote == null || changeNote.isBlank() ? null : changeNote.strip(), by, Instant.now(clock)));
		audit.record(AUDIT_TYPE, roundtable.toString(), "version written", "version " + number + ": " + title);
		return version.id();
	}

	/** The versions, newest first. */
	@Transactional(readOnly = true)
	public List<VersionView> versions(UUID roundtable) {
		return versions.findByRoundtableIdOrderByNumberDesc(roundtable).stream().map(MissionVersion::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<VersionView> current(UUID roundtable) {
		return versions(roundtable).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<VersionView> version(UUID roundtable, int number) {
		return versions(roundtable).stream().filter(v -> v.number() == number).findFirst();
	}

	/** The difference from one version to another (either order is accepted: the older one is the base). */
	@Transactional(readOnly = true)
	public Optional<MissionDiff> diff(UUID roundtable, int from, int to) {
		Optional<VersionView> a = version(roundtable, Math.min(from, to));
		Optional<VersionView> b = version(roundtable, Math.max(from, to));
		return a.isEmpty() || b.isEmpty() ? Optional.empty()
				: Optional.of(MissionDiff.between(a.get().textHtml(), b.get().textHtml()));
	}

	// artefacts

	public UUID addLink(UUID roundtable, String title, String textAlternative, String url, String by) {
		requireProcess(roundtable);
		MissionArtefact artefact = artefacts.save(MissionArtefact.link(roundtable, title.strip(),
				textAlternative.strip(), url.strip(), by, Instant.now(clock)));
		audit.record(AUDIT_TYPE, roundtable.toString(), "artefact added", "link " + title + " " + url);
		return artefact.id();
	}

	/**
	 * Checks and stores an uploaded image, video or audio file; refuses a wrong type or a too large file with
	 * {@link MissionFiles.ArtefactRejected}.
	 */
	public UUID addFile(UUID roundtable, String title, String textAlternative, String fileName, byte[] content,
			String by) {
		requireProcess(roundtable);
		MissionFiles.Stored stored = files.store(content, fileName);
		MissionArtefact artefact = artefacts.save(MissionArtefact.file(roundtable, title.strip(),
				textAlternative.strip(), stored, safeName(fileName, stored), by, Instant.now(clock)));
		audit.record(AUDIT_TYPE, roundtable.toString(), "artefact added",
				"file " + title + " (" + stored.contentType() + ", " + stored.size() + " bytes)");
		return artefact.id();
	}

	@Transactional(readOnly = true)
	public List<ArtefactView> artefacts(UUID roundtable) {
		return artefacts.findByRoundtableIdOrderByAddedAtAsc(roundtable).stream().map(MissionArtefact::view).toList();
	}

	/** An uploaded artefact's content, if it belongs to the process. */
	public record ArtefactFile(String fileName, String contentType, InputStream content) {
	}

	@Transactional(readOnly = true)
	public Optional<ArtefactFile> file(UUID roundtable, UUID artefact) throws IOException {
		Optional<MissionArtefact> found = artefacts.findById(artefact)
			.filter(a -> a.roundtableId().equals(roundtable) && a.storageKey() != null);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		MissionArtefact a = found.get();
		return Optional.of(new ArtefactFile(a.fileName(), a.contentType(), files.open(a.storageKey())));
	}

	long maxMegabytes() {
		return files.maxMegabytes();
	}

	// endorsements

	/** Records that an organisation endorsed a version, on a date, by a named person. */
	public UUID endorse(UUID roundtable, UUID version, UUID organisation, LocalDate endorsedOn, String endorsedBy,
			String recordedBy) {
		MissionVersion endorsed = versions.findById(version).filter(v -> v.roundtableId().equals(roundtable))
			.orElseThrow(() -> new IllegalArgumentException("rt.mission.endorsement.version.unknown"));
		if (organisations.find(new OrganisationId(organisation)).isEmpty()) {
			throw new IllegalArgumentException("rt.mission.endorsement.organisation.unknown");
		}
		if (endorsements.existsByVersionIdAndOrganisationId(version, organisation)) {
			throw new IllegalStateException("rt.mission.endorsement.exists");
		}
		Endorsement endorsement = endorsements.save(new Endorsement(roundtable, version, organisation, endorsedOn,
				endorsedBy.strip(), recordedBy, Instant.now(clock)));
		audit.record(AUDIT_TYPE, roundtable.toString(), "endorsed",
				"version " + endorsed.number() + " by " + organisation + " (" + endorsedBy + ") on " + endorsedOn);
		return endorsement.id();
	}

	/** The endorsements, oldest first, with the organisations' names and the versions' numbers. */
	@Transactional(readOnly = true)
	public List<EndorsementView> endorsements(UUID roundtable) {
		Map<UUID, Integer> numbers = versions.findByRoundtableIdOrderByNumberDesc(roundtable).stream()
			.collect(Collectors.toMap(MissionVersion::id, MissionVersion::number));
		Map<UUID, String> names = organisations.all().stream()
			.collect(Collectors.toMap(o -> o.id().value(), Organisations.OrganisationView::name));
		return endorsements.findByRoundtableIdOrderByEndorsedOnAsc(roundtable).stream()
			.map(e -> new EndorsementView(e.id(), numbers.getOrDefault(e.versionId(), 0), e.organisationId(),
					names.getOrDefault(e.organisationId(), "?"), e.endorsedOn(), e.endorsedBy()))
			.sorted(Comparator.comparing(EndorsementView::endorsedOn).thenComparing(EndorsementView::organisation))
			.toList();
	}

	private void requireProcess(UUID roundtable) {
		if (roundtables.find(roundtable).isEmpty()) {
			throw new IllegalArgumentException("no such roundtable");
		}
	}

	private static String safeName(String original, MissionFiles.Stored stored) {
		String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
		if (name.isEmpty()) {
			name = "fremtidsbillede." + MissionFiles.ACCEPTED.get(stored.contentType());
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
