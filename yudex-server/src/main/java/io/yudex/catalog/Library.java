package io.yudex.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The base library (基础数据库) or theme library (主题数据库) a resource belongs to. Its code is the
 * 项 (item) part of the classification code of base and theme resources.
 */
public enum Library implements Vocabulary {
    POPULATION(ResourceClass.BASE, "01", "人口", "Population"),
    LEGAL_ENTITY(ResourceClass.BASE, "02", "法人", "Legal entities"),
    NATURAL_RESOURCES(ResourceClass.BASE, "03", "自然资源和空间地理", "Natural resources and geography"),
    SOCIAL_CREDIT(ResourceClass.BASE, "04", "社会信用", "Social credit"),
    E_LICENCE(ResourceClass.BASE, "05", "电子证照", "E-licences"),
    MACRO_ECONOMY(ResourceClass.BASE, "06", "宏观经济", "Macro-economy"),
    CREDIT_INFORMATION(ResourceClass.THEME, "01", "信用信息", "Credit information"),
    CITY_MANAGEMENT(ResourceClass.THEME, "02", "城市管理", "City management"),
    POWER_ITEMS(ResourceClass.THEME, "03", "权力事项", "Administrative powers"),
    E_SUPERVISION(ResourceClass.THEME, "04", "电子监察", "E-supervision"),
    TRANSPORT_LOGISTICS(ResourceClass.THEME, "05", "交通物流", "Transport and logistics"),
    AGRICULTURE_GRAIN(ResourceClass.THEME, "06", "农业粮食", "Agriculture and grain"),
    ECOLOGY_ENVIRONMENT(ResourceClass.THEME, "07", "生态环境", "Ecology and environment"),
    HEALTH(ResourceClass.THEME, "08", "医疗健康", "Health"),
    EDUCATION(ResourceClass.THEME, "09", "教育", "Education"),
    SOCIAL_SECURITY(ResourceClass.THEME, "10", "社会保障", "Social security");

    private final ResourceClass resourceClass;
    private final String code;
    private final String zh;
    private final String en;

    Library(ResourceClass resourceClass, String code, String zh, String en) {
        this.resourceClass = resourceClass;
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    /** BASE or THEME: the class of resource this library holds. */
    public ResourceClass resourceClass() {
        return resourceClass;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** Accepts the enum name or the Chinese label (codes repeat across base and theme libraries). */
    @JsonCreator
    public static Library from(String text) {
        for (Library l : values()) {
            if (l.name().equalsIgnoreCase(text.trim()) || l.zh.equals(text.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown Library: " + text);
    }
}
