package io.yudex.demo;

import io.yudex.catalog.CatalogService;
import io.yudex.catalog.Resource;
import io.yudex.identity.Caller;
import io.yudex.identity.Role;
import io.yudex.identity.UserCommand;
import io.yudex.identity.UserService;
import io.yudex.organisation.Department;
import io.yudex.organisation.DepartmentCommand;
import io.yudex.organisation.OrganisationService;
import io.yudex.organisation.RegionLevel;
import io.yudex.platform.YudexProperties;
import io.yudex.standards.identifier.OrganizationCode;
import io.yudex.standards.identifier.UnifiedSocialCreditCode;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo on first start with {@code --yudex.demo=true}: the bureau, departments, a user per role
 * and the catalog, most of it published, a few resources waiting for review or still drafts.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    /** The last few demo resources stay in review or draft so the workflow pages have something to show. */
    private static final int LEFT_SUBMITTED = 3;
    private static final int LEFT_DRAFT = 2;

    private final YudexProperties properties;
    private final OrganisationService organisations;
    private final UserService users;
    private final CatalogService catalog;
    private final DemoData demoData;
    private final DemoGovernance demoGovernance;
    private final DemoOpenData demoOpenData;
    private final String configuredPassword;

    DemoSeeder(YudexProperties properties, OrganisationService organisations, UserService users, CatalogService catalog,
            DemoData demoData, DemoGovernance demoGovernance, DemoOpenData demoOpenData, @Value("${YUDEX_DEMO_PASSWORD:}") String configuredPassword) {
        this.demoData = demoData;
        this.demoGovernance = demoGovernance;
        this.demoOpenData = demoOpenData;
        this.properties = properties;
        this.organisations = organisations;
        this.users = users;
        this.catalog = catalog;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        if (organisations.operator().isPresent()) {
            log.info("Demo already seeded in this data dir: log in as admin, auditor, <dept>_admin or <dept>_user "
                    + "with the password printed at the first start (or YUDEX_DEMO_PASSWORD)");
            return;
        }
        long started = System.nanoTime();
        String password = configuredPassword.isBlank() ? generatedPassword() : configuredPassword;
        Map<String, Department> byLogin = departments();
        seedUsers(byLogin, password);
        long usersDone = System.nanoTime();
        int resources = seedCatalog(byLogin);
        demoData.start(byLogin, properties.demoRows());
        demoGovernance.seed();
        demoOpenData.start(byLogin, properties.demoRows());
        log.info("Demo seeded: {} departments and users in {} ms, {} resources in {} ms", byLogin.size(),
                (usersDone - started) / 1_000_000, resources, (System.nanoTime() - usersDone) / 1_000_000);
        log.info("Demo log-ins: admin (platform admin), auditor, <dept>_admin and <dept>_user (e.g. gat_admin, gat_user); password: {}",
                configuredPassword.isBlank() ? password + " (generated; set YUDEX_DEMO_PASSWORD to choose one)" : "from YUDEX_DEMO_PASSWORD");
    }

    private Map<String, Department> departments() {
        Map<String, Department> byLogin = new HashMap<>();
        Department operator = organisations.createOperator(command(DemoDepartments.OPERATOR, 0, null));
        byLogin.put(DemoDepartments.OPERATOR.login(), operator);
        int n = 1;
        for (var spec : Stream.concat(DemoDepartments.PROVINCIAL.stream(), DemoDepartments.CITY.stream()).toList()) {
            byLogin.put(spec.login(), organisations.create(command(spec, n++, null)));
        }
        return byLogin;
    }

    private void seedUsers(Map<String, Department> byLogin, String password) {
        long operator = byLogin.get(DemoDepartments.OPERATOR.login()).id();
        users.create(new UserCommand("admin", "平台管理员", operator, Set.of(Role.PLATFORM_ADMIN), true, password));
        users.create(new UserCommand("auditor", "审计员", operator, Set.of(Role.AUDITOR), true, password));
        for (var e : byLogin.entrySet()) {
            if (e.getValue().operator()) {
                continue;
            }
            String shortName = e.getValue().shortName();
            users.create(new UserCommand(e.getKey() + "_admin", shortName + "数据管理员", e.getValue().id(), Set.of(Role.DEPT_ADMIN), true, password));
            users.create(new UserCommand(e.getKey() + "_user", shortName + "业务用户", e.getValue().id(), Set.of(Role.DEPT_USER), true, password));
        }
    }

    private int seedCatalog(Map<String, Department> byLogin) {
        Department operatorDept = byLogin.get(DemoDepartments.OPERATOR.login());
        Caller admin = new Caller("admin", operatorDept.id(), operatorDept.code(), Set.of(Role.PLATFORM_ADMIN), false);
        List<String> lines = DemoCatalog.LINES;
        for (int i = 0; i < lines.size(); i++) {
            var entry = DemoResources.parse(lines.get(i));
            Department provider = byLogin.get(entry.providerLogin());
            Caller deptAdmin = new Caller(entry.providerLogin() + "_admin", provider.id(), provider.code(), Set.of(Role.DEPT_ADMIN), false);
            Resource r = catalog.create(entry.command(), deptAdmin);
            int fromEnd = lines.size() - i;
            if (fromEnd <= LEFT_DRAFT) {
                continue;
            }
            catalog.submit(r.code(), deptAdmin);
            if (fromEnd > LEFT_DRAFT + LEFT_SUBMITTED) {
                catalog.publish(r.code(), admin);
            }
        }
        return lines.size();
    }

    private DepartmentCommand command(DemoDepartments.Spec spec, int n, Long parent) {
        // 11 = 机构编制 + 机关; the organisation code part is a deterministic, valid GB 11714 code
        String orgCode = OrganizationCode.withCheckChar(String.format("%08d", 100_000 + n * 37));
        String uscc = UnifiedSocialCreditCode.withCheckChar("11" + spec.regionCode() + orgCode);
        return new DepartmentCommand(uscc, spec.name(), spec.shortName(), spec.regionCode(), RegionLevel.valueOf(spec.level()), parent);
    }

    private static String generatedPassword() {
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        return "Yd-" + HexFormat.of().formatHex(b) + "A";
    }
}
