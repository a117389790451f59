package layout

import (
	"sort"

	"github.com/argmap/argmap/argmap"
)

// Link is one drawn premise → target line, as the layout sees it: an
// undercutter's line ends at the claim its attacked argument concludes.
type Link struct {
	From, To argmap.ID
	Kind     LinkKind
	Arg      argmap.ID // the argument drawn: From is one of its premises
}

// LinkKind says what a link draws.
type LinkKind uint8

// Kinds of link.
const (
	LinkPro      LinkKind = LinkKind(kindPro)
	LinkCon      LinkKind = LinkKind(kindCon)
	LinkUndercut LinkKind = LinkKind(kindUndercut)
)

// Links lists the premise → target lines of the map in argument order,
// the edges that the layout ranks and orders and that Crossings counts.
func Links(m *argmap.Map) []Link {
	g := buildGraph(m, nil, func(argmap.ID) (float64, float64) { return 1, 1 })
	out := make([]Link, len(g.edges))
	for i, e := range g.edges {
		out[i] = Link{From: g.ids[e.from], To: g.ids[e.to], Kind: LinkKind(e.kind), Arg: m.Arguments[e.arg].ID}
	}
	return out
}

// Crossings counts the pairs of links that cross when drawn as straight
// segments between card centres at pos. Links that share an end, touch or
// run along each other are not counted. It is the measure used to compare
// layouts (ours and Graphviz's) on the same map.
func Crossings(links []Link, pos map[argmap.ID]argmap.Point) int {
	type seg struct {
		a, b   argmap.Point
		ia, ib argmap.ID
	}
	segs := make([]seg, 0, len(links))
	for _, l := range links {
		a, okA := pos[l.From]
		b, okB := pos[l.To]
		if !okA || !okB || l.From == l.To {
			continue
		}
		if b.X < a.X {
			a, b = b, a
		}
		segs = append(segs, seg{a, b, l.From, l.To})
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].a.X < segs[j].a.X })
	count := 0
	for i := range segs {
		s := &segs[i]
		sy0, sy1 := min(s.a.Y, s.b.Y), max(s.a.Y, s.b.Y)
		for j := i + 1; j < len(segs) && segs[j].a.X <= s.b.X; j++ {
			t := &segs[j]
			if t.ia == s.ia || t.ia == s.ib || t.ib == s.ia || t.ib == s.ib {
				continue
			}
			if max(t.a.Y, t.b.Y) < sy0 || min(t.a.Y, t.b.Y) > sy1 {
				continue
			}
			if properCross(s.a, s.b, t.a, t.b) {
				count++
			}
		}
	}
	return count
}

// orient is the sign of the turn a → b → c.
func orient(a, b, c argmap.Point) int {
	v := (b.X-a.X)*(c.Y-a.Y) - (b.Y-a.Y)*(c.X-a.X)
	switch {
	case v > 1e-9:
		return 1
	case v < -1e-9:
		return -1
	}
	return 0
}

// properCross reports whether segments ab and cd cross at a point inside
// both.
func properCross(a, b, c, d argmap.Point) bool {
	o1, o2 := orient(a, b, c), orient(a, b, d)
	o3, o4 := orient(c, d, a), orient(c, d, b)
	return o1*o2 < 0 && o3*o4 < 0
}
