package io.yudex.synth;

import java.util.SplittableRandom;

/**
 * Chinese personal names: a surname drawn by its frequency in Henan (王李张刘 first, a few
 * compound surnames such as 司马 and 欧阳), then one or two given-name characters from a pool
 * that depends on sex and on the generation (建国 and 秀英 for the old, 子轩 and 欣怡 for the young).
 */
final class Names {

    /** Surname and relative frequency (per mille, roughly), most frequent first. */
    private static final String SURNAMES = "王78 李75 张72 刘55 陈38 杨33 赵28 郭22 周20 孙19 马17 高15 朱15 吴14 胡13 徐13 宋13 "
            + "黄12 郑11 韩11 冯10 许10 何9 曹9 程8 田8 董7 袁7 杜7 魏7 贾7 于6 石6 崔6 范6 常6 吕6 梁6 闫5 邓5 秦5 "
            + "谢5 罗5 唐5 苏5 付5 任5 申4 姚4 薛4 牛4 侯4 丁4 白4 孟4 武4 耿3 岳3 翟3 孔3 史3 彭3 潘3 姜3 乔3 卢3 "
            + "蔡3 林3 夏3 邵3 樊3 葛2 沈2 叶2 汪2 方2 毛2 司2 司马1 欧阳1 上官1 诸葛1";

    /** Given-name characters by generation: born before 1970, 1970–1994, from 1995. */
    private static final String[] MALE = {
        "建国军华明德福贵忠义文武志强平安保林生山海春长庆胜利红卫东新永富全金玉宝成发",
        "伟强磊勇杰涛明超刚辉鹏飞波斌军峰亮振宏俊健凯龙洋帅旭东林鑫浩海涛宁松冰阳",
        "浩宇轩子涵博文睿泽一诺晨辰航然俊豪铭皓宸逸瑞凡昊天奕翔博宁嘉明楷烨"};
    private static final String[] FEMALE = {
        "秀英兰玉桂芝凤珍荣梅华淑琴素云彩霞翠萍金花爱莲巧香兰芳红",
        "丽静敏芳娜艳娟霞燕玲婷雪慧颖倩琳晶洁莉红梅丹萍亚青春月霞佳",
        "欣怡梓涵雨萱诗琪梦瑶子涵可馨思彤悦心雅婷一诺佳怡语桐晨曦婉清"};

    /** Pairs of a character and a similar-looking or same-sounding one, the typos of data entry. */
    private static final String SIMILAR = "王汪李季张章刘柳陈程杨扬赵照郭国周州孙荪马玛高膏朱珠吴吾胡湖徐涂宋松黄皇郑正韩寒"
            + "冯逢许浒何河曹漕程呈田由董懂袁远杜社魏巍贾价于干石右崔摧范苑常尝吕侣梁粱闫阎邓登秦泰谢榭罗萝唐塘苏酥"
            + "付傅任仁申伸姚姣薛雪牛午侯候丁丅白百孟猛武斌耿取岳兵翟瞿孔扎史吏彭膨潘番姜美乔侨卢炉蔡菜林材夏厦邵召"
            + "樊攀葛曷沈沉叶吐汪枉方万毛手司同欧殴阳杨上止官宫诸猪葛割"
            + "伟玮强墙军君磊垒勇涌杰洁涛滔明鸣超钞刚钢辉晖鹏朋华化飞非波坡斌彬峰锋亮谅振震宏弘俊峻健键凯恺龙垄洋详"
            + "帅师旭加东冬鑫金浩皓海梅宁柠松淞冰兵宇雨轩宣子孑涵函博搏文纹睿蓉泽择一乙诺偌晨辰航杭然燃豪毫铭名皓浩"
            + "宸辰逸溢瑞端凡帆昊吴天夭奕弈翔详嘉喜楷揩烨桦建健国围德得福副贵责忠衷义仪平苹安按保堡生牛山出春椿长常"
            + "庆废胜性利俐红虹卫韦新欣永泳富副全金玉王宝室成城发友秀绣英瑛兰蓝桂挂芝之凤风珍诊荣容淑叔琴芩素索云芸"
            + "彩采霞瑕翠萃萍苹花化爱受莲连巧功香杳芳方丽莉静净敏民娜哪艳燕娟鹃燕艳玲铃婷亭雪霄慧惠颖颍倩情琳淋晶品"
            + "洁结莉丽梅霉丹舟亚严青清月目佳住欣心怡贻萱宣诗时琪祺梦蒙瑶摇可河馨磬思恩彤肜悦阅心必雅鸦语话桐铜曦羲"
            + "婉宛中仲丰峰乐东信倍兴星创闯和禾坤昆康慷志至恒桓昌唱晟晨梓紫汇江泰秦润闰清情源原盈赢盛晟祥样联连豫预辰晨"
            + "达大远园通同金全锦绵隆龙雨两鼎顶";

    private static final String[] SURNAME_SLOTS = weightedSurnames();
    private static final char[] SIMILAR_TO = similarTable();

    private Names() {
    }

    /** Appends a name to {@code sb}; always draws from {@code r} in the same order for the same inputs. */
    static void append(StringBuilder sb, SplittableRandom r, boolean male, int birthYear) {
        sb.append(SURNAME_SLOTS[Mix.below(r, SURNAME_SLOTS.length)]);
        appendGiven(sb, r, male, birthYear);
    }

    /** Appends one or two given-name characters (one in about a quarter of names). */
    static void appendGiven(StringBuilder sb, SplittableRandom r, boolean male, int birthYear) {
        String pool = (male ? MALE : FEMALE)[birthYear < 1970 ? 0 : birthYear < 1995 ? 1 : 2];
        int length = Mix.below(r, 4) == 0 ? 1 : 2;
        for (int k = 0; k < length; k++) {
            sb.append(pool.charAt(Mix.below(r, pool.length())));
        }
    }

    /** A surname drawn by frequency. */
    static String surname(SplittableRandom r) {
        return SURNAME_SLOTS[Mix.below(r, SURNAME_SLOTS.length)];
    }

    /** A name as a string. */
    static String name(SplittableRandom r, boolean male, int birthYear) {
        StringBuilder sb = new StringBuilder(4);
        append(sb, r, male, birthYear);
        return sb.toString();
    }

    /** A character easily typed or read instead of {@code c}, or 0 if none is known. */
    static char similar(char c) {
        return c < SIMILAR_TO.length ? SIMILAR_TO[c] : 0;
    }

    private static String[] weightedSurnames() {
        String[] entries = SURNAMES.split(" ");
        int total = 0;
        for (String e : entries) {
            total += weight(e);
        }
        String[] slots = new String[total];
        int at = 0;
        for (String e : entries) {
            String surname = e.substring(0, e.length() - String.valueOf(weight(e)).length());
            for (int k = weight(e); k > 0; k--) {
                slots[at++] = surname;
            }
        }
        return slots;
    }

    private static int weight(String entry) {
        int k = entry.length();
        while (Character.isDigit(entry.charAt(k - 1))) {
            k--;
        }
        return Integer.parseInt(entry.substring(k));
    }

    private static char[] similarTable() {
        char[] table = new char[0xA000];
        for (int k = 0; k + 1 < SIMILAR.length(); k += 2) {
            char from = SIMILAR.charAt(k);
            if (table[from] == 0) {
                table[from] = SIMILAR.charAt(k + 1);
            }
        }
        return table;
    }
}
