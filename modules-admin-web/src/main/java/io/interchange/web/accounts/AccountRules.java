package io.interchange.web.accounts;

import io.interchange.platform.clients.Role;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a new account must be: a short plain name, a password of at least 12 characters (length
 * is what makes a password hard to guess; NIST SP 800-63B asks for no composition rules) that is
 * not the name itself, and a role that lets the person do something.
 */
public final class AccountRules {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    /** The name as it is stored: trimmed and lower case. */
    public static String normalName(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    public static void check(String name, String password, Role role) {
        checkName(name);
        checkPassword(name, password);
        checkRole(role);
    }

    static void checkName(String name) {
        if (!NAME.matcher(normalName(name)).matches()) {
            throw new AccountRefused("name", "use 2 to 64 letters, digits, dots, dashes or underscores");
        }
    }

    static void checkPassword(String name, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountRefused("password", "use at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new AccountRefused("password", "use at most " + MAX_PASSWORD + " characters");
        }
        if (password.toLowerCase(Locale.ROOT).contains(normalName(name))) {
            throw new AccountRefused("password", "the password must not contain the user name");
        }
    }

    static void checkRole(Role role) {
        if (role == null || role == Role.NONE) {
            throw new AccountRefused("role", "choose viewer, operator or admin");
        }
    }
}
