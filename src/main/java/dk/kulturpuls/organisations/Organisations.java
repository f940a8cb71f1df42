package dk.kulturpuls.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.kulturpuls.platform.AuditTrail;

/** The organisations and their contact people, for every module. Every change is audited. */
@Service
public class Organisations {

	private final OrganisationRepository organisations;
	private final ContactPersonRepository contacts;
	private final AuditTrail audit;
	private final Clock clock;

	Organisations(OrganisationRepository organisations, ContactPersonRepository contacts, AuditTrail audit,
			Clock clock) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
	}

	/** An organisation as everybody reads it. */
	public record OrganisationView(OrganisationId id, String name, OrganisationType type, Sector sector, String cvr,
			String municipalityCode, List<Contact> contacts) {
	}

	/**
	 * A contact person; username is the linked local account, if any; language is the one the person reads the
	 * platform's mails in (Danish or English).
	 */
	public record Contact(UUID id, OrganisationId organisation, String name, String title, String email,
			String username, Locale language) {
	}

	public record NewOrganisation(String name, OrganisationType type, Sector sector, String cvr,
			String municipalityCode) {
	}

	@Transactional
	public OrganisationId register(NewOrganisation organisation) {
		Organisation created = organisations.save(new Organisation(organisation.name(), organisation.type(),
				organisation.sector(), organisation.cvr(), organisation.municipalityCode(), Instant.now(clock)));
		audit.record("organisation", created.id().toString(), "registered", created.name());
		return new OrganisationId(created.id());
	}

	/** Adds a contact person who reads Danish. */
	@Transactional
	public UUID addContact(OrganisationId organisation, String name, String title, String email, String username) {
		return addContact(organisation, name, title, email, username, Locale.of("da"));
	}

	/** Adds a contact person who reads the platform's mails in {@code language} (Danish or English). */
	@Transactional
	public UUID addContact(OrganisationId organisation, String name, String title, String email, String username,
			Locale language) {
		if (!organisations.existsById(organisation.value())) {
			throw new IllegalArgumentException("no such organisation: " + organisation);
		}
		ContactPerson contact = contacts.save(new ContactPerson(organisation.value(), name, title, email, username,
				language));
		audit.record("organisation", organisation.toString(), "contact added",
				name + (username == null || username.isBlank() ? "" : " (" + username + ")"));
		return contact.view().id();
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> find(OrganisationId id) {
		return organisations.findById(id.value()).map(o -> o.view(contactsOf(o.id())));
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> findByName(String name) {
		return organisations.findFirstByNameIgnoreCase(name).map(o -> o.view(contactsOf(o.id())));
	}

	@Transactional(readOnly = true)
	public List<OrganisationView> all() {
		Map<UUID, List<Contact>> byOrganisation = contacts.findAll().stream().map(ContactPerson::view)
			.collect(Collectors.groupingBy(c -> c.organisation().value()));
		return organisations.findAllByOrderByNameAsc().stream()
			.map(o -> o.view(byOrganisation.getOrDefault(o.id(), List.of()).stream()
				.sorted(java.util.Comparator.comparing(Contact::name)).toList()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Contact> contact(UUID id) {
		return contacts.findById(id).map(ContactPerson::view);
	}

	/** The contact people of the organisations, in name order. */
	@Transactional(readOnly = true)
	public List<Contact> contactsOf(Collection<OrganisationId> organisationIds) {
		return contacts.findByOrganisationIdIn(organisationIds.stream().map(OrganisationId::value).toList()).stream()
			.map(ContactPerson::view).sorted(java.util.Comparator.comparing(Contact::name)).toList();
	}

	/** The contact people linked to a local account. */
	@Transactional(readOnly = true)
	public List<Contact> contactsOfUser(String username) {
		if (username == null) {
			return List.of();
		}
		return contacts.findByUsername(username.trim().toLowerCase()).stream().map(ContactPerson::view).toList();
	}

	private List<Contact> contactsOf(UUID organisation) {
		return contacts.findByOrganisationIdOrderByNameAsc(organisation).stream().map(ContactPerson::view).toList();
	}
}
