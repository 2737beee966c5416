package io.interchange.web.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Checks a console login against the accounts; the caller's groups are their role and the roles below it. */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = AccountRules.normalName(credential.getCaller());
        return accounts.authenticate(name, credential.getPasswordAsString())
                .map(role -> new CredentialValidationResult(name, RoleGroups.of(role)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
