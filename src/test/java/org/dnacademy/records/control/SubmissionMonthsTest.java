package org.dnacademy.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void theAttemptsAreCountedLiveFromTheFirstSettledMonthWithoutARow() {
        var september = YearMonth.of(2026, 9);
        var october = YearMonth.of(2026, 10);
        var november = YearMonth.of(2026, 11);
        var december = YearMonth.of(2026, 12);
        assertEquals(december, SubmissionMonths.firstUncounted(Set.of(september, october, november), september, december));
        assertEquals(october, SubmissionMonths.firstUncounted(Set.of(september, november), september, december));
        assertEquals(november, SubmissionMonths.firstUncounted(Set.of(september, october), september, december));
        assertEquals(september, SubmissionMonths.firstUncounted(Set.of(), september, december), "nothing counted yet");
    }

    @Test
    void withoutSettledSubmissionsThereIsNothingToCount() {
        assertEquals(YearMonth.of(2026, 12), SubmissionMonths.firstUncounted(Set.of(), null, YearMonth.of(2026, 12)));
        assertEquals(YearMonth.of(2026, 12), SubmissionMonths.firstUncounted(Set.of(), YearMonth.of(2026, 12), YearMonth.of(2026, 12)));
    }
}
