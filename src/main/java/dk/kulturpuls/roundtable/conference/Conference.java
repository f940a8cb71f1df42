package dk.kulturpuls.roundtable.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The national conference of a process: when and where, the number of seats for public registration, the status
 * and the programme (kept in order of time).
 */
@Entity
@Table(name = "roundtable_conference")
class Conference {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(name = "roundtable_id", nullable = false, unique = true)
	private UUID roundtableId;

	@Column(nullable = false)
	private String title;

	@Column(name = "held_on", nullable = false)
	private LocalDate date;

	@Column(name = "starts_at", nullable = false)
	private LocalTime startsAt;

	@Column(name = "ends_at")
	private LocalTime endsAt;

	@Column(nullable = false)
	private String venue;

	@Column(nullable = false)
	private int capacity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConferenceStatus status;

	private String description;

	@ElementCollection
	@CollectionTable(name = "roundtable_conference_item", joinColumns = @JoinColumn(name = "conference_id"))
	@OrderColumn(name = "position")
	private List<ProgrammeItem> programme = new ArrayList<>();

	protected Conference() {
	}

	Conference(UUID roundtableId, Details details) {
		this.id = UUID.randomUUID();
		this.roundtableId = roundtableId;
		change(details);
	}

	/** The conference's details as the secretariat sets them. */
	record Details(String title, LocalDate date, LocalTime startsAt, LocalTime endsAt, String venue, int capacity,
			ConferenceStatus status, String description) {

		Details {
			if (title == null || title.isBlank() || date == null || startsAt == null || venue == null
					|| venue.isBlank() || status == null) {
				throw new IllegalArgumentException("a conference needs a title, a date, a start time and a venue");
			}
			if (capacity < 1) {
				throw new IllegalArgumentException("rtc.capacity.positive");
			}
			if (endsAt != null && !endsAt.isAfter(startsAt)) {
				throw new IllegalArgumentException("rtc.endsAt.beforeStart");
			}
		}
	}

	void change(Details details) {
		this.title = details.title().strip();
		this.date = details.date();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.venue = details.venue().strip();
		this.capacity = details.capacity();
		this.status = details.status();
		this.description = details.description() == null || details.description().isBlank() ? null
				: details.description().strip();
	}

	void addItem(ProgrammeItem item) {
		programme.add(item);
		programme.sort(Comparator.comparing(ProgrammeItem::startsAt));
	}

	void removeItem(int index) {
		if (index < 0 || index >= programme.size()) {
			throw new IllegalArgumentException("no such programme item");
		}
		programme.remove(index);
	}

	boolean open() {
		return status == ConferenceStatus.REGISTRATION_OPEN;
	}

	UUID id() {
		return id;
	}

	UUID roundtableId() {
		return roundtableId;
	}

	int capacity() {
		return capacity;
	}

	String title() {
		return title;
	}

	ConferenceView view(int confirmed, int waiting) {
		return new ConferenceView(id, roundtableId, title, date, startsAt, endsAt, venue, capacity, status,
				description, List.copyOf(programme), confirmed, waiting);
	}
}
