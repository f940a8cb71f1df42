package dk.kulturpuls.roundtable;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A workshop of a process: when and where, its theme (one of the five principles), agenda, the contact people
 * invited and those who attended, the minutes and the outputs (plain text whose
 * line breaks, blank lines and "- " lists are kept, see PlainText).
 */
@Entity
@Table(name = "roundtable_workshop")
class Workshop {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "roundtable_id", nullable = false)
	private UUID roundtableId;

	@Column(nullable = false)
	private int iteration;

	@Column(nullable = false)
	private String title;

	@Column(name = "held_on", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private String venue;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WorkshopTheme theme;

	private String agenda;

	private String minutes;

	private String outputs;

	@ElementCollection
	@CollectionTable(name = "roundtable_workshop_invited", joinColumns = @JoinColumn(name = "workshop_id"))
	@Column(name = "contact_id", nullable = false)
	private Set<UUID> invited = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "roundtable_workshop_attended", joinColumns = @JoinColumn(name = "workshop_id"))
	@Column(name = "contact_id", nullable = false)
	private Set<UUID> attended = new LinkedHashSet<>();

	protected Workshop() {
	}

	Workshop(UUID roundtableId, int iteration, String title, LocalDate date, String venue, WorkshopTheme theme,
			String agenda) {
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		this.iteration = iteration;
		this.title = title;
		this.date = date;
		this.venue = venue;
		this.theme = theme;
		this.agenda = agenda;
	}

	void invite(Set<UUID> contacts) {
		invited = new LinkedHashSet<>(contacts);
		attended.retainAll(invited);
	}

	void recordAttendance(Set<UUID> contacts) {
		if (!invited.containsAll(contacts)) {
			throw new IllegalArgumentException("only invited participants can attend");
		}
		attended = new LinkedHashSet<>(contacts);
	}

	void recordMinutes(String minutes, String outputs) {
		this.minutes = minutes;
		this.outputs = outputs;
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	LocalDate date() {
		return date;
	}

	String title() {
		return title;
	}

	Set<UUID> invited() {
		return invited;
	}

	WorkshopView view() {
		return new WorkshopView(id, roundtableId, iteration, title, date, venue, theme, agenda, minutes, outputs,
				Set.copyOf(invited), Set.copyOf(attended));
	}
}
