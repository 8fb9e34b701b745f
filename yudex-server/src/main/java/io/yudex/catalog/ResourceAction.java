package io.yudex.catalog;

/** What happened to a resource in one version. */
public enum ResourceAction implements Vocabulary {
    CREATED("创建", "Created"),
    EDITED("修改", "Edited"),
    SUBMITTED("提交审核", "Submitted"),
    PUBLISHED("发布", "Published"),
    RETURNED("退回", "Returned"),
    DEPRECATED("废止", "Deprecated"),
    SENSITIVITY_SET("确认敏感级别", "Sensitivity confirmed");

    private final String zh;
    private final String en;

    ResourceAction(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
