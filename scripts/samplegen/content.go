package main

import "github.com/argmap/argmap/argmap"

// The sample map's content: the article read as a debate coach would read
// it for a model answer. Every claim is written in our own words; the
// article's text stays outside the project, and each claim points at its
// passage by paragraph and sentence number only (see build.go).
//
// The verdict the map argues for (sample_test.go checks it): the thesis
// falls. Its spine is practical reasoning — Moscow's goal (stop the plans),
// its means (India) — that needs an unstated premise, that Moscow can keep
// India out of the West's camp, and the article itself defeats that
// premise: India cannot face China without the US (¶10), and it already
// sits in the Quad and takes American security support (¶7, ¶8). What
// the article offers for the premise shows what Moscow wants (¶9), not what
// it can do; India's likely refusal of the pact serves India's own
// strategic autonomy, not Moscow (the critic's undercutter, still open).
// The documented facts and the article's two concessions stand; the
// predictions and hedged opinions are questioned, and those that rest on
// the author's word alone fall to their critical questions.
//
// Layout: col and row are grid cells (280 × 240 map units, card centres),
// laid out by hand from the top: the thesis on row 0, the premises of an
// argument on the row below its target, objections beside what they
// attack, undercutters beside the premises of the step they attack.

// claimSpec is one claim of the sample map.
type claimSpec struct {
	key      string
	text     string
	para     int // paragraph of the article (1-based, split by blank lines)
	sent     int // sentence of that paragraph (1-based)
	col, row float64
	assess   argmap.Assessment
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
	comment  string
}

// challengeSpec is one doubt a critic raised.
type challengeSpec struct {
	key      string
	kind     argmap.ChallengeKind
	target   string // a claim or argument key
	argument string // the con argument the challenge added, or ""
	question int
	note     string
	answer   string // set: the challenge is answered
}

// Colours of the annotations: the spine of the article, and the critic's
// voice.
const (
	spineColor  = "#e0b000"
	criticColor = "#7b61c4"
)

// Assessments as a coach sets them: documented facts and reports of what
// someone said are accepted; predictions, interpretations and hedged
// opinions are questioned (they stand only on a reason that stands).
const (
	fact  = argmap.Accepted
	doubt = argmap.Questioned
)

// Outside sources for the critic's facts that the article does not give.
const (
	linkLavrov    = "https://www.indiatoday.in/world/story/nato-making-overtures-india-create-additional-problems-china-russia-sergei-lavrov-2323936-2023-01-20"
	linkHudson    = "https://www.hudson.org/foreign-policy/naipto-toward-a-eurasian-transoceanic-multilateral-collective-defense-alliance"
	linkGalwan    = "https://en.wikipedia.org/wiki/2020%E2%80%932021_China%E2%80%93India_skirmishes"
	linkQuad      = "https://en.wikipedia.org/wiki/Quadrilateral_Security_Dialogue"
	linkMalabar   = "https://en.wikipedia.org/wiki/Exercise_Malabar"
	linkIndiaUS   = "https://en.wikipedia.org/wiki/India%E2%80%93United_States_relations"
	linkIndiaRuss = "https://en.wikipedia.org/wiki/India%E2%80%93Russia_relations"
)

var claims = []claimSpec{
	// Row 0: the thesis.
	{key: "trump-card", text: "India is the best card Russia holds to thwart the West's plan for an Asian pact, a pact that does not exist yet.",
		para: 12, sent: 9, col: 18, row: 0, tags: []string{"thesis"}, color: spineColor,
		comment: "The thesis falls: it needs the unstated premise that Moscow can keep India out of the West's camp, and the article's own concessions (¶10) and India's ties to the US (¶7, ¶8) defeat that premise."},

	// Row 1: the spine's three premises, and the objections to the thesis
	// and to its conditional.
	{key: "india-decides", text: "If New Delhi stood with Beijing, every strategy of the West would fail.",
		para: 12, sent: 10, col: 18, row: 1, assess: doubt, tags: []string{"india"}, color: spineColor},
	{key: "overreach", text: "At most an Asian pact hangs on India; nothing is offered for 'every strategy' of the West failing with it.",
		para: 12, sent: 10, col: 19.5, row: 2, tags: []string{"critic"}, color: criticColor},
	{key: "russia-blocks", text: "Moscow will fight these plans, since they would draw China's support away from it and divide its attention.",
		para: 12, sent: 8, col: 13.5, row: 1, assess: doubt, tags: []string{"russia"}, color: spineColor},
	{key: "russia-pulls", text: "Russia can keep India from joining the West's side.",
		para: 9, sent: 1, col: 6, row: 1, assess: doubt, tags: []string{"unstated", "russia"}, color: spineColor,
		comment: "Unstated premise: the article never says it, but the thesis needs it. Anchored where the article has Moscow court India; ¶9 shows what Moscow wants, not what it can do."},
	{key: "far-fetched", text: "So New Delhi taking Beijing's side is far-fetched.",
		para: 12, sent: 10, col: 21, row: 0, tags: []string{"critic"}, color: criticColor},
	{key: "rivals", text: "India and China are rivals along a disputed border where their soldiers died in 2020.",
		para: 12, sent: 10, col: 21, row: 1, assess: fact, tags: []string{"critic"}, color: criticColor,
		links: []string{linkGalwan}},
	{key: "neutral-enough", text: "Moscow at least asks Asian states to stay neutral towards China and avoid provocations.",
		para: 11, sent: 2, col: 19.5, row: 1, assess: fact, tags: []string{"russia"},
		comment: "The article's fallback. It saves the thesis from the rivalry only by shrinking solidarity with Beijing (¶12) to neutrality, and India's neutrality is its own choice (see the undercutter of India's refusal)."},

	// Under the conditional: India as the swing state, and the pact.
	{key: "swing-power", text: "India, which neither the West nor Russia can count as its own, shapes Asia's future by its choices.",
		para: 7, sent: 3, col: 18.5, row: 2, assess: doubt, tags: []string{"india"}},
	{key: "us-wants-india", text: "In the author's own view, Washington will likely want India in the pact, with Japan, Australia and Britain.",
		para: 11, sent: 5, col: 17.5, row: 2, assess: doubt, tags: []string{"security"}},
	{key: "non-aligned", text: "India has held to non-alignment however hard the West has tried.",
		para: 8, sent: 1, col: 19.5, row: 3, assess: fact, tags: []string{"india"}},
	{key: "furthest", text: "India keeps further from NATO than Japan, South Korea, Australia or New Zealand do.",
		para: 8, sent: 8, col: 18.5, row: 3, assess: fact, tags: []string{"india"}},
	{key: "self-defence", text: "New Delhi trusts that it can defend itself against Beijing.",
		para: 8, sent: 7, col: 18.5, row: 4, assess: fact, tags: []string{"india", "tension"},
		comment: "A tension, not a rebuttal: ¶8 reports what New Delhi believes, ¶10 the author's judgement that India cannot resist China without the US. Both are drawn; neither attacks the other."},
	{key: "quad-pact", text: "The Quad may grow next into a collective-defence alliance for the Pacific.",
		para: 11, sent: 3, col: 17.5, row: 3, assess: doubt, tags: []string{"security"}},
	{key: "blueprints", text: "A paper at the Hudson Institute, an American think tank, proposes such a pact (NAIPTO).",
		para: 11, sent: 4, col: 17.5, row: 4.4, assess: fact, tags: []string{"security"}, links: []string{linkHudson}},
	{key: "only-concept", text: "So far the pact is only an idea: no government has proposed it officially.",
		para: 12, sent: 2, col: 16.5, row: 4, assess: fact, tags: []string{"security"},
		comment: "The article's own concession. It contradicts none of the predictions (a plan may come); it undercuts the step from one think tank's paper to a plan of Washington's."},
	{key: "author-expert", text: "The author is an Asia-Pacific specialist at ANKASAM, a think tank in Ankara.",
		para: 15, sent: 7, col: 16.5, row: 3, assess: fact, tags: []string{"author"}},

	// Under Moscow's opposition: what the pact would cost Russia, and
	// Moscow's view of NATO.
	{key: "targets-china", text: "A US-led Asian pact would be aimed at China, the author says without a doubt.",
		para: 12, sent: 5, col: 15.5, row: 2, assess: doubt, tags: []string{"china", "security"},
		comment: "Likely enough, but 'undoubtedly' is asserted, not shown: the critical question asks for the evidence."},
	{key: "split-strength", text: "Russia and China would then have to split their forces between their rivals.",
		para: 12, sent: 7, col: 14.25, row: 2, assess: doubt, tags: []string{"russia", "china"}},
	{key: "tied-down", text: "Russia is already locked in its struggle with NATO.",
		para: 12, sent: 4, col: 13.9, row: 3, assess: fact, tags: []string{"russia"}},
	{key: "china-leans", text: "The article also says the pact would make China lean more on Russia: a gain for Moscow.",
		para: 12, sent: 3, col: 14.875, row: 3, assess: doubt, tags: []string{"china"},
		comment: "A tension inside ¶12: the pact would both divide China from Russia and bind it closer. It does not contradict the split; it asks whether the good outweighs the bad for Moscow."},
	{key: "nato-threat", text: "Moscow counts NATO's advance, made at Russia's cost, as a danger to its security.",
		para: 6, sent: 3, col: 12.5, row: 2, assess: fact, tags: []string{"russia", "security"}},
	{key: "indivisible", text: "Moscow's 'indivisible security' principle: no state may buy its security at others' expense.",
		para: 6, sent: 2, col: 11.5, row: 3, assess: fact, tags: []string{"russia", "security"}},
	{key: "nato-partners", text: "NATO has new partnerships with Japan, South Korea, Australia and New Zealand.",
		para: 6, sent: 4, col: 10.5, row: 3, assess: fact, tags: []string{"security"}},
	{key: "lavrov", text: "Lavrov, Russia's foreign minister, says the West bent the Indo-Pacific idea to tie NATO to Asia.",
		para: 7, sent: 1, col: 12.5, row: 3, assess: fact, tags: []string{"russia"}, links: []string{linkLavrov}},

	// Under the unstated premise: what Moscow does, what binds it to
	// India, and what pulls India the other way.
	{key: "war-warning", text: "Moscow tells India and China that Western policy could drive them to war with each other.",
		para: 9, sent: 2, col: 11, row: 2, assess: fact, tags: []string{"russia"}},
	{key: "unite-asia", text: "Moscow's larger aim is to bring Asia's powers together.",
		para: 9, sent: 3, col: 10, row: 2, assess: fact, tags: []string{"russia"}},
	{key: "imperialism", text: "'Western imperialism' is what binds Russia, China and India together.",
		para: 9, sent: 7, col: 9, row: 2, assess: doubt, tags: []string{"russia"}},
	{key: "arms-energy", text: "India relies heavily on Russia for weapons and energy.",
		para: 8, sent: 4, col: 1, row: 3, assess: fact, tags: []string{"india", "russia"}},
	{key: "no-threat", text: "New Delhi has little reason to see Moscow as a threat.",
		para: 8, sent: 3, col: 2, row: 3, assess: fact, tags: []string{"india"}},
	{key: "ukraine", text: "The war in Ukraine ties Russia to China and has held up its arms deliveries: a weaker partner for India.",
		para: 10, sent: 3, col: 7, row: 2, assess: fact, tags: []string{"critic"}, color: criticColor,
		links: []string{linkIndiaRuss}},
	{key: "west-pitch", text: "So the West courts India with the 'China factor' instead: the US offers it security support against China.",
		para: 8, sent: 5, col: 2, row: 2, assess: fact, tags: []string{"india"}},
	{key: "quad-member", text: "India sits in the Quad with the US, Japan and Australia, which unsettles Moscow.",
		para: 7, sent: 2, col: 3, row: 2, assess: fact, tags: []string{"india", "security"}, links: []string{linkQuad}},
	{key: "defence-ties", text: "India and the US hold the Malabar naval exercises and have signed the LEMOA, COMCASA and BECA defence pacts.",
		para: 8, sent: 6, col: 1, row: 2, assess: fact, tags: []string{"critic"}, color: criticColor,
		links: []string{linkMalabar, linkIndiaUS}},
	{key: "wont-join", text: "It seems impossible for India to agree to the pact.",
		para: 11, sent: 6, col: 5, row: 2, assess: doubt, tags: []string{"india"},
		comment: "The author's judgement, hedged; it stands here on India's need to avoid conflict with China."},
	{key: "conflation", text: "India would stay out for its own sake: its refusal is strategic autonomy, not a card Moscow plays.",
		para: 10, sent: 6, col: 5, row: 0, tags: []string{"critic"}, color: criticColor},
	{key: "autonomy", text: "India steers its own course abroad and calls it strategic autonomy.",
		para: 10, sent: 6, col: 4, row: 0, assess: fact, tags: []string{"india"}},
	{key: "us-pressure", text: "Washington presses India too, as it presses its allies in Europe and Asia.",
		para: 10, sent: 5, col: 4, row: 3, assess: fact, tags: []string{"security"}},
	{key: "crises", text: "To win New Delhi over, the US may confront it with 'more' and 'larger' crises nearby.",
		para: 11, sent: 7, col: 3, row: 3, assess: doubt, tags: []string{"security"}},
	{key: "avoid-conflict", text: "New Delhi's only option is to avoid a clash with China and, where it can, stay on good terms with it.",
		para: 10, sent: 12, col: 5, row: 3, assess: doubt, tags: []string{"india", "china"}},
	{key: "needs-us", text: "Without the US, India cannot properly hold its own against China: it must lean on the West.",
		para: 10, sent: 11, col: 6, row: 4, assess: fact, tags: []string{"india", "china"},
		comment: "The article's own concession (¶10 says it twice). A coach holds the author to it: it defeats the premise that Moscow can keep India on its side."},
	{key: "indian-ocean", text: "China has pushed into the Indian Ocean through its ties with Sri Lanka and the Maldives.",
		para: 10, sent: 8, col: 6.5, row: 5, assess: fact, tags: []string{"china"}},
	{key: "needs-allies", text: "To answer China, say in the South China Sea, India would need closer work with the US and its allies.",
		para: 10, sent: 10, col: 5.5, row: 5, assess: fact, tags: []string{"india", "security"}},
}

// Scheme question indices in assets/schemes.json (0-based); sample_test.go
// checks each against the catalogue's wording.
const (
	cqTrustworthySource = 1 // position to know: is the source honest and trustworthy?
	cqOutweigh          = 2 // negative consequences: do good consequences outweigh the bad?
	cqCheckableEvidence = 5 // expert opinion: is the assertion based on evidence that can be checked?
)

var arguments = []argSpec{
	// The spine: practical reasoning, Moscow's goal and means, and the
	// unstated premise that the means is in Moscow's hands.
	{key: "spine", premises: []string{"russia-blocks", "russia-pulls", "india-decides"}, target: "trump-card", pol: argmap.Pro, scheme: "practical-reasoning",
		comment: "Goal: stop the West's plans. Means: keep India from them. The third premise says the means works."},
	{key: "obj-rivals", premises: []string{"far-fetched"}, target: "trump-card", pol: argmap.Con},
	{key: "rivalry", premises: []string{"rivals"}, target: "far-fetched", pol: argmap.Pro},
	{key: "uc-neutral", premises: []string{"neutral-enough"}, target: "obj-rivals", pol: argmap.Con},

	{key: "obj-overreach", premises: []string{"overreach"}, target: "india-decides", pol: argmap.Con},
	{key: "decides", premises: []string{"swing-power", "us-wants-india"}, target: "india-decides", pol: argmap.Pro},
	{key: "by-non-alignment", premises: []string{"non-aligned"}, target: "swing-power", pol: argmap.Pro},
	{key: "by-distance", premises: []string{"furthest"}, target: "swing-power", pol: argmap.Pro},
	{key: "own-defence", premises: []string{"self-defence"}, target: "furthest", pol: argmap.Pro},
	{key: "quad", premises: []string{"quad-pact"}, target: "us-wants-india", pol: argmap.Pro},
	{key: "author-on-us", premises: []string{"author-expert"}, target: "us-wants-india", pol: argmap.Pro, scheme: "expert-opinion"},
	{key: "paper", premises: []string{"blueprints"}, target: "quad-pact", pol: argmap.Pro, scheme: "sign"},
	{key: "uc-concept", premises: []string{"only-concept"}, target: "paper", pol: argmap.Con},

	{key: "cost-to-russia", premises: []string{"targets-china", "split-strength"}, target: "russia-blocks", pol: argmap.Pro, scheme: "negative-consequences"},
	{key: "uc-leans", premises: []string{"china-leans"}, target: "cost-to-russia", pol: argmap.Con},
	{key: "author-on-china", premises: []string{"author-expert"}, target: "targets-china", pol: argmap.Pro, scheme: "expert-opinion"},
	{key: "two-fronts", premises: []string{"tied-down"}, target: "split-strength", pol: argmap.Pro, scheme: "cause-to-effect"},
	{key: "threat", premises: []string{"nato-threat"}, target: "russia-blocks", pol: argmap.Pro},
	{key: "principle", premises: []string{"indivisible", "nato-partners"}, target: "nato-threat", pol: argmap.Pro},
	{key: "lavrov-says", premises: []string{"lavrov"}, target: "nato-threat", pol: argmap.Pro, scheme: "position-to-know"},

	// Objections to the unstated premise come first, so that their claims
	// are drawn as objections.
	{key: "obj-needs-us", premises: []string{"needs-us"}, target: "russia-pulls", pol: argmap.Con},
	{key: "obj-ties", premises: []string{"quad-member", "west-pitch", "defence-ties"}, target: "russia-pulls", pol: argmap.Con},
	{key: "moscow-plays", premises: []string{"war-warning", "unite-asia", "imperialism"}, target: "russia-pulls", pol: argmap.Pro,
		comment: "What Moscow intends, not what it can do; and it leans on the author's own word that 'Western imperialism' binds the three."},
	{key: "obj-ukraine", premises: []string{"ukraine"}, target: "russia-pulls", pol: argmap.Con},
	{key: "pitch", premises: []string{"no-threat", "arms-energy"}, target: "west-pitch", pol: argmap.Pro,
		comment: "In ¶8 the dependence explains why the West's anti-Russia pitch failed. It is not drawn as Moscow's leverage over India: the article does not argue that, and buying Russian arms is not following Russian strategy; at most it would be weak, convergent support."},
	{key: "refusal", premises: []string{"wont-join"}, target: "russia-pulls", pol: argmap.Pro},
	{key: "uc-conflation", premises: []string{"conflation"}, target: "refusal", pol: argmap.Con},
	{key: "own-line", premises: []string{"autonomy"}, target: "conflation", pol: argmap.Pro},
	{key: "avoid", premises: []string{"avoid-conflict"}, target: "wont-join", pol: argmap.Pro},
	{key: "only-way", premises: []string{"needs-us"}, target: "avoid-conflict", pol: argmap.Pro},
	{key: "obj-pressure", premises: []string{"us-pressure", "crises"}, target: "wont-join", pol: argmap.Con},
	{key: "china-pressure", premises: []string{"indian-ocean", "needs-allies"}, target: "needs-us", pol: argmap.Pro},
}

var challenges = []challengeSpec{
	{key: "rivals", kind: argmap.Object, target: "trump-card", argument: "obj-rivals",
		note:   "Could India really side with China, its rival on a deadly border?",
		answer: "Undercut: Moscow asks only for neutrality towards China (¶11) — at the price of shrinking the thesis."},
	{key: "overreach", kind: argmap.Object, target: "india-decides", argument: "obj-overreach",
		note: "Does every Western strategy really hang on New Delhi?"},
	{key: "needs-us", kind: argmap.Object, target: "russia-pulls", argument: "obj-needs-us",
		note: "The article's own concession: how can Moscow hold back a state that needs Washington against China?"},
	{key: "ties", kind: argmap.Object, target: "russia-pulls", argument: "obj-ties",
		note: "India is already in the Quad and takes US security support: it is half in the West's camp."},
	{key: "conflation", kind: argmap.Undercut, target: "refusal", argument: "uc-conflation",
		note: "India refusing the pact serves India; the article counts it as Russia's card."},
	{key: "ukraine", kind: argmap.Object, target: "russia-pulls", argument: "obj-ukraine",
		note: "Since 2022 Russia leans on China and is late with India's arms: can it hold India back?"},
	{key: "outweigh", kind: argmap.CriticalQuestion, target: "cost-to-russia", argument: "uc-leans", question: cqOutweigh,
		note: "The article says the pact would also make China lean on Russia (¶12): does that gain outweigh the split?"},
	{key: "lavrov", kind: argmap.CriticalQuestion, target: "lavrov-says", question: cqTrustworthySource,
		note:   "Is Lavrov a neutral source? He speaks for one side.",
		answer: "On what Moscow thinks, Russia's foreign minister is the best-placed source; the claim is Moscow's view, not the West's motives."},
	{key: "hedge-opinion", kind: argmap.CriticalQuestion, target: "author-on-us", question: cqCheckableEvidence,
		note: "The author offers this as his own opinion, and only as likely: what evidence says Washington wants it?"},
	{key: "hedge-undoubtedly", kind: argmap.CriticalQuestion, target: "author-on-china", question: cqCheckableEvidence,
		note: "'Undoubtedly' is the author's word, not evidence."},
	{key: "imperialism", kind: argmap.Question, target: "imperialism",
		note: "Does the author report Moscow's framing or adopt it? As his own claim it needs evidence, and India sits in the Quad."},
	{key: "crises", kind: argmap.Question, target: "crises",
		note: "What shows that Washington would stir up crises around India? The article gives nothing."},
}
