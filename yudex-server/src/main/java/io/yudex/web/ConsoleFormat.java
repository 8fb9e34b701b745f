package io.yudex.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formatting helpers for templates ({@code ${@fmt.time(...)}}); times are shown in China Standard Time. */
@Component("fmt")
class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
