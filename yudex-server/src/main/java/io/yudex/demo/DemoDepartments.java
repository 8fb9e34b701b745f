package io.yudex.demo;

import java.util.List;

/** The demo's organisations: the bureau, provincial departments, three city bureaus and a county bureau. */
final class DemoDepartments {

    /** name, short name (also the user-name prefix), region code, level. */
    record Spec(String name, String shortName, String login, String regionCode, String level) {}

    static final Spec OPERATOR = new Spec("河南省大数据管理局", "省大数据局", "dsj", "410000", "PROVINCE");

    static final List<Spec> PROVINCIAL = List.of(
            new Spec("河南省公安厅", "省公安厅", "gat", "410000", "PROVINCE"),
            new Spec("河南省民政厅", "省民政厅", "mzt", "410000", "PROVINCE"),
            new Spec("河南省人力资源和社会保障厅", "省人社厅", "rst", "410000", "PROVINCE"),
            new Spec("河南省市场监督管理局", "省市场监管局", "scjgj", "410000", "PROVINCE"),
            new Spec("河南省自然资源厅", "省自然资源厅", "zrzyt", "410000", "PROVINCE"),
            new Spec("河南省交通运输厅", "省交通运输厅", "jtt", "410000", "PROVINCE"),
            new Spec("河南省农业农村厅", "省农业农村厅", "nynct", "410000", "PROVINCE"),
            new Spec("河南省卫生健康委员会", "省卫健委", "wjw", "410000", "PROVINCE"),
            new Spec("国家税务总局河南省税务局", "省税务局", "swj", "410000", "PROVINCE"),
            new Spec("河南省统计局", "省统计局", "tjj", "410000", "PROVINCE"),
            new Spec("河南省生态环境厅", "省生态环境厅", "sthjt", "410000", "PROVINCE"),
            new Spec("河南省教育厅", "省教育厅", "jyt", "410000", "PROVINCE"),
            new Spec("河南省商务厅", "省商务厅", "swt", "410000", "PROVINCE"),
            new Spec("河南省粮食和物资储备局", "省粮储局", "lsj", "410000", "PROVINCE"),
            new Spec("河南省发展和改革委员会", "省发改委", "fgw", "410000", "PROVINCE"));

    static final List<Spec> CITY = List.of(
            new Spec("郑州市大数据管理局", "郑州市大数据局", "zzdsj", "410100", "CITY"),
            new Spec("洛阳市大数据管理局", "洛阳市大数据局", "lydsj", "410300", "CITY"),
            new Spec("开封市大数据管理局", "开封市大数据局", "kfdsj", "410200", "CITY"),
            // a county-level department, so that return flow (数据回流) reaches a county in the demo
            new Spec("郑州市金水区大数据管理局", "金水区大数据局", "jsqdsj", "410105", "COUNTY"));

    private DemoDepartments() {}
}
