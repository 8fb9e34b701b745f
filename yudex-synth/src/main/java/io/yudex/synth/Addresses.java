package io.yudex.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Street addresses below county level: roads, compounds and buildings in urban districts; towns,
 * villages and village groups in counties, named the way Henan names them (王集镇李庄村).
 */
final class Addresses {

    private static final String[] ROADS = (
            "人民路 建设路 解放路 文化路 中原路 黄河路 嵩山路 金水路 花园路 农业路 经三路 纬五路 大学路 桐柏路 "
            + "伏牛路 淮河路 长江路 工业路 健康路 民主路 和平路 胜利街 新华路 光明路 团结路 友谊路 迎宾路 滨河路 "
            + "商都路 东风路 北环路 南环路 西环路 未来路 紫荆山路 航海路 陇海路 中州大道 开元大道 龙湖大道 朝阳路 "
            + "振兴路 兴业路 富民路 育才街 书院街 车站路 向阳路").split(" ");
    private static final String PLACE_SURNAMES = "王李张刘陈杨赵郭周孙马高朱吴胡徐宋黄郑韩冯许何曹程田董袁杜魏贾";
    private static final String[] PLACE_SUFFIXES = "庄 营 楼 集 店 寨 岗 桥 湾 屯 铺 庙 园 河 沟 坡 洼 桥头".split(" ");
    private static final String[] TOWN_SUFFIXES = "集 店 庄 寨 岗 桥 营 寺 口".split(" ");
    private static final String[] BUILDINGS = "大厦 商务中心 广场 国际 科技园 产业园".split(" ");
    /**
     * Ready-made pieces, so that a row takes few appends. The pools stay small (a few hundred
     * strings): bigger precombined tables cost more in cache misses than they save in appends.
     */
    private static final String[] HOUSE_NUMBERS = numbered("", 300, "号");
    private static final String[] COMPOUNDS = numbered("院", 20, "号楼");
    private static final String[] UNITS = numbered("", 4, "单元");
    private static final String[] ROOMS = rooms();
    private static final String[] GROUPS = numbered("村", 12, "组");
    private static final String[] TOWNS = towns();
    private static final String[] PLACES = places();

    private Addresses() {
    }

    /** A household address after the county name: road and number, or town, village and group. */
    static void appendHousehold(StringBuilder sb, SplittableRandom r, boolean urban) {
        if (urban) {
            sb.append(pick(ROADS, r)).append(pick(HOUSE_NUMBERS, r));
            if (Mix.below(r, 2) == 0) {
                sb.append(pick(COMPOUNDS, r)).append(pick(UNITS, r)).append(pick(ROOMS, r));
            }
        } else {
            sb.append(pick(TOWNS, r)).append(pick(PLACES, r)).append(pick(GROUPS, r)).append(HOUSE_NUMBERS[Mix.below(r, 150)]);
        }
    }

    /** A business address after the county name. */
    static void appendBusiness(StringBuilder sb, SplittableRandom r, boolean urban) {
        if (urban) {
            number(sb.append(pick(ROADS, r)), r, 300).append('号');
            if (Mix.below(r, 3) == 0) {
                sb.append(pick(ROADS, r), 0, 2).append(pick(BUILDINGS, r));
                number(sb, r, 30).append('层');
                number(sb, r, 30).append('0');
                number(sb, r, 9).append('号');
            }
        } else if (Mix.below(r, 2) == 0) {
            sb.append(pick(TOWNS, r));
            number(sb.append(pick(ROADS, r)), r, 200).append('号');
        } else {
            sb.append(pick(TOWNS, r)).append(pick(PLACES, r)).append('村');
        }
    }

    private static String pick(String[] pool, SplittableRandom r) {
        return pool[Mix.below(r, pool.length)];
    }

    /** Appends a number from 1 to {@code max}. */
    private static StringBuilder number(StringBuilder sb, SplittableRandom r, int max) {
        return Digits.append(sb, 1 + Mix.below(r, max));
    }

    private static String[] numbered(String before, int max, String after) {
        String[] pieces = new String[max];
        for (int n = 1; n <= max; n++) {
            pieces[n - 1] = before + n + after;
        }
        return pieces;
    }

    /** Room numbers 101 … 2804: floor, 0, door, 号. */
    private static String[] rooms() {
        String[] rooms = new String[28 * 4];
        for (int floor = 1; floor <= 28; floor++) {
            for (int door = 1; door <= 4; door++) {
                rooms[(floor - 1) * 4 + door - 1] = floor + "0" + door + "号";
            }
        }
        return rooms;
    }

    /** 城关镇 (one in five) and towns named surname + place word + 镇 (three in four) or 乡. */
    private static String[] towns() {
        List<String> towns = new ArrayList<>();
        for (char surname : PLACE_SURNAMES.toCharArray()) {
            for (String suffix : TOWN_SUFFIXES) {
                towns.add(surname + suffix + "镇");
                towns.add(surname + suffix + "镇");
                towns.add(surname + suffix + "镇");
                towns.add(surname + suffix + "乡");
            }
        }
        int others = towns.size();
        for (int k = 0; k < others / 4; k++) {
            towns.add("城关镇");
        }
        return towns.toArray(String[]::new);
    }

    private static String[] places() {
        List<String> places = new ArrayList<>();
        for (char surname : PLACE_SURNAMES.toCharArray()) {
            for (String suffix : PLACE_SUFFIXES) {
                places.add(surname + suffix);
            }
        }
        return places.toArray(String[]::new);
    }
}
