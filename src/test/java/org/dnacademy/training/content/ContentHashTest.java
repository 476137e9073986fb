package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A module's version decides whether certificate holders must recertify, so it must change with
 * every change a trainee could see and with nothing else.
 */
class ModuleVersionTest {

    @TempDir
    Path tempDir;

    CurriculumFixture fixture;

    @BeforeEach
    void writeValidCurriculum() {
        fixture = CurriculumFixture.valid(tempDir.resolve("first"));
    }

    private String basicsVersion() {
        return fixture.read().module("basics").orElseThrow().version();
    }

    @Test
    void sameFilesGiveTheSameVersionEveryTime() {
        String version = basicsVersion();
        assertTrue(version.matches("[0-9a-f]{64}"), version);
        assertEquals(version, basicsVersion());
    }

    @Test
    void sameFilesElsewhereGiveTheSameVersion() {
        CurriculumFixture copy = CurriculumFixture.valid(tempDir.resolve("elsewhere/deeper"));
        assertEquals(basicsVersion(), copy.read().module("basics").orElseThrow().version());
    }

    @Test
    void modulesWithDifferentContentHaveDifferentVersions() {
        Curriculum curriculum = fixture.read();
        assertNotEquals(curriculum.module("basics").orElseThrow().version(), curriculum.module("advanced").orElseThrow().version());
    }

    @Test
    void oneChangedByteInALessonChangesTheVersion() {
        String before = basicsVersion();
        fixture.replace("01-basics/lessons/01-depth.md", "less than 2 cm", "less than 3 cm");
        assertNotEquals(before, basicsVersion());
    }

    @Test
    void oneChangedByteInAQuestionChangesTheVersion() {
        String before = basicsVersion();
        fixture.replace("01-basics/questions.yaml", "answer: true", "answer: false");
        assertNotEquals(before, basicsVersion());
    }

    @Test
    void aChangedImageChangesTheVersion() {
        fixture.writeBytes("01-basics/images/chest.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
        String before = basicsVersion();
        fixture.writeBytes("01-basics/images/chest.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
        assertNotEquals(before, basicsVersion());
    }

    /** Trainees read every field of a cited source in its citation, so a correction to any of them is a new version. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "authors: Chen YH, Wu CH, Lin CY | authors: Chen YH, Wu CH, Lin C",
            "year: 2018 | year: 2019",
            "title: Depth to the pleura in slim adults | title: Depth to the pleura in lean adults",
            "journal: J Acupunct Meridian Stud | journal: J Acupunct Meridian Studies",
            "volume: 11(6) | volume: 11(5)",
            "pages: 355-60 | pages: 355-61"})
    void aChangedFieldOfACitedArticleChangesTheVersion(String from, String to) {
        String before = basicsVersion();
        String text = fixture.read("references.yaml");
        int at = text.indexOf(from, text.indexOf("  chen-2018:"));
        assertTrue(at >= 0 && at < text.indexOf("  chu-2018:"), "chen-2018 has no '" + from + "'");
        fixture.write("references.yaml", text.substring(0, at) + to + text.substring(at + from.length()));
        assertNotEquals(before, basicsVersion());
    }

    @Test
    void aChangedPublisherSourceThatTheModuleCitesChangesTheVersion() {
        // A lesson citing unused-2000 makes it part of the module; its publisher's fields then count like an article's.
        fixture.replace("01-basics/lessons/02-consent.md", "[@chu-2018]", "[@chu-2018; @unused-2000]");
        String before = basicsVersion();
        fixture.replace("references.yaml", "    publisher: Nobody Press\n",
                "    publisher: Nobody Press\n    number: Report 7\n    url: https://example.org/report-7\n");
        String withNumberAndUrl = basicsVersion();
        assertNotEquals(before, withNumberAndUrl);
        fixture.replace("references.yaml", "url: https://example.org/report-7", "url: https://example.org/report-8");
        assertNotEquals(withNumberAndUrl, basicsVersion());
    }

    @Test
    void aDoiAddedToACitedArticleChangesTheVersion() {
        String before = basicsVersion();
        fixture.replace("references.yaml", "doi: none", "doi: 10.1155/2018/4157405");
        assertNotEquals(before, basicsVersion());
    }

    @Test
    void aChangedDoiOfACitedReferenceChangesTheVersion() {
        String before = basicsVersion();
        fixture.replace("references.yaml", "doi: 10.1016/j.jams.2018.08.002", "doi: 10.1016/j.jams.2018.08.003");
        assertNotEquals(before, basicsVersion());
    }

    @Test
    void aChangedReferenceThatTheModuleDoesNotCiteLeavesTheVersion() {
        String before = basicsVersion();
        fixture.replace("references.yaml", "title: A source nobody cites", "title: A source nobody cites, corrected");
        fixture.replace("references.yaml", "  unused-2000:",
                "  zzz-unused-2001:\n    authors: Other B\n    year: 2001\n    title: Another\n    publisher: Other Press\n  unused-2000:");
        assertEquals(before, basicsVersion());
    }

    @Test
    void windowsLineEndsGiveTheSameVersion() {
        String before = basicsVersion();
        String lesson = "01-basics/lessons/01-depth.md";
        fixture.write(lesson, fixture.read(lesson).replace("\n", "\r\n"));
        fixture.write("01-basics/module.yaml", fixture.read("01-basics/module.yaml").replace("\n", "\r\n"));
        assertEquals(before, basicsVersion());
    }

    @Test
    void hiddenFilesLeaveTheVersion() {
        String before = basicsVersion();
        fixture.writeBytes("01-basics/.DS_Store", "finder state".getBytes(StandardCharsets.UTF_8));
        fixture.writeBytes("01-basics/lessons/.01-depth.md.swp", "editor swap".getBytes(StandardCharsets.UTF_8));
        assertEquals(before, basicsVersion());
    }

    @Test
    void renamingALessonChangesTheVersion() {
        String before = basicsVersion();
        String text = fixture.read("01-basics/lessons/02-consent.md");
        fixture.delete("01-basics/lessons/02-consent.md");
        fixture.write("01-basics/lessons/03-consent.md", text);
        assertNotEquals(before, basicsVersion());
    }
}
