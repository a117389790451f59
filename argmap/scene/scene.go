// Package scene turns an argument map into what the canvas draws: card
// boxes with wrapped text, role labels, marks and badges, and argument edges
// drawn Rationale-style (the linked premises of one argument join at a
// junction and one arrow rises into the target), all in map units. It is a
// pure function of the map and its options, with no UI toolkit, so that the
// geometry is table-tested and the same scene feeds the Fyne canvas and the
// SVG/PNG exporters.
package scene

import (
	"fmt"
	"image/color"
	"strings"
	"unicode"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// Labels gives the evaluation label of a claim, shown as a badge on its
// card (eval.Unlabelled shows none). The evaluation itself, an
// *eval.Labelling, is one: the label flows from the evaluation to the
// badge with no map built in between.
type Labels interface {
	Label(argmap.ID) eval.Label
}

// Badges is a fixed set of labels, for pictures and tests.
type Badges map[argmap.ID]eval.Label

// Label returns the label of id, or eval.Unlabelled.
func (b Badges) Label(id argmap.ID) eval.Label { return b[id] }

// Options set the card metrics and the overlays of a scene. Zero fields
// take the defaults of DefaultOptions.
type Options struct {
	CardWidth float64 // width of every card, map units
	TextSize  float64 // size of the claim text
	LabelSize float64 // size of the role label, badge and marks
	Pad       float64 // inner margin of a card
	// Labels, when not nil, gives cards an IN/OUT/? badge.
	Labels Labels
	// Keep, when not nil, dims every card and edge whose ID it lacks.
	Keep map[argmap.ID]bool
	// Cache, when not nil, remembers wrapped text across builds.
	Cache *Cache
	// Routes, when not nil, are the layout's polylines: an edge whose
	// routes fit its cards is drawn along them (routes.go).
	Routes Routes
	// Roles, when not nil, gives the roles of the map's claims as
	// m.Roles() would: the document keeps them up to date, and working
	// them out again was a tenth of a build. It must be current for the
	// map being built; Build works them out when it gives nil.
	Roles RoleSource
}

// RoleSource gives the roles of a map's claims (app/document's Document
// is one).
type RoleSource interface {
	Roles() map[argmap.ID]argmap.Role
}

// FixedRoles is a RoleSource of roles worked out once, for pictures,
// tools and benchmarks of a map that does not change.
type FixedRoles map[argmap.ID]argmap.Role

// Roles returns r.
func (r FixedRoles) Roles() map[argmap.ID]argmap.Role { return r }

// DefaultOptions are the card metrics of the canvas at zoom 1.
var DefaultOptions = Options{CardWidth: 240, TextSize: 14, LabelSize: 10, Pad: 10}

func (o Options) withDefaults() Options {
	d := DefaultOptions
	if o.CardWidth <= 0 {
		o.CardWidth = d.CardWidth
	}
	if o.TextSize <= 0 {
		o.TextSize = d.TextSize
	}
	if o.LabelSize <= 0 {
		o.LabelSize = d.LabelSize
	}
	if o.Pad <= 0 {
		o.Pad = d.Pad
	}
	return o
}

// Text is one line of text placed relative to its card's top-left corner
// (X, Y is the line's top-left).
type Text struct {
	S    string
	X, Y float64
}

// Card is one claim's card.
type Card struct {
	ID     argmap.ID
	Box    Rect
	Role   argmap.Role
	Label  Text       // role label, LabelSize, bold
	Lines  []Text     // the wrapped claim text, TextSize
	Bold   bool       // the claim text is bold (the main conclusion)
	Marks  Text       // comment/tag/anchor marks, LabelSize; S is "" when none
	Status eval.Label // the evaluation badge; Unlabelled shows none
	Badge  Rect       // badge box relative to the card, zero when no status
	// Accent is the role colour, or the user's colour for the claim; it
	// paints the border and the fill's tint.
	Accent color.NRGBA
	// RoleColor paints the role label: always the role's colour, so that
	// a user's colour never hides what the card is.
	RoleColor color.NRGBA
	Dimmed    bool
	// Proposed marks a suggestion not yet accepted (argmap.Proposal):
	// the canvas draws it dashed and faded, and its label says so.
	Proposed bool
}

// EdgeKind says how an edge is drawn.
type EdgeKind int

// Kinds of edge.
const (
	EdgePro      EdgeKind = iota // green, solid
	EdgeCon                      // red, solid
	EdgeUndercut                 // purple, dashed, aimed at another edge
)

// Edge is one argument: legs from its premises (joined at a junction when
// there are several), and an arrow ending at Tip, heading Dir.
type Edge struct {
	ID       argmap.ID
	Kind     EdgeKind
	Premises []argmap.ID
	Target   argmap.ID
	Segs     []Seg // every straight piece, the last one ends at Tip
	Tip      Point
	Dir      Point // unit vector of the arrow at Tip
	Junction Point // where linked premises join; valid when Joined
	Joined   bool
	// Aim is where an undercutter of this edge points: the junction, or
	// the middle of the arrow.
	Aim    Point
	Bounds Rect
	Dimmed bool
	// Proposed marks an argument that is a suggestion, or that leads from
	// or to one: drawn dashed and faded until accepted.
	Proposed bool
	slot     int  // among the linked arguments into the same target
	routed   bool // drawn along the layout's routes (routes.go)
}

// Scene is everything the canvas draws for a map.
type Scene struct {
	Cards  []Card // in map order; drawn above the edges
	Edges  []Edge // plain arguments first, then undercutters by depth
	Bounds Rect   // of all cards and edges

	opt     Options
	measure Measure
	cardIdx map[argmap.ID]int
	edgeIdx map[argmap.ID]int
	// touch[touchAt[i]:touchAt[i+1]] are the edges card i is a premise
	// or target of; under[underAt[i]:underAt[i+1]] the undercutters
	// aimed at edge i (see index).
	touch, touchAt []int32
	under, underAt []int32
	// cardGrid and edgeGrid index the cards' boxes and the edges' bounds,
	// kept up to date by every change of geometry.
	cardGrid, edgeGrid *grid
	// boxes and ends are route's scratch (see there).
	boxes []Rect
	ends  []int32
}

// Build makes the scene of m. measure sizes text; opt may be the zero value.
func Build(m *argmap.Map, measure Measure, opt Options) *Scene {
	opt = opt.withDefaults()
	s := &Scene{
		opt: opt, measure: measure,
		cardIdx: make(map[argmap.ID]int, len(m.Claims)),
		edgeIdx: make(map[argmap.ID]int, len(m.Arguments)),
	}
	var roles map[argmap.ID]argmap.Role
	given := opt.Roles != nil
	if given {
		roles = opt.Roles.Roles()
	}
	if roles == nil {
		roles, given = m.Roles(), false
	}
	s.Cards = make([]Card, 0, len(m.Claims))
	opt.Cache.reserve(len(m.Claims))
	kit := s.newKit(newMemo(measure), 3*len(m.Claims))
	for _, c := range m.Claims {
		if _, dup := s.cardIdx[c.ID]; dup {
			continue
		}
		r, ok := roles[c.ID]
		if !ok && given {
			// Roles given for another state of the map (every claim
			// has one): work them out after all.
			roles, given = m.Roles(), false
			r = roles[c.ID]
		}
		s.cardIdx[c.ID] = len(s.Cards)
		s.Cards = append(s.Cards, Card{})
		s.layCard(&s.Cards[len(s.Cards)-1], c, r, kit) // in place: no copy of each card

	}
	s.buildEdges(m)
	s.updateBounds()
	s.cardGrid, s.edgeGrid = newGrid(len(s.Cards)), newLineGrid(len(s.Edges), edgeTol)
	s.cardGrid.window(s.Bounds, len(s.Cards))
	s.edgeGrid.window(s.Bounds, len(s.Edges))
	var box [1]Rect
	s.cardGrid.fill(len(s.Cards), func(i int, cell float64, keys []cellKey) ([]cellKey, bool) {
		box[0] = s.Cards[i].Box
		return cellsOf(nil, keys, box[:], cell)
	})
	s.edgeGrid.fill(len(s.Edges), func(i int, cell float64, keys []cellKey) ([]cellKey, bool) {
		return segKeys(&s.edgeGrid.dedup, keys, s.Edges[i].Segs, edgeTol, cell)
	})
	// The index's copy of the edges' segments, in one block.
	nsegs := 0
	for i := range s.Edges {
		nsegs += len(s.Edges[i].Segs)
	}
	segs := make([]Seg, 0, nsegs)
	for i := range s.Edges {
		k := len(segs)
		segs = append(segs, s.Edges[i].Segs...)
		s.edgeGrid.segs[i] = segs[k:len(segs):len(segs)]
	}
	return s
}

// cardKit is what laying out cards needs that is the same for every card
// of a build: the measurer (a build's remembers its widths), the heights
// of the label and of a line of text, and room for the cards' lines.
type cardKit struct {
	ms     Measure
	lh     float64    // a role label's line
	th     [2]float64 // a line of claim text, regular and bold
	lines  []Text     // the lines of cards to come (see take)
	nlines int        // how many lines a new block has room for
	// wrapped is the scratch of the wrapped lines of a card.
	wrapped []string
}

// newKit measures the heights once (the same for every card); the cards
// measure their texts with ms, or with the scene's measurer when ms is
// nil; room is how many lines the cards to come are likely to have.
func (s *Scene) newKit(ms Measure, room int) *cardKit {
	if ms == nil {
		ms = s.measure
	}
	o := s.opt
	k := &cardKit{ms: ms, nlines: max(room, 1)}
	_, k.lh = s.measure("X", o.LabelSize, true)
	_, k.th[0] = s.measure("X", o.TextSize, false)
	_, k.th[1] = s.measure("X", o.TextSize, true)
	return k
}

// take returns room for n lines of a card, cut from a block shared by the
// cards of a build rather than a slice of its own for each (nil for none).
func (k *cardKit) take(n int) []Text {
	if n == 0 {
		return nil
	}
	if len(k.lines)+n > cap(k.lines) {
		k.lines = make([]Text, 0, max(n, k.nlines))
		k.nlines = 4096 // the rest, when the guess was short
	}
	l := len(k.lines)
	k.lines = k.lines[:l+n]
	return k.lines[l : l+n : l+n]
}

// card lays out one claim's card around its position.
func (s *Scene) card(c *argmap.Claim, role argmap.Role, kit *cardKit) Card {
	var k Card
	s.layCard(&k, c, role, kit)
	return k
}

// layCard lays out claim c's card in k, a zero Card.
func (s *Scene) layCard(k *Card, c *argmap.Claim, role argmap.Role, kit *cardKit) {
	o, ms := s.opt, kit.ms
	k.ID, k.Role, k.Bold = c.ID, role, role == argmap.RoleMain
	acc := RoleColor(role)
	if uc, ok := ParseColor(c.Color); ok {
		acc = uc
	}
	k.Accent, k.RoleColor = acc, RoleColor(role)
	lh, th := kit.lh, kit.th[0]
	if k.Bold {
		th = kit.th[1]
	}
	k.Label = Text{S: RoleLabel(role), X: o.Pad, Y: o.Pad}
	if c.Proposal != nil {
		k.Proposed = true
		k.Label.S += " · " + SuggestedLabel
	}
	if o.Labels != nil {
		k.Status = o.Labels.Label(c.ID)
	}
	k.Badge = badge(o, ms, k.Status, lh)
	y := o.Pad + lh + 6
	var lines []string
	if o.Cache != nil {
		lines = o.Cache.Wrap(c.Text, o.CardWidth-2*o.Pad, o.TextSize, k.Bold, ms)
	} else {
		lines = wrapInto(kit.wrapped, c.Text, o.CardWidth-2*o.Pad, o.TextSize, k.Bold, ms)
		kit.wrapped = lines
	}
	k.Lines = kit.take(len(lines))
	for i, l := range lines {
		k.Lines[i] = Text{S: l, X: o.Pad, Y: y}
		y += th
	}
	if mk := Marks(c); mk != "" {
		y += 4
		k.Marks = Text{S: mk, X: o.Pad, Y: y}
		y += lh
	}
	h := y + o.Pad
	k.Box = RectAround(c.Pos, o.CardWidth, h)
	k.Dimmed = o.Keep != nil && !o.Keep[c.ID]
}

// SuggestedLabel follows the role label of a suggestion's card.
const SuggestedLabel = "SUGGESTED"

// tagMark is how a card shows tag t: "#t", or "#(t)" when t holds a space,
// as Argdown writes it, so that "#(weak link)" does not read as the tag
// "weak" followed by a word.
func tagMark(t string) string {
	if strings.ContainsFunc(t, unicode.IsSpace) {
		return "#(" + t + ")"
	}
	return "#" + t
}

// Marks returns the small text marks of a claim's annotations: comment
// count, tags and source anchor, in characters every bundled font has.
func Marks(c *argmap.Claim) string {
	var parts []string
	if n := len(c.Comments); n == 1 {
		parts = append(parts, "1 comment")
	} else if n > 1 {
		parts = append(parts, fmt.Sprintf("%d comments", n))
	}
	if len(c.Tags) > 0 {
		tags := c.Tags
		more := ""
		if len(tags) > 3 {
			tags, more = tags[:3], fmt.Sprintf(" +%d", len(c.Tags)-3)
		}
		marked := make([]string, len(tags))
		for i, t := range tags {
			marked[i] = tagMark(t)
		}
		parts = append(parts, strings.Join(marked, " ")+more)
	}
	if c.Anchor != nil {
		p := c.Anchor.Paragraph
		if p == "" {
			p = "¶"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "  ·  ")
}

// Options returns the options the scene was built with, defaults filled.
func (s *Scene) Options() Options { return s.opt }

// Card returns the card of claim id, or nil.
func (s *Scene) Card(id argmap.ID) *Card {
	if i, ok := s.cardIdx[id]; ok {
		return &s.Cards[i]
	}
	return nil
}

// Edge returns the edge of argument id, or nil.
func (s *Scene) Edge(id argmap.ID) *Edge {
	if i, ok := s.edgeIdx[id]; ok {
		return &s.Edges[i]
	}
	return nil
}

// CardIndex returns the index of claim id's card in Cards, or -1.
func (s *Scene) CardIndex(id argmap.ID) int {
	if i, ok := s.cardIdx[id]; ok {
		return i
	}
	return -1
}

// EdgeIndex returns the index of argument id's edge in Edges, or -1.
func (s *Scene) EdgeIndex(id argmap.ID) int {
	if i, ok := s.edgeIdx[id]; ok {
		return i
	}
	return -1
}

func (s *Scene) updateBounds() {
	var b Rect
	for i := range s.Cards {
		b = b.Union(s.Cards[i].Box)
	}
	for i := range s.Edges {
		b = b.Union(s.Edges[i].Bounds)
	}
	s.Bounds = b
}

// MeasureCard returns the box a card for claim c with role r would get,
// centred on c.Pos: layout uses it to space cards before a scene exists.
func MeasureCard(c *argmap.Claim, r argmap.Role, measure Measure, opt Options) Rect {
	s := &Scene{opt: opt.withDefaults(), measure: measure}
	return s.card(c, r, s.newKit(nil, 0)).Box
}

// SetLabels changes the badges in place (nil removes them): the overlay
// changes after every change of logic, and this costs far less than a new
// Build.
func (s *Scene) SetLabels(l Labels) {
	s.opt.Labels = l
	_, lh := s.measure("X", s.opt.LabelSize, true)
	for i := range s.Cards {
		c := &s.Cards[i]
		c.Status = eval.Unlabelled
		if l != nil {
			c.Status = l.Label(c.ID)
		}
		c.Badge = badge(s.opt, s.measure, c.Status, lh)
	}
}

// SetKeep changes which cards and edges are dimmed (nil: none), in place.
func (s *Scene) SetKeep(keep map[argmap.ID]bool) {
	s.opt.Keep = keep
	for i := range s.Cards {
		s.Cards[i].Dimmed = keep != nil && !keep[s.Cards[i].ID]
	}
	for i := range s.Edges {
		s.Edges[i].Dimmed = keep != nil && !keep[s.Edges[i].ID]
	}
}

// badge places the status badge in a card's top-right corner; lh is the
// label line height.
func badge(o Options, ms Measure, st eval.Label, lh float64) Rect {
	t := StatusText(st)
	if t == "" {
		return Rect{}
	}
	bw, _ := ms(t, o.LabelSize, true)
	bw += 10
	return Rect{o.CardWidth - o.Pad - bw, o.Pad - 2, bw, lh + 4}
}
