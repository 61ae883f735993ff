import Testing
import Normalization

@Suite("Address normalization")
struct AddressNormalizerTests {
    @Test("postal codes keep letters and digits, upper case, whatever the width and separators",
          arguments: [("〒150-0001", "1500001"), ("１５０−０００１", "1500001"), ("150 0001", "1500001"),
                      ("sw1a 1aa", "SW1A1AA"), ("  ", ""), ("2119", "2119")])
    func postalCodes(raw: String, folded: String) {
        #expect(AddressNormalizer().postalCode(raw) == folded)
    }

    @Test("street lines lose case, width, spaces and punctuation",
          arguments: [("7 Wallaby Place", "7wallabyplace"), ("7 wallaby  place.", "7wallabyplace"),
                      ("梅田１-１２-４", "梅田1124"), ("Rue de l'Église 3", "ruedeléglise3")])
    func streets(raw: String, folded: String) {
        #expect(AddressNormalizer().street(raw) == folded)
    }

    @Test("the batch normalizer folds the address it is given")
    func batchFoldsAddress() {
        let out = CustomerNormalizer().normalize([CustomerInput(lastName: "Green", firstName: "Mitchell",
                                                                postalCode: "2119 ", street: "7 Wallaby Place")])
        #expect(out[0].postalCode == "2119")
        #expect(out[0].street == "7wallabyplace")
    }

    @Test("the street's words keep one space between them and fold like the key",
          arguments: [("8 Allunga, Cockcroft Ave.", "8allungacockcroftave", "8 allunga cockcroft ave"),
                      ("  7  wallaby place ", "7wallabyplace", "7 wallaby place"),
                      ("梅田１-１２-４", "梅田1124", "梅田1 12 4")])
    func streetWords(raw: String, key: String, words: String) {
        let forms = AddressNormalizer().streetForms(raw)
        #expect(forms.key == key)
        #expect(forms.key == AddressNormalizer().street(raw))
        #expect(forms.words == words)
    }
}
