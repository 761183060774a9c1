package org.chainchief.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Who is calling: a name, roles and the clusters they own (a chief's). Every way of signing in (demo accounts,
 * JWT, API keys) ends in the same authorities: {@code ROLE_<role>} and {@code CLUSTER:<cluster id>}.
 */
public record Caller(String username, Set<Role> roles, Set<String> clusters, boolean authenticated) {

	static final String CLUSTER_PREFIX = "CLUSTER:";

	public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Set.of(), false);

	public Caller {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		clusters = Set.copyOf(clusters);
	}

	/** A task of the service itself (the demo-zone load at start-up): unrestricted, named in the audit trail. */
	public static Caller internal(String name) {
		return new Caller(name, Set.of(Role.ADMIN), Set.of(), true);
	}

	public static Caller of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		return new Caller(authentication.getName(), roles(authentication.getAuthorities()),
				clusters(authentication.getAuthorities()), true);
	}

	/** The caller of the current request (or of the context set with {@link #context}). */
	public static Mono<Caller> current() {
		return Mono.deferContextual(ctx -> ctx.hasKey(Caller.class) ? Mono.just(ctx.get(Caller.class))
				: ReactiveSecurityContextHolder.getContext()
					.mapNotNull(SecurityContext::getAuthentication)
					.map(Caller::of)
					.defaultIfEmpty(ANONYMOUS));
	}

	/** The caller as seen from a captured context. */
	public static Mono<Caller> in(ContextView context) {
		return current().contextWrite(Context.of(context));
	}

	/** A context that makes {@code caller} the current caller (for work that outlives its request). */
	public static Context context(Caller caller) {
		return Context.of(Caller.class, caller);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** A chief who is not also an administrator: writes are limited to their clusters. */
	public boolean isScopedChief() {
		return has(Role.CHIEF) && !isAdmin();
	}

	public boolean owns(String cluster) {
		return clusters.contains(cluster);
	}

	/** Roles and clusters as authorities. */
	static List<GrantedAuthority> authorities(Collection<Role> roles, Collection<String> clusters) {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		clusters.forEach(cluster -> authorities.add(new SimpleGrantedAuthority(CLUSTER_PREFIX + cluster)));
		return authorities;
	}

	private static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authorities) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				Role role = Role.parse(name);
				if (role != null) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	private static Set<String> clusters(Collection<? extends GrantedAuthority> authorities) {
		Set<String> clusters = new TreeSet<>();
		for (GrantedAuthority authority : authorities) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(CLUSTER_PREFIX)) {
				clusters.add(name.substring(CLUSTER_PREFIX.length()));
			}
		}
		return clusters;
	}
}
