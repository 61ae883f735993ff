/// Writes a Japanese person's name the way one particular record has it: kanji or kana or romaji,
/// with or without the kana reading, sometimes swapped, misspelt, padded or with an honorific.
struct JapaneseNameRenderer {
    let lexicon: Lexicon
    let typoRate: Double
    let kanaReadingRate: Double

    func render(_ p: EntityProfile, _ rng: inout SeededRandom) -> RenderedName {
        let surname = lexicon.surnames[p.surname]
        let given = lexicon.given(female: p.female)[p.given]
        let script = NameScript(rawValue: UInt8(NameScript.sampler.sample(&rng)))!
        let romajiStyle = RomajiStyle(rawValue: UInt8(RomajiStyle.sampler.sample(&rng)))!
        let letterCase = LetterCase(rawValue: UInt8(LetterCase.sampler.sample(&rng)))!

        func form(_ n: JapaneseName) -> [Unicode.Scalar] {
            switch script {
            case .kanji: n.kanji
            case .katakana: n.katakana
            case .hiragana: n.hiragana
            case .romaji, .fullWidthRomaji:
                letterCase.apply(n.romaji[Int(romajiStyle.rawValue)])
            }
        }
        var last = form(surname)
        var first = form(given)

        if rng.chance(typoRate) {
            let onSurname = rng.chance(0.5)
            if onSurname {
                if !typo(&last, script: script, &rng) { typo(&first, script: script, &rng) }
            } else {
                if !typo(&first, script: script, &rng) { typo(&last, script: script, &rng) }
            }
        }
        if script == .fullWidthRomaji {
            FullWidth.apply(&last)
            FullWidth.apply(&first)
        }

        var name = RenderedName(first: first, last: last)
        let readingRate: Double = switch script {
        case .kanji: kanaReadingRate
        case .katakana, .hiragana: 0.35
        case .romaji, .fullWidthRomaji: 0.25
        }
        if rng.chance(readingRate) {
            let roll = rng.below(20)
            func reading(_ n: JapaneseName) -> [Unicode.Scalar] {
                script != .kanji || roll < 16 ? n.katakana : (roll < 19 ? n.hiragana : n.halfWidth)
            }
            name.lastKana = reading(surname)
            name.firstKana = reading(given)
            if rng.chance(typoRate / 3) { Typos.kana(&name.lastKana!, &rng) }
        }

        let latin = script == .romaji || script == .fullWidthRomaji
        if rng.chance(0.02) {
            // The whole name in last_name; romaji often in Western order.
            let westernOrder = latin && rng.chance(0.5)
            let separator: Unicode.Scalar = latin ? (script == .fullWidthRomaji ? "\u{3000}" : " ") : (rng.chance(0.6) ? "\u{3000}" : " ")
            name.last = westernOrder ? first + [separator] + last : last + [separator] + first
            if let lastKana = name.lastKana, let firstKana = name.firstKana {
                name.lastKana = lastKana + ["\u{3000}"] + firstKana
            }
            name.first = nil
            name.firstKana = nil
        } else if rng.chance(0.04) {
            name.first = nil
            name.firstKana = nil
        } else if rng.chance(latin ? 0.10 : 0.03) {
            name.swap()
        }

        if rng.chance(0.03), let l = name.last {
            if latin {
                let title: String = p.female ? (rng.chance(0.5) ? "Ms. " : "Mrs. ") : "Mr. "
                name.last = Array(title.unicodeScalars) + l
            } else {
                name.last = l + (rng.chance(0.8) ? ["様"] : ["さ", "ん"])
            }
        }
        if rng.chance(0.03) {
            let pad: Unicode.Scalar = rng.chance(0.6) ? "\u{3000}" : " "
            if rng.chance(0.5), let l = name.last { name.last = l + [pad] } else if let f = name.first { name.first = [pad] + f }
        }
        return name
    }

    @discardableResult
    private func typo(_ s: inout [Unicode.Scalar], script: NameScript, _ rng: inout SeededRandom) -> Bool {
        switch script {
        case .kanji: Typos.kanji(&s, &rng) || Typos.kana(&s, &rng)
        case .katakana, .hiragana: Typos.kana(&s, &rng)
        case .romaji, .fullWidthRomaji: Typos.latin(&s, &rng)
        }
    }
}
