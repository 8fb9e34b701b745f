package io.yudex.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin sends to create or change a department. */
public record DepartmentCommand(
        @NotBlank @Size(max = 18) @Pattern(regexp = "[0-9A-Z]{1,18}", message = "must be 1-18 digits or upper-case letters") String code,
        @NotBlank @Size(max = 128) String name,
        @NotBlank @Size(max = 32) String shortName,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String regionCode,
        @NotNull RegionLevel level,
        Long parentId) {}
