package io.yudex.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Creates a user ({@code password} required) or changes one ({@code password} optional: null keeps it). */
public record UserCommand(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '_', '.', '-' only") String username,
        @NotBlank @Size(max = 64) String displayName,
        @NotNull Long departmentId,
        @NotEmpty Set<Role> roles,
        Boolean enabled,
        @Size(max = 128) String password) {}
