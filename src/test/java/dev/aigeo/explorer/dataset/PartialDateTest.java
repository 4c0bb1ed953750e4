package dev.aigeo.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void aYearStartsOnItsFirstDayAndLastsToItsLast() {
        PartialDate year = PartialDate.parse("2024");
        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aMonthLastsToItsLastDayIncludingLeapDays() {
        assertThat(PartialDate.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2025-02").end()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void writesItselfBackAsPreciselyAsGiven() {
        assertThat(PartialDate.parse("2025-01")).hasToString("2025-01");
        assertThat(PartialDate.parse("2025-01-20")).hasToString("2025-01-20");
        assertThat(PartialDate.format(LocalDate.of(2023, 1, 1), "year")).isEqualTo("2023");
    }

    @Test
    void refusesImpossibleDatesAndOtherForms() {
        assertThatThrownBy(() -> PartialDate.parse("2024-13-45")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> PartialDate.parse("2025-02-30")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> PartialDate.parse("20/01/2025")).hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
    }
}
