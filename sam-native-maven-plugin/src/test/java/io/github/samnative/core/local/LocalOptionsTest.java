package io.github.samnative.core.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalOptionsTest {

    @Test
    void environmentsPerFunctionAreOneMoreThanTheProcessorsWithinTwoToEight() {
        assertEquals(2, LocalOptions.defaultMaxEnvironments(1));
        assertEquals(3, LocalOptions.defaultMaxEnvironments(2));
        assertEquals(5, LocalOptions.defaultMaxEnvironments(4));
        assertEquals(8, LocalOptions.defaultMaxEnvironments(7));
        assertEquals(8, LocalOptions.defaultMaxEnvironments(64));
    }

    @Test
    void theDefaultsUseThisMachinesProcessors() {
        assertEquals(LocalOptions.defaultMaxEnvironments(Runtime.getRuntime().availableProcessors()),
                LocalOptions.defaults().maxEnvironmentsPerFunction());
    }
}
