#include "DemoNames.h"

namespace hotline {

namespace {

const QStringList kSurnames = {
    QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
    QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
    QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
    QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("郭"),
    QStringLiteral("何"), QStringLiteral("林"), QStringLiteral("罗"), QStringLiteral("高"),
    QStringLiteral("郑"), QStringLiteral("梁"), QStringLiteral("谢"), QStringLiteral("宋"),
    QStringLiteral("唐"), QStringLiteral("许"), QStringLiteral("韩"), QStringLiteral("冯"),
    QStringLiteral("邓"), QStringLiteral("曹"), QStringLiteral("彭"), QStringLiteral("曾"),
    QStringLiteral("萧"), QStringLiteral("田"), QStringLiteral("董"), QStringLiteral("潘"),
    QStringLiteral("袁"), QStringLiteral("蔡"), QStringLiteral("蒋"), QStringLiteral("余"),
};

const QStringList kGivenParts = {
    QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
    QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"),
    QStringLiteral("军"), QStringLiteral("洋"), QStringLiteral("勇"), QStringLiteral("艳"),
    QStringLiteral("杰"), QStringLiteral("娟"), QStringLiteral("涛"), QStringLiteral("明"),
    QStringLiteral("超"), QStringLiteral("秀英"), QStringLiteral("霞"), QStringLiteral("平"),
    QStringLiteral("刚"), QStringLiteral("桂英"), QStringLiteral("建华"), QStringLiteral("文"),
    QStringLiteral("晨"), QStringLiteral("慧"), QStringLiteral("宇"), QStringLiteral("欣怡"),
    QStringLiteral("子涵"), QStringLiteral("浩然"), QStringLiteral("嘉怡"), QStringLiteral("志强"),
};

const QStringList kMobilePrefixes = {
    QStringLiteral("133"), QStringLiteral("135"), QStringLiteral("136"), QStringLiteral("137"),
    QStringLiteral("138"), QStringLiteral("139"), QStringLiteral("150"), QStringLiteral("151"),
    QStringLiteral("158"), QStringLiteral("159"), QStringLiteral("177"), QStringLiteral("186"),
    QStringLiteral("187"), QStringLiteral("189"),
};

const QStringList kStreets = {
    QStringLiteral("张江路"), QStringLiteral("世纪大道"), QStringLiteral("南京西路"),
    QStringLiteral("淮海中路"), QStringLiteral("漕溪北路"), QStringLiteral("天山路"),
    QStringLiteral("曹杨路"), QStringLiteral("四平路"), QStringLiteral("黄兴路"),
    QStringLiteral("虹梅路"), QStringLiteral("莘庄路"), QStringLiteral("牡丹江路"),
    QStringLiteral("长寿路"), QStringLiteral("肇嘉浜路"), QStringLiteral("杨高南路"),
    QStringLiteral("共和新路"), QStringLiteral("延安西路"), QStringLiteral("中山北路"),
};

const QStringList kEstates = {
    QStringLiteral("阳光花园"), QStringLiteral("锦绣苑"), QStringLiteral("金桥新村"),
    QStringLiteral("梅园小区"), QStringLiteral("和平公寓"), QStringLiteral("绿地名邸"),
    QStringLiteral("康乐小区"), QStringLiteral("万科城市花园"),
};

} // namespace

QStringList DemoNames::districts()
{
    return {QStringLiteral("浦东新区"), QStringLiteral("徐汇区"), QStringLiteral("静安区"),
            QStringLiteral("黄浦区"),   QStringLiteral("长宁区"), QStringLiteral("普陀区"),
            QStringLiteral("杨浦区"),   QStringLiteral("闵行区"), QStringLiteral("宝山区")};
}

QStringList DemoNames::categories()
{
    return {QStringLiteral("washing_machine"), QStringLiteral("air_conditioner"),
            QStringLiteral("refrigerator"),    QStringLiteral("printer"),
            QStringLiteral("pc_laptop"),       QStringLiteral("router")};
}

QList<FeeSchedule> DemoNames::feeSchedules()
{
    return {{QStringLiteral("HOME-A"), QStringLiteral("家电上门 Home appliance visit"), 8000, 6000},
            {QStringLiteral("OFFICE-B"), QStringLiteral("办公设备 Office equipment"), 12000, 9000},
            {QStringLiteral("IT-C"), QStringLiteral("电脑网络 Computers and network"), 10000, 8000}};
}

QList<ProductModel> DemoNames::catalogue()
{
    auto m = [](const char *code, const char *name, const char *brand, const char *category,
                int months, const char *fee) {
        return ProductModel{0, QString::fromUtf8(code), QString::fromUtf8(name),
                            QString::fromUtf8(brand), QString::fromUtf8(category), months,
                            QString::fromUtf8(fee)};
    };
    return {
        m("WM-D8012", "滚筒洗衣机 8kg", "海川", "washing_machine", 36, "HOME-A"),
        m("WM-T7001", "波轮洗衣机 7kg", "海川", "washing_machine", 24, "HOME-A"),
        m("WM-D1014S", "洗烘一体机 10kg", "澜庭", "washing_machine", 36, "HOME-A"),
        m("AC-K35G", "壁挂空调 1.5匹", "澜庭", "air_conditioner", 72, "HOME-A"),
        m("AC-K26G", "壁挂空调 1匹", "澜庭", "air_conditioner", 72, "HOME-A"),
        m("AC-L72C", "柜式空调 3匹", "海川", "air_conditioner", 72, "HOME-A"),
        m("RF-B452W", "对开门冰箱 452L", "海川", "refrigerator", 36, "HOME-A"),
        m("RF-M218", "三门冰箱 218L", "澜庭", "refrigerator", 36, "HOME-A"),
        m("RF-X610", "十字门冰箱 610L", "北辰", "refrigerator", 36, "HOME-A"),
        m("PR-L2208", "黑白激光打印机", "北辰", "printer", 12, "OFFICE-B"),
        m("PR-M3320", "彩色激光一体机", "北辰", "printer", 12, "OFFICE-B"),
        m("PR-J580", "喷墨打印机", "云印", "printer", 12, "OFFICE-B"),
        m("NB-Air14", "轻薄笔记本 14英寸", "云帆", "pc_laptop", 24, "IT-C"),
        m("NB-Pro16", "性能笔记本 16英寸", "云帆", "pc_laptop", 24, "IT-C"),
        m("PC-T600", "商用台式机", "北辰", "pc_laptop", 36, "IT-C"),
        m("RT-AX3000", "双频路由器 AX3000", "云帆", "router", 24, "IT-C"),
        m("RT-M1800", "Mesh 路由器", "云帆", "router", 24, "IT-C"),
        m("RT-G5", "5G 家庭网关", "北辰", "router", 12, "IT-C"),
    };
}

QString DemoNames::personName()
{
    return pick(kSurnames) + pick(kGivenParts) + (chance(40) ? pick(kGivenParts) : QString());
}

QString DemoNames::mobileNumber()
{
    return pick(kMobilePrefixes) + u' ' + QString::number(between(1000, 9999)) + u' '
           + QString::number(between(1000, 9999));
}

QString DemoNames::landlineNumber()
{
    return QStringLiteral("021-") + QString::number(between(5000, 6999)) + u' '
           + QString::number(between(1000, 9999));
}

QString DemoNames::district()
{
    return pick(districts());
}

QString DemoNames::address(const QString &district)
{
    return QStringLiteral("上海市") + district + pick(kStreets) + QString::number(between(1, 1800))
           + QStringLiteral("弄") + pick(kEstates) + QString::number(between(1, 40))
           + QStringLiteral("号") + QString::number(between(1, 28) * 100 + between(1, 4))
           + QStringLiteral("室");
}

QString DemoNames::serial(const QString &modelCode)
{
    return modelCode.left(2) + QString::number(between(2019, 2026)).mid(2)
           + QString::number(between(100000, 999999));
}

QString DemoNames::fault(const QString &category)
{
    static const QHash<QString, QStringList> faults = {
        {QStringLiteral("washing_machine"),
         {QStringLiteral("脱水时机器剧烈晃动，有很大的撞击声"),
          QStringLiteral("洗到一半停机，显示屏报 E21"),
          QStringLiteral("门打不开，程序已结束十分钟"),
          QStringLiteral("进水很慢，洗一次要两个小时")}},
        {QStringLiteral("air_conditioner"),
         {QStringLiteral("开机后只吹风不制冷，外机不转"),
          QStringLiteral("室内机滴水，墙面已经湿了"),
          QStringLiteral("遥控器按了没有反应，指示灯不亮"),
          QStringLiteral("制热时有焦味，开了十分钟就停")}},
        {QStringLiteral("refrigerator"),
         {QStringLiteral("冷藏室不冷，食物放一天就坏"),
          QStringLiteral("冷冻室结霜很厚，门关不严"),
          QStringLiteral("压缩机一直响，晚上声音很大"),
          QStringLiteral("显示屏报 F3，温度一直在升高")}},
        {QStringLiteral("printer"),
         {QStringLiteral("打印时卡纸，取出后还是提示卡纸"),
          QStringLiteral("打印出来有黑色竖条纹"),
          QStringLiteral("电脑上显示脱机，无法打印"),
          QStringLiteral("彩色打印偏色，青色完全没有")}},
        {QStringLiteral("pc_laptop"),
         {QStringLiteral("开机黑屏，电源灯亮但没有画面"),
          QStringLiteral("充不进电，插上电源显示未充电"),
          QStringLiteral("键盘部分按键失灵，字母 E 和 R 没反应"),
          QStringLiteral("运行十分钟后自动关机，风扇声音很大")}},
        {QStringLiteral("router"),
         {QStringLiteral("无线信号时有时无，手机经常掉线"),
          QStringLiteral("指示灯红色常亮，所有设备都上不了网"),
          QStringLiteral("网速只有套餐的十分之一"),
          QStringLiteral("重启后忘记了无线密码，进不了管理页面")}},
    };
    const QStringList list = faults.value(category);
    return list.isEmpty() ? QStringLiteral("设备无法正常工作，客户描述不清") : pick(list);
}

QString DemoNames::preferredTime()
{
    static const QStringList times = {
        QStringLiteral("工作日 13:00-17:30"), QStringLiteral("周六 09:00-12:00"), QStringLiteral("越快越好"),
        QStringLiteral("周一、周三、周五 09:00-12:00"), QStringLiteral("明天上午"), QString()};
    return pick(times);
}

} // namespace hotline
