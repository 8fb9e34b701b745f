package io.yudex.synth;

import java.util.SplittableRandom;

/** Parts of market-entity names: trade names (字号), industries, shop kinds, cooperative kinds. */
final class BusinessNames {

    /** Characters of trade names; each has a similar character for typos (see {@link Names#similar}). */
    static final String TRADE = "鑫源恒盛达通宇豫中金新泰安瑞祥隆兴宏远博德信嘉永丰润联创航华昌汇和富康乐佳晟坤鼎盈辉锦";
    /** Industry words of companies; a leading * marks food businesses that need a food licence. */
    private static final String[] INDUSTRIES = ("科技 商贸 建筑工程 农业开发 物流 *餐饮管理 *食品 机械制造 电子商务 房地产开发 "
            + "医药 教育咨询 环保科技 新能源科技 文化传媒 建材 服装 汽车销售 供应链管理 *酒业 *粮油 *超市 信息技术 "
            + "劳务 装饰工程 物业服务 印刷 化工 *餐饮服务 *农产品").split(" ");
    /** Shop kinds of individual businesses (个体工商户); * marks food businesses. */
    private static final String[] SHOPS = ("*烩面馆 *胡辣汤店 *便利店 *超市 五金店 理发店 *水果店 手机店 服装店 建材经营部 "
            + "农资店 *蔬菜店 *粮油店 *小吃部 汽车修理部 *百货商店 *饭店 *烧烤店 *面馆 *蛋糕店 家电维修部 干洗店 *烟酒店 "
            + "*母婴用品店 *卤肉店 *饺子馆").split(" ");
    private static final String[] COOPERATIVES = ("种植 养殖 农机服务 蔬菜种植 林果种植 中药材种植 花生种植 小麦种植 生猪养殖 "
            + "肉牛养殖 食用菌种植 红薯种植").split(" ");

    private BusinessNames() {
    }

    static void appendTrade(StringBuilder sb, SplittableRandom r) {
        char first = TRADE.charAt(r.nextInt(TRADE.length()));
        char second = TRADE.charAt(r.nextInt(TRADE.length()));
        sb.append(first).append(second == first ? TRADE.charAt((TRADE.indexOf(first) + 1) % TRADE.length()) : second);
    }

    /** Appends an industry word; returns whether it is a food business. */
    static boolean appendIndustry(StringBuilder sb, SplittableRandom r) {
        return appendMarked(sb, INDUSTRIES[r.nextInt(INDUSTRIES.length)]);
    }

    /** Appends a shop kind; returns whether it is a food business. */
    static boolean appendShop(StringBuilder sb, SplittableRandom r) {
        return appendMarked(sb, SHOPS[r.nextInt(SHOPS.length)]);
    }

    static void appendCooperative(StringBuilder sb, SplittableRandom r) {
        sb.append(COOPERATIVES[r.nextInt(COOPERATIVES.length)]).append("专业合作社");
    }

    private static boolean appendMarked(StringBuilder sb, String word) {
        boolean food = word.charAt(0) == '*';
        sb.append(word, food ? 1 : 0, word.length());
        return food;
    }
}
