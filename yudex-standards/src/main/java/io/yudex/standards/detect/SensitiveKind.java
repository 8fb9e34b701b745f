package io.yudex.standards.detect;

/** Kinds of sensitive value that {@link SensitiveDataDetector} recognises (GB/T 35273 vocabulary). */
public enum SensitiveKind {
    /** 公民身份号码 that passes GB 11643 structure and check digit. */
    CITIZEN_ID,
    /** 统一社会信用代码 that passes GB 32100. Not personal information, but an identifier of an entity. */
    USCC,
    /** Mainland mobile number {@code 1[3-9]} + 9 digits, optionally prefixed {@code +86} or {@code 86}. */
    MOBILE,
    /** E-mail address. */
    EMAIL,
    /** 16–19 digits passing the Luhn check. */
    BANK_CARD,
    /** Mainland vehicle plate, ordinary ({@code 豫A12345}) or new-energy ({@code 豫AD12345}). */
    LICENCE_PLATE,
    /** Landline with area code, {@code 0371-12345678} or {@code 037112345678}. */
    LANDLINE,
    /** A Chinese personal name: 2–4 Han characters starting with a common surname ({@code 张三}, {@code 欧阳娜娜}). */
    CHINESE_NAME,
    /** A Chinese postal address naming at least two levels ({@code 河南省郑州市金水区经三路1号}). */
    ADDRESS
}
