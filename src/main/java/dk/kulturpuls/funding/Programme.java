package dk.kulturpuls.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.kulturpuls.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A programme (indsatsområde) such as "Sund med Kultur": who coordinates it, its goals, the kinds of offer it
 * seeks and the target groups it serves.
 */
@Entity
@Table(name = "funding_programme")
class Programme {

	@Id
	private UUID id;

	@Version
	private long version;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "name_da")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalizedText name;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "da", column = @Column(name = "description_da")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalizedText description;

	@Column(nullable = false)
	private String coordinator;

	@ElementCollection
	@CollectionTable(name = "funding_programme_goal", joinColumns = @JoinColumn(name = "programme_id"))
	@OrderColumn(name = "position")
	private List<LocalizedText> goals = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "funding_offer_type", joinColumns = @JoinColumn(name = "programme_id"))
	@OrderColumn(name = "position")
	private List<Category> offerTypes = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "funding_target_group", joinColumns = @JoinColumn(name = "programme_id"))
	@OrderColumn(name = "position")
	private List<Category> targetGroups = new ArrayList<>();

	protected Programme() {
	}

	Programme(LocalizedText name, LocalizedText description, String coordinator) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.description = description;
		this.coordinator = coordinator;
	}

	void addGoal(LocalizedText goal) {
		goals.add(goal);
	}

	void addOfferType(Category offerType) {
		requireUniqueCode(offerTypes, offerType);
		offerTypes.add(offerType);
	}

	void addTargetGroup(Category targetGroup) {
		requireUniqueCode(targetGroups, targetGroup);
		targetGroups.add(targetGroup);
	}

	private static void requireUniqueCode(List<Category> existing, Category added) {
		if (existing.stream().anyMatch(c -> c.code().equals(added.code()))) {
			throw new IllegalArgumentException("duplicate code " + added.code());
		}
	}

	ProgrammeId id() {
		return new ProgrammeId(id);
	}

	LocalizedText name() {
		return name;
	}

	LocalizedText description() {
		return description;
	}

	String coordinator() {
		return coordinator;
	}

	List<LocalizedText> goals() {
		return List.copyOf(goals);
	}

	List<Category> offerTypes() {
		return List.copyOf(offerTypes);
	}

	List<Category> targetGroups() {
		return List.copyOf(targetGroups);
	}
}
