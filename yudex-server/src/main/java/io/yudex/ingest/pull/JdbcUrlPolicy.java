package io.yudex.ingest.pull;

import io.yudex.platform.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which JDBC URLs a data admin may store. A JDBC URL is code as much as an address: driver parameters can load
 * classes (PostgreSQL's {@code socketFactory}, CVE-2022-21724), deserialise server data (MySQL's
 * {@code autoDeserialize}), read local files ({@code allowLoadLocalInfile}) or run scripts (H2's {@code INIT}).
 * Those are refused, and so is a password in the URL, which would be stored and shown in clear.
 */
final class JdbcUrlPolicy {

    private static final List<String> FORBIDDEN = List.of("socketfactory", "socketfactoryarg", "sslfactory", "sslfactoryarg",
            "sslhostnameverifier", "sslpasswordcallback", "authenticationpluginclassname", "loggerfile", "loggerlevel",
            "autodeserialize", "allowloadlocalinfile", "allowloadlocalinfileinpath", "allowurlinlocalinfile", "allowlocalinfile",
            "queryinterceptors", "statementinterceptors", "exceptioninterceptors", "connectionlifecycleinterceptors",
            "propertiestransform", "init", "credentialtype", "password");
    private static final Pattern PARAMETER = Pattern.compile("[?&;(,]\\s*([A-Za-z_.]+)\\s*=");
    private static final Pattern USER_INFO = Pattern.compile("^jdbc:[a-z0-9]+://[^/?]*:[^/?]*@", Pattern.CASE_INSENSITIVE);

    private JdbcUrlPolicy() {}

    /**
     * @return the URL's vendor
     * @throws InvalidInputException naming the field {@code url} when the URL is not allowed
     */
    static JdbcVendor check(String url, boolean allowH2) {
        if (url == null || url.isBlank()) {
            throw InvalidInputException.of("url", "is required, e.g. jdbc:postgresql://db.example.gov.cn:5432/population");
        }
        if (url.length() > 1000 || url.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("url", "must be one line of at most 1000 characters");
        }
        JdbcVendor vendor = JdbcVendor.of(url).filter(v -> v != JdbcVendor.H2 || allowH2)
                .orElseThrow(() -> InvalidInputException.of("url", "must start with jdbc:postgresql:, jdbc:mysql: or jdbc:mariadb:"));
        if (USER_INFO.matcher(url).find()) {
            throw InvalidInputException.of("url", "must not hold the password; give it in the password field, where it is stored encrypted");
        }
        var m = PARAMETER.matcher(url);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (FORBIDDEN.contains(name)) {
                throw InvalidInputException.of("url", name.equals("password")
                        ? "must not hold the password; give it in the password field, where it is stored encrypted"
                        : "must not set the driver parameter '" + m.group(1) + "': it can load code or files on the platform");
            }
        }
        return vendor;
    }
}
