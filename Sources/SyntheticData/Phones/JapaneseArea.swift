/// A Japanese metropolitan area: its landline numbering and the addresses of the households that
/// live there, so that a family's home phone and address agree.
struct JapaneseArea: Sendable {
    /// Leading digits of landline numbers after the trunk `0` (`3` + exchange digit for Tokyo).
    var landlinePrefixes: [String]
    var freeDigits: Int
    /// Digit groups of the national significant number (03-1234-5678 is 1-4-4).
    var groups: [Int]
    var prefecture: String
    var cities: [String]
    var towns: [String]
    /// First digit of the area's postal codes.
    var postalLead: String
    var weight: Double

    static let all: [JapaneseArea] = [
        JapaneseArea(landlinePrefixes: ["33", "34", "35", "36", "37", "38"], freeDigits: 7, groups: [1, 4, 4],
                     prefecture: "東京都", cities: ["渋谷区", "港区", "新宿区", "世田谷区", "目黒区", "中央区", "千代田区", "品川区", "杉並区"],
                     towns: ["神宮前", "六本木", "麻布十番", "銀座", "丸の内", "西新宿", "恵比寿", "中目黒", "三軒茶屋", "荻窪"],
                     postalLead: "1", weight: 0.38),
        JapaneseArea(landlinePrefixes: ["63", "64", "66", "67", "69"], freeDigits: 7, groups: [1, 4, 4],
                     prefecture: "大阪府", cities: ["大阪市北区", "大阪市中央区", "大阪市西区", "豊中市", "吹田市"],
                     towns: ["梅田", "難波", "心斎橋", "北浜", "江坂"], postalLead: "5", weight: 0.15),
        JapaneseArea(landlinePrefixes: (2...9).map { "45\($0)" }, freeDigits: 6, groups: [2, 3, 4],
                     prefecture: "神奈川県", cities: ["横浜市中区", "横浜市西区", "横浜市港北区", "川崎市中原区"],
                     towns: ["元町", "みなとみらい", "日吉", "武蔵小杉"], postalLead: "2", weight: 0.12),
        JapaneseArea(landlinePrefixes: (2...9).map { "52\($0)" }, freeDigits: 6, groups: [2, 3, 4],
                     prefecture: "愛知県", cities: ["名古屋市中区", "名古屋市千種区", "名古屋市東区"],
                     towns: ["栄", "錦", "覚王山", "大須"], postalLead: "4", weight: 0.09),
        JapaneseArea(landlinePrefixes: (2...9).map { "92\($0)" }, freeDigits: 6, groups: [2, 3, 4],
                     prefecture: "福岡県", cities: ["福岡市中央区", "福岡市博多区"],
                     towns: ["天神", "大名", "中洲", "博多駅前"], postalLead: "8", weight: 0.07),
        JapaneseArea(landlinePrefixes: (2...9).map { "11\($0)" }, freeDigits: 6, groups: [2, 3, 4],
                     prefecture: "北海道", cities: ["札幌市中央区", "札幌市北区"],
                     towns: ["大通西", "南一条西", "北七条西"], postalLead: "0", weight: 0.06),
        JapaneseArea(landlinePrefixes: (2...9).map { "75\($0)" }, freeDigits: 6, groups: [2, 3, 4],
                     prefecture: "京都府", cities: ["京都市中京区", "京都市下京区", "京都市左京区"],
                     towns: ["河原町", "烏丸", "祇園町北側"], postalLead: "6", weight: 0.05),
        JapaneseArea(landlinePrefixes: (2...9).map { "78\($0)" }, freeDigits: 6, groups: [2, 3, 4],
                     prefecture: "兵庫県", cities: ["神戸市中央区", "西宮市", "芦屋市"],
                     towns: ["元町通", "三宮町", "北野町"], postalLead: "6", weight: 0.05),
        JapaneseArea(landlinePrefixes: (2...9).map { "22\($0)" }, freeDigits: 6, groups: [2, 3, 4],
                     prefecture: "宮城県", cities: ["仙台市青葉区", "仙台市宮城野区"],
                     towns: ["一番町", "国分町", "榴岡"], postalLead: "9", weight: 0.03),
    ]

    static let sampler = WeightedSampler(weights: all.map(\.weight))
}
