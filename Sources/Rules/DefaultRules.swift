/// The built-in rules: the text of `rules/default.yaml`, compiled in so that `tcdedupe run` and
/// `tcdedupe demo` work from any folder. A test keeps the two identical; after editing the YAML,
/// regenerate this file with `scripts/embed-default-rules`.
public enum DefaultRules {
    public static let yaml = #"""
# tcdedupe rules: the built-in default.
#
# Every run reads one rules file (`tcdedupe run --rules FILE`); without one it uses this default,
# which is built into the binary. Start a custom file with `tcdedupe rules --print-default > my.yaml`.
# Unknown keys are refused with their line number, so a typo never goes unnoticed.
#
# The model is Fellegi-Sunter, as in Splink: every comparison gives a level, every level a weight
# log2(m/u), and a pair's match weight is the prior's log2 odds plus those weights.
#   m = how often a TRUE duplicate pair reaches the level      (set here; `run --train` learns it)
#   u = how often two UNRELATED customers reach it             (estimated each run from random pairs)

version: 1

# Which JSON fields of a customer feed which engine field. Exports differ: list the candidates
# in order; the first one present and non-empty wins. Dotted paths reach into objects
# ("profile.kana.last"). Phones and emails may be arrays of strings or of objects
# ({number: ...} / {email: ...}, as in the API's phone_objects / email_objects).
fields:
  franchise_id: [franchise_id]
  first_name: [first_name]
  last_name: [last_name]
  first_name_reading: [first_name_kana, first_name_reading]   # furigana, usually katakana
  last_name_reading: [last_name_kana, last_name_reading]
  company_name: [company_name]
  phones: [phones, phone_objects]
  emails: [emails, email_objects]
  birthday: [birthday, birth_date]       # also read from events[{event_type: birthday, date}]
  reservation_count: [reservation_count, reservations_count]
  last_visit: [last_visit_at, last_visit]
  created_at: [created_at]
  updated_at: [updated_at]
  # When none of these top-level fields holds a value, the first of the customer's `addresses`
  # is read (postal_code / zip_code / zip / postcode; street / street1 / address1 / line1).
  postal_code: [postal_code]
  street: [street]

normalization:
  # Country assumed for phones written without a country code (090-1234-5678 -> +819012345678).
  default_country: JP
  emails:
    # Gmail ignores dots in the local part: taro.yamada@gmail.com is taroyamada@gmail.com.
    gmail_ignore_dots: true
    # Drop "+tag" from the local part at these providers (taro+dinner@gmail.com).
    plus_tag_domains: [gmail.com, googlemail.com]
  # Words staff type where the name is unknown, in addition to the built-in list
  # (ゲスト, guest, walk-in, 未設定, 不明, ".", ...). Such names carry no evidence.
  extra_placeholder_names: []
  # Email local parts that mean "no email", in addition to the built-in list (none, noreply, test, ...).
  extra_placeholder_emails: []

# Blocking: which records are compared at all. Records that agree on every key of a rule (and on
# franchise_id, always) become candidate pairs. Keys: phone, email, last_name, first_name,
# last_name_initial, first_name_initial, last_name_exact, first_name_exact (as written, kanji stays
# kanji), birthday, company, postal_code, street. Names are romaji keys (タナカ, 田中 via learned readings and Tanaka
# meet), and each name rule is also applied with family and given names swapped.
# max_block_size: a key shared by more records (a concierge desk phone on 500 bookings) is not
# expanded into pairs; those records can still meet through the other rules. Name blocks are
# capped low: a name shared by more than 50 customers says little without a shared phone, email
# or birthday, and those have blocks of their own (on 100k customers, caps of 300 and 50 found
# the same duplicates; 50 proposed a third of the pairs).
blocking:
  - name: phone
    keys: [phone]
    max_block_size: 50
  - name: email
    keys: [email]
    max_block_size: 50
  - name: name
    keys: [last_name, first_name]
    max_block_size: 50
  - name: name_exact
    keys: [last_name_exact, first_name_exact]
    max_block_size: 50
  - name: last_name_first_initial
    keys: [last_name, first_name_initial]
    max_block_size: 50
  - name: birthday_first_name
    keys: [birthday, first_name]
    max_block_size: 100
  - name: birthday_last_name
    keys: [birthday, last_name]
    max_block_size: 100
  # Same address, or same postal code and birthday: finds a person whose name was mistyped or
  # changed (bases without phones or emails lean on these). A block of a whole apartment
  # building stays under the cap; a postal code alone would not.
  - name: address
    keys: [postal_code, street]
    max_block_size: 50
  - name: postal_code_birthday
    keys: [postal_code, birthday]
    max_block_size: 100

# Comparisons: each is a field and an ordered list of levels; the first level that holds is the
# pair's level. A pair where either side has no value gets the implicit "missing" level, weight 0.
# Level kinds: exact; jaro_winkler (threshold: similarity of the romaji keys, 0..1);
# edit_distance (max: edits); date_typo (one digit off, or day and month swapped); nickname
# (given names that are short and full forms of one name); different (else).
# tf: true adjusts an exact match by how common the value is (佐藤 or a family phone weigh less
# than a rare name or a personal mobile): weight log2(m / share of records carrying the value).
# u: may be given to override the estimate from random pairs.
comparisons:
  - name: last_name
    field: last_name
    levels:
      - {kind: exact, m: 0.88, tf: true}
      - {kind: jaro_winkler, threshold: 0.92, m: 0.07}
      - {kind: jaro_winkler, threshold: 0.80, m: 0.03}
      - {kind: different, m: 0.02}
  - name: first_name
    field: first_name
    levels:
      - {kind: exact, m: 0.86, tf: true}
      - {kind: nickname, m: 0.01}          # Jim ~ James, Pepe ~ José (built-in table)
      - {kind: jaro_winkler, threshold: 0.92, m: 0.07}
      - {kind: jaro_winkler, threshold: 0.80, m: 0.03}
      - {kind: different, m: 0.03}
  - name: phone
    field: phone
    levels:
      # Any valid phone shared. No "one digit off" level: consecutive numbers are common within
      # a family's contracts, so a near-miss says more about the household than about a typo.
      - {kind: exact, m: 0.85, tf: true}
      - {kind: different, m: 0.13}          # a changed or second number is common
  - name: email
    field: email
    levels:
      # No "one character off" level either: addresses are built from names, so two people
      # called Thomas Johnson have johnson75@ and johnson95@; a near-miss repeats the name evidence.
      - {kind: exact, m: 0.80, tf: true}
      - {kind: different, m: 0.20}
  - name: birthday
    field: birthday
    levels:
      - {kind: exact, m: 0.95, tf: true}
      - {kind: date_typo, m: 0.03}
      - {kind: different, m: 0.02}          # strong evidence against
  - name: company
    field: company
    levels:
      - {kind: exact, m: 0.80}
      - {kind: jaro_winkler, threshold: 0.90, m: 0.10}
      - {kind: different, m: 0.10}
  # Address of the first `addresses` entry, folded (width, case, spaces and punctuation gone).
  # u is set here rather than estimated: random pairs almost never share an address, but the
  # pairs blocking proposes often do without being one person (a family, a shared office), so
  # the estimate would make a shared address outweigh a different given name. With u at 1-3 %
  # a shared address is good evidence (+6 each), not proof; it never counts as person evidence
  # for auto-merge. (Measured: on a FEBRL-style base without phones or emails it lifts F1 at the
  # review threshold from 0.85 to 0.95; on the generated Japanese base it changes little.)
  - name: postal_code
    field: postal_code
    levels:
      - {kind: exact, m: 0.80, u: 0.01}
      - {kind: different, m: 0.20}
  - name: street
    field: street
    levels:
      - {kind: exact, m: 0.70, u: 0.01}
      - {kind: jaro_winkler, threshold: 0.90, m: 0.15, u: 0.03}
      - {kind: different, m: 0.15}

# Compare family/given names in both orientations and keep the better one (a record typed with
# the given name in last_name still matches).
allow_swapped_names: true

thresholds:
  # Pairs and clusters at or above this match probability are suggested for review.
  review: 0.65
  # Clusters at or above this confidence merge without review (`apply --auto`).
  auto_merge: 0.99

# Probability that two random customers of a franchise are one person: "estimate" computes it
# from the data each run; a number fixes it.
prior: estimate

clustering:
  # A cluster with more members than this is never auto-merged.
  max_auto_merge_cluster_size: 6
  # The over-merge guard: two members that contradict each other are never put in one cluster
  # through a chain of links; the cluster is split and sent to review.
  contradictions:
    different_birthday: true   # both birthdays known, not one typo apart
    different_name: true       # family and given names both entirely different
    different_given_name: true # same family name, different given names (parent and child)
  # Family members share a phone, a surname, often an address: that is the commonest false merge.
  # So every link of an auto-merged cluster must agree strongly on at least one of these
  # comparisons, which tell one person from another in the same household: a level whose
  # weight is at least auto_merge_evidence_min_weight bits (exact, or typo-close). A link that
  # rests on the shared phone and surname alone goes to review, however high its probability.
  auto_merge_needs_one_of: [first_name, birthday, email]
  auto_merge_evidence_min_weight: 2
  # ... and no link of it may disagree on these (their "different" level): two given names or
  # two birthdays under one phone are a household.
  auto_merge_vetoed_by: [first_name, birthday]

estimation:
  # Random pairs drawn to estimate u. More is steadier; 1,000,000 takes about a second.
  u_sample_size: 1000000
  # Smallest value share used by tf adjustment (caps the weight of a value seen once).
  tf_minimum: 0.000001
  # Seed of the random sampling: the same data and rules give the same result.
  seed: 42

# Which member of a cluster survives (the victor): the first criterion that tells members apart
# decides. Criteria: most_reservations, latest_visit, oldest_created, newest_updated,
# most_complete, lowest_id (always applied last, so the choice is deterministic).
victor:
  order: [most_reservations, latest_visit, oldest_created, lowest_id]

# How each top-level field of the merged customer is chosen. Policies: victor_unless_blank (the
# victor's value, else the first non-blank in victor order), most_frequent, most_recent (from the
# member updated last), longest, victor (keep the victor's; nothing is sent).
# `default` applies to the plain fields not listed (ids, timestamps and activity figures that the
# CRM maintains itself are never touched by it). Phones and emails are always united,
# deduplicated and written in E.164 with overwrite_phones / overwrite_emails.
# Every policy chooses among the cleanest values only: a value holding control or invisible
# characters (NUL, zero-width joiner or space, bidi controls) loses to one in full-width Latin
# or digits (Ｈｉｎａ), which loses to ordinary text in any script (Hina, 陽菜).
survivorship:
  default: victor
  fields:
    first_name: victor_unless_blank
    last_name: victor_unless_blank
    first_name_kana: victor_unless_blank
    last_name_kana: victor_unless_blank
    company_name: victor_unless_blank

"""#
}
