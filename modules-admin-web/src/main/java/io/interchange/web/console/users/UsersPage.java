package io.interchange.web.console.users;

import io.interchange.platform.clients.Role;
import io.interchange.web.accounts.Account;
import io.interchange.web.accounts.AccountRefused;
import io.interchange.web.accounts.Accounts;
import io.interchange.web.console.session.ConsoleCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Console users: an admin adds people and sets their roles; each change is audited with the admin's name. */
@Named
@RequestScoped
public class UsersPage {

    static final List<Role> ROLES = List.of(Role.VIEWER, Role.OPERATOR, Role.ADMIN);

    @Inject
    Accounts accounts;

    @Inject
    ConsoleCaller caller;

    @Inject
    FacesContext faces;

    private String name;
    private String password;
    private Role role = Role.VIEWER;
    private List<Account> all;

    public List<Account> getAll() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public List<Role> getRoles() {
        return ROLES;
    }

    public void add() {
        if (!caller.mayAct(Role.ADMIN)) {
            return;
        }
        try {
            Account added = accounts.add(name, password, role, caller.getName());
            faces.addMessage(null, new FacesMessage("Added " + added.name() + " as " + added.role().configName() + "."));
            name = null;
            role = Role.VIEWER;
            all = null;
        } catch (AccountRefused e) {
            faces.addMessage("add:" + e.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } finally {
            password = null;
        }
    }

    public void changeRole(String user, Role newRole) {
        if (!caller.mayAct(Role.ADMIN)) {
            return;
        }
        try {
            Account changed = accounts.changeRole(user, newRole, caller.getName());
            faces.addMessage(null, new FacesMessage(changed.name() + " is now " + changed.role().configName() + "."));
            all = null;
        } catch (AccountRefused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}
