package io.yudex.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in member of the public on the portal: role PUBLIC and nothing else, so no console rule ever matches. */
final class PublicPrincipal implements UserDetails, CredentialsContainer {

    private final PublicUser user;
    private String passwordHash;
    private final boolean locked;

    PublicPrincipal(PublicUser user, String passwordHash, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.locked = locked;
    }

    PublicUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + PublicAccounts.ROLE));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
