package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestGuardFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/quiz/take.xhtml", "/verify/DNA-7K3M-Q9TX-4WPB-H2M5C", "/training/images/safety/chest-wall.svg",
            "/jakarta.faces.resource/css/site.css.xhtml", "/records/transcript/12", "/api/attempts/3/questions/1", "/a%20b.xhtml"})
    void theSitesOwnAddressesPass(String path) {
        assertTrue(RequestGuardFilter.isSafePath(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../WEB-INF/web.xml", "/%2e%2e/WEB-INF/web.xml", "/%252e%252e/web.xml", "/a/%2E%2E/b",
            "/WEB-INF/web.xml", "/x/web-inf/web.xml", "/META-INF/context.xml", "/http://evil.example/x.xhtml", "/a%3a/b",
            "/a\\b", "/a%5c..%5cb", "/a%00.xhtml", "/%25252e%25252e/x", "/a%zz"})
    void traversalRemoteIncludesAndEncodedFormsAreRefused(String path) {
        assertFalse(RequestGuardFilter.isSafePath(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../WEB-INF", "http:", "a/b", "a\\b", "%2e%2e", "jar:file:", "\u0000"})
    void resourceLibraryAndContractNamesAreOneSegment(String name) {
        assertFalse(RequestGuardFilter.isSafeName(name), name);
        assertTrue(RequestGuardFilter.isSafeName("css"));
    }

    @org.junit.jupiter.api.Test
    void aNulCharacterInAnyParameterIsRefused() {
        assertTrue(RequestGuardFilter.hasNul(java.util.Map.of("q", new String[] {"ann"}, "email", new String[] {"a\u0000b"})));
        assertTrue(RequestGuardFilter.hasNul(java.util.Map.of("module", new String[] {"foundations", "\u0000"})));
        assertFalse(RequestGuardFilter.hasNul(java.util.Map.of("q", new String[] {"ann %00 \u200B"}, "page", new String[] {"2"})));
        assertFalse(RequestGuardFilter.hasNul(java.util.Map.of()));
    }
}
