package microtexts

import (
	"fmt"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// Decode reads an arggraph file as a map without a source text.
func Decode(data []byte) (*argmap.Map, error) { return DecodeText(data, "", "") }

// DecodeWith is Decode with the new things' IDs drawn from ids.
func DecodeWith(data []byte, ids argmap.IDSource) (*argmap.Map, error) {
	return DecodeTextWith(data, ids, "", "")
}

// DecodeText reads an arggraph file as a map whose claims are anchored in
// text, the file's source text (attached to the map under the name
// source, a path relative to the map's folder). With text empty the map
// has no source and no anchors.
func DecodeText(data []byte, text, source string) (*argmap.Map, error) {
	return DecodeTextWith(data, nil, text, source)
}

// DecodeTextWith is DecodeText with the new things' IDs drawn from ids.
func DecodeTextWith(data []byte, ids argmap.IDSource, text, source string) (*argmap.Map, error) {
	g, err := Parse(data)
	if err != nil {
		return nil, err
	}
	return g.MapWith(ids, text, source)
}

// Span is a passage of a text: Length bytes at Offset.
type Span struct{ Offset, Length int }

// End is the offset just after the span.
func (s Span) End() int { return s.Offset + s.Length }

// Locate finds each EDU in text, in order, each after the one before:
// spans[i] is where g.EDUs[i] lies, ok[i] false where it was not found
// (then neither is any later one, which keeps this linear).
func (g *Graph) Locate(text string) (spans []Span, ok []bool) {
	spans, ok = make([]Span, len(g.EDUs)), make([]bool, len(g.EDUs))
	pos := 0
	for i, e := range g.EDUs {
		t := strings.TrimSpace(e.Text)
		k := strings.Index(text[pos:], t)
		if t == "" || k < 0 {
			break
		}
		spans[i], ok[i] = Span{pos + k, len(t)}, true
		pos += k + len(t)
	}
	return spans, ok
}

// Units returns, for each ADU of g, the indexes of the EDUs it is made
// of (directly or through a joint), in text order.
func (g *Graph) Units() [][]int {
	eduAt := make(map[string]int, len(g.EDUs))
	for i, e := range g.EDUs {
		eduAt[e.ID] = i
	}
	parts := map[string][]string{} // ADU or joint → what segments into it
	for _, e := range g.Edges {
		if e.Type == Seg {
			parts[e.Trg] = append(parts[e.Trg], e.Src)
		}
	}
	units := make([][]int, len(g.ADUs))
	for i, a := range g.ADUs {
		var idx []int
		for _, p := range parts[a.ID] {
			if k, ok := eduAt[p]; ok {
				idx = append(idx, k)
				continue
			}
			for _, q := range parts[p] { // a joint of EDUs
				if k, ok := eduAt[q]; ok {
					idx = append(idx, k)
				}
			}
		}
		units[i] = sortedUnique(idx)
	}
	return units
}

func sortedUnique(xs []int) []int {
	// Units have a handful of EDUs: insertion sort is enough.
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// Relation is one relation of the gold graph between ADUs (indexes into
// Graph.ADUs), read as pairs: a linked premise (add) is a relation from
// its unit to the conclusion of the edge it adds to, with that edge's
// polarity; an undercut is an attack on the unit whose inference it
// attacks (the source of the attacked edge), as the arggraph literature
// reads undercuts when it scores attachments.
type Relation struct {
	From, To int
	Attack   bool
	Type     string // the edge's own type
}

// Relations lists the gold relations as pairs of ADUs, in edge order.
func (g *Graph) Relations() []Relation {
	aduAt := make(map[string]int, len(g.ADUs))
	for i, a := range g.ADUs {
		aduAt[a.ID] = i
	}
	edges := g.edgeIndex()
	var rels []Relation
	for _, e := range g.Edges {
		if e.Type == Seg {
			continue
		}
		base := argumentEdge(e.ID, edges)
		r := Relation{From: aduAt[e.Src], Attack: base.Type == Reb || base.Type == Und, Type: e.Type}
		if base.Type == Und {
			r.To = aduAt[argumentEdge(base.Trg, edges).Src]
		} else {
			r.To = aduAt[base.Trg]
		}
		rels = append(rels, r)
	}
	return rels
}

func (g *Graph) edgeIndex() map[string]*Edge {
	edges := make(map[string]*Edge, len(g.Edges))
	for i := range g.Edges {
		edges[g.Edges[i].ID] = &g.Edges[i]
	}
	return edges
}

// MapWith builds the argument map of g (see the package comment), anchored
// in text when text is not empty, with the new things' IDs drawn from mint
// (random ones when it is nil).
func (g *Graph) MapWith(mint argmap.IDSource, text, source string) (*argmap.Map, error) {
	m := argmap.New(g.title())
	m.Meta.Source = "arg-microtexts " + g.ID
	if g.Stance != "" {
		m.Meta.Source += ", stance " + g.Stance
	}
	var src *argmap.Source
	var spans []Span
	var found []bool
	if text != "" {
		src = &argmap.Source{ID: mint.New(), Name: source, Path: source, Hash: anchor.Hash(text)}
		m.Sources = append(m.Sources, src)
		spans, found = g.Locate(text)
	}
	units := g.Units()
	claimOf := make(map[string]argmap.ID, len(g.ADUs))
	inADU := make([]bool, len(g.EDUs))
	for i, a := range g.ADUs {
		var words, ids []string
		anchored := src != nil
		start, end := -1, -1
		for _, k := range units[i] {
			inADU[k] = true
			words = append(words, g.EDUs[k].Text)
			ids = append(ids, g.EDUs[k].ID)
			if anchored && found[k] {
				if start < 0 {
					start = spans[k].Offset
				}
				end = spans[k].End()
			} else {
				anchored = false
			}
		}
		role := "pro"
		if a.Opponent {
			role = "opp"
		}
		c := g.claim(mint, strings.Join(words, " "), fmt.Sprintf("arggraph %s (%s): %s", a.ID, role, strings.Join(ids, ", ")))
		if a.Opponent {
			c.Tags = []string{OpponentTag}
		}
		if anchored {
			an := anchor.NewAnchor(src.ID, text, start, end-start)
			c.Anchor = &an
		}
		m.Claims = append(m.Claims, c)
		claimOf[a.ID] = c.ID
	}
	for k, e := range g.EDUs {
		if inADU[k] {
			continue
		}
		c := g.claim(mint, e.Text, "arggraph "+e.ID+": an EDU of no ADU")
		c.Tags = []string{NonArgumentativeTag}
		if src != nil && found[k] {
			an := anchor.NewAnchor(src.ID, text, spans[k].Offset, spans[k].Length)
			c.Anchor = &an
		}
		m.Claims = append(m.Claims, c)
	}
	if err := g.arguments(mint, m, claimOf); err != nil {
		return nil, err
	}
	m.Reindex()
	return m, nil
}

func (g *Graph) title() string {
	if g.TopicID != "" {
		return strings.ReplaceAll(g.TopicID, "_", " ")
	}
	return g.ID
}

func (g *Graph) claim(ids argmap.IDSource, text, note string) *argmap.Claim {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		text = "(no text)"
	}
	return &argmap.Claim{ID: ids.New(), Text: text,
		Annotations: argmap.Annotations{Comments: []argmap.Comment{{ID: ids.New(), Text: note}}}}
}

// arguments adds an argument per sup, exa, reb and und edge, and each add
// edge's unit to the premises of its edge's argument.
func (g *Graph) arguments(ids argmap.IDSource, m *argmap.Map, claimOf map[string]argmap.ID) error {
	edges := g.edgeIndex()
	args := map[string]*argmap.Argument{}
	for _, e := range g.Edges {
		switch e.Type {
		case Sup, Exa, Reb, Und:
			a := &argmap.Argument{ID: ids.New(), Premises: []argmap.ID{claimOf[e.Src]}, Polarity: argmap.Pro}
			if e.Type == Reb || e.Type == Und {
				a.Polarity = argmap.Con
			}
			if e.Type == Exa {
				a.Scheme = "example"
			}
			a.Comments = []argmap.Comment{{ID: ids.New(), Text: "arggraph " + e.ID + " (" + e.Type + ")"}}
			args[e.ID] = a
			m.Arguments = append(m.Arguments, a)
		}
	}
	for _, e := range g.Edges {
		switch e.Type {
		case Sup, Exa, Reb:
			args[e.ID].Target = claimOf[e.Trg]
		case Und:
			args[e.ID].Target = args[argumentEdge(e.Trg, edges).ID].ID
		}
	}
	for _, e := range g.Edges {
		if e.Type != Add {
			continue
		}
		a, p := args[argumentEdge(e.ID, edges).ID], claimOf[e.Src]
		if p == a.Target {
			return errorf(e.Line, "edge %q adds %q as a premise of the argument that concludes it", e.ID, e.Src)
		}
		for _, q := range a.Premises {
			if q == p {
				return errorf(e.Line, "edge %q adds %q to an argument it is already a premise of", e.ID, e.Src)
			}
		}
		a.Premises = append(a.Premises, p)
	}
	return nil
}
