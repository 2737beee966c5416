package io.interchange.web.accounts;

import io.interchange.platform.clients.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who may log in to the console. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "CONSOLE_USER")
public class ConsoleUser {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    private String createdBy;

    protected ConsoleUser() {
    }

    ConsoleUser(String name, String passwordHash, Role role, Instant createdAt, String createdBy) {
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String name() { return name; }
    String passwordHash() { return passwordHash; }
    Role role() { return role; }

    void changeRole(Role role) {
        this.role = role;
    }

    Account account() {
        return new Account(name, role, createdAt, createdBy);
    }
}
