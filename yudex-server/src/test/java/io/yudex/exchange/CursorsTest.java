package io.yudex.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.yudex.exchange.serving.ServingQuery.Position;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private final Cursors cursors = new Cursors(new byte[32]);

    @Test
    void decode_givesBackThePosition_forTheSameBinding() {
        String c = cursors.encode("q1", new Position(LocalDate.of(2001, 2, 3), 42), "2001-02-03");
        assertThat(cursors.decode(c, "q1", LocalDate::parse)).contains(new Position(LocalDate.of(2001, 2, 3), 42));
        String unsorted = cursors.encode("q1", new Position(null, 7), null);
        assertThat(cursors.decode(unsorted, "q1", t -> { throw new IllegalArgumentException(); })).contains(new Position(null, 7));
        assertThat(cursors.encode("q1", new Position(null, 7), null)).as("deterministic").isEqualTo(unsorted);
    }

    @Test
    void decode_refusesAnotherBinding_anAlteredBody_anotherKey_andGarbage() {
        String c = cursors.encode("q1", new Position("a|b", 42), "a|b");
        assertThat(cursors.decode(c, "q2", t -> t)).isEmpty();
        String body = new String(Base64.getUrlDecoder().decode(c.substring(0, c.indexOf('.'))));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(body.replace("|42|", "|43|").getBytes()) + c.substring(c.indexOf('.'));
        assertThat(cursors.decode(forged, "q1", t -> t)).isEmpty();
        assertThat(new Cursors(new byte[] {1, 2, 3}).decode(c, "q1", t -> t)).isEmpty();
        assertThat(cursors.decode("not-a-cursor", "q1", t -> t)).isEmpty();
        assertThat(cursors.decode("%%%.%%%", "q1", t -> t)).isEmpty();
        assertThat(cursors.decode(c, "q1", t -> t)).contains(new Position("a|b", 42));
    }

    @Test
    void binding_joinsPartsUnambiguously() {
        assertThat(Cursors.binding("ab", "c")).isNotEqualTo(Cursors.binding("a", "bc"));
        assertThat(Cursors.binding(null, "c")).isNotEqualTo(Cursors.binding("", "c"));
    }
}
