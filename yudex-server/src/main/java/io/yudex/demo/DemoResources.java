package io.yudex.demo;

import io.yudex.catalog.Contact;
import io.yudex.catalog.DataGrade;
import io.yudex.catalog.DataItem;
import io.yudex.catalog.DataType;
import io.yudex.catalog.FormatClass;
import io.yudex.catalog.Library;
import io.yudex.catalog.OpenType;
import io.yudex.catalog.ResourceClass;
import io.yudex.catalog.ResourceCommand;
import io.yudex.catalog.Sensitivity;
import io.yudex.catalog.ShareMode;
import io.yudex.catalog.ShareType;
import io.yudex.catalog.UpdateCycle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns a {@link DemoCatalog} line into a resource command. */
final class DemoResources {

    /** The provider's login prefix and the command to register. */
    record Entry(String providerLogin, ResourceCommand command) {}

    private DemoResources() {}

    static Entry parse(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 11) {
            throw new IllegalArgumentException("Demo catalog line needs 11 fields: " + line);
        }
        String login = f[0];
        ResourceClass resourceClass = f[2].equals("DEPARTMENT") ? ResourceClass.DEPARTMENT : Library.valueOf(f[2]).resourceClass();
        Library library = resourceClass == ResourceClass.DEPARTMENT ? null : Library.valueOf(f[2]);
        String item = library == null ? "00" : library.code();
        ShareType share = ShareType.from(f[4]);
        OpenType open = OpenType.from(f[5]);
        List<DataItem> items = Arrays.stream(f[9].split(",")).map(DemoResources::item).toList();
        DataGrade grade = switch (f[7].charAt(0)) {
            case 'C' -> DataGrade.CORE;
            case 'I' -> DataGrade.IMPORTANT;
            default -> DataGrade.GENERAL;
        };
        Integer level = grade == DataGrade.GENERAL ? Integer.valueOf(f[7].substring(1)) : null;
        UpdateCycle cycle = UpdateCycle.valueOf(f[6]);
        FormatClass format = cycle == UpdateCycle.REALTIME ? FormatClass.SERVICE_INTERFACE : FormatClass.DATABASE;
        Set<ShareMode> modes = share == ShareType.NOT_SHARED ? Set.of()
                : cycle == UpdateCycle.REALTIME ? EnumSet.of(ShareMode.INTERFACE) : EnumSet.of(ShareMode.INTERFACE, ShareMode.TABLE);
        var command = new ResourceCommand(
                f[1], resourceClass, library, resourceClass.code() + item + f[3], null, f[10], format,
                format == FormatClass.SERVICE_INTERFACE ? "REST/JSON" : "PostgreSQL",
                items, share,
                share == ShareType.CONDITIONAL ? "仅向依法履职需要的政务部门共享，申请时须说明用途和使用范围；涉及个人信息的按最小必要原则提供。" : null,
                share == ShareType.NOT_SHARED ? "《中华人民共和国数据安全法》第二十一条及《政务数据共享条例》第十三条：属重要数据，不予共享。" : null,
                modes, open,
                open == OpenType.CONDITIONAL ? "申请人须提交数据用途、应用场景和安全承诺，经提供部门审核后开放。" : null,
                cycle, null, List.of(), false, grade, level, Arrays.asList(f[8].split(",")),
                new Contact("数据管理处", "0371-65500000", login + "@henan.gov.cn"));
        return new Entry(login, command);
    }

    private static DataItem item(String spec) {
        String[] p = spec.split(":", -1);
        DataType type = DataType.from(p[2]);
        Integer length = p.length > 3 && !p[3].isEmpty() ? Integer.valueOf(p[3]) : null;
        String flags = p.length > 4 ? p[4] : "";
        Sensitivity sensitivity = flags.contains("S") ? Sensitivity.SENSITIVE_PERSONAL
                : flags.contains("P") ? Sensitivity.PERSONAL : Sensitivity.NONE;
        return new DataItem(p[0], p[1], type, length, flags.contains("R") || flags.contains("K"), flags.contains("K"), sensitivity);
    }
}
