package io.yudex.opendata;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a public user submits to apply for a conditionally open dataset. */
public record ApplicationForm(String purpose, String scenario, Boolean commitment, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}
