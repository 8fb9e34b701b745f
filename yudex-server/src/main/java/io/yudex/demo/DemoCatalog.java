package io.yudex.demo;

import java.util.List;

/**
 * The demo catalog, one resource a line: provider login | name | library (or DEPARTMENT) | sub-item |
 * share type 1/2/3 | open type 1/2/3 | update cycle | grade (G1..G4, I, C) | tags | items | summary.
 * An item is {@code name:label:type[:length][:flags]} with flags K (key), R (required), P (personal),
 * S (sensitive personal).
 */
final class DemoCatalog {

    static final List<String> LINES = List.of(
            "gat|全省户籍人口基本信息|POPULATION|001|2|3|DAILY|G3|人口,户籍,身份|sfzhm:公民身份号码:C:18:KRS,xm:姓名:C:50:RP,xb:性别:C:1:R,csrq:出生日期:D::RP,mz:民族:C:2,hjdz:户籍地址:C:200:P,xzqh:户籍地行政区划代码:C:6:R|全省户籍人口的身份号码、姓名、性别、出生日期、民族和户籍地址等基础信息，由公安机关户籍管理系统每日同步。",
            "gat|流动人口居住登记信息|POPULATION|002|2|3|DAILY|G3|人口,流动人口,居住证|sfzhm:公民身份号码:C:18:KRS,xm:姓名:C:50:RP,jzdz:居住地址:C:200:P,djrq:登记日期:D::R,jzzh:居住证号码:C:30:P|在本省居住半年以上的流动人口居住登记和居住证办理信息。",
            "gat|出入境证件办理信息|POPULATION|003|2|3|DAILY|G3|出入境,护照,通行证|sfzhm:公民身份号码:C:18:KRS,zjlx:证件类型:C:2:R,zjhm:证件号码:C:20:S,qfrq:签发日期:D::R,yxqz:有效期至:D|普通护照、往来港澳台通行证的申请、签发信息。",
            "gat|机动车登记信息|NATURAL_RESOURCES|201|1|3|DAILY|G2|车辆,机动车,交通|hphm:号牌号码:C:10:KR,hpzl:号牌种类:C:2:R,clpp:车辆品牌:C:50,syr:所有人:C:100:P,ccdjrq:初次登记日期:D::R,zt:机动车状态:C:2|全省机动车注册、转移、变更、注销登记信息。",
            "gat|驾驶证信息|POPULATION|004|2|3|DAILY|G3|驾驶证,交通,证照|sfzhm:公民身份号码:C:18:KRS,xm:姓名:C:50:RP,zjcx:准驾车型:C:10:R,cclzrq:初次领证日期:D,zt:驾驶证状态:C:2|机动车驾驶证申领、换证、注销等信息。",
            "mzt|婚姻登记信息|POPULATION|005|2|3|DAILY|G3|婚姻,民政|djzh:登记证号:C:30:KR,nfsfzhm:男方身份号码:C:18:S,nvfsfzhm:女方身份号码:C:18:S,djlx:登记类型:C:2:R,djrq:登记日期:D::R,djjg:登记机关:C:100|结婚、离婚、补领婚姻登记证信息。",
            "mzt|社会组织登记信息|LEGAL_ENTITY|004|1|1|WEEKLY|G1|社会组织,法人,登记|tyshxydm:统一社会信用代码:C:18:KR,mc:社会组织名称:C:200:R,lx:组织类型:C:2:R,fddbr:法定代表人:C:50,zs:住所:C:200,clrq:成立日期:D|社会团体、民办非企业单位、基金会的登记、变更和注销信息。",
            "mzt|城乡低保对象信息|SOCIAL_SECURITY|001|2|3|MONTHLY|G3|低保,社会救助,民政|sfzhm:公民身份号码:C:18:KRS,xm:姓名:C:50:RP,bzlx:保障类型:C:2:R,bzje:保障金额:Y,qsny:起始年月:C:6|城市和农村最低生活保障对象及保障金发放信息。",
            "mzt|殡葬服务机构名录|DEPARTMENT|001|1|1|QUARTERLY|G1|殡葬,公共服务|jgmc:机构名称:C:200:KR,jglx:机构类型:C:2,dz:地址:C:200,lxdh:联系电话:C:30|全省殡仪馆、公墓等殡葬服务机构的名称、类型、地址和联系电话。",
            "rst|社会保险参保信息|SOCIAL_SECURITY|002|2|3|MONTHLY|G3|社保,参保,养老保险|sfzhm:公民身份号码:C:18:KRS,xm:姓名:C:50:RP,xz:险种:C:3:KR,cbzt:参保状态:C:1:R,cbdw:参保单位:C:200,jfjs:缴费基数:Y|企业职工基本养老、失业、工伤保险的个人参保和缴费状态。",
            "rst|社会保障卡发放信息|SOCIAL_SECURITY|003|2|3|DAILY|G3|社保卡,证照|sfzhm:公民身份号码:C:18:KRS,kh:社会保障卡号:C:20:S,fkrq:发卡日期:D,kzt:卡状态:C:1|社会保障卡制发、挂失、补换信息。",
            "rst|职业资格证书信息|E_LICENCE|001|1|2|WEEKLY|G2|职业资格,证书,电子证照|zsbh:证书编号:C:30:KR,sfzhm:公民身份号码:C:18:S,zyzgmc:职业资格名称:C:100:R,dj:等级:C:2,fzrq:发证日期:D|专业技术人员职业资格和技能人员职业资格证书信息。",
            "rst|人力资源服务机构名录|DEPARTMENT|001|1|1|MONTHLY|G1|人力资源,就业,公共服务|tyshxydm:统一社会信用代码:C:18:KR,jgmc:机构名称:C:200:R,xkzh:许可证号:C:30,dz:地址:C:200|取得人力资源服务许可的经营性人力资源服务机构名录。",
            "scjgj|市场主体登记信息|LEGAL_ENTITY|001|1|1|DAILY|G1|企业,登记,营业执照,法人|tyshxydm:统一社会信用代码:C:18:KR,qymc:企业名称:C:200:R,qylx:企业类型:C:4:R,fddbr:法定代表人:C:50,zczb:注册资本:Y,clrq:成立日期:D::R,zs:住所:C:200,djjg:登记机关:C:100|全省企业、个体工商户、农民专业合作社的设立、变更、注销登记信息。",
            "scjgj|企业年度报告信息|LEGAL_ENTITY|002|1|1|YEARLY|G1|企业,年报|tyshxydm:统一社会信用代码:C:18:KR,nd:年度:N:4:KR,cyrs:从业人数:N:10,zcze:资产总额:Y,yyzsr:营业总收入:Y|企业向社会公示的年度报告信息。",
            "scjgj|行政处罚信息（市场监管）|SOCIAL_CREDIT|001|1|1|DAILY|G1|双公示,行政处罚,信用|cfwsh:处罚决定书文号:C:50:KR,xdrmc:行政相对人名称:C:200:R,tyshxydm:统一社会信用代码:C:18,wfxw:违法行为类型:C:200,cfnr:处罚内容:C:500,cfjdrq:处罚决定日期:D::R|市场监管领域的行政处罚决定，按“双公示”要求公开。",
            "scjgj|食品生产经营许可信息|E_LICENCE|002|1|1|DAILY|G1|食品,许可,电子证照|xkzbh:许可证编号:C:30:KR,jyzmc:经营者名称:C:200:R,tyshxydm:统一社会信用代码:C:18,jyxm:经营项目:C:500,yxqz:有效期至:D|食品生产许可证、食品经营许可证的核发、变更和注销信息。",
            "scjgj|经营异常名录|SOCIAL_CREDIT|002|1|1|DAILY|G1|信用,经营异常|tyshxydm:统一社会信用代码:C:18:KR,qymc:企业名称:C:200:R,lryy:列入原因:C:200:R,lrrq:列入日期:D::R,ycyy:移出原因:C:200|被列入和移出经营异常名录的市场主体信息。",
            "zrzyt|不动产登记信息|NATURAL_RESOURCES|001|2|3|DAILY|I|不动产,房产,土地|bdcdyh:不动产单元号:C:28:KR,qlrmc:权利人名称:C:200:P,zjhm:证件号码:C:18:S,zl:坐落:C:200,mj:面积:N:12,qllx:权利类型:C:2:R,djsj:登记时间:T|不动产首次、转移、变更、抵押、注销登记信息，查询须依法说明用途。",
            "zrzyt|国土空间规划数据|NATURAL_RESOURCES|002|1|2|YEARLY|G2|国土空间,规划,地理|ghbm:规划编码:C:30:KR,ghmc:规划名称:C:200:R,xzqh:行政区划代码:C:6:R,ghqx:规划期限:C:20,pfwh:批复文号:C:50|省、市、县三级国土空间总体规划成果数据。",
            "zrzyt|地质灾害隐患点信息|NATURAL_RESOURCES|003|1|1|MONTHLY|G1|地质灾害,防灾,地理|yhdbh:隐患点编号:C:20:KR,yhdmc:隐患点名称:C:100:R,zhlx:灾害类型:C:2,jd:经度:N:12,wd:纬度:N:12,wxrs:威胁人数:N:8|全省地质灾害隐患点位置、类型和威胁对象信息。",
            "jtt|道路运输经营许可信息|TRANSPORT_LOGISTICS|001|1|1|DAILY|G1|道路运输,许可,交通|xkzh:经营许可证号:C:30:KR,yhmc:业户名称:C:200:R,tyshxydm:统一社会信用代码:C:18,jyfw:经营范围:C:200,yxqz:有效期至:D|道路旅客运输、货物运输经营许可信息。",
            "jtt|高速公路路况信息|TRANSPORT_LOGISTICS|002|1|1|REALTIME|G1|高速公路,路况,出行|ldbm:路段编码:C:20:KR,ldmc:路段名称:C:100:R,lk:路况:C:2:R,sjlx:事件类型:C:2,fbsj:发布时间:T::R|高速公路施工、事故、管制等实时路况事件。",
            "jtt|营运车辆信息|TRANSPORT_LOGISTICS|003|2|3|DAILY|G2|营运车辆,道路运输|clhp:车辆号牌:C:10:KR,yszh:道路运输证号:C:30:R,yhmc:业户名称:C:200,cllx:车辆类型:C:10,dlyszyxq:运输证有效期:D|取得道路运输证的营运车辆信息。",
            "nynct|农民专业合作社信息|AGRICULTURE_GRAIN|001|1|1|MONTHLY|G1|农业,合作社|tyshxydm:统一社会信用代码:C:18:KR,hzsmc:合作社名称:C:200:R,cyrs:成员人数:N:8,zyyw:主营业务:C:200,sfsfs:是否示范社:L|全省农民专业合作社基本情况和示范社认定信息。",
            "nynct|农产品质量安全追溯信息|AGRICULTURE_GRAIN|002|1|1|DAILY|G1|农产品,追溯,质量安全|zsm:追溯码:C:32:KR,cpmc:产品名称:C:100:R,sczt:生产主体:C:200,cd:产地:C:200,jcjg:检测结果:C:10|食用农产品生产主体、产地和检测结果追溯信息。",
            "nynct|耕地地力等级数据|AGRICULTURE_GRAIN|003|1|2|YEARLY|G2|耕地,农业,地理|dkbm:地块编码:C:30:KR,xzqh:行政区划代码:C:6:R,mj:面积（亩）:N:12,dldj:地力等级:N:2|全省耕地质量调查评价的地力等级成果。",
            "wjw|医疗机构执业登记信息|HEALTH|001|1|1|MONTHLY|G1|医疗机构,卫生,许可|djh:登记号:C:30:KR,jgmc:机构名称:C:200:R,jglb:机构类别:C:4:R,dz:地址:C:200,cws:床位数:N:6|医院、基层医疗卫生机构的执业登记信息。",
            "wjw|出生医学证明信息|POPULATION|006|2|3|DAILY|I|出生,医学证明,母婴|csyxzmbh:证明编号:C:20:KR,xsexm:新生儿姓名:C:50:P,csrq:出生日期:D::R,mqsfzhm:母亲身份号码:C:18:S,fqsfzhm:父亲身份号码:C:18:S,csdd:出生地点:C:200|出生医学证明的签发、补发、换发信息。",
            "wjw|医师执业注册信息|HEALTH|002|1|2|WEEKLY|G2|医师,执业,证照|zyzsbm:执业证书编码:C:30:KR,xm:姓名:C:50:P,zyfw:执业范围:C:100,zydd:执业地点:C:200|医师执业注册、变更和注销信息。",
            "wjw|预防接种信息|HEALTH|003|3|3|DAILY|I|疫苗,接种,健康|sfzhm:公民身份号码:C:18:KRS,ymmc:疫苗名称:C:100:R,jzrq:接种日期:D::R,jzdw:接种单位:C:200|适龄儿童和重点人群的预防接种记录。",
            "swj|纳税信用等级信息|SOCIAL_CREDIT|003|1|1|YEARLY|G1|纳税,信用,税务|tyshxydm:统一社会信用代码:C:18:KR,nsrmc:纳税人名称:C:200:R,pjnd:评价年度:N:4:KR,xydj:信用等级:C:1:R|纳税信用A级纳税人名单和各级评价结果。",
            "swj|企业纳税信息|LEGAL_ENTITY|003|2|3|MONTHLY|I|纳税,税务,企业|tyshxydm:统一社会信用代码:C:18:KR,ssq:所属期:C:6:KR,sz:税种:C:4:KR,ynse:应纳税额:Y,yjse:已缴税额:Y|企业分税种的申报和缴纳信息，用于惠企政策兑现和信用评价。",
            "swj|重大税收违法失信主体信息|SOCIAL_CREDIT|004|1|1|MONTHLY|G1|税务,失信,信用|tyshxydm:统一社会信用代码:C:18:KR,nsrmc:纳税人名称:C:200:R,ajxz:案件性质:C:100,wfss:主要违法事实:C:1000,gbrq:公布日期:D|依法公布的重大税收违法失信主体信息。",
            "tjj|地区生产总值季度数据|MACRO_ECONOMY|001|1|1|QUARTERLY|G1|统计,GDP,宏观经济|xzqh:行政区划代码:C:6:KR,tjq:统计期:C:6:KR,gdp:地区生产总值（亿元）:N:12,zzl:同比增长（%）:N:6|全省及各市地区生产总值季度核算数据。",
            "tjj|规模以上工业增加值数据|MACRO_ECONOMY|002|1|1|MONTHLY|G1|统计,工业,宏观经济|xzqh:行政区划代码:C:6:KR,tjq:统计期:C:6:KR,zzl:增加值增速（%）:N:6,hy:行业:C:4:K|规模以上工业增加值月度增速，分地区、分行业。",
            "tjj|居民消费价格指数|MACRO_ECONOMY|003|1|1|MONTHLY|G1|统计,CPI,物价|tjq:统计期:C:6:KR,lb:类别:C:20:KR,zs:指数:N:8|居民消费价格分类指数月度数据。",
            "sthjt|空气质量监测数据|ECOLOGY_ENVIRONMENT|001|1|1|REALTIME|G1|环境,空气质量,监测|zdbm:站点编码:C:20:KR,jcsj:监测时间:T::KR,aqi:空气质量指数:N:4,pm25:PM2.5浓度:N:6,pm10:PM10浓度:N:6,sywrw:首要污染物:C:20|全省国控、省控空气质量自动监测站点小时数据。",
            "sthjt|排污许可证信息|ECOLOGY_ENVIRONMENT|002|1|1|WEEKLY|G1|排污许可,环境,许可|xkzbh:许可证编号:C:30:KR,dwmc:单位名称:C:200:R,tyshxydm:统一社会信用代码:C:18,hylb:行业类别:C:100,yxqz:有效期至:D|排污单位的排污许可证核发、变更、延续信息。",
            "sthjt|环境行政处罚信息|SOCIAL_CREDIT|005|1|1|DAILY|G1|双公示,行政处罚,环境|cfwsh:处罚决定书文号:C:50:KR,xdrmc:行政相对人名称:C:200:R,tyshxydm:统一社会信用代码:C:18,wfxw:违法行为:C:500,cfje:罚款金额:Y|生态环境领域行政处罚决定。",
            "jyt|高等学校学历信息|EDUCATION|001|2|3|YEARLY|G3|教育,学历,证书|zsbh:证书编号:C:30:KR,sfzhm:公民身份号码:C:18:S,xm:姓名:C:50:P,yxmc:院校名称:C:100:R,zy:专业:C:100,byrq:毕业日期:D|省属高等学校毕业生学历证书信息。",
            "jyt|中小学校名录|EDUCATION|002|1|1|YEARLY|G1|教育,学校,公共服务|xxdm:学校标识码:C:10:KR,xxmc:学校名称:C:200:R,xxlx:学校类型:C:4,bxxz:办学性质:C:2,dz:地址:C:200|全省中小学校的名称、类型、办学性质和地址。",
            "jyt|教师资格证书信息|E_LICENCE|003|2|3|WEEKLY|G2|教师资格,证书,电子证照|zsbh:证书编号:C:30:KR,sfzhm:公民身份号码:C:18:S,xm:姓名:C:50:P,zgzl:资格种类:C:20,rjxk:任教学科:C:50|教师资格认定和证书发放信息。",
            "swt|对外贸易经营者备案信息|LEGAL_ENTITY|005|1|1|WEEKLY|G1|外贸,备案,商务|tyshxydm:统一社会信用代码:C:18:KR,jyzmc:经营者名称:C:200:R,barq:备案日期:D,hgbm:海关编码:C:10|对外贸易经营者备案登记信息。",
            "swt|单用途商业预付卡备案企业|DEPARTMENT|001|1|1|MONTHLY|G1|预付卡,商务,备案|tyshxydm:统一社会信用代码:C:18:KR,qymc:企业名称:C:200:R,barq:备案日期:D,lx:企业类型:C:10|发行单用途商业预付卡的企业备案信息。",
            "lsj|粮食收购许可信息|AGRICULTURE_GRAIN|004|1|1|MONTHLY|G1|粮食,收购,许可|xkzbh:许可证编号:C:30:KR,sgzmc:收购者名称:C:200:R,tyshxydm:统一社会信用代码:C:18,cr:仓容（吨）:N:10|粮食收购资格许可信息（备案制改革前存量数据）。",
            "lsj|政策性粮食库存数据|AGRICULTURE_GRAIN|005|3|3|MONTHLY|I|粮食,储备,库存|kdbm:库点编码:C:20:KR,lz:粮食品种:C:10:KR,kcl:库存量（吨）:N:12,tjrq:统计日期:D::R|省级储备粮等政策性粮食库存数量，属重要数据，不予共享。",
            "fgw|政府投资项目审批信息|POWER_ITEMS|001|1|1|DAILY|G1|投资项目,审批,权力事项|xmdm:项目代码:C:30:KR,xmmc:项目名称:C:200:R,xmdw:项目单位:C:200,ztz:总投资（万元）:Y,pfwh:批复文号:C:50,pfrq:批复日期:D|政府投资项目审批、核准、备案信息（在线审批监管平台）。",
            "fgw|信用修复信息|CREDIT_INFORMATION|001|1|1|DAILY|G1|信用修复,信用|tyshxydm:统一社会信用代码:C:18:KR,ztmc:主体名称:C:200:R,xflx:修复类型:C:20,xfrq:修复日期:D|完成信用修复的市场主体和修复事项。",
            "fgw|公共信用综合评价结果|CREDIT_INFORMATION|002|2|2|MONTHLY|G2|信用评价,信用|tyshxydm:统一社会信用代码:C:18:KR,ztmc:主体名称:C:200:R,pjdj:评价等级:C:2:R,pjrq:评价日期:D|市场主体公共信用综合评价等级。",
            "zzdsj|郑州市公共停车场信息|CITY_MANAGEMENT|001|1|1|REALTIME|G1|停车,城市管理,出行|tccbm:停车场编码:C:20:KR,tccmc:停车场名称:C:100:R,zbw:总泊位:N:6,kxbw:空闲泊位:N:6,jd:经度:N:12,wd:纬度:N:12|郑州市公共停车场位置和实时空闲泊位。",
            "lydsj|洛阳市公交线路信息|TRANSPORT_LOGISTICS|004|1|1|MONTHLY|G1|公交,城市管理,出行|xlbm:线路编码:C:20:KR,xlmc:线路名称:C:100:R,sfzd:首发站:C:100,mbzd:末班站:C:100,pj:票价:Y|洛阳市公交线路、站点和票价信息。",
            "kfdsj|开封市12345热线工单信息|CITY_MANAGEMENT|002|2|3|DAILY|G3|12345,热线,诉求|gdbh:工单编号:C:30:KR,sqlx:诉求类型:C:20:R,sqnr:诉求内容:M,lxdh:来电号码:C:20:P,blzt:办理状态:C:2|12345政务服务便民热线工单的受理和办理信息。");

    private DemoCatalog() {}
}
