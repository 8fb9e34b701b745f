package io.yudex.standards.detect;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heuristics for personal names and postal addresses in Chinese text. They look at one value alone, so they are
 * used on a column's sample: a column is a name column when most of its values look like names.
 */
final class ChineseText {

    /** The most common single surnames (covering the vast majority of the population) and compound surnames. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
            + "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
            + "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商"
            + "刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
            "宇文", "司徒", "令狐", "夏侯", "端木", "独孤", "南宫", "西门", "呼延", "轩辕");
    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff·]{2,5}");
    private static final Pattern ADDRESS_LEVEL = Pattern.compile("省|自治区|市|区|县|旗|镇|乡|街道|村|社区|路|街|巷|弄|号|组|室|栋|单元");
    /** Words that end many organisation names: a value containing one is an entity, not a person. */
    private static final Pattern NOT_A_PERSON = Pattern.compile("公司|局|厅|委员会|医院|学院|法院|研究院|研究所|事务所|中心|银行|学校|合作社|协会");
    /** Levels below the county: an address names a street, village or house, a region name alone does not. */
    private static final Pattern STREET_LEVEL = Pattern.compile("镇|乡|街道|村|社区|路|街|巷|弄|号|组|室|栋|单元");

    private ChineseText() {}

    static boolean isPersonalName(String v) {
        if (!HAN.matcher(v).matches() || v.length() > 4 || NOT_A_PERSON.matcher(v).find()) {
            return false;
        }
        if (v.length() >= 3 && COMPOUND.contains(v.substring(0, 2))) {
            return true;
        }
        return SURNAMES.indexOf(v.charAt(0)) >= 0;
    }

    static boolean isAddress(String v) {
        if (v.length() < 6 || v.length() > 200 || v.codePoints().noneMatch(c -> c >= 0x4e00 && c <= 0x9fff)) {
            return false;
        }
        var m = ADDRESS_LEVEL.matcher(v);
        int levels = 0;
        while (m.find()) {
            levels++;
        }
        return levels >= 2 && STREET_LEVEL.matcher(v).find() && !NOT_A_PERSON.matcher(v).find();
    }
}
