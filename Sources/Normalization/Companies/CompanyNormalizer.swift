/// Company names folded for comparison: `株式会社テーブルチェック`, `(株)テーブルチェック` and
/// `TableCheck Inc.` lose their legal form; case, width, spaces and punctuation go.
///
/// | raw | folded |
/// |---|---|
/// | `株式会社テーブルチェック`, `テーブルチェック（株）`, `㈱テーブルチェック` | `テーブルチェック` |
/// | `TableCheck, Inc.`, `ＴＡＢＬＥＣＨＥＣＫ ＩＮＣ` | `tablecheck` |
/// | `Acme Co., Ltd.` | `acme` |
/// | `テーブルチェック 御中` | `テーブルチェック` |
///
/// The result is for comparing only; it is never written back.
public struct CompanyNormalizer: Sendable {
    /// Japanese legal forms, removed wherever they stand (they prefix or suffix the name).
    static let japaneseForms: [String] = [
        "特定非営利活動法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "社会福祉法人",
        "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "医療法人", "学校法人", "宗教法人", "npo法人",
        "(株)", "(有)", "(同)", "(資)", "(名)", "(医)", "(社)", "(財)", "御中", "様",
    ]
    /// Latin legal forms, removed as whole words when another word remains.
    static let latinForms: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp", "plc",
        "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pte", "pty", "kk", "gk", "the",
    ]

    public init() {}

    public func normalize(_ raw: String) -> String {
        var text = UnicodeFolding.nfkcCasefold(raw)   // ㈱ → (株), full-width → ASCII
        if !ScalarClass.isASCII(text) {
            for form in Self.japaneseForms where text.contains(form) {
                text = text.replacingAll(form, with: " ")
            }
        }
        let words = NameNormalizer.split(text).map(\.text)
        let kept = words.filter { !Self.latinForms.contains($0) }
        return (kept.isEmpty ? words : kept).joined()
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
