package dev.aigeo.explorer.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientSlotsTest {

    private final ClientSlots slots = new ClientSlots(2, "queries");

    @Test
    void givesEachClientItsOwnSlots() {
        assertThat(slots.tryTake("10.0.0.1")).isPresent();
        assertThat(slots.tryTake("10.0.0.1")).isPresent();

        assertThat(slots.tryTake("10.0.0.1")).isEmpty();
        assertThat(slots.tryTake("10.0.0.2")).isPresent();
    }

    @Test
    void freesASlotOnceWhenItIsClosedAndForgetsIdleClients() {
        ClientSlots.Slot first = slots.tryTake("10.0.0.1").orElseThrow();
        ClientSlots.Slot second = slots.tryTake("10.0.0.1").orElseThrow();

        first.close();
        first.close();
        assertThat(slots.tryTake("10.0.0.1")).isPresent();
        assertThat(slots.tryTake("10.0.0.1")).isEmpty();

        slots.tryTake("10.0.0.2").orElseThrow().close();
        assertThat(slots.clients()).isEqualTo(1);
    }
}
