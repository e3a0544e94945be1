/**
 * Word lists for the demo data: Shanghai districts with real street and
 * neighbourhood names, invented shop and company names in the style of local
 * chains, and common Chinese personal names with their pinyin.
 */

/** A Chinese word with its English rendering. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A Shanghai district that hosts one demo territory. */
export interface DemoDistrict {
  readonly name: Bilingual;
  /** GB/T 2260 administrative division code, part of unified social credit codes. */
  readonly divisionCode: string;
  /** Approximate centre of the district's built-up area. */
  readonly centre: { readonly latitude: number; readonly longitude: number };
  /** Half-width of the area customers are spread over, in degrees of latitude. */
  readonly radiusDegrees: number;
  readonly streets: readonly Bilingual[];
  /** Neighbourhoods, used as branch names ("张江店"). */
  readonly areas: readonly Bilingual[];
}

export const PUDONG: DemoDistrict = {
  name: { zh: "浦东新区", en: "Pudong" },
  divisionCode: "310115",
  centre: { latitude: 31.215, longitude: 121.555 },
  radiusDegrees: 0.05,
  streets: [
    { zh: "世纪大道", en: "Century Avenue" },
    { zh: "张杨路", en: "Zhangyang Road" },
    { zh: "浦东南路", en: "Pudong South Road" },
    { zh: "东方路", en: "Dongfang Road" },
    { zh: "金桥路", en: "Jinqiao Road" },
    { zh: "杨高中路", en: "Yanggao Middle Road" },
    { zh: "龙阳路", en: "Longyang Road" },
    { zh: "锦绣路", en: "Jinxiu Road" },
    { zh: "峨山路", en: "Eshan Road" },
    { zh: "源深路", en: "Yuanshen Road" },
  ],
  areas: [
    { zh: "陆家嘴", en: "Lujiazui" },
    { zh: "张江", en: "Zhangjiang" },
    { zh: "金桥", en: "Jinqiao" },
    { zh: "花木", en: "Huamu" },
    { zh: "塘桥", en: "Tangqiao" },
    { zh: "洋泾", en: "Yangjing" },
    { zh: "北蔡", en: "Beicai" },
    { zh: "三林", en: "Sanlin" },
  ],
};

export const XUHUI: DemoDistrict = {
  name: { zh: "徐汇区", en: "Xuhui" },
  divisionCode: "310104",
  centre: { latitude: 31.175, longitude: 121.437 },
  radiusDegrees: 0.035,
  streets: [
    { zh: "漕溪北路", en: "North Caoxi Road" },
    { zh: "肇嘉浜路", en: "Zhaojiabang Road" },
    { zh: "衡山路", en: "Hengshan Road" },
    { zh: "天钥桥路", en: "Tianyaoqiao Road" },
    { zh: "宜山路", en: "Yishan Road" },
    { zh: "虹桥路", en: "Hongqiao Road" },
    { zh: "龙华中路", en: "Middle Longhua Road" },
    { zh: "田林路", en: "Tianlin Road" },
    { zh: "钦州路", en: "Qinzhou Road" },
    { zh: "桂林路", en: "Guilin Road" },
  ],
  areas: [
    { zh: "徐家汇", en: "Xujiahui" },
    { zh: "田林", en: "Tianlin" },
    { zh: "康健", en: "Kangjian" },
    { zh: "龙华", en: "Longhua" },
    { zh: "漕河泾", en: "Caohejing" },
    { zh: "枫林", en: "Fenglin" },
    { zh: "虹梅", en: "Hongmei" },
    { zh: "华泾", en: "Huajing" },
  ],
};

export const JINGAN: DemoDistrict = {
  name: { zh: "静安区", en: "Jing'an" },
  divisionCode: "310106",
  centre: { latitude: 31.258, longitude: 121.452 },
  radiusDegrees: 0.03,
  streets: [
    { zh: "南京西路", en: "West Nanjing Road" },
    { zh: "延安中路", en: "Middle Yan'an Road" },
    { zh: "共和新路", en: "Gonghexin Road" },
    { zh: "万航渡路", en: "Wanhangdu Road" },
    { zh: "北京西路", en: "West Beijing Road" },
    { zh: "江宁路", en: "Jiangning Road" },
    { zh: "广中西路", en: "West Guangzhong Road" },
    { zh: "大统路", en: "Datong Road" },
    { zh: "汶水路", en: "Wenshui Road" },
    { zh: "场中路", en: "Changzhong Road" },
  ],
  areas: [
    { zh: "静安寺", en: "Jing'an Temple" },
    { zh: "曹家渡", en: "Caojiadu" },
    { zh: "大宁", en: "Daning" },
    { zh: "彭浦", en: "Pengpu" },
    { zh: "临汾", en: "Linfen" },
    { zh: "芷江西", en: "West Zhijiang" },
    { zh: "天目西", en: "West Tianmu" },
    { zh: "共和新", en: "Gonghexin" },
  ],
};

/** Hongkou hosts Demo-T1, away from the three generated territories. */
export const HONGKOU: DemoDistrict = {
  name: { zh: "虹口区", en: "Hongkou" },
  divisionCode: "310109",
  centre: { latitude: 31.268, longitude: 121.492 },
  radiusDegrees: 0.02,
  streets: [
    { zh: "四川北路", en: "North Sichuan Road" },
    { zh: "曲阳路", en: "Quyang Road" },
    { zh: "大连路", en: "Dalian Road" },
    { zh: "临平路", en: "Linping Road" },
    { zh: "东江湾路", en: "Dongjiangwan Road" },
    { zh: "海宁路", en: "Haining Road" },
    { zh: "天宝路", en: "Tianbao Road" },
    { zh: "凉城路", en: "Liangcheng Road" },
  ],
  areas: [
    { zh: "曲阳", en: "Quyang" },
    { zh: "凉城", en: "Liangcheng" },
    { zh: "江湾", en: "Jiangwan" },
    { zh: "嘉兴路", en: "Jiaxing Road" },
    { zh: "北外滩", en: "North Bund" },
    { zh: "欧阳", en: "Ouyang" },
  ],
};

/** Invented brand words for shops and companies. */
export const BRAND_WORDS: readonly Bilingual[] = [
  { zh: "华联", en: "Hualian" },
  { zh: "鑫隆", en: "Xinlong" },
  { zh: "恒达", en: "Hengda" },
  { zh: "宏远", en: "Hongyuan" },
  { zh: "瑞丰", en: "Ruifeng" },
  { zh: "长江", en: "Changjiang" },
  { zh: "浦江", en: "Pujiang" },
  { zh: "申达", en: "Shenda" },
  { zh: "海天", en: "Haitian" },
  { zh: "永兴", en: "Yongxing" },
  { zh: "东升", en: "Dongsheng" },
  { zh: "华信", en: "Huaxin" },
  { zh: "天润", en: "Tianrun" },
  { zh: "佳和", en: "Jiahe" },
  { zh: "锦程", en: "Jincheng" },
  { zh: "盛达", en: "Shengda" },
  { zh: "明珠", en: "Mingzhu" },
  { zh: "星光", en: "Xingguang" },
  { zh: "万家", en: "Wanjia" },
  { zh: "福满", en: "Fuman" },
];

/** Retail channels: the shop-type word of the name and the channel code. */
export const RETAIL_CHANNELS: readonly (Bilingual & { readonly channel: string })[] = [
  { zh: "超市", en: "Supermarket", channel: "SUPERMARKET" },
  { zh: "电器", en: "Electrical", channel: "ELECTRONICS_STORE" },
  { zh: "数码", en: "Digital", channel: "ELECTRONICS_STORE" },
  { zh: "通讯", en: "Telecom", channel: "PHONE_SHOP" },
  { zh: "百货", en: "Department Store", channel: "DEPARTMENT_STORE" },
  { zh: "便利店", en: "Convenience Store", channel: "CONVENIENCE_STORE" },
];

/** Dealer company forms: the company-type words and the channel code. */
export const DEALER_FORMS: readonly (Bilingual & { readonly channel: string })[] = [
  { zh: "商贸有限公司", en: "Trading Co., Ltd.", channel: "WHOLESALE" },
  { zh: "电器批发部", en: "Appliance Wholesale", channel: "WHOLESALE" },
  { zh: "数码经销有限公司", en: "Digital Distribution Co., Ltd.", channel: "DISTRIBUTOR" },
  { zh: "通讯器材有限公司", en: "Telecom Equipment Co., Ltd.", channel: "DISTRIBUTOR" },
];

/** Key-account chain formats. */
export const KEY_ACCOUNT_FORMS: readonly (Bilingual & { readonly channel: string })[] = [
  { zh: "购物中心", en: "Shopping Centre", channel: "HYPERMARKET_CHAIN" },
  { zh: "电器城", en: "Appliance City", channel: "ELECTRONICS_CHAIN" },
  { zh: "数码广场", en: "Digital Plaza", channel: "ELECTRONICS_CHAIN" },
  { zh: "大卖场", en: "Hypermarket", channel: "HYPERMARKET_CHAIN" },
];

export const SURNAMES: readonly Bilingual[] = [
  { zh: "王", en: "Wang" },
  { zh: "李", en: "Li" },
  { zh: "张", en: "Zhang" },
  { zh: "刘", en: "Liu" },
  { zh: "陈", en: "Chen" },
  { zh: "杨", en: "Yang" },
  { zh: "黄", en: "Huang" },
  { zh: "赵", en: "Zhao" },
  { zh: "吴", en: "Wu" },
  { zh: "周", en: "Zhou" },
  { zh: "徐", en: "Xu" },
  { zh: "孙", en: "Sun" },
  { zh: "马", en: "Ma" },
  { zh: "朱", en: "Zhu" },
  { zh: "胡", en: "Hu" },
  { zh: "郭", en: "Guo" },
  { zh: "何", en: "He" },
  { zh: "林", en: "Lin" },
  { zh: "高", en: "Gao" },
  { zh: "罗", en: "Luo" },
];

export const GIVEN_NAMES: readonly Bilingual[] = [
  { zh: "伟", en: "Wei" },
  { zh: "娜", en: "Na" },
  { zh: "静", en: "Jing" },
  { zh: "敏", en: "Min" },
  { zh: "强", en: "Qiang" },
  { zh: "磊", en: "Lei" },
  { zh: "军", en: "Jun" },
  { zh: "洋", en: "Yang" },
  { zh: "艳", en: "Yan" },
  { zh: "杰", en: "Jie" },
  { zh: "涛", en: "Tao" },
  { zh: "明", en: "Ming" },
  { zh: "秀英", en: "Xiuying" },
  { zh: "丽", en: "Li" },
  { zh: "建华", en: "Jianhua" },
  { zh: "晓明", en: "Xiaoming" },
  { zh: "海燕", en: "Haiyan" },
  { zh: "志强", en: "Zhiqiang" },
  { zh: "桂英", en: "Guiying" },
  { zh: "文博", en: "Wenbo" },
];

/** Contact titles per information tier (DOMAIN.md §1). */
export const TITLES_BY_TIER: Readonly<Record<"I" | "II" | "III", readonly string[]>> = {
  I: ["总经理 General Manager", "店主 Owner", "董事长 Chairman"],
  II: ["采购经理 Purchasing Manager", "门店经理 Store Manager", "销售经理 Sales Manager"],
  III: ["店员 Sales Clerk", "仓库主管 Warehouse Supervisor", "收银主管 Cashier Supervisor"],
};

export const INTERESTS: readonly string[] = [
  "tea 品茶",
  "golf 高尔夫",
  "fishing 钓鱼",
  "badminton 羽毛球",
  "photography 摄影",
  "calligraphy 书法",
  "football 足球",
  "travel 旅游",
];

export const BANKS: readonly string[] = [
  "中国工商银行上海分行",
  "中国建设银行上海分行",
  "中国银行上海分行",
  "交通银行上海分行",
  "招商银行上海分行",
  "上海浦东发展银行",
];
