/// The international naming cultures, with real-world variety: accents (José, Müller), apostrophes
/// (O'Brien), particles (van der Berg), family-first names (Chen Wei, Kim Min-su) and hyphenated
/// Korean given names.
enum InternationalCultures {
    static let all: [Culture] = [anglo, hispanic, germanic, romance, chinese, korean, vietnamese, indian, indonesian]

    static let anglo = Culture(
        weight: 0.33, familyFirst: false,
        givenNames: Culture.given("""
            James John Robert Michael William David Richard Joseph Thomas Christopher Daniel
            Matthew Andrew Mark Paul Steven Kevin Brian George Edward Seán Liam Noah Oliver
            Mary* Patricia* Jennifer* Linda* Elizabeth* Barbara* Susan* Jessica* Sarah* Karen*
            Emily* Emma* Olivia* Sophie* Charlotte* Amelia* Grace* Chloe* Hannah* Lucy* Rachel*
            Laura* Megan* Siobhán* Niamh* Zoë* Renée* Katherine*
            """),
        surnames: Culture.words("""
            Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
            Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen King
            Wright Scott Hill Green Adams Baker Campbell Mitchell Roberts Evans Turner O'Brien
            O'Connor O'Neill Murphy Kelly MacDonald McCarthy Fitzgerald Hughes Edwards Collins
            Stewart Morris
            """),
        nicknames: [
            "Robert": ["Bob", "Rob"], "William": ["Bill", "Will"], "Michael": ["Mike"],
            "Richard": ["Rick"], "Joseph": ["Joe"], "Thomas": ["Tom"], "Christopher": ["Chris"],
            "Daniel": ["Dan"], "Matthew": ["Matt"], "Andrew": ["Andy"], "Steven": ["Steve"],
            "Edward": ["Ed", "Ted"], "James": ["Jim", "Jamie"], "Elizabeth": ["Liz", "Beth"],
            "Jennifer": ["Jen"], "Patricia": ["Pat"], "Jessica": ["Jess"], "Katherine": ["Kate"],
            "Susan": ["Sue"],
        ],
        phoneCountries: [(.us, 0.55), (.uk, 0.25), (.australia, 0.12), (.singapore, 0.08)],
        mailDomains: [
            ("gmail.com", 40), ("yahoo.com", 10), ("outlook.com", 10), ("hotmail.com", 8),
            ("icloud.com", 12), ("hotmail.co.uk", 5), ("btinternet.com", 2), ("bigpond.com", 2),
            ("me.com", 3), ("protonmail.com", 2), ("aol.com", 2),
        ])

    static let hispanic = Culture(
        weight: 0.12, familyFirst: false,
        givenNames: Culture.given("""
            José Juan Luis Carlos Jorge Miguel Javier Alejandro Diego Sergio Andrés Pablo Raúl
            Ramón Iñaki María* Ana* Lucía* Sofía* Carmen* Isabel* Laura* Marta* Elena* Paula*
            Valentina* Camila* Inés* Begoña*
            """),
        surnames: Culture.words("""
            García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres
            Flores Rivera Gómez Díaz Cruz Morales Ortiz Gutiérrez Chávez Ruiz Jiménez Álvarez
            Moreno Romero Navarro Muñoz Núñez Ibáñez Castillo Vargas
            """),
        nicknames: ["José": ["Pepe"], "Francisco": ["Paco"], "Alejandro": ["Alex"]],
        phoneCountries: [(.spain, 0.5), (.mexico, 0.35), (.us, 0.15)],
        mailDomains: [
            ("gmail.com", 45), ("hotmail.com", 15), ("yahoo.es", 8), ("outlook.com", 10),
            ("icloud.com", 8), ("telefonica.net", 3), ("prodigy.net.mx", 3),
        ])

    static let germanic = Culture(
        weight: 0.12, familyFirst: false,
        givenNames: Culture.given("""
            Lukas Jonas Leon Felix Maximilian Paul Jürgen Günter Stefan Andreas Matthias Søren
            Björn Lars Jan Anna* Lena* Julia* Katharina* Sophie* Marie* Hannah* Ingrid* Astrid*
            Sanne* Agnieszka*
            """),
        surnames: Culture.words("""
            Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
            Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger
            Hartmann Lange Andersson Johansson Nielsen Hansen Jensen van+der+Berg de+Vries Jansen
            Bakker Novák Nowak Kowalski Dvořák
            """),
        nicknames: ["Maximilian": ["Max"], "Katharina": ["Kathi"], "Matthias": ["Matze"]],
        phoneCountries: [(.germany, 0.6), (.uk, 0.15), (.france, 0.1), (.us, 0.15)],
        mailDomains: [
            ("gmail.com", 35), ("gmx.de", 15), ("web.de", 12), ("t-online.de", 6),
            ("outlook.com", 10), ("icloud.com", 8), ("posteo.de", 2), ("hotmail.com", 5),
        ])

    static let romance = Culture(
        weight: 0.08, familyFirst: false,
        givenNames: Culture.given("""
            François Mathieu Jérôme Benoît Sébastien Étienne Marco Giuseppe Alessandro Lorenzo
            Matteo Nicolas Amélie* Chloé* Hélène* Élodie* Léa* Camille* Giulia* Francesca*
            Chiara* Aurélie*
            """),
        surnames: Culture.words("""
            Dubois Lefèvre Moreau Laurent Simon Michel Leroy Roux Fournier Girard Bonnet Dupont
            Lambert Fontaine Rousseau Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci
            Marino Greco
            """),
        nicknames: ["Alessandro": ["Alex"], "Giuseppe": ["Beppe"], "Nicolas": ["Nico"]],
        phoneCountries: [(.france, 0.55), (.italy, 0.35), (.us, 0.1)],
        mailDomains: [
            ("gmail.com", 40), ("orange.fr", 10), ("free.fr", 6), ("libero.it", 8),
            ("yahoo.fr", 6), ("hotmail.fr", 6), ("icloud.com", 8), ("outlook.com", 6),
        ])

    static let chinese = Culture(
        weight: 0.18, familyFirst: true,
        givenNames: Culture.given("""
            Wei Lei Jun Jian Hao Yu Zhi+Hao Xiaoming Ka+Wai Chun+Kit Wen+Jie Ming Fang* Min*
            Jing* Li* Yan* Hui* Ying* Xiu+Ying* Mei+Ling* Wing+Yan* Siew+Ling* Jia+Hui*
            """),
        surnames: Culture.words("""
            Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo
            Tan Lim Ng Wong Chan Cheung Lau Leung Teo Goh
            """),
        nicknames: [:],
        phoneCountries: [(.china, 0.35), (.hongKong, 0.25), (.singapore, 0.25), (.taiwan, 0.15)],
        mailDomains: [
            ("gmail.com", 35), ("qq.com", 15), ("163.com", 10), ("outlook.com", 8),
            ("yahoo.com.hk", 6), ("hotmail.com", 8), ("icloud.com", 8), ("singnet.com.sg", 3),
        ])

    static let korean = Culture(
        weight: 0.08, familyFirst: true,
        givenNames: Culture.given("""
            Min-su Ji-hoon Hyun-woo Min-jun Seo-jun Jae-won Young-ho Sung-min Dong-hyun
            Seo-yeon* Ji-woo* Ha-eun* Ji-min* Soo-jin* Eun-ji* Hye-jin* Yu-na*
            """),
        surnames: Culture.words("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon"),
        nicknames: [:],
        phoneCountries: [(.korea, 0.85), (.us, 0.15)],
        mailDomains: [
            ("gmail.com", 40), ("naver.com", 30), ("daum.net", 10), ("hanmail.net", 8),
            ("kakao.com", 5), ("icloud.com", 5),
        ])

    static let vietnamese = Culture(
        weight: 0.04, familyFirst: true,
        givenNames: Culture.given("Minh Thanh Duc Tuan Quang Hieu Anh* Linh* Huong* Lan* Hoa* Thao* Mai*"),
        surnames: Culture.words("Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo"),
        nicknames: [:],
        phoneCountries: [(.vietnam, 0.85), (.singapore, 0.15)],
        mailDomains: [("gmail.com", 65), ("yahoo.com", 15), ("outlook.com", 10), ("icloud.com", 5)])

    static let indian = Culture(
        weight: 0.04, familyFirst: false,
        givenNames: Culture.given("Rahul Arjun Deepak Vikram Amit Sanjay Priya* Ananya* Deepika* Pooja* Neha*"),
        surnames: Culture.words("Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Mehta Shah"),
        nicknames: [:],
        phoneCountries: [(.india, 0.85), (.singapore, 0.1), (.us, 0.05)],
        mailDomains: [("gmail.com", 55), ("yahoo.com", 12), ("outlook.com", 10), ("rediffmail.com", 5),
                      ("hotmail.com", 8)])

    static let indonesian = Culture(
        weight: 0.02, familyFirst: false,
        givenNames: Culture.given("Ahmad Budi Agus Rizky Siti* Putri* Dewi* Ayu*"),
        surnames: Culture.words("Santoso Wijaya Hidayat Saputra Pratama Kusuma"),
        nicknames: [:],
        phoneCountries: [(.indonesia, 0.9), (.singapore, 0.1)],
        mailDomains: [("gmail.com", 65), ("yahoo.co.id", 15), ("outlook.com", 10)])
}
