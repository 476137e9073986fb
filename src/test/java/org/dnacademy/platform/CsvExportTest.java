package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+1+1", "@SUM(A1:A9)", "-2+3" })
    void eachDangerousFirstCharacterIsNeutralised(String cell) {
        assertEquals("'" + cell, CsvExport.row(List.of(cell)));
    }

    @Test
    void aLeadingTabIsNeutralised() {
        assertEquals("'\t=1", CsvExport.row(List.of("\t=1")));
    }

    @Test
    void aLeadingCarriageReturnIsNeutralisedAndTheCellQuoted() {
        assertEquals("\"'\r=1\"", CsvExport.row(List.of("\r=1")));
    }

    @Test
    void leadingSpacesDoNotHideAFormula() {
        // some spreadsheets trim on import and would then read a formula
        assertEquals("'   =1+1", CsvExport.row(List.of("   =1+1")));
        assertEquals("'\u00A0@SUM(A1)", CsvExport.row(List.of("\u00A0@SUM(A1)")), "no-break space");
        assertEquals("\"'\n-1\"", CsvExport.row(List.of("\n-1")), "line feed");
    }

    @Test
    void dangerousCharactersAfterTheStartAreLeftAlone() {
        assertEquals("a=b,x-1,e@mail.org,  spaced", CsvExport.row(List.of("a=b", "x-1", "e@mail.org", "  spaced")));
    }

    @Test
    void aNegativeNumberIsNeutralisedTooWhichIsTheAcceptedCost() {
        // the spreadsheet shows text '-3 rather than the number -3
        assertEquals("'-3", CsvExport.row(List.of("-3")));
        assertEquals("'-0.5", CsvExport.row(List.of("-0.5")));
    }

    @Test
    void cellsWithCommaQuoteOrLineBreakAreQuotedWithQuotesDoubled() {
        assertEquals("\"Núñez, José\"", CsvExport.row(List.of("Núñez, José")));
        assertEquals("\"She said \"\"ouch\"\"\"", CsvExport.row(List.of("She said \"ouch\"")));
        assertEquals("\"line 1\nline 2\"", CsvExport.row(List.of("line 1\nline 2")));
        assertEquals("\"line 1\r\nline 2\"", CsvExport.row(List.of("line 1\r\nline 2")));
        assertEquals("\"\"\"\"", CsvExport.row(List.of("\"")), "a lone quote");
    }

    @Test
    void aSemicolonIsQuotedSoSemicolonLocalesCannotSplitOffAFormula() {
        assertEquals("\"x;=1+1\"", CsvExport.row(List.of("x;=1+1")));
    }

    @Test
    void neutralisedCellsAreQuotedWhenTheyNeedIt() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"",
                CsvExport.row(List.of("=HYPERLINK(\"http://evil.example\",\"click\")")));
    }

    @Test
    void nullCellsAreEmpty() {
        assertEquals("a,,c", CsvExport.row(Arrays.asList("a", null, "c")));
        assertEquals(",", CsvExport.row(Arrays.asList(null, null)));
        assertEquals("", CsvExport.row(List.of()));
    }

    @Test
    void unicodeNamesPassUnchanged() {
        assertEquals("Zoë Müller,Łukasz Żółć,Søren Ærø,李小龙",
                CsvExport.row(List.of("Zoë Müller", "Łukasz Żółć", "Søren Ærø", "李小龙")));
    }

    @Test
    void writeStartsWithAByteOrderMarkAndEndsEveryRecordWithCrLf() throws IOException {
        StringWriter out = new StringWriter();

        CsvExport.write(out, List.of("Trainee", "Score", "Comment"), List.of(
                List.of("Zoë Müller", "87", "good, steady"),
                Arrays.asList("=cmd|' /C calc'!A0", "-3", null)));

        assertEquals("\uFEFF"
                + "Trainee,Score,Comment\r\n"
                + "Zoë Müller,87,\"good, steady\"\r\n"
                + "'=cmd|' /C calc'!A0,'-3,\r\n", out.toString());
    }

    @Test
    void writeWithNoRowsIsTheHeaderAlone() throws IOException {
        StringWriter out = new StringWriter();

        CsvExport.write(out, List.of("a", "b"), List.of());

        assertEquals("\uFEFFa,b\r\n", out.toString());
    }
}
