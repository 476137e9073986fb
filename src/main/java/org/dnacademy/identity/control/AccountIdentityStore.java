package org.dnacademy.identity.control;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Jakarta Security's view of {@link Accounts}: the caller is the e-mail, the group is the role. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(account -> new CredentialValidationResult(account.getEmail(), Set.of(account.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
