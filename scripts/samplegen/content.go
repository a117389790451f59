package main

import "github.com/argmap/argmap/argmap"

// The sample map's content. Every claim is written in our own words; the
// article's text stays outside the project, and each claim points at its
// passage by paragraph and sentence number only (see build.go).
//
// Layout: col and row are grid cells (280 × 220 map units, card centres).
// The main conclusion is on row 0; the premises of an argument sit on the
// row below its target; objections and rebuttals sit beside what they
// attack, on the same row.

// claimSpec is one claim of the sample map.
type claimSpec struct {
	key      string
	text     string
	para     int // paragraph of the article (1-based, split by blank lines)
	sent     int // sentence of that paragraph (1-based)
	col, row float64
	tags     []string
	color    string
	comment  string
	links    []string
}

// argSpec is one argument: its premises (claim keys) and its target (a
// claim key, or an argument key for an undercutter).
type argSpec struct {
	key      string
	premises []string
	target   string
	pol      argmap.Polarity
	scheme   string
}

// challengeSpec is one doubt a critic raised.
type challengeSpec struct {
	key      string
	kind     argmap.ChallengeKind
	target   string // a claim or argument key
	argument string // the con argument the challenge added, or ""
	question int
	note     string
}

// Colours of the annotations: the spine of the article, and the critic's
// voice.
const (
	spineColor  = "#e0b000"
	criticColor = "#7b61c4"
)

var claims = []claimSpec{
	// Row 0: the thesis, and a critic's objection to it with the article's answer.
	{key: "trump-card", text: "India is Russia's trump card: the best means Moscow has to defeat a US-led alliance in Asia.",
		para: 12, sent: 9, col: 5, row: 0, tags: []string{"india", "russia"}, color: spineColor,
		comment: "The article's spine: everything else is offered in support of this."},
	{key: "rivals", text: "India and China are rivals with a disputed, deadly border: Indian solidarity with Beijing is far-fetched.",
		para: 12, sent: 10, col: 7, row: 0, tags: []string{"critic", "india"}, color: criticColor},
	{key: "neutral-enough", text: "Moscow asks only that Asian states keep out of moves against China, not that India ally with Beijing.",
		para: 11, sent: 2, col: 8, row: 0, tags: []string{"russia"}},

	// Row 1: the reasons for the thesis.
	{key: "india-decides", text: "Which side India takes decides whether a US-led Asian alliance (NAIPTO) can contain China.",
		para: 12, sent: 10, col: 0, row: 1, tags: []string{"india", "security"}, color: spineColor},
	{key: "without-india", text: "Japan, Australia, the Philippines and the US could hem China in at sea without India.",
		para: 11, sent: 5, col: -1, row: 1, tags: []string{"critic", "security"}, color: criticColor},
	{key: "russia-blocks", text: "Moscow will work to block any US-led defence pact in Asia.",
		para: 12, sent: 8, col: 4, row: 1, tags: []string{"russia", "security"}, color: spineColor},
	{key: "war-warning", text: "Moscow warns India and China that Western policy could drive them into war with each other.",
		para: 9, sent: 2, col: -3, row: 1, tags: []string{"russia"}},
	{key: "unite-asia", text: "Moscow's wider aim is to bring Asia's powers together against the West.",
		para: 9, sent: 3, col: -2, row: 1, tags: []string{"russia"}},
	{key: "russia-pulls", text: "Russia can keep India from joining the Western camp.",
		para: 9, sent: 1, col: 9.5, row: 1, tags: []string{"russia", "india"}, color: spineColor},
	{key: "needs-us", text: "India cannot stand up to China properly without American help.",
		para: 10, sent: 11, col: 11.5, row: 1, tags: []string{"india", "china"},
		comment: "The article's own concession: it cuts against India siding with Russia."},
	{key: "self-defence", text: "New Delhi believes it can defend itself against Beijing on its own.",
		para: 8, sent: 7, col: 12.5, row: 1, tags: []string{"india"}},
	{key: "avoid-conflict", text: "India's way out is to avoid conflict with China and keep relations with it friendly.",
		para: 10, sent: 12, col: 12.5, row: 0, tags: []string{"india", "china"}},

	// Row 2.
	{key: "swing-power", text: "India is a swing power: neither the West nor Russia can count it as its own.",
		para: 7, sent: 3, col: -0.5, row: 2, tags: []string{"india"}},
	{key: "us-wants-india", text: "Washington would want India in the alliance, with Japan, Australia and Britain.",
		para: 11, sent: 5, col: 1, row: 2, tags: []string{"security"}},
	{key: "targets-china", text: "A US-led Asian pact would be aimed at China above all.",
		para: 12, sent: 5, col: 2.5, row: 2, tags: []string{"china", "security"}},
	{key: "split-strength", text: "Russia and China would then have to divide their strength between two sets of rivals.",
		para: 12, sent: 7, col: 3.5, row: 2, tags: []string{"russia", "china"}},
	{key: "china-leans", text: "The article itself says such a pact would make China lean more on Russia: a gain for Moscow, not a loss.",
		para: 12, sent: 3, col: 4.5, row: 2, tags: []string{"critic"}, color: criticColor,
		comment: "A tension inside the article: ¶12 gives the pact two opposite effects on the Russia–China tie."},
	{key: "nato-threat", text: "Moscow sees NATO's advance into the Asia-Pacific as a threat to Russia's own security.",
		para: 6, sent: 3, col: 6.5, row: 2, tags: []string{"russia", "security"}},
	{key: "not-binding", text: "Buying Russian arms and oil does not make India follow Russia's strategy; it buys to serve its own ends.",
		para: 8, sent: 4, col: 7.5, row: 2, tags: []string{"critic", "india"}, color: criticColor},
	{key: "arms-energy", text: "India relies heavily on Russia for weapons and energy.",
		para: 8, sent: 4, col: 8.5, row: 2, tags: []string{"india", "russia"}},
	{key: "no-threat", text: "New Delhi has little reason to see Moscow as a threat.",
		para: 8, sent: 3, col: 9.5, row: 2, tags: []string{"india"}},
	{key: "wont-join", text: "India is unlikely to agree to join NAIPTO.",
		para: 11, sent: 6, col: 10.5, row: 2, tags: []string{"india"},
		comment: "The author offers this as personal judgement, with no evidence given."},
	{key: "indian-ocean", text: "China has pushed into the Indian Ocean through its ties with Sri Lanka and the Maldives.",
		para: 10, sent: 8, col: 11.75, row: 2, tags: []string{"china"}},
	{key: "needs-allies", text: "Answering China, say in the South China Sea, would take closer work with the US and its allies.",
		para: 10, sent: 10, col: 12.75, row: 2, tags: []string{"india", "security"}},

	// Row 3.
	{key: "non-aligned", text: "India has kept to non-alignment despite long Western courting.",
		para: 8, sent: 1, col: -1, row: 3, tags: []string{"india"}},
	{key: "furthest", text: "India keeps further from NATO than Japan, South Korea, Australia or New Zealand do.",
		para: 8, sent: 8, col: 0, row: 3, tags: []string{"india"}},
	{key: "quad-pact", text: "The Quad, India included, may be Washington's first step toward a collective-defence pact in the Pacific.",
		para: 11, sent: 3, col: 1, row: 3, tags: []string{"security"}},
	{key: "only-concept", text: "So far the Asian alliance is only an idea: no government has formally proposed it.",
		para: 12, sent: 2, col: 2, row: 3, tags: []string{"security"},
		comment: "The article's own concession."},
	{key: "blueprints", text: "American policy circles already publish blueprints for such a pact.",
		para: 11, sent: 4, col: 3, row: 3, tags: []string{"security"},
		links: []string{"https://www.hudson.org/foreign-policy/naipto-toward-a-eurasian-transoceanic-multilateral-collective-defense-alliance"}},
	{key: "tied-down", text: "Russia is already tied down in its confrontation with NATO.",
		para: 12, sent: 4, col: 4, row: 3, tags: []string{"russia"}},
	{key: "china-drawn", text: "China would be drawn into a struggle against the new pact.",
		para: 12, sent: 6, col: 5, row: 3, tags: []string{"china"}},
	{key: "indivisible", text: "Moscow's 'indivisible security' principle: no state may buy its own security at others' cost.",
		para: 6, sent: 2, col: 6, row: 3, tags: []string{"russia", "security"}},
	{key: "nato-partners", text: "NATO is reaching into the Asia-Pacific through new partnerships with Japan, South Korea, Australia and New Zealand.",
		para: 6, sent: 4, col: 7, row: 3, tags: []string{"security"}},

	// Row 4.
	{key: "lavrov", text: "Lavrov, Russia's foreign minister, says the West bent the Indo-Pacific idea to tie NATO to Asia.",
		para: 7, sent: 1, col: 7, row: 4, tags: []string{"russia"},
		links: []string{"https://www.indiatoday.in/world/story/nato-making-overtures-india-create-additional-problems-china-russia-sergei-lavrov-2323936-2023-01-20"}},
}

var arguments = []argSpec{
	// The spine: three premises that only work together.
	{key: "spine", premises: []string{"india-decides", "russia-blocks", "russia-pulls"}, target: "trump-card", pol: argmap.Pro},
	{key: "moscow-plays", premises: []string{"war-warning", "unite-asia"}, target: "trump-card", pol: argmap.Pro},
	{key: "obj-rivals", premises: []string{"rivals"}, target: "trump-card", pol: argmap.Con},
	{key: "reb-neutral", premises: []string{"neutral-enough"}, target: "rivals", pol: argmap.Con},

	{key: "decides", premises: []string{"swing-power", "us-wants-india"}, target: "india-decides", pol: argmap.Pro},
	{key: "obj-without-india", premises: []string{"without-india"}, target: "india-decides", pol: argmap.Con},
	{key: "by-non-alignment", premises: []string{"non-aligned"}, target: "swing-power", pol: argmap.Pro},
	{key: "by-distance", premises: []string{"furthest"}, target: "swing-power", pol: argmap.Pro},
	{key: "quad", premises: []string{"quad-pact"}, target: "us-wants-india", pol: argmap.Pro},
	{key: "obj-concept", premises: []string{"only-concept"}, target: "quad-pact", pol: argmap.Con},
	{key: "reb-blueprints", premises: []string{"blueprints"}, target: "only-concept", pol: argmap.Con},

	{key: "cost-to-russia", premises: []string{"targets-china", "split-strength"}, target: "russia-blocks", pol: argmap.Pro, scheme: "negative-consequences"},
	{key: "threat", premises: []string{"nato-threat"}, target: "russia-blocks", pol: argmap.Pro},
	{key: "two-fronts", premises: []string{"tied-down", "china-drawn"}, target: "split-strength", pol: argmap.Pro},
	{key: "obj-leans", premises: []string{"china-leans"}, target: "split-strength", pol: argmap.Con},
	{key: "principle", premises: []string{"indivisible", "nato-partners"}, target: "nato-threat", pol: argmap.Pro},
	{key: "lavrov-says", premises: []string{"lavrov"}, target: "nato-partners", pol: argmap.Pro, scheme: "expert-opinion"},

	{key: "leverage", premises: []string{"arms-energy", "no-threat"}, target: "russia-pulls", pol: argmap.Pro},
	{key: "undercut-leverage", premises: []string{"not-binding"}, target: "leverage", pol: argmap.Con},
	{key: "refusal", premises: []string{"wont-join"}, target: "russia-pulls", pol: argmap.Pro},
	{key: "obj-needs-us", premises: []string{"needs-us"}, target: "russia-pulls", pol: argmap.Con},
	{key: "reb-self-defence", premises: []string{"self-defence"}, target: "needs-us", pol: argmap.Con},
	{key: "reb-avoid", premises: []string{"avoid-conflict"}, target: "needs-us", pol: argmap.Con},
	{key: "china-pressure", premises: []string{"indian-ocean", "needs-allies"}, target: "needs-us", pol: argmap.Pro},
}

// expertTrustworthiness is the index of the trustworthiness question ("Is
// the expert personally reliable, free of a conflict of interest?") among
// the critical questions of expert opinion in assets/schemes.json (Walton's
// order: expertise, field, opinion, trustworthiness, consistency, backup
// evidence). The test checks it against the catalogue.
const expertTrustworthiness = 3

var challenges = []challengeSpec{
	{key: "rivals", kind: argmap.Object, target: "trump-card", argument: "obj-rivals",
		note: "Could India really side with China, its rival on a disputed border?"},
	{key: "without-india", kind: argmap.Object, target: "india-decides", argument: "obj-without-india",
		note: "Does containing China at sea need India at all?"},
	{key: "not-binding", kind: argmap.Undercut, target: "leverage", argument: "undercut-leverage",
		note: "Dependence on Russian arms does not make India follow Russian strategy."},
	{key: "china-leans", kind: argmap.Object, target: "split-strength", argument: "obj-leans",
		note: "The article says elsewhere that the pact would bind China closer to Russia."},
	{key: "lavrov-bias", kind: argmap.CriticalQuestion, target: "lavrov-says", question: expertTrustworthiness,
		note: "Is Lavrov a neutral source? As Russia's foreign minister he speaks for one side."},
}
