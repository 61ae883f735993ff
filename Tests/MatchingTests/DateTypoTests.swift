import Testing
import Matching

@Suite("Birthday typos")
struct DateTypoTests {
    @Test("one digit or swapped day and month is a typo")
    func typos() {
        #expect(DateTypo.isTypo(19_840_305, 19_840_306))
        #expect(DateTypo.isTypo(19_840_305, 19_850_305))
        #expect(DateTypo.isTypo(19_840_305, 19_840_503))
    }

    @Test("equal dates and far dates are not typos")
    func notTypos() {
        #expect(!DateTypo.isTypo(19_840_305, 19_840_305))
        #expect(!DateTypo.isTypo(19_840_305, 19_921_130))
        #expect(!DateTypo.isTypo(19_840_305, 19_840_411))
    }
}
