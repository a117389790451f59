package mapview

import (
	"image/color"
	"math"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/scene"
)

// Screen metrics that stay the same at every zoom.
const (
	edgeWidth  = 2   // stroke of an argument line at zoom ≥ 1, pixels
	headRadius = 7   // arrowhead triangle radius, pixels
	dashOn     = 7.0 // undercutter dash, pixels
	dashOff    = 5.0 // gap between dashes, pixels
	minText    = 5.0 // below this size (pixels) label text is not drawn
	// blockText is the claim text size (pixels) below which cards are
	// drawn as plain coloured blocks: smaller text cannot be read, and
	// drawing it costs more than it gives.
	blockText  = 7.0
	handleSize = 12.0 // connect handle diameter, pixels
	// overviewText is the size of the one-line summary shown on cards
	// zoomed out too far for their text, pixels.
	overviewText = 8.0
)

// cardObjs are the pooled canvas objects of one card.
type cardObjs struct {
	box      *canvas.Rectangle
	stripe   *canvas.Rectangle // the user's colour, down the left edge
	halo     *canvas.Rectangle // the selection ring, outside the border
	label    *canvas.Text
	badgeBox *canvas.Rectangle
	badge    *canvas.Text
	lines    []*canvas.Text
	marks    *canvas.Text
	dashes   []*canvas.Line // a suggestion's dashed border (proposed.go)
	// overview is the one-line summary for n runes (low zoom).
	overview  string
	overviewN int
	// overviewOf is the scene's first line the summary was made from: a
	// rebuilt or updated card has new lines, so the summary is made again.
	overviewOf *scene.Text
	// fitZ, fitOf and fitScale cache the shrink of the card's text at a
	// zoom that keeps every line inside the card (font hinting makes text
	// set at a small size wider than the scaled width of its measure).
	fitZ     float64
	fitOf    *scene.Text
	fitScale float64
	placed   span
}

// span is where an item's objects are in the renderer's list, and the
// placing (renderer.updates) that put them there.
type span struct{ at, n, gen int }

// edgeObjs are the pooled canvas objects of one edge.
type edgeObjs struct {
	lines  []*canvas.Line
	head   *canvas.Polygon
	dot    *canvas.Circle
	placed span
}

// renderer copies the view's scene into canvas objects: only what overlaps
// the viewport, pooled by ID so that a pan or a drag step moves objects
// instead of creating them.
//
// The shapes it places (lines, rectangles, circles, polygons) are not
// refreshed one by one: the GL painter draws them from their fields each
// frame, so that one mark of the canvas as dirty per placing (redraw) is
// enough, where a Refresh of each cost a goroutine check apiece (a tenth of
// the CPU of opening a map went there). Texts have textures: setText
// refreshes one when what it shows changed.
type renderer struct {
	v      *View
	bg     *canvas.Rectangle
	band   *canvas.Rectangle // rubber-band selection
	rubber *canvas.Line      // connect drag
	handle *canvas.Circle    // connect handle of the hovered/selected card
	drop   dropObjs          // the connect drag's drop target (drop.go)
	cards  map[argmap.ID]*cardObjs
	edges  map[argmap.ID]*edgeObjs
	args   map[argmap.ID]*argObjs
	hits   []markHit // question markers drawn, for hover and click
	tipBg  *canvas.Rectangle
	// tipLines are the lines of the question tip.
	tipLines []*canvas.Text
	objs     []fyne.CanvasObject
	pal      palette
	built    *scene.Scene // the scene the pools were filled from
	// created counts canvas objects made, for tests and benchmarks.
	created int
	// updates counts the placings of the visible objects, for tests.
	updates int
}

func newRenderer(v *View) *renderer {
	r := &renderer{
		v:      v,
		bg:     canvas.NewRectangle(nil),
		band:   canvas.NewRectangle(nil),
		rubber: canvas.NewLine(nil),
		handle: canvas.NewCircle(nil),
		cards:  map[argmap.ID]*cardObjs{},
		edges:  map[argmap.ID]*edgeObjs{},
		args:   map[argmap.ID]*argObjs{},
	}
	r.band.StrokeWidth = 1
	r.rubber.StrokeWidth = 2
	r.handle.StrokeWidth = 2
	r.band.Hide()
	r.rubber.Hide()
	r.handle.Hide()
	return r
}

func (r *renderer) Destroy() {}

func (r *renderer) MinSize() fyne.Size { return fyne.NewSize(100, 100) }

func (r *renderer) Objects() []fyne.CanvasObject { return r.objs }

// Layout places the objects for the view's size. It changes nothing of
// the view: the view fits itself to a new size in Resize, before Fyne
// calls this.
func (r *renderer) Layout(fyne.Size) { r.update() }

func (r *renderer) Refresh() {
	r.pal = currentPalette(r.v)
	r.update()
	canvas.Refresh(r.v)
}

// textChanged forgets what was drawn from the old text of card id: the
// one-line summary of a far-out card quotes it.
func (r *renderer) textChanged(id argmap.ID) {
	if k := r.cards[id]; k != nil {
		k.overviewN = -1
	}
}

// refreshCard places again, where they are in the list, the objects of
// card id and of the edges todo (scene indices, as UpdateCard returned
// them) after an edit of the card: the cost of one card, not of every
// visible object (on a 20,000-claim map seen whole, 70,000 objects). It
// reports false, for a full update, when the edit changed which objects
// draw them (a line more, a badge), or whether they show.
func (r *renderer) refreshCard(id argmap.ID, todo []int) bool {
	v := r.v
	s := v.scene
	if s == nil || s != r.built || s.Card(id) == nil {
		return false
	}
	c := s.Card(id)
	tr := v.tr
	vp := tr.Viewport(float64(v.size.Width), float64(v.size.Height))
	var objs []fyne.CanvasObject
	// again checks that what was placed now is what was placed before.
	again := func(p span, placed bool) bool {
		if !placed {
			return len(objs) == 0
		}
		if p.n != len(objs) || p.at+p.n > len(r.objs) {
			return false
		}
		for j, o := range objs {
			if r.objs[p.at+j] != o {
				return false
			}
		}
		return true
	}
	k := r.cards[id]
	shown := k != nil && k.placed.gen == r.updates
	if shown != c.Box.Intersects(vp) {
		return false
	}
	if shown {
		if objs = r.placeCard(objs[:0], c, tr); !again(k.placed, true) {
			return false
		}
	}
	for _, i := range todo {
		e := &s.Edges[i]
		ek := r.edges[e.ID]
		shown := ek != nil && ek.placed.gen == r.updates
		if shown != e.Meets(vp) {
			return false
		}
		if !shown {
			continue
		}
		if objs = r.placeEdge(objs[:0], e, tr); !again(ek.placed, true) {
			return false
		}
		var marks span
		if ak := r.args[e.ID]; ak != nil && ak.placed.gen == r.updates {
			marks = ak.placed
		}
		r.dropHits(e.ID) // placeArgMarks adds them again
		if objs = r.placeArgMarks(objs[:0], e, tr, r.edgeColor(e)); !again(marks, marks.gen == r.updates) {
			return false
		}
	}
	r.placeOverlay()
	v.placeEditor()
	return true
}

// dropHits forgets the question markers drawn on edge id.
func (r *renderer) dropHits(id argmap.ID) {
	r.hits = slices.DeleteFunc(r.hits, func(h markHit) bool { return h.edge == id })
}

// update places every visible object for the current scene and transform.
func (r *renderer) update() {
	v := r.v
	r.updates++
	if r.pal.fg.A == 0 {
		r.pal = currentPalette(v)
	}
	r.bg.FillColor = r.pal.bg
	r.bg.Resize(v.size)
	objs := append(r.objs[:0], r.bg)
	s := v.scene
	var cards []int
	if s != nil {
		if s != r.built {
			r.prune(s)
		}
		tr := v.tr
		var edges []int
		cards, edges = s.Visible(tr.Viewport(float64(v.size.Width), float64(v.size.Height)))
		// Where each item's objects go is kept, so that refreshCard can
		// place one card's again in place.
		for _, i := range edges {
			at := len(objs)
			objs = r.placeEdge(objs, &s.Edges[i], tr)
			r.edges[s.Edges[i].ID].placed = span{at, len(objs) - at, r.updates}
		}
		for _, i := range cards {
			at := len(objs)
			objs = r.placeCard(objs, &s.Cards[i], tr)
			r.cards[s.Cards[i].ID].placed = span{at, len(objs) - at, r.updates}
		}
		r.hits = r.hits[:0]
		for _, i := range edges { // above the cards: a junction may sit on one
			at := len(objs)
			objs = r.placeArgMarks(objs, &s.Edges[i], tr, r.edgeColor(&s.Edges[i]))
			if k := r.args[s.Edges[i].ID]; k != nil {
				k.placed = span{at, len(objs) - at, r.updates}
			}
		}
	}
	r.placeOverlay()
	objs = r.placeDrop(objs)
	objs = append(objs, r.band, r.rubber, r.handle)
	objs = r.placeWhy(objs)
	if v.minimapFits() {
		if v.mini == nil {
			v.mini = newMinimap(v)
		}
		v.mini.Move(r.minimapCorner(cards))
		v.mini.Resize(fyne.NewSize(minimapW, minimapH))
		v.mini.update(r.pal)
		objs = append(objs, v.mini)
	}
	if s != nil {
		objs = r.placeTip(objs) // above the minimap: it may reach over it
	}
	if v.editor != nil { // on top of everything, the minimap included
		v.placeEditor()
		objs = append(objs, v.editBox)
	}
	r.objs = objs
}

// minimapCorner returns where the minimap goes: the bottom-right corner,
// or the first other corner where it covers no selected card.
func (r *renderer) minimapCorner(visible []int) fyne.Position {
	v := r.v
	w, h := v.size.Width, v.size.Height
	right, left := w-minimapW-minimapMargin, float32(minimapMargin)
	bottom, top := h-minimapH-minimapMargin, float32(minimapMargin)
	corners := []fyne.Position{{X: right, Y: bottom}, {X: left, Y: bottom}, {X: right, Y: top}, {X: left, Y: top}}
	var sel []scene.Rect
	for _, i := range visible {
		c := &v.scene.Cards[i]
		if v.isSelected(c.ID) {
			tl := v.tr.ToScreen(scene.Point{X: c.Box.X, Y: c.Box.Y})
			sel = append(sel, scene.Rect{X: tl.X, Y: tl.Y, W: c.Box.W * v.tr.Zoom, H: c.Box.H * v.tr.Zoom})
		}
	}
	for _, p := range corners {
		mr := scene.Rect{X: float64(p.X), Y: float64(p.Y), W: minimapW, H: minimapH}
		free := true
		for _, b := range sel {
			if b.Intersects(mr) {
				free = false
				break
			}
		}
		if free {
			return p
		}
	}
	return corners[0]
}

// prune forgets pooled objects of IDs the new scene no longer has.
func (r *renderer) prune(s *scene.Scene) {
	for id := range r.cards {
		if s.Card(id) == nil {
			delete(r.cards, id)
		}
	}
	for id := range r.edges {
		if s.Edge(id) == nil {
			delete(r.edges, id)
		}
	}
	for id := range r.args {
		if s.Edge(id) == nil {
			delete(r.args, id)
		}
	}
	r.built = s
}

func pos(p scene.Point) fyne.Position { return fyne.NewPos(float32(p.X), float32(p.Y)) }

func (r *renderer) text(o **canvas.Text) *canvas.Text {
	if *o == nil {
		*o = canvas.NewText("", nil)
		r.created++
	}
	return *o
}

func (r *renderer) placeCard(objs []fyne.CanvasObject, c *scene.Card, tr scene.Transform) []fyne.CanvasObject {
	k := r.cards[c.ID]
	if k == nil {
		k = &cardObjs{box: canvas.NewRectangle(nil)}
		r.created++
		r.cards[c.ID] = k
	}
	z := tr.Zoom
	opt := r.v.scene.Options()
	sel := r.v.isSelected(c.ID)
	dim := c.Dimmed
	tl := tr.ToScreen(scene.Point{X: c.Box.X, Y: c.Box.Y})
	at := func(t scene.Text) fyne.Position {
		return fyne.NewPos(float32(tl.X+t.X*z), float32(tl.Y+t.Y*z))
	}
	k.box.Move(pos(tl))
	k.box.Resize(fyne.NewSize(float32(c.Box.W*z), float32(c.Box.H*z)))
	k.box.CornerRadius = float32(6 * z)
	// The border and the label always show the role; a user's colour
	// washes the fill and runs down the left edge as a stripe.
	user := c.Accent != c.RoleColor
	k.box.FillColor = fade(r.pal.tint(c.RoleColor), dim)
	if user {
		k.box.FillColor = fade(mix(r.pal.card, c.Accent, 0.22), dim)
	}
	k.box.StrokeColor = fade(c.RoleColor, dim)
	k.box.StrokeWidth = float32(math.Max(1, math.Min(2, 1.5*z)))
	if c.Role == argmap.RoleMain {
		k.box.StrokeWidth *= 1.6
	}
	block := opt.TextSize*z < blockText
	if block {
		// Too small to read: a plain block in the card's colour.
		k.box.FillColor = fade(mix(r.pal.card, c.Accent, 0.55), dim)
		k.box.StrokeWidth = float32(math.Max(0.5, math.Min(1, z*3)))
	}
	border := k.box.StrokeColor
	if c.Proposed {
		// A suggestion: faded, its border dashed (proposed.go).
		k.box.FillColor = faintColor(k.box.FillColor)
		k.box.StrokeColor = color.NRGBA{}
	}
	objs = append(objs, k.box)
	if c.Proposed {
		objs = r.placeDashes(objs, k, c, tl, z, faintColor(border), k.box.StrokeWidth)
	}
	objs = r.placeMarks(objs, k, c, tl, z, dim, user && !block, sel)
	if block {
		return r.placeOverview(objs, k, c, tl, z, dim)
	}
	sc := r.textScale(k, c, z)
	if opt.LabelSize*z*sc >= minText {
		l := r.text(&k.label)
		setText(l, c.Label.S, opt.LabelSize*z*sc, true, faint(fade(c.RoleColor, dim), c.Proposed))
		l.Move(at(c.Label))
		objs = append(objs, l)
		if c.Status != eval.Unlabelled {
			if k.badgeBox == nil {
				k.badgeBox = canvas.NewRectangle(nil)
				r.created++
			}
			bb := k.badgeBox
			bb.FillColor = fade(scene.StatusColor(c.Status), dim)
			bb.CornerRadius = float32(c.Badge.H * z / 2)
			bb.Move(at(scene.Text{X: c.Badge.X, Y: c.Badge.Y}))
			bb.Resize(fyne.NewSize(float32(c.Badge.W*z), float32(c.Badge.H*z)))
			b := r.text(&k.badge)
			b.Alignment = fyne.TextAlignCenter
			setText(b, scene.StatusText(c.Status), opt.LabelSize*z*sc, true, fade(white, dim))
			b.Move(at(scene.Text{X: c.Badge.X, Y: c.Badge.Y + 2}))
			b.Resize(fyne.NewSize(float32(c.Badge.W*z), float32((c.Badge.H-4)*z)))
			objs = append(objs, bb, b)
		}
		if c.Marks.S != "" {
			m := r.text(&k.marks)
			setText(m, c.Marks.S, opt.LabelSize*z*sc, false, fade(r.pal.muted, dim))
			m.Move(at(c.Marks))
			objs = append(objs, m)
		}
	}
	if !r.v.editing(c.ID) {
		for len(k.lines) < len(c.Lines) {
			k.lines = append(k.lines, canvas.NewText("", nil))
			r.created++
		}
		for i, ln := range c.Lines {
			t := k.lines[i]
			setText(t, ln.S, opt.TextSize*z*sc, c.Bold, faint(fade(r.pal.fg, dim), c.Proposed))
			t.Move(at(ln))
			objs = append(objs, t)
		}
	}
	return objs
}

// placeMarks draws the user-colour stripe and the selection halo: a ring
// in the theme's primary colour a few pixels outside the border, so that a
// selected card keeps its role border and a main conclusion's thick blue
// border never reads as "selected".
func (r *renderer) placeMarks(objs []fyne.CanvasObject, k *cardObjs, c *scene.Card, tl scene.Point, z float64, dim, user, sel bool) []fyne.CanvasObject {
	w, h := c.Box.W*z, c.Box.H*z
	if user {
		if k.stripe == nil {
			k.stripe = canvas.NewRectangle(nil)
			r.created++
		}
		sw := math.Max(3, 7*z)
		k.stripe.FillColor = fade(c.Accent, dim)
		k.stripe.CornerRadius = float32(math.Min(3*z, sw/2))
		k.stripe.Move(fyne.NewPos(float32(tl.X+2), float32(tl.Y+3*z)))
		k.stripe.Resize(fyne.NewSize(float32(sw), float32(h-6*z)))
		objs = append(objs, k.stripe)
	}
	if sel {
		if k.halo == nil {
			k.halo = canvas.NewRectangle(color.Transparent)
			r.created++
		}
		const gap = 4.0
		k.halo.StrokeColor = r.pal.sel
		k.halo.StrokeWidth = 2.5
		k.halo.CornerRadius = float32(6*z + gap)
		k.halo.Move(fyne.NewPos(float32(tl.X-gap), float32(tl.Y-gap)))
		k.halo.Resize(fyne.NewSize(float32(w+2*gap), float32(h+2*gap)))
		objs = append(objs, k.halo)
	}
	return objs
}

// textScale returns the factor (at most 1) by which the card's text is set
// smaller than zoom × its size so that every line, the role label and the
// marks stay inside the card as Fyne draws them at this zoom. It measures
// only when the zoom or the card's text changed.
func (r *renderer) textScale(k *cardObjs, c *scene.Card, z float64) float64 {
	var first *scene.Text
	if len(c.Lines) > 0 {
		first = &c.Lines[0]
	}
	if k.fitZ == z && k.fitOf == first && k.fitScale > 0 {
		return k.fitScale
	}
	opt := r.v.scene.Options()
	avail := (c.Box.W - 2*opt.Pad) * z
	sc := 1.0
	fits := func(s string, size float64, bold bool) {
		if s == "" || size <= 0 {
			return
		}
		w := fyne.MeasureText(s, float32(size*sc), fyne.TextStyle{Bold: bold}).Width
		if float64(w) > avail {
			sc *= avail / float64(w) * 0.98
		}
	}
	for _, ln := range c.Lines {
		fits(ln.S, opt.TextSize*z, c.Bold)
	}
	fits(c.Label.S, opt.LabelSize*z, true)
	fits(c.Marks.S, opt.LabelSize*z, false)
	k.fitZ, k.fitOf, k.fitScale = z, first, sc
	return sc
}

// placeOverview writes the first words of a main conclusion or a
// secondary thesis across its block, at a small legible size, cut to the
// block's width as measured: the landmarks of a zoomed-out map. Other
// blocks carry no text.
func (r *renderer) placeOverview(objs []fyne.CanvasObject, k *cardObjs, c *scene.Card, tl scene.Point, z float64, dim bool) []fyne.CanvasObject {
	w, h := c.Box.W*z, c.Box.H*z
	if !thesis(c.Role) || w < 40 || h < overviewText*1.5 || len(c.Lines) == 0 || r.v.editing(c.ID) {
		return objs
	}
	avail := float32(w - 6)
	n := int(avail / (overviewText * 0.45))
	if k.overviewN != n || k.overviewOf != &c.Lines[0] || len(k.lines) == 0 {
		s := overview(c, n)
		for m := n; s != "" && fyne.MeasureText(s, overviewText, fyne.TextStyle{Bold: true}).Width > avail; m-- {
			s = overview(c, m)
		}
		k.overviewN, k.overviewOf, k.overview = n, &c.Lines[0], s
	}
	if len(k.lines) == 0 {
		k.lines = append(k.lines, canvas.NewText("", nil))
		r.created++
	}
	t := k.lines[0]
	setText(t, k.overview, overviewText, true, fade(r.pal.fg, dim))
	t.Move(fyne.NewPos(float32(tl.X+3), float32(tl.Y+(h-overviewText*1.4)/2)))
	return append(objs, t)
}

// thesis reports whether a card of role r is a landmark of a zoomed-out
// map: the main conclusion, or a secondary thesis (the root of another
// tree: a dialogue such as QT30's is dozens of them side by side).
func thesis(r argmap.Role) bool { return r == argmap.RoleMain || r == argmap.RoleConclusion }

func (r *renderer) line(k *edgeObjs, n int) *canvas.Line {
	for len(k.lines) <= n {
		l := canvas.NewLine(nil)
		l.StrokeWidth = edgeWidth
		k.lines = append(k.lines, l)
		r.created++
	}
	return k.lines[n]
}

func (r *renderer) placeEdge(objs []fyne.CanvasObject, e *scene.Edge, tr scene.Transform) []fyne.CanvasObject {
	k := r.edges[e.ID]
	if k == nil {
		k = &edgeObjs{head: canvas.NewPolygon(3, nil), dot: canvas.NewCircle(nil)}
		r.created += 2
		r.edges[e.ID] = k
	}
	col := r.edgeColor(e)
	// An argument that does not apply is drawn dashed (short dashes; an
	// undercutter's are long) and faint.
	off := !r.v.isSelected(e.ID) && r.v.marks[e.ID].Inapplicable
	on, gap := dashOn, dashOff
	if off {
		on, gap = 4.0, 4.0
	}
	if e.Proposed && !r.v.isSelected(e.ID) {
		// A suggestion: dashed and faded (proposed.go).
		off, on, gap = true, proposedDash, proposedGap
	}
	// Thinner lines when zoomed out, so that a crowd of arrows stays lines
	// and not a band of colour.
	width := float32(math.Max(1, math.Min(edgeWidth, edgeWidth*tr.Zoom*1.4)))
	if r.v.isSelected(e.ID) {
		width = 3
	}
	// Arrowheads and dots shrink with the cards below half size, so that
	// a zoomed-out map is blocks and lines, not a field of arrowheads.
	hr := headRadius * math.Max(0.3, math.Min(1, tr.Zoom*2))
	n := 0
	add := func(a, b scene.Point) {
		l := r.line(k, n)
		n++
		l.Position1, l.Position2 = pos(a), pos(b)
		l.StrokeColor, l.StrokeWidth = col, width
		objs = append(objs, l)
	}
	for si, sg := range e.Segs {
		a, b := tr.ToScreen(sg.A), tr.ToScreen(sg.B)
		if si == len(e.Segs)-1 {
			// stop the last piece at the arrowhead's base
			b = scene.Point{X: b.X - e.Dir.X*hr, Y: b.Y - e.Dir.Y*hr}
		}
		if e.Kind != scene.EdgeUndercut && !off {
			add(a, b)
			continue
		}
		l := math.Hypot(b.X-a.X, b.Y-a.Y)
		if l == 0 {
			continue
		}
		ux, uy := (b.X-a.X)/l, (b.Y-a.Y)/l
		// Dashes only where the line crosses the screen: a long link
		// zoomed in would be thousands of them.
		d0, d1, ok := clipToScreen(a, b, l, r.v.size)
		if !ok {
			continue
		}
		d0 = math.Floor(d0/(on+gap)) * (on + gap)
		l = d1
		for d := d0; d < l; d += on + gap {
			e2 := math.Min(d+on, l)
			add(scene.Point{X: a.X + ux*d, Y: a.Y + uy*d}, scene.Point{X: a.X + ux*e2, Y: a.Y + uy*e2})
		}
	}
	// The arrowhead: a triangle pointing along Dir with its tip at Tip.
	tip := tr.ToScreen(e.Tip)
	h := k.head
	h.FillColor = col
	h.Angle = float32(math.Atan2(e.Dir.X, -e.Dir.Y) * 180 / math.Pi)
	c := scene.Point{X: tip.X - e.Dir.X*hr, Y: tip.Y - e.Dir.Y*hr}
	h.Move(fyne.NewPos(float32(c.X-hr), float32(c.Y-hr)))
	h.Resize(fyne.NewSize(float32(2*hr), float32(2*hr)))
	objs = append(objs, h)
	if e.Joined {
		j := tr.ToScreen(e.Junction)
		k.dot.FillColor = col
		dr := hr * 4 / headRadius
		k.dot.Move(fyne.NewPos(float32(j.X-dr), float32(j.Y-dr)))
		k.dot.Resize(fyne.NewSize(float32(2*dr), float32(2*dr)))
		objs = append(objs, k.dot)
	}
	return objs
}

// clipToScreen returns the stretch [d0, d1] of the line from a to b
// (length l, screen pixels) that lies on a screen of the given size, with
// a margin, and false when none does.
func clipToScreen(a, b scene.Point, l float64, size fyne.Size) (d0, d1 float64, ok bool) {
	const m = 20
	r := scene.Rect{X: -m, Y: -m, W: float64(size.Width) + 2*m, H: float64(size.Height) + 2*m}
	t0, t1 := 0.0, 1.0
	dx, dy := b.X-a.X, b.Y-a.Y
	for _, pq := range [][2]float64{{-dx, a.X - r.X}, {dx, r.X + r.W - a.X}, {-dy, a.Y - r.Y}, {dy, r.Y + r.H - a.Y}} {
		p, q := pq[0], pq[1]
		if p == 0 {
			if q < 0 {
				return 0, 0, false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
	}
	if t0 > t1 {
		return 0, 0, false
	}
	return t0 * l, t1 * l, true
}

// edgeColor is the colour an edge is drawn in: its kind's, the
// selection's, faded when dimmed or when the argument does not apply.
func (r *renderer) edgeColor(e *scene.Edge) color.NRGBA {
	if r.v.isSelected(e.ID) {
		return fade(r.pal.sel, e.Dimmed)
	}
	col := scene.EdgeColor(e.Kind)
	if r.v.marks[e.ID].Inapplicable {
		col.A = 120
	}
	return faint(fade(col, e.Dimmed), e.Proposed)
}

// setText updates t and refreshes it only when something changed, so that
// a pan does not re-rasterise every line of text.
func setText(t *canvas.Text, s string, size float64, bold bool, c color.NRGBA) {
	st := fyne.TextStyle{Bold: bold}
	if t.Text == s && t.TextSize == float32(size) && t.TextStyle == st && t.Color == c {
		return
	}
	t.Text, t.TextSize, t.TextStyle, t.Color = s, float32(size), st, c
	t.Refresh()
}
