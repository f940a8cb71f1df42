package dk.kulturpuls.platform;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase())
				.filter(a -> a.passwordHash() != null)
				.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return User.withUsername(account.username())
				.password(account.passwordHash())
				.disabled(!account.enabled())
				.authorities(account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList())
				.build();
	}
}
