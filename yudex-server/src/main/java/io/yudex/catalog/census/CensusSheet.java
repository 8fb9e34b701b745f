package io.yudex.catalog.census;

/** The sheets of the census workbook, in the order they appear. */
enum CensusSheet {
    RESOURCES("资源"),
    ITEMS("信息项"),
    GUIDE("填写说明");

    private final String title;

    CensusSheet(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
