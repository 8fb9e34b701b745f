package io.yudex.rules;

import java.util.Arrays;
import java.util.Optional;

/** The identifier types the facade checks, by the names the validate API uses. */
public enum IdentifierType {
    /** 公民身份号码, GB 11643-1999 (15-digit numbers upgraded). */
    CITIZEN_ID("citizen-id"),
    /** 统一社会信用代码, GB 32100-2015. */
    USCC("uscc"),
    /** 组织机构代码, GB 11714-1997. */
    ORG_CODE("org-code"),
    /** 行政区划代码, GB/T 2260: exists in the shipped table. */
    DIVISION_CODE("division-code"),
    /** Mobile number, MIIT numbering plan. */
    MOBILE("mobile"),
    /** Fixed-line number with area code. */
    LANDLINE("landline"),
    /** 邮政编码. */
    POSTAL_CODE("postal-code"),
    /** E-mail address, RFC 5321 mailbox. */
    EMAIL("email"),
    /** Bank card number, Luhn. */
    BANK_CARD("bank-card"),
    /** 机动车号牌, GA 36-2018. */
    LICENCE_PLATE("licence-plate"),
    /** 电子证照标识, GB/T 36904. */
    E_LICENCE("e-licence");

    private final String apiName;

    IdentifierType(String apiName) {
        this.apiName = apiName;
    }

    /** The name used in requests and definitions, e.g. {@code citizen-id}. */
    public String apiName() {
        return apiName;
    }

    /** The type with this API name; empty for null or unknown names. */
    public static Optional<IdentifierType> fromApiName(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
    }
}
