package io.yudex.synth;

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

    private Addresses() {
    }

    /** A household address after the county name: road and number, or town, village and group. */
    static void appendHousehold(StringBuilder sb, SplittableRandom r, boolean urban) {
        if (urban) {
            sb.append(pick(ROADS, r));
            number(sb, r, 300).append('号');
            if (Mix.below(r, 2) == 0) {
                number(sb.append('院'), r, 20).append("号楼");
                number(sb, r, 4).append("单元");
                number(sb, r, 28).append('0');
                number(sb, r, 4).append('号');
            }
        } else {
            appendTown(sb, r);
            appendPlace(sb, r);
            number(sb.append('村'), r, 12).append('组');
            number(sb, r, 150).append('号');
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
            appendTown(sb, r);
            number(sb.append(pick(ROADS, r)), r, 200).append('号');
        } else {
            appendTown(sb, r);
            appendPlace(sb, r);
            sb.append('村');
        }
    }

    private static void appendTown(StringBuilder sb, SplittableRandom r) {
        if (Mix.below(r, 5) == 0) {
            sb.append("城关镇");
        } else {
            sb.append(PLACE_SURNAMES.charAt(Mix.below(r, PLACE_SURNAMES.length())))
                    .append(pick(TOWN_SUFFIXES, r))
                    .append(Mix.below(r, 4) == 0 ? '乡' : '镇');
        }
    }

    private static void appendPlace(StringBuilder sb, SplittableRandom r) {
        sb.append(PLACE_SURNAMES.charAt(Mix.below(r, PLACE_SURNAMES.length()))).append(pick(PLACE_SUFFIXES, r));
    }

    private static String pick(String[] pool, SplittableRandom r) {
        return pool[Mix.below(r, pool.length)];
    }

    /** Appends a number from 1 to {@code max}. */
    private static StringBuilder number(StringBuilder sb, SplittableRandom r, int max) {
        return Digits.append(sb, 1 + Mix.below(r, max));
    }
}
