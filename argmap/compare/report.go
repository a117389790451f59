package compare

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// Verdict is how a student drew one of the model's relations.
type Verdict string

// Verdicts of a relation.
const (
	Correct         Verdict = "correct"
	WrongPolarity   Verdict = "wrong polarity"   // the right two claims, support for attack or back
	Reversed        Verdict = "reversed"         // the arrow points the other way
	WrongConclusion Verdict = "wrong conclusion" // the premise leads to another claim
	Missing         Verdict = "missing"
	Extra           Verdict = "extra" // a student relation the model lacks
)

// RelationResult is one relation of the model (or, for Extra, of the
// student) with its verdict, described in the model's words where the
// claims are paired.
type RelationResult struct {
	Verdict Verdict
	Text    string
}

// Metrics are the standard measures of argument mining for two analyses
// of one text, the model taken as the gold standard.
type Metrics struct {
	ClaimP, ClaimR, ClaimF1 float64
	RelP, RelR, RelF1       float64
	// Kappa is Cohen's κ over the relation label (support, attack or none)
	// of every ordered pair of claims (paired claims count once).
	Kappa float64
}

// Grade is how a student's map compares with the model answer.
type Grade struct {
	Name   string
	Found  []*argmap.Claim // model claims the student has (by ID, wording or structure)
	Missed []*argmap.Claim // model claims the student lacks
	Extra  []*argmap.Claim // student claims the model lacks
	Placed int             // found claims with a relation drawn as in the model
	// Misplaced are found claims without a relation drawn as in the model
	// (nor the main claim as the main claim), or that say the opposite.
	Misplaced []*argmap.Claim
	Links     int // model relations the student drew correctly
	AllLink   int // model relations in all
	// Wrong lists the model's relations the student drew with the wrong
	// polarity, reversed or to the wrong conclusion.
	Wrong     []string
	Relations []RelationResult
	Matching  Matching
	Copied    int // pairs copied word for word
	Negated   int // pairs where the student says the opposite
	Uncertain int
	Metrics   Metrics
	// Score in [0, 100]; see ScoreRule.
	Score float64
}

// ScoreRule says how Score is made, for the report.
const ScoreRule = "Score: 40% for the model's claims, each in full where it stands in the right place (a relation to it drawn as in the model, or the main claim as a main claim) and a quarter where it stands elsewhere or nowhere; 60% for the model's relations drawn correctly; less half a relation's worth for each relation drawn with the wrong polarity, reversed or to the wrong conclusion. A claim the student negates earns nothing."

// relation is one premise → claim link of a map with its polarity.
type relation struct {
	from, to argmap.ID
	pol      argmap.Polarity
}

// relations lists the claim-to-claim links of a map; an undercutter counts
// as attacking the conclusion of the inference it undercuts.
func relations(m *argmap.Map) []relation {
	var rs []relation
	for _, a := range m.Arguments {
		to := a.Target
		if t := m.Argument(to); t != nil {
			to = t.Target
		}
		for _, p := range a.Premises {
			if p != to {
				rs = append(rs, relation{p, to, a.Polarity})
			}
		}
	}
	return rs
}

type link struct{ from, to argmap.ID }

// Assess grades a student's map against the model.
func Assess(model, student *argmap.Map, name string) Grade {
	return AssessWith(model, student, name, nil)
}

// AssessWith grades a student's map with a teacher's overrides of the
// pairing.
func AssessWith(model, student *argmap.Map, name string, overrides []Override) Grade {
	g := Grade{Name: name}
	mt := MatchWith(model, student, overrides)
	g.Matching = mt
	negated := map[argmap.ID]bool{}
	for _, p := range mt.Pairs {
		if p.Negated {
			negated[p.A] = true
			g.Negated++
		}
		if p.Verbatim {
			g.Copied++
		}
		if p.Uncertain {
			g.Uncertain++
		}
	}
	for _, c := range model.Claims {
		if _, ok := mt.AtoB[c.ID]; ok {
			g.Found = append(g.Found, c)
		} else {
			g.Missed = append(g.Missed, c)
		}
	}
	for _, c := range student.Claims {
		if _, ok := mt.BtoA[c.ID]; !ok {
			g.Extra = append(g.Extra, c)
		}
	}
	srels := relations(student)
	have := make(map[link]argmap.Polarity, len(srels))
	from := map[argmap.ID][]argmap.ID{}
	for _, r := range srels {
		if _, dup := have[link{r.from, r.to}]; !dup {
			have[link{r.from, r.to}] = r.pol
			from[r.from] = append(from[r.from], r.to)
		}
	}
	usedS := map[link]bool{}
	cursor := map[argmap.ID]int{}
	placed := map[argmap.ID]bool{}
	mrels := relations(model)
	wrongs := 0
	for _, r := range mrels {
		g.AllLink++
		desc := fmt.Sprintf("%q %s %q", clip(text(model, r.from)), verb(r.pol), clip(text(model, r.to)))
		f, ok1 := mt.AtoB[r.from]
		t, ok2 := mt.AtoB[r.to]
		v := Missing
		if ok1 && ok2 {
			if pol, ok := have[link{f, t}]; ok {
				usedS[link{f, t}] = true
				if pol == r.pol {
					v = Correct
				} else {
					v = WrongPolarity
				}
			} else if _, ok := have[link{t, f}]; ok {
				usedS[link{t, f}] = true
				v = Reversed
			}
		}
		if v == Missing && ok1 {
			// The premise leads elsewhere: the first of its student relations
			// not yet accounted for. (None leads to t, or it would have been
			// found above.) A cursor per premise keeps a hub linear.
			tos := from[f]
			k := cursor[f]
			for k < len(tos) && usedS[link{f, tos[k]}] {
				k++
			}
			if k < len(tos) {
				usedS[link{f, tos[k]}] = true
				v = WrongConclusion
				desc += fmt.Sprintf(" (drawn to %q)", clip(text(student, tos[k])))
				k++
			}
			cursor[f] = k
		}
		switch v {
		case Correct:
			g.Links++
			placed[r.from], placed[r.to] = true, true
		case WrongPolarity, Reversed, WrongConclusion:
			wrongs++
			g.Wrong = append(g.Wrong, string(v)+": "+desc)
		}
		g.Relations = append(g.Relations, RelationResult{v, desc})
	}
	for _, r := range srels {
		if !usedS[link{r.from, r.to}] {
			usedS[link{r.from, r.to}] = true
			g.Relations = append(g.Relations, RelationResult{Extra,
				fmt.Sprintf("%q %s %q", clip(text(student, r.from)), verb(r.pol), clip(text(student, r.to)))})
		}
	}
	// The main claim stands in the right place as a main claim.
	mroles, sroles := model.Roles(), student.Roles()
	for _, c := range model.Claims {
		if mroles[c.ID] == argmap.RoleMain {
			if s, ok := mt.AtoB[c.ID]; ok && sroles[s] == argmap.RoleMain {
				placed[c.ID] = true
			}
		}
	}
	credit := 0.0
	for _, c := range g.Found {
		switch {
		case negated[c.ID]:
			g.Misplaced = append(g.Misplaced, c)
		case placed[c.ID]:
			g.Placed++
			credit++
		default:
			credit += 0.25
			g.Misplaced = append(g.Misplaced, c)
		}
	}
	claims, links, penalty := 1.0, 1.0, 0.0
	if len(model.Claims) > 0 {
		claims = credit / float64(len(model.Claims))
	}
	if g.AllLink > 0 {
		links = float64(g.Links) / float64(g.AllLink)
		penalty = float64(wrongs) / float64(g.AllLink)
	}
	g.Score = math.Max(0, math.Round((40*claims+60*links-30*penalty)*10)/10)
	g.Metrics = metrics(model, student, mt, len(g.Found)-g.Negated, g.Links, len(srels), g.AllLink, mrels, srels)
	return g
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// metrics computes precision, recall and F1 of claims and relations and
// Cohen's κ. The pairs without a relation on either side are counted, not
// listed, so κ costs time linear in the relations.
func metrics(model, student *argmap.Map, mt Matching, claimTP, relTP, nS, nM int, mrels, srels []relation) Metrics {
	var m Metrics
	m.ClaimP, m.ClaimR = ratio(claimTP, len(student.Claims)), ratio(claimTP, len(model.Claims))
	m.ClaimF1 = f1(m.ClaimP, m.ClaimR)
	m.RelP, m.RelR = ratio(relTP, nS), ratio(relTP, nM)
	m.RelF1 = f1(m.RelP, m.RelR)
	// Units: the model's claims (a paired student claim is the same unit)
	// and the student's unpaired claims.
	unit := func(id argmap.ID) argmap.ID {
		if a, ok := mt.BtoA[id]; ok {
			return a
		}
		return id
	}
	n := float64(len(model.Claims) + len(student.Claims) - len(mt.Pairs))
	label := func(p argmap.Polarity) int {
		if p == argmap.Con {
			return 2
		}
		return 1
	}
	labels := map[link][2]int{}
	for _, r := range mrels {
		k := link{r.from, r.to}
		if l := labels[k]; l[0] == 0 {
			l[0] = label(r.pol)
			labels[k] = l
		}
	}
	for _, r := range srels {
		k := link{unit(r.from), unit(r.to)}
		if l := labels[k]; l[1] == 0 {
			l[1] = label(r.pol)
			labels[k] = l
		}
	}
	var conf [3][3]float64
	for _, l := range labels {
		conf[l[0]][l[1]]++
	}
	total := n * (n - 1)
	if total <= 0 {
		return m
	}
	conf[0][0] = total - float64(len(labels))
	var po, pe float64
	for i := 0; i < 3; i++ {
		po += conf[i][i]
		var row, col float64
		for j := 0; j < 3; j++ {
			row += conf[i][j]
			col += conf[j][i]
		}
		pe += row * col
	}
	po /= total
	pe /= total * total
	if pe < 1 {
		m.Kappa = (po - pe) / (1 - pe)
	} else {
		m.Kappa = 1
	}
	return m
}

func verb(p argmap.Polarity) string {
	if p == argmap.Con {
		return "attacks"
	}
	return "supports"
}

func text(m *argmap.Map, id argmap.ID) string {
	if c := m.Claim(id); c != nil {
		return c.Text
	}
	return id.String()[:8]
}

// MetricNotes explain each measure in one line, for the report.
var MetricNotes = []string{
	"Claim precision: the share of the student's claims that are the model's; recall: the share of the model's claims the student has; F1: their harmonic mean.",
	"Relation precision: the share of the student's relations drawn as in the model (same claims, same direction, same polarity); recall: the share of the model's relations the student drew so; F1: their harmonic mean.",
	"Cohen's κ: agreement on the label (supports, attacks, none) of every ordered pair of claims, beyond what chance would give (1 = the same, 0 = chance).",
	"CASS, the Combined Argument Similarity Score, is not computed: its published definition combines segmentation and dialogical layers that maps of ready-made claims do not have, and this tool does not guess at it.",
}

// WriteReport writes a teacher's Markdown report: a summary table of the
// students with the measures, what most students missed, then per student
// every pairing with its similarity (uncertain ones flagged), the claims
// missed and extra, and every relation that was not drawn as in the model,
// labelled.
func WriteReport(w io.Writer, model *argmap.Map, grades []Grade) error {
	var b strings.Builder
	title := model.Meta.Title
	if title == "" {
		title = "the model map"
	}
	fmt.Fprintf(&b, "# Comparison with %s\n\n", title)
	fmt.Fprintf(&b, "The model has %d claims and %d relations. Claims are paired by ID where the student started from the\n", len(model.Claims), len(relations(model)))
	fmt.Fprintf(&b, "model's file; otherwise by wording (stemmed content words weighed by rarity, and letter trigrams: similarity ≥ %.2f,\n", Threshold)
	fmt.Fprintf(&b, "≥ %.2f to be sure), and then through structure: a claim in the same place next to claims already paired.\n", Confident)
	b.WriteString(ScoreRule + "\n\n")
	for _, n := range MetricNotes {
		b.WriteString("- " + n + "\n")
	}
	b.WriteString("\n| student | score | claims found | in place | missed | extra | relations | wrong | uncertain | copied | claim P/R/F1 | relation P/R/F1 | κ |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, g := range grades {
		m := g.Metrics
		fmt.Fprintf(&b, "| %s | %.1f | %d/%d | %d | %d | %d | %d/%d | %d | %d | %d | %.2f/%.2f/%.2f | %.2f/%.2f/%.2f | %.2f |\n",
			cell(g.Name), g.Score, len(g.Found), len(model.Claims), g.Placed, len(g.Missed), len(g.Extra), g.Links, g.AllLink,
			len(g.Wrong), g.Uncertain, g.Copied, m.ClaimP, m.ClaimR, m.ClaimF1, m.RelP, m.RelR, m.RelF1, m.Kappa)
	}
	if len(grades) > 1 {
		writeClassSummary(&b, model, grades)
	}
	for _, g := range grades {
		writeStudent(&b, model, g)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeClassSummary lists the model's claims by how many students missed
// them or did not place them as the model does, most first.
func writeClassSummary(b *strings.Builder, model *argmap.Map, grades []Grade) {
	missed, misplaced := map[argmap.ID]int{}, map[argmap.ID]int{}
	for _, g := range grades {
		for _, c := range g.Missed {
			missed[c.ID]++
		}
		for _, c := range g.Misplaced {
			misplaced[c.ID]++
		}
	}
	cs := append([]*argmap.Claim(nil), model.Claims...)
	sort.SliceStable(cs, func(i, j int) bool {
		return missed[cs[i].ID]+misplaced[cs[i].ID] > missed[cs[j].ID]+misplaced[cs[j].ID]
	})
	fmt.Fprintf(b, "\n## What the class missed\n\nOf %d students: how many lack each claim of the model, and how many have it but not where the model has it (no relation to it drawn as in the model, or its opposite).\n\n", len(grades))
	b.WriteString("| model claim | missed | not in place |\n|---|---|---|\n")
	for _, c := range cs {
		if missed[c.ID]+misplaced[c.ID] == 0 {
			break
		}
		fmt.Fprintf(b, "| %s | %d | %d |\n", cell(clip(c.Text)), missed[c.ID], misplaced[c.ID])
	}
}

func writeStudent(b *strings.Builder, model *argmap.Map, g Grade) {
	fmt.Fprintf(b, "\n## %s — %.1f\n", g.Name, g.Score)
	if g.Copied > 0 {
		fmt.Fprintf(b, "\n**Copied word for word:** %d claims have the model's exact text.\n", g.Copied)
	}
	if len(g.Matching.Pairs) > 0 {
		b.WriteString("\n| model claim | student claim | similarity | paired by | note |\n|---|---|---|---|---|\n")
		byA := make(map[argmap.ID]Pair, len(g.Matching.Pairs))
		for _, p := range g.Matching.Pairs {
			byA[p.A] = p
		}
		for _, c := range model.Claims {
			p, ok := byA[c.ID]
			if !ok {
				continue
			}
			var notes []string
			if p.Uncertain {
				notes = append(notes, "**uncertain**")
			}
			if p.Negated {
				notes = append(notes, "says the opposite")
			}
			if p.Verbatim {
				notes = append(notes, "copied")
			}
			fmt.Fprintf(b, "| %s | %s | %.2f | %s | %s |\n", cell(clip(c.Text)), cell(clip(g.studentText(p.B))), p.Similarity, p.Method, strings.Join(notes, ", "))
		}
	}
	list := func(head string, cs []*argmap.Claim) {
		if len(cs) == 0 {
			return
		}
		fmt.Fprintf(b, "\n%s:\n\n", head)
		for _, c := range cs {
			fmt.Fprintf(b, "- %s\n", oneLine(c.Text))
		}
	}
	list("Missed", g.Missed)
	list("Extra", g.Extra)
	var rs []string
	for _, r := range g.Relations {
		if r.Verdict != Correct {
			rs = append(rs, fmt.Sprintf("- %s: %s", r.Verdict, r.Text))
		}
	}
	if len(rs) > 0 {
		b.WriteString("\nRelations not drawn as in the model (the model's words):\n\n" + strings.Join(rs, "\n") + "\n")
	}
}

// studentText is filled in by Assess through the matching: the report
// needs the student's wording of a pair.
func (g Grade) studentText(id argmap.ID) string {
	if t, ok := g.Matching.texts[id]; ok {
		return t
	}
	return id.String()[:8]
}

func cell(s string) string { return strings.ReplaceAll(oneLine(s), "|", "\\|") }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
