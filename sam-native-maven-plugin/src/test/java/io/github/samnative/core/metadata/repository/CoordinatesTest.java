package io.github.samnative.core.metadata.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void readsPlainAndMavenArtifactIds() throws Exception {
        assertEquals(new Coordinates("com.acme", "json", "2.1"), Coordinates.parse("com.acme:json:2.1"));
        assertEquals(new Coordinates("com.acme", "json", "2.1"), Coordinates.parse("com.acme:json:jar:2.1"));
        assertEquals(new Coordinates("io.netty", "netty-transport-native-epoll", "4.1.100.Final"),
                Coordinates.parse("io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.100.Final"));
        assertEquals("com.acme:json", Coordinates.parse("com.acme:json:2.1").module());
    }

    @Test
    void refusesWhatIsNotACoordinate() {
        SamNativeException e = assertThrows(SamNativeException.class, () -> Coordinates.parse("com.acme:json"));
        assertTrue(e.getMessage().startsWith("'com.acme:json' is not a dependency coordinate"), e.getMessage());
        assertThrows(SamNativeException.class, () -> Coordinates.parse("com.acme::1.0"));
    }
}
