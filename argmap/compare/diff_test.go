package compare

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// Every changed field of a claim, an argument or a challenge shows in the
// diff, as a change of the entity (not as a removal and an addition). The
// flipped polarity was reported as no change at all before.
func TestDiffEveryField(t *testing.T) {
	t.Parallel()
	a, n := base(t)
	src := argmap.NewID()
	a.Sources = []*argmap.Source{{ID: src, Name: "article"}}
	a.Claim(n["r1"]).Anchor = &argmap.Anchor{Source: src, Paragraph: "¶2", Offset: 10, Length: 20}
	ch := argmap.NewID()
	a.Challenges = []*argmap.Challenge{{ID: ch, Kind: argmap.Question, Target: n["r2"], Status: argmap.Open}}
	a.Reindex()
	tests := []struct {
		name string
		edit func(m *argmap.Map)
		want string
	}{
		{"polarity", func(m *argmap.Map) { m.Argument(n["B"]).Polarity = argmap.Pro },
			`~ argument con: "The NAIPTO alliance is still only a concept" → "India is Russia's trump card against the Western …": polarity con → pro`},
		{"target", func(m *argmap.Map) { m.Argument(n["B"]).Target = n["r2"] },
			`target "India is Russia's trump card against the Western …" → "India cannot resist China without American help"`},
		{"premise removed", func(m *argmap.Map) { m.Argument(n["A"]).Premises = []argmap.ID{n["r1"]} },
			`premise removed "India cannot resist China without American help"`},
		{"premise added", func(m *argmap.Map) { m.Argument(n["B"]).Premises = append(m.Argument(n["B"]).Premises, n["r1"]) },
			`premise added "A US-led Asian alliance would be aimed at China"`},
		{"scheme", func(m *argmap.Map) { m.Argument(n["A"]).Scheme = "expert-opinion" }, "scheme none → expert-opinion"},
		{"argument tags", func(m *argmap.Map) { m.Argument(n["A"]).Tags = []string{"key"} }, "tags [] → [key]"},
		{"argument colour", func(m *argmap.Map) { m.Argument(n["A"]).Color = "#ff0000" }, "colour default → #ff0000"},
		{"assessment", func(m *argmap.Map) { m.Claim(n["r1"]).Assessment = argmap.Rejected }, "assessment none → rejected"},
		{"claim tags", func(m *argmap.Map) { m.Claim(n["r1"]).Tags = []string{"weak"} }, "tags [] → [weak]"},
		{"claim colour", func(m *argmap.Map) { m.Claim(n["r1"]).Color = "#00ff00" }, "colour default → #00ff00"},
		{"anchor moved", func(m *argmap.Map) { m.Claim(n["r1"]).Anchor.Paragraph = "¶4" }, "anchor ¶2 → ¶4"},
		{"anchor bytes", func(m *argmap.Map) { m.Claim(n["r1"]).Anchor.Offset = 11 }, "bytes 10+20 → 11+20"},
		{"anchor removed", func(m *argmap.Map) { m.Claim(n["r1"]).Anchor = nil }, "anchor removed (¶2)"},
		{"comment", func(m *argmap.Map) {
			m.Claim(n["r2"]).Comments = []argmap.Comment{{ID: argmap.NewID(), Text: "why?"}}
		}, "0 → 1 comments"},
		{"links", func(m *argmap.Map) { m.Claim(n["r2"]).Links = []string{"https://example.org"} }, "links [] → [https://example.org]"},
		{"challenge status", func(m *argmap.Map) { m.Challenges[0].Status = argmap.Answered },
			`~ challenge question on "India cannot resist China without American help": status open → answered`},
		{"challenge removed", func(m *argmap.Map) { m.Challenges = nil }, `- challenge question on`},
		{"title", func(m *argmap.Map) { m.Meta.Title = "Student" }, `~ map title "Model" → "Student"`},
		{"source path", func(m *argmap.Map) { m.Sources[0].Path = "texts/a.txt" }, `~ source "article": path none → texts/a.txt`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := a.Clone()
			tc.edit(b)
			b.Reindex()
			d := Diff(a, b)
			var lines []string
			for _, c := range d {
				lines = append(lines, c.String())
			}
			got := strings.Join(lines, "\n")
			if len(d) != 1 || !strings.Contains(got, tc.want) {
				t.Errorf("want one change with %s\ngot %d:\n%s", tc.want, len(d), got)
			}
		})
	}
}

// Maps built apart (new IDs): a flipped argument is still one change, of
// polarity, found through the paired claims.
func TestDiffFlippedPolarityApart(t *testing.T) {
	t.Parallel()
	a, n := base(t)
	b := reID(a)
	for _, x := range b.Arguments {
		if len(x.Premises) == 1 {
			x.Polarity = argmap.Pro
		}
	}
	d := Diff(a, b)
	if len(d) != 1 || d[0].Op != '~' || d[0].A != n["B"] || !strings.Contains(d[0].Text, "polarity con → pro") {
		t.Fatalf("want the objection's polarity change, got %v", d)
	}
}

// reID copies a map with new IDs everywhere, as a student's map built from
// scratch has.
func reID(m *argmap.Map) *argmap.Map {
	ids := argmap.DeterministicIDs("reid/" + m.Meta.Title)
	c := m.Clone()
	re := map[argmap.ID]argmap.ID{}
	for _, x := range c.Claims {
		re[x.ID] = ids()
		x.ID = re[x.ID]
	}
	for _, x := range c.Arguments {
		re[x.ID] = ids()
		x.ID = re[x.ID]
	}
	for _, x := range c.Arguments {
		x.Target = re[x.Target]
		for i, p := range x.Premises {
			x.Premises[i] = re[p]
		}
	}
	c.Challenges = nil
	c.Reindex()
	return c
}
