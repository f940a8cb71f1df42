package dk.kulturpuls.platform;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A local account: user name, hashed password and roles. */
@Entity
@Table(name = "platform_account")
class UserAccount {

	@Id
	private UUID id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "platform_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
			boolean demo, Instant createdAt) {
		if (username == null || !username.matches("[a-z0-9._@-]{2,100}")) {
			throw new IllegalArgumentException("invalid user name: " + username);
		}
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("an account needs at least one role");
		}
		this.id = UUID.randomUUID();
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.copyOf(roles);
		this.demo = demo;
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	Set<Role> roles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	boolean enabled() {
		return enabled;
	}

	void enable() {
		this.enabled = true;
	}

	void change(String displayName, String email, Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("an account needs at least one role");
		}
		this.displayName = displayName;
		this.email = email;
		this.roles.clear();
		this.roles.addAll(roles);
	}

	void disable() {
		this.enabled = false;
	}

	/** The prefix of the user name an anonymised account gets. */
	static final String ANONYMISED_PREFIX = "anonymiseret-";

	/**
	 * Erasure: the user name becomes the pseudonym, name and e-mail go, the password too, and the account can never
	 * log in again. The row stays, so that the audit trail and kept records still point at an account.
	 */
	void anonymise(String pseudonym, String anonymisedName) {
		this.username = pseudonym;
		this.displayName = anonymisedName;
		this.email = null;
		this.passwordHash = null;
		this.enabled = false;
		this.demo = false;
	}

	boolean anonymised() {
		return username.startsWith(ANONYMISED_PREFIX);
	}

	boolean demo() {
		return demo;
	}

	Instant createdAt() {
		return createdAt;
	}
}
