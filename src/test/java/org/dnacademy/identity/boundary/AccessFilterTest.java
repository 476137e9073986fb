package org.dnacademy.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dnacademy.identity.entity.Role;
import org.junit.jupiter.api.Test;

class AccessFilterTest {

    @Test
    void eachFolderAdmitsOnlyItsRoles() {
        assertTrue(AccessFilter.allowed("/admin/accounts.xhtml", Role.ADMIN));
        assertFalse(AccessFilter.allowed("/admin/accounts.xhtml", Role.SUPERVISOR));
        assertFalse(AccessFilter.allowed("/admin/accounts.xhtml", Role.TRAINEE));
        assertTrue(AccessFilter.allowed("/records/index.xhtml", Role.SUPERVISOR));
        assertTrue(AccessFilter.allowed("/records/index.xhtml", Role.ADMIN));
        assertFalse(AccessFilter.allowed("/records/index.xhtml", Role.TRAINEE));
        assertTrue(AccessFilter.allowed("/quiz/take.xhtml", Role.TRAINEE));
        assertFalse(AccessFilter.allowed("/quiz/take.xhtml", Role.ADMIN));
        assertTrue(AccessFilter.allowed("/account/password.xhtml", Role.TRAINEE));
    }

    @Test
    void pagesOutsideTheFoldersAreOpenToEveryone() {
        for (Role role : Role.values()) {
            assertTrue(AccessFilter.allowed("/index.xhtml", role));
            assertTrue(AccessFilter.allowed("/administrator.xhtml", role), "a folder is matched with its slash");
        }
    }

    @Test
    void theApiIsForTraineesOnly() {
        assertTrue(AccessFilter.allowed("/api/attempts/1/questions/1", Role.TRAINEE));
        assertFalse(AccessFilter.allowed("/api/attempts/1/questions/1", Role.SUPERVISOR));
        assertTrue(AccessFilter.needsSignIn("/api/attempts/1/questions/1"));
        assertFalse(AccessFilter.needsSignIn("/login.xhtml"));
        assertFalse(AccessFilter.needsSignIn("/verify/ABC"));
    }
}
