package org.dnacademy.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SubmissionMonthsTest {

    private static final Instant MID_DECEMBER = Instant.parse("2026-12-15T10:00:00Z");

    @Test
    void withoutOpenAttemptsEveryMonthBeforeThisOneIsSettled() {
        assertEquals(YearMonth.of(2026, 12), SubmissionMonths.settledBefore(MID_DECEMBER, null));
    }

    @Test
    void lastMonthIsNotSettledWhileAnotherInstanceMayStillDateASubmissionInIt() {
        assertEquals(YearMonth.of(2026, 11), SubmissionMonths.settledBefore(Instant.parse("2026-12-01T00:30:00Z"), null));
        assertEquals(YearMonth.of(2026, 12), SubmissionMonths.settledBefore(Instant.parse("2026-12-01T01:00:00Z"), null));
    }

    @Test
    void anOpenAttemptWhoseDeadlineHasPassedKeepsItsMonthOpen() {
        // Closed late by the server, it is dated at its deadline: in September.
        assertEquals(YearMonth.of(2026, 9), SubmissionMonths.settledBefore(MID_DECEMBER, Instant.parse("2026-09-30T23:59:00Z")));
    }

    @Test
    void anOpenAttemptDueLaterChangesNothing() {
        assertEquals(YearMonth.of(2026, 12), SubmissionMonths.settledBefore(MID_DECEMBER, Instant.parse("2026-12-15T11:00:00Z")));
    }

    @Test
    void rowsByPassFlagAddUpToOneCountPerMonth() {
        var months = SubmissionMonths.byMonth(List.of(new Object[] {2026, 11, true, 3L}, new Object[] {2026, 11, false, 5L},
                new Object[] {2026, 10, false, 2L}));
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11)), List.copyOf(months.keySet()));
        assertEquals(new SubmissionMonths.Count(3, 8), months.get(YearMonth.of(2026, 11)));
        assertEquals(new SubmissionMonths.Count(0, 2), months.get(YearMonth.of(2026, 10)));
    }

    @Test
    void theRowsAreCompleteWhenEverySettledMonthSinceTheFirstSubmissionHasOne() {
        var september = YearMonth.of(2026, 9);
        var december = YearMonth.of(2026, 12);
        assertTrue(SubmissionMonths.complete(Set.of(september, september.plusMonths(1), september.plusMonths(2)), september, december));
        assertFalse(SubmissionMonths.complete(Set.of(september, september.plusMonths(2)), september, december), "October is missing");
        assertFalse(SubmissionMonths.complete(Set.of(september, september.plusMonths(1)), september, december), "November is missing");
        assertFalse(SubmissionMonths.complete(Set.of(september, september.plusMonths(1), september.plusMonths(2), december), september, december),
                "December is not settled: a clock set back counted it too early");
    }

    @Test
    void withoutSettledSubmissionsThereIsNothingToCount() {
        assertTrue(SubmissionMonths.complete(Set.of(), null, YearMonth.of(2026, 12)));
        assertTrue(SubmissionMonths.complete(Set.of(), YearMonth.of(2026, 12), YearMonth.of(2026, 12)));
    }
}
