package dk.kulturpuls.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the platform, for other modules: create a local account, look one up. Passwords are only
 * ever stored hashed.
 */
@Service
public class Accounts {

	private final UserAccountRepository repository;
	private final PasswordEncoder passwordEncoder;
	private final AuditTrail audit;
	private final Clock clock;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Transactional
	public AccountView create(String username, String displayName, String email, String rawPassword, Set<Role> roles) {
		return create(username, displayName, email, rawPassword, roles, false);
	}

	@Transactional
	AccountView create(String username, String displayName, String email, String rawPassword, Set<Role> roles,
			boolean demo) {
		String normalised = username.trim().toLowerCase();
		if (repository.existsByUsername(normalised)) {
			throw new IllegalStateException("account exists: " + normalised);
		}
		UserAccount account = repository.save(new UserAccount(normalised, displayName, email,
				rawPassword == null ? null : passwordEncoder.encode(rawPassword), roles, demo, Instant.now(clock)));
		audit.record("account", account.id().toString(), "created", "roles=" + account.roles());
		return view(account);
	}

	/**
	 * Creates a local account that cannot log in until {@link #enable(String)} is called, e.g. after the owner
	 * has verified the e-mail address.
	 */
	@Transactional
	public AccountView createDisabled(String username, String displayName, String email, String rawPassword,
			Set<Role> roles) {
		String normalised = username.trim().toLowerCase();
		if (repository.existsByUsername(normalised)) {
			throw new IllegalStateException("account exists: " + normalised);
		}
		UserAccount account = new UserAccount(normalised, displayName, email, passwordEncoder.encode(rawPassword),
				roles, false, Instant.now(clock));
		account.disable();
		repository.save(account);
		audit.record("account", account.id().toString(), "created disabled", "roles=" + account.roles());
		return view(account);
	}

	/** Lets a disabled account log in. */
	@Transactional
	public void enable(String username) {
		UserAccount account = repository.findByUsername(username.trim().toLowerCase())
			.orElseThrow(() -> new IllegalArgumentException("no account " + username));
		if (!account.enabled()) {
			account.enable();
			audit.record("account", account.id().toString(), "enabled", null);
		}
	}

	/**
	 * Changes an account's name, e-mail, roles and whether it may log in; the administrator's page does this. A
	 * disabled account's sessions end at once (they are in the database, so on every node), and so do the
	 * sessions of an account whose roles shrink, so that nobody keeps a right that was taken away.
	 *
	 * @throws IllegalArgumentException when no such account exists
	 */
	@Transactional
	public AccountView change(String username, String displayName, String email, Set<Role> roles, boolean enabled) {
		UserAccount account = repository.findByUsername(username.trim().toLowerCase())
			.orElseThrow(() -> new IllegalArgumentException("no account " + username));
		Set<Role> before = account.roles();
		boolean wasEnabled = account.enabled();
		StringBuilder changes = new StringBuilder();
		if (!java.util.Objects.equals(account.displayName(), displayName)) {
			changes.append("name; ");
		}
		if (!java.util.Objects.equals(account.email(), email)) {
			changes.append("e-mail; ");
		}
		if (!before.equals(roles)) {
			changes.append("roles ").append(before).append(" -> ").append(roles).append("; ");
		}
		account.change(displayName, email, roles);
		if (enabled && !wasEnabled) {
			account.enable();
			changes.append("enabled; ");
		}
		else if (!enabled && wasEnabled) {
			account.disable();
			changes.append("disabled; ");
		}
		if (!changes.isEmpty()) {
			audit.record("account", account.id().toString(), "changed", changes.toString().trim());
		}
		if ((!enabled && wasEnabled) || !roles.containsAll(before)) {
			endSessions(account.username());
		}
		return view(account);
	}

	/** The user name an account gets when it is anonymised. */
	static String pseudonymOf(UUID accountId) {
		return UserAccount.ANONYMISED_PREFIX + accountId.toString().substring(0, 8);
	}

	/**
	 * Anonymises the account itself (the modules' data is {@link PersonalData}'s business): user name, name, e-mail
	 * and password go, the account cannot log in, and its sessions end on every node. Audited.
	 */
	@Transactional
	AccountView anonymise(String username, String anonymisedName) {
		UserAccount account = repository.findByUsername(username.trim().toLowerCase())
			.orElseThrow(() -> new IllegalArgumentException("no account " + username));
		String before = account.username();
		account.anonymise(pseudonymOf(account.id()), anonymisedName);
		repository.flush();
		endSessions(before);
		audit.record("account", account.id().toString(), "anonymised", "user name is now " + account.username());
		return view(account);
	}

	/** Ends every session of the user, on every node (they are in the database). */
	void endSessions(String username) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
		}
	}

	/** A page of accounts, by user name, whose user name, name or e-mail contains the text, with the role. */
	@Transactional(readOnly = true)
	public AccountPage search(String text, Role role, int page, int size) {
		String pattern = text == null || text.isBlank() ? null
				: "%" + text.trim().toLowerCase() + "%";
		var result = repository.search(pattern, role,
				PageRequest.of(Math.max(0, page), size, Sort.by("username")));
		List<AccountView> accounts = result.getContent().stream().map(Accounts::view).toList();
		return new AccountPage(accounts, result.getTotalElements(), result.getNumber(), result.getTotalPages());
	}

	public record AccountPage(List<AccountView> accounts, long total, int page, int pages) {
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return repository.existsByUsername(username.trim().toLowerCase());
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(String username) {
		return repository.findByUsername(username.trim().toLowerCase()).map(Accounts::view);
	}

	@Transactional(readOnly = true)
	public List<AccountView> all() {
		return repository.findAllByOrderByUsername().stream().map(Accounts::view).toList();
	}

	@Transactional(readOnly = true)
	public List<String> demoAccounts() {
		return repository.findByDemoTrueOrderByUsername().stream().map(UserAccount::username).toList();
	}

	private static AccountView view(UserAccount account) {
		return new AccountView(account.id(), account.username(), account.displayName(), account.email(),
				account.roles(), account.enabled(), account.demo());
	}

	public record AccountView(UUID id, String username, String displayName, String email, Set<Role> roles,
			boolean enabled, boolean demo) {

		/** Whether the account was erased on request (its user name is then a pseudonym). */
		public boolean anonymised() {
			return username.startsWith(UserAccount.ANONYMISED_PREFIX);
		}
	}
}
