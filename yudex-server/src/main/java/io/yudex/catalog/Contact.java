package io.yudex.catalog;

/** Who answers questions about a resource. All fields optional. */
public record Contact(String name, String phone, String email) {

    public static final Contact NONE = new Contact(null, null, null);
}
