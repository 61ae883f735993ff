/// Given names that are one name: a short form and its full form (Jim and James, Pepe and
/// José), so that a booking as "Mike Clark" meets the membership card of "Michael Clark".
///
/// Keys are folded like every romaji key (``RomajiFolding``), so the table works on the keys
/// the normalizer produces (`james` folds to `zyames`, and so does the table's entry).
public struct Nicknames: Sendable {
    /// Group number of each folded key (groups numbered from 1).
    private var groupOfKey: [String: Int32] = [:]

    /// The built-in groups: common English, Spanish, Portuguese, Italian, French and German
    /// short forms. A name in several groups (Chris) keeps its first.
    public static let standardGroups: [[String]] = [
        ["james", "jim", "jimmy", "jamie"], ["john", "jack", "johnny", "jon"], ["robert", "rob", "bob", "bobby", "robbie"],
        ["william", "will", "bill", "billy", "liam"], ["michael", "mike", "mick", "mikey"], ["richard", "rick", "dick", "rich", "richie"],
        ["thomas", "tom", "tommy"], ["david", "dave", "davey"], ["daniel", "dan", "danny"], ["joseph", "joe", "joey"],
        ["christopher", "chris", "topher"], ["matthew", "matt"], ["anthony", "tony"], ["andrew", "andy", "drew"],
        ["benjamin", "ben", "benny"], ["charles", "charlie", "chuck"], ["edward", "ed", "eddie", "ted", "ned"],
        ["stephen", "steven", "steve"], ["nicholas", "nick", "nicky"], ["samuel", "sam", "sammy"], ["timothy", "tim"],
        ["gregory", "greg"], ["patrick", "pat", "paddy"], ["alexander", "alex", "sasha"], ["jonathan", "jon", "johnny"],
        ["lawrence", "larry"], ["zachary", "zach", "zack"], ["kenneth", "ken", "kenny"], ["ronald", "ron", "ronnie"],
        ["donald", "don", "donny"], ["frederick", "fred", "freddie"], ["harold", "harry", "hal"], ["henry", "hank", "harry"],
        ["elizabeth", "liz", "lizzie", "beth", "betty", "eliza"], ["katherine", "catherine", "kate", "katie", "kathy", "cathy"],
        ["margaret", "maggie", "meg", "peggy"], ["jennifer", "jen", "jenny"], ["susan", "sue", "susie"], ["rebecca", "becky"],
        ["patricia", "patty", "trish"], ["victoria", "vicky", "tori"], ["deborah", "debbie", "deb"], ["jessica", "jess", "jessie"],
        ["samantha", "sam", "sammie"], ["alexandra", "alex", "sandra"], ["abigail", "abby"], ["christina", "christine", "tina"],
        ["josé", "pepe", "chepe"], ["francisco", "paco", "pancho", "frank"], ["ignacio", "nacho"], ["guillermo", "memo"],
        ["jesús", "chucho", "chuy"], ["enrique", "quique"], ["manuel", "manolo", "manu"], ["antonio", "toni", "toño"],
        ["dolores", "lola"], ["concepción", "concha", "conchita"], ["guadalupe", "lupe"], ["rosario", "charo"],
        ["giuseppe", "beppe", "peppe"], ["giovanni", "gianni"], ["francesco", "franco", "cesco"],
        ["wolfgang", "wolf"], ["johannes", "hans"], ["friedrich", "fritz"],
    ]

    public init(groups: [[String]] = Nicknames.standardGroups) {
        for (index, group) in groups.enumerated() {
            for name in group {
                let key = RomajiFolding.fold(UnicodeFolding.asciiLowercased(Self.stripAccents(name)))
                if !key.isEmpty && groupOfKey[key] == nil { groupOfKey[key] = Int32(index + 1) }
            }
        }
    }

    /// The group of a folded given-name key, or 0 when it has none.
    public func group(ofKey key: String) -> Int32 { groupOfKey[key] ?? 0 }

    /// The table's own few accented letters, without ICU (the table is ASCII plus these).
    private static func stripAccents(_ s: String) -> String {
        let map: [Character: Character] = ["é": "e", "ú": "u", "ó": "o", "ñ": "n", "á": "a", "í": "i"]
        return String(s.map { map[$0] ?? $0 })
    }
}
