package dk.kulturpuls.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import dk.kulturpuls.platform.Role;

/** Maps the identity provider's role claim (e.g. Keycloak's "roles") to the platform's roles; unknown names are dropped. */
public final class OidcRoles {

	private OidcRoles() {
	}

	public static GrantedAuthoritiesMapper mapper(String claim) {
		return (Collection<? extends GrantedAuthority> authorities) -> {
			Set<GrantedAuthority> mapped = new LinkedHashSet<>();
			for (GrantedAuthority authority : authorities) {
				if (authority instanceof OidcUserAuthority oidc) {
					Object value = oidc.getIdToken().getClaims().get(claim);
					if (value == null && oidc.getUserInfo() != null) {
						value = oidc.getUserInfo().getClaims().get(claim);
					}
					if (value instanceof Collection<?> names) {
						for (Object name : names) {
							for (Role role : Role.values()) {
								if (role.name().equalsIgnoreCase(String.valueOf(name))) {
									mapped.add(new SimpleGrantedAuthority(role.authority()));
								}
							}
						}
					}
				}
			}
			return List.copyOf(mapped);
		};
	}
}
