package io.yudex.standards.identifier;

/** Sex as encoded in a citizen ID number's sequence code: odd is male, even is female. */
public enum Sex {
    MALE,
    FEMALE
}
