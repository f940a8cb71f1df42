package dk.kulturpuls.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
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

	Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
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
	}
}
