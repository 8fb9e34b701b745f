package io.yudex.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform settings under {@code yudex.*}.
 *
 * @param dataDir  where the embedded stores live (H2 database, search index)
 * @param demo     seed the demo organisation, users and catalog at start-up
 * @param demoRows generated rows the demo loads into its population and social-insurance resources (a quarter of
 *                 that into enterprises and vehicles, a tenth into penalties and licences); 0 loads no data
 * @param security account and token policy (等保2.0 level 3 defaults)
 * @param catalog  catalog settings
 */
@ConfigurationProperties("yudex")
public record YudexProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue("100000") long demoRows,
        @DefaultValue Security security,
        @DefaultValue Catalog catalog) {

    /**
     * @param maxFailedLogins   failures before the account is locked
     * @param lockDuration      how long a locked account stays locked
     * @param tokenLifetime     lifetime of a bearer token
     * @param passwordMinLength minimum password length
     * @param passwordMinClasses how many of upper/lower/digit/symbol a password must mix
     */
    public record Security(
            @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15m") Duration lockDuration,
            @DefaultValue("1h") Duration tokenLifetime,
            @DefaultValue("8") int passwordMinLength,
            @DefaultValue("3") int passwordMinClasses) {}

    /**
     * @param provinceCode the province whose division tree is loaded as regions (GB/T 2260)
     * @param sequenceDigits digits of the sequence part of a resource code
     */
    public record Catalog(
            @DefaultValue("410000") String provinceCode,
            @DefaultValue("6") int sequenceDigits) {}
}
