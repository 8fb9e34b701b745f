package io.yudex.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ApiClientCommand(@NotBlank @Size(max = 128) String name, @NotNull Long departmentId, @NotNull Role role) {}
