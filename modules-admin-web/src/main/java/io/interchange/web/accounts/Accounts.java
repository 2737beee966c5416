package io.interchange.web.accounts;

import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import io.interchange.platform.clients.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The console's accounts: checks a login, lists, adds and changes them; every change is audited. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "console")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    /** The role of the person if the password is theirs; empty for an unknown name or a wrong password. */
    public Optional<Role> authenticate(String name, String password) {
        if (password == null || password.isEmpty() || password.length() > AccountRules.MAX_PASSWORD) {
            return Optional.empty();
        }
        ConsoleUser user = em.find(ConsoleUser.class, AccountRules.normalName(name));
        boolean matches = passwords.matches(password, user == null ? null : user.passwordHash());
        return user != null && matches ? Optional.of(user.role()) : Optional.empty();
    }

    public List<Account> all() {
        return em.createQuery("select u from ConsoleUser u order by u.name", ConsoleUser.class).getResultList()
                .stream().map(ConsoleUser::account).toList();
    }

    public boolean none() {
        return em.createQuery("select count(u) from ConsoleUser u", Long.class).getSingleResult() == 0;
    }

    @Transactional
    public Account add(String name, String password, Role role, String by) {
        AccountRules.check(name, password, role);
        String normal = AccountRules.normalName(name);
        if (em.find(ConsoleUser.class, normal) != null) {
            throw new AccountRefused("name", "there is already a user " + normal);
        }
        ConsoleUser user = new ConsoleUser(normal, passwords.hash(password), role, Instant.now(), by);
        em.persist(user);
        audit.record(by, AuditAction.USER_ADDED, null, null, null, role.configName(), "user " + normal);
        return user.account();
    }

    @Transactional
    public Account changeRole(String name, Role role, String by) {
        AccountRules.checkRole(role);
        ConsoleUser user = em.find(ConsoleUser.class, AccountRules.normalName(name));
        if (user == null) {
            throw new AccountRefused("name", "there is no user " + name);
        }
        if (user.name().equals(by) && role != Role.ADMIN) {
            throw new AccountRefused("role", "you cannot take the admin role from yourself");
        }
        Role before = user.role();
        user.changeRole(role);
        audit.record(by, AuditAction.ROLE_CHANGED, null, null, before.configName(), role.configName(),
                "user " + user.name());
        return user.account();
    }
}
