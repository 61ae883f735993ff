/// Kanji that people write for one another in names: traditional and variant forms (斎/齋/斉,
/// 辺/邊/邉, 高/髙, 崎/﨑) and common slips between similar or same-sounding characters (太郎/大郎,
/// 裕/祐, 優/悠). One such change is the Japanese counterpart of a one-letter typo.
enum ConfusableKanji {
    static let table: [Unicode.Scalar: [Unicode.Scalar]] = {
        let groups = [
            "斎齋斉齊", "辺邊邉", "高髙", "崎﨑", "沢澤", "浜濱", "島嶋", "桜櫻", "広廣", "竜龍", "恵惠",
            "真眞", "実實", "郎朗", "太大", "裕祐佑", "優悠", "智知", "香佳", "奈菜", "介助", "純淳",
            "藤籐", "野埜", "吉𠮷", "関關", "条條", "瀬瀨", "徳德", "美未", "陽洋", "和知",
        ]
        var table: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for group in groups {
            let members = Array(group.unicodeScalars)
            for m in members { table[m, default: []].append(contentsOf: members.filter { $0 != m }) }
        }
        return table
    }()
}
