package compare

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// Grade is how a student's map compares with the model answer.
type Grade struct {
	Name    string
	Found   []*argmap.Claim // model claims the student has (by ID or reworded)
	Missed  []*argmap.Claim // model claims the student lacks
	Extra   []*argmap.Claim // student claims the model lacks
	Links   int             // model relations (premise → conclusion, objection → target) the student has
	AllLink int             // model relations in all
	Wrong   []string        // model relations the student has with the opposite polarity
	// Score in [0, 100]: 40% claims found, 60% relations matched, less 2
	// points per wrong polarity.
	Score float64
}

// relation is one premise → target link of a map with its polarity.
type relation struct {
	from, to argmap.ID
	pol      argmap.Polarity
}

func relations(m *argmap.Map) []relation {
	var rs []relation
	for _, a := range m.Arguments {
		to := a.Target
		if t := m.Argument(to); t != nil && len(t.Premises) > 0 {
			// An undercutter counts as attacking the inference's first premise's
			// link; keep it simple: the target argument's conclusion.
			to = t.Target
		}
		for _, p := range a.Premises {
			rs = append(rs, relation{p, to, a.Polarity})
		}
	}
	return rs
}

// Assess grades a student's map against the model.
func Assess(model, student *argmap.Map, name string) Grade {
	g := Grade{Name: name}
	mt := Match(model, student)
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
	have := map[[2]argmap.ID]argmap.Polarity{}
	for _, r := range relations(student) {
		have[[2]argmap.ID{r.from, r.to}] = r.pol
	}
	for _, r := range relations(model) {
		g.AllLink++
		from, ok1 := mt.AtoB[r.from]
		to, ok2 := mt.AtoB[r.to]
		if !ok1 || !ok2 {
			continue
		}
		pol, ok := have[[2]argmap.ID{from, to}]
		switch {
		case !ok:
		case pol == r.pol:
			g.Links++
		default:
			g.Wrong = append(g.Wrong, fmt.Sprintf("%q %s %q", clip(text(model, r.from)), verb(r.pol), clip(text(model, r.to))))
		}
	}
	claims, links := 1.0, 1.0
	if len(model.Claims) > 0 {
		claims = float64(len(g.Found)) / float64(len(model.Claims))
	}
	if g.AllLink > 0 {
		links = float64(g.Links) / float64(g.AllLink)
	}
	g.Score = math.Max(0, math.Round((40*claims+60*links-2*float64(len(g.Wrong)))*10)/10)
	return g
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

// WriteReport writes a teacher's Markdown report: a summary table, then per
// student the claims found, missed and extra, and the relations matched.
func WriteReport(w io.Writer, model *argmap.Map, grades []Grade) error {
	var b strings.Builder
	title := model.Meta.Title
	if title == "" {
		title = "the model map"
	}
	fmt.Fprintf(&b, "# Comparison with %s\n\n", title)
	fmt.Fprintf(&b, "The model has %d claims and %d relations. Claims match by ID when the student started from the\n", len(model.Claims), len(relations(model)))
	fmt.Fprintf(&b, "model's file, otherwise by wording (stemmed content words and letter trigrams, similarity ≥ %.2f).\n", Threshold)
	b.WriteString("Score: 40% for claims found, 60% for relations matched, less 2 points per relation of the wrong polarity.\n\n")
	b.WriteString("| student | claims found | missed | extra | relations | wrong polarity | score |\n|---|---|---|---|---|---|---|\n")
	for _, g := range grades {
		fmt.Fprintf(&b, "| %s | %d/%d | %d | %d | %d/%d | %d | %.1f |\n", g.Name, len(g.Found), len(model.Claims),
			len(g.Missed), len(g.Extra), g.Links, g.AllLink, len(g.Wrong), g.Score)
	}
	for _, g := range grades {
		fmt.Fprintf(&b, "\n## %s — %.1f\n", g.Name, g.Score)
		list := func(head string, cs []*argmap.Claim) {
			if len(cs) == 0 {
				return
			}
			fmt.Fprintf(&b, "\n%s:\n\n", head)
			for _, c := range cs {
				fmt.Fprintf(&b, "- %s\n", oneLine(c.Text))
			}
		}
		list("Missed", g.Missed)
		list("Extra", g.Extra)
		if len(g.Wrong) > 0 {
			b.WriteString("\nWrong polarity (the model has):\n\n")
			for _, s := range g.Wrong {
				fmt.Fprintf(&b, "- %s\n", s)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
