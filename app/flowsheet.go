package app

import (
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/mapview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/scene"
)

// The flow sheet: a debate round drawn as a judge's flow, one column per
// speech, each claim a compact card in the row of what it answers, arrows
// from an answer back to what it answers. The sheet only draws sheetData
// (flowdata.go builds it from the map) and reports taps; the panel
// (flowpanel.go) turns keys and taps into the editor's edits.

// Geometry of the sheet, in Fyne units.
const (
	sheetColW     = 192 // a column: the card and the gutter the arrows cross
	sheetGutter   = 30
	sheetMargin   = 18
	sheetRowGap   = 14
	sheetPad      = 6
	sheetText     = 12.5
	sheetTagText  = 10
	sheetMaxLines = 5
	sheetHeaderH  = 50
	sheetMinRow   = 34
)

// Colours of the two sides: the side that opens (affirmative, government,
// proposition) blue, the other purple, so that neither reads as the red of
// an objection or of a dropped claim.
var (
	sideFirstColor  = scene.ColorMain
	sideSecondColor = scene.ColorUndercut
	droppedColor    = scene.ColorCon
	extendedColor   = scene.ColorPro
)

// sheetSpeech is a column's header.
type sheetSpeech struct {
	Name, Side, Speaker string
	First               bool // of the side that speaks first
}

// sheetLink is an answer's arrow to what it answers: a claim, or the claim
// whose inference (argument) it attacks.
type sheetLink struct {
	To  argmap.ID
	Pro bool // an extension, not an answer
	// Row: the link that sets the answer's row (flow.Grid.Answers); a
	// claim's further links are drawn fainter, as they cross the sheet.
	Row bool
}

// sheetCard is one claim on the sheet.
type sheetCard struct {
	ID                argmap.ID
	Col, Row          int
	Text              string
	Dropped, Extended bool
	Proposed          bool       // a suggestion not yet accepted
	Status            eval.Label // eval.Unlabelled while the evaluation is hidden
	Links             []sheetLink
}

// sheetData is what the sheet draws.
type sheetData struct {
	Speeches []sheetSpeech
	Cards    []sheetCard
	Rows     int
}

// sheetGeom is where the cards of one sheetData go.
type sheetGeom struct {
	rowY  []float32 // top of each row, below the headers
	rowH  []float32
	lines map[argmap.ID][]string
	cardH map[argmap.ID]float32
	w, h  float32
}

func cardWidth() float32 { return sheetColW - sheetGutter }

func colX(col int) float32 { return sheetMargin + float32(col)*sheetColW }

// hasMeta reports whether a card shows its top line of marks.
func (c *sheetCard) hasMeta() bool {
	return c.Dropped || c.Extended || c.Proposed || c.Status != eval.Unlabelled
}

// wrapCache keeps the wrapped lines of the texts on the sheet: an edit
// changes one text at most, and wrapping 400 texts again took most of a
// refresh.
type wrapCache map[string][]string

// layoutSheet wraps every card's text (through wc, which it prunes to the
// texts of d) and stacks the rows.
func layoutSheet(d *sheetData, wc wrapCache) *sheetGeom {
	g := &sheetGeom{lines: make(map[argmap.ID][]string, len(d.Cards)), cardH: make(map[argmap.ID]float32, len(d.Cards))}
	var lineH float64
	if len(d.Cards) > 0 {
		// Not for the empty sheet NewEditor makes: no text is measured
		// (nor a font parsed) for a flow that is never shown.
		_, lineH = mapview.Measure("Mg", sheetText, false)
	}
	rows := d.Rows
	for _, c := range d.Cards {
		rows = max(rows, c.Row+1)
	}
	g.rowH = make([]float32, rows)
	for i := range g.rowH {
		g.rowH[i] = sheetMinRow
	}
	for i := range d.Cards {
		c := &d.Cards[i]
		text := strings.TrimSpace(c.Text)
		if text == "" {
			text = "(no text)"
		}
		ls, ok := wc[text]
		if !ok {
			ls = scene.Wrap(text, float64(cardWidth()-2*sheetPad-4), sheetText, false, mapview.Measure)
			if len(ls) > sheetMaxLines {
				ls = append(ls[:sheetMaxLines-1:sheetMaxLines-1], ls[sheetMaxLines-1]+" …")
			}
			wc[text] = ls
		}
		g.lines[c.ID] = ls
		h := float32(2*sheetPad) + float32(len(ls))*float32(lineH)
		if c.hasMeta() {
			h += sheetTagText + 8
		}
		g.cardH[c.ID] = h
		if c.Row >= 0 && c.Row < rows {
			g.rowH[c.Row] = max(g.rowH[c.Row], h)
		}
	}
	if len(wc) > 2*len(d.Cards)+64 { // texts typed over and gone
		keep := make(map[string]bool, len(d.Cards))
		for _, c := range d.Cards {
			keep[strings.TrimSpace(c.Text)] = true
		}
		for t := range wc {
			if !keep[t] {
				delete(wc, t)
			}
		}
	}
	g.rowY = make([]float32, rows)
	y := float32(sheetMargin)
	for i := range g.rowH {
		g.rowY[i] = y
		y += g.rowH[i] + sheetRowGap
	}
	g.w = colX(len(d.Speeches)) + sheetMargin
	g.h = y + sheetMargin
	return g
}

// cardRect is the box of card c (position and size).
func (g *sheetGeom) cardRect(c *sheetCard) (fyne.Position, fyne.Size) {
	y := float32(sheetMargin)
	if c.Row >= 0 && c.Row < len(g.rowY) {
		y = g.rowY[c.Row]
	}
	return fyne.NewPos(colX(c.Col), y), fyne.NewSize(cardWidth(), g.cardH[c.ID])
}

// flowSheet draws the cards, arrows and column shading of a round.
type flowSheet struct {
	widget.BaseWidget
	data sheetData
	geom *sheetGeom
	byID map[argmap.ID]int
	sel  map[argmap.ID]bool
	// infPrem and infTarget: the premises and conclusion of the selected
	// inference (setInference).
	infPrem   map[argmap.ID]bool
	infTarget argmap.ID
	cur       int // the speech being flowed, shaded
	wraps     wrapCache
	cells     map[[2]int]bool // the cells (column, row) that hold a card
	onTap     func(id argmap.ID, col int)
	// onDoubleTap reports a double click on a card.
	onDoubleTap func(id argmap.ID)
}

func newFlowSheet() *flowSheet {
	s := &flowSheet{sel: map[argmap.ID]bool{}, infPrem: map[argmap.ID]bool{}, byID: map[argmap.ID]int{}, wraps: wrapCache{}}
	s.geom = layoutSheet(&s.data, s.wraps)
	s.ExtendBaseWidget(s)
	return s
}

// setData replaces what the sheet shows.
func (s *flowSheet) setData(d sheetData) {
	s.data = d
	s.geom = layoutSheet(&s.data, s.wraps)
	clear(s.byID)
	s.cells = make(map[[2]int]bool, len(d.Cards))
	for i, c := range d.Cards {
		s.byID[c.ID] = i
		s.cells[[2]int{c.Col, c.Row}] = true
	}
	s.Refresh()
}

// setInference marks the premises' cards of the selected inference a and
// its arrow to its conclusion (nil: none), so that a coach sees what the
// toolbar's Objection undercuts; it does not refresh.
func (s *flowSheet) setInference(a *argmap.Argument) {
	clear(s.infPrem)
	s.infTarget = argmap.NilID
	if a == nil {
		return
	}
	for _, c := range a.Premises {
		s.infPrem[c] = true
	}
	s.infTarget = a.Target
}

// setSelection marks ids as selected; it does not refresh.
func (s *flowSheet) setSelection(ids []argmap.ID) {
	clear(s.sel)
	for _, id := range ids {
		s.sel[id] = true
	}
}

// rowFree reports whether row has no card in columns from to before (a
// straight arrow along it crosses none).
func (s *flowSheet) rowFree(row, from, before int) bool {
	for col := from; col < before; col++ {
		if s.cells[[2]int{col, row}] {
			return false
		}
	}
	return true
}

// card returns the card of claim id, or nil.
func (s *flowSheet) card(id argmap.ID) *sheetCard {
	if i, ok := s.byID[id]; ok {
		return &s.data.Cards[i]
	}
	return nil
}

// at returns the card under pos (NilID for none) and the column there.
func (s *flowSheet) at(pos fyne.Position) (argmap.ID, int) {
	col := int(math.Floor(float64((pos.X - sheetMargin + sheetGutter/2) / sheetColW)))
	for i := range s.data.Cards {
		c := &s.data.Cards[i]
		p, sz := s.geom.cardRect(c)
		if pos.X >= p.X && pos.X <= p.X+sz.Width && pos.Y >= p.Y && pos.Y <= p.Y+sz.Height {
			return c.ID, c.Col
		}
	}
	return argmap.NilID, col
}

// Tapped selects the card under the pointer, or the column.
func (s *flowSheet) Tapped(ev *fyne.PointEvent) {
	if s.onTap != nil {
		s.onTap(s.at(ev.Position))
	}
}

// DoubleTapped edits the card under the pointer.
func (s *flowSheet) DoubleTapped(ev *fyne.PointEvent) {
	if id, _ := s.at(ev.Position); s.onDoubleTap != nil && id != argmap.NilID {
		s.onDoubleTap(id)
	}
}

// MinSize is the whole sheet: the scroll around it shows a part.
func (s *flowSheet) MinSize() fyne.Size { return fyne.NewSize(s.geom.w, s.geom.h) }

func (s *flowSheet) CreateRenderer() fyne.WidgetRenderer {
	return &sheetRenderer{s: s, cards: map[argmap.ID]*cardObjs{}}
}

// cardObjs are the canvas objects of one card, kept between refreshes.
type cardObjs struct {
	box, stripe, tagBox, badgeBox *canvas.Rectangle
	tag, ext, badge, prop         *canvas.Text
	lines                         []*canvas.Text
}

type sheetRenderer struct {
	s       *flowSheet
	cards   map[argmap.ID]*cardObjs
	shade   *canvas.Rectangle
	arrows  []*canvas.Line
	objects []fyne.CanvasObject
}

func (r *sheetRenderer) Destroy()                     {}
func (r *sheetRenderer) MinSize() fyne.Size           { return r.s.MinSize() }
func (r *sheetRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *sheetRenderer) Layout(fyne.Size)             { r.build() }
func (r *sheetRenderer) Refresh()                     { r.build(); canvas.Refresh(r.s) }

func themeColor(n fyne.ThemeColorName) color.NRGBA {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return nrgbaOf(theme.Current().Color(n, v))
}

func nrgbaOf(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

func blend(a, b color.NRGBA, t float64) color.NRGBA {
	f := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t + 0.5) }
	return color.NRGBA{R: f(a.R, b.R), G: f(a.G, b.G), B: f(a.B, b.B), A: 0xff}
}

func sideColor(first bool) color.NRGBA {
	if first {
		return sideFirstColor
	}
	return sideSecondColor
}

// build places every object: the shading of the current column, the
// arrows under the cards, then the cards.
func (r *sheetRenderer) build() {
	s := r.s
	g := s.geom
	bg := themeColor(theme.ColorNameBackground)
	fg := themeColor(theme.ColorNameForeground)
	dark := (0.299*float64(bg.R)+0.587*float64(bg.G)+0.114*float64(bg.B))/255 < 0.5
	cardFill := color.NRGBA{R: 255, G: 255, B: 255, A: 255}
	if dark {
		cardFill = blend(bg, cardFill, 0.08)
	}
	sel := themeColor(theme.ColorNamePrimary)
	muted := themeColor(theme.ColorNamePlaceHolder)

	objs := r.objects[:0]
	if r.shade == nil {
		r.shade = canvas.NewRectangle(nil)
	}
	if s.cur >= 0 && s.cur < len(s.data.Speeches) {
		c := sideColor(s.data.Speeches[s.cur].First)
		r.shade.FillColor = color.NRGBA{R: c.R, G: c.G, B: c.B, A: 0x1c}
		r.shade.Move(fyne.NewPos(colX(s.cur)-sheetGutter/2+2, 0))
		r.shade.Resize(fyne.NewSize(sheetColW-4, max(s.Size().Height, g.h)))
		objs = append(objs, r.shade)
	}

	// Arrows, from the answer's left edge to the right edge of what it
	// answers, with a head there.
	n := 0
	line := func(a, b fyne.Position, c color.NRGBA, w float32) {
		if n == len(r.arrows) {
			r.arrows = append(r.arrows, canvas.NewLine(nil))
		}
		l := r.arrows[n]
		n++
		l.StrokeColor, l.StrokeWidth = c, w
		l.Position1, l.Position2 = a, b
		objs = append(objs, l)
	}
	for i := range s.data.Cards {
		c := &s.data.Cards[i]
		p, sz := g.cardRect(c)
		from := fyne.NewPos(p.X, p.Y+min(sz.Height/2, 18))
		for _, ln := range c.Links {
			t := s.card(ln.To)
			if t == nil {
				continue
			}
			tp, tsz := g.cardRect(t)
			col := scene.ColorCon
			if ln.Pro {
				col = scene.ColorPro
			}
			width := float32(1.6)
			inf := s.infPrem[c.ID] && ln.To == s.infTarget
			hot := s.sel[c.ID] || s.sel[t.ID] || inf
			if hot {
				width = 2.6
			}
			if inf { // the selected inference itself: in the selection's colour
				col = sel
			}
			if !ln.Row && !hot {
				col.A, width = 0x70, 1.2
			}
			if t.Col >= c.Col {
				// Within one speech (a reason for its own claim): a
				// bracket in the gutter on the left, not a line across
				// the cards between.
				x := p.X - 7
				ty := tp.Y + min(tsz.Height/2, 18)
				line(fyne.NewPos(p.X, from.Y), fyne.NewPos(x, from.Y), col, width)
				line(fyne.NewPos(x, from.Y), fyne.NewPos(x, ty), col, width)
				line(fyne.NewPos(x, ty), fyne.NewPos(tp.X, ty), col, width)
				for _, d := range []float32{-4, 4} {
					line(fyne.NewPos(tp.X, ty), fyne.NewPos(tp.X-5, ty+d), col, width)
				}
				continue
			}
			to := fyne.NewPos(tp.X+tsz.Width, tp.Y+min(tsz.Height/2, 18))
			last := from // where the arrow's last segment starts
			if c.Row == t.Row && s.rowFree(t.Row, t.Col+1, c.Col) {
				line(from, to, col, width)
			} else {
				// Around the cards, never under them: into the gutter
				// left of the answer, along the gap between rows next to
				// the target's row, up or down the gutter right of the
				// target, and in.
				gy := g.rowY[t.Row] + g.rowH[t.Row] + sheetRowGap/2
				if c.Row < t.Row {
					gy = g.rowY[t.Row] - sheetRowGap/2
				}
				xa := p.X - sheetGutter/2 + 4
				xt := tp.X + tsz.Width + sheetGutter/2 - 4
				pts := []fyne.Position{from, {X: xa, Y: from.Y}, {X: xa, Y: gy}, {X: xt, Y: gy}, {X: xt, Y: to.Y}, to}
				for j := 1; j < len(pts); j++ {
					line(pts[j-1], pts[j], col, width)
				}
				last = pts[len(pts)-2]
			}
			ang := math.Atan2(float64(last.Y-to.Y), float64(last.X-to.X))
			for _, d := range []float64{-0.45, 0.45} {
				head := fyne.NewPos(to.X+float32(9*math.Cos(ang+d)), to.Y+float32(9*math.Sin(ang+d)))
				line(to, head, col, width)
			}
		}
	}
	for _, l := range r.arrows[n:] {
		l.Hide()
	}
	for _, l := range r.arrows[:n] {
		l.Show()
	}

	seen := make(map[argmap.ID]bool, len(s.data.Cards))
	for i := range s.data.Cards {
		c := &s.data.Cards[i]
		seen[c.ID] = true
		k := r.cards[c.ID]
		if k == nil {
			k = &cardObjs{
				box: canvas.NewRectangle(nil), stripe: canvas.NewRectangle(nil),
				tagBox: canvas.NewRectangle(nil), badgeBox: canvas.NewRectangle(nil),
				tag: canvas.NewText("", nil), ext: canvas.NewText("", nil), badge: canvas.NewText("", nil), prop: canvas.NewText("", nil),
			}
			r.cards[c.ID] = k
		}
		first := c.Col >= 0 && c.Col < len(s.data.Speeches) && s.data.Speeches[c.Col].First
		side := sideColor(first)
		p, sz := g.cardRect(c)
		k.box.Move(p)
		k.box.Resize(sz)
		k.box.CornerRadius = 5
		k.box.FillColor = blend(cardFill, side, 0.06)
		k.box.StrokeColor, k.box.StrokeWidth = blend(cardFill, side, 0.45), 1
		if c.Dropped {
			k.box.FillColor = blend(cardFill, droppedColor, 0.10)
			k.box.StrokeColor, k.box.StrokeWidth = droppedColor, 2
		}
		if c.Proposed { // pending: faint, as on the map
			k.box.FillColor = blend(cardFill, bg, 0.5)
			k.box.StrokeColor = muted
		}
		if s.sel[c.ID] {
			k.box.StrokeColor, k.box.StrokeWidth = sel, 3
		} else if s.infPrem[c.ID] {
			// A premise of the selected inference: tinted, a thinner
			// frame than a selected claim's.
			k.box.FillColor = blend(blend(cardFill, side, 0.06), sel, 0.14)
			k.box.StrokeColor, k.box.StrokeWidth = sel, 2
		}
		k.stripe.FillColor = side
		k.stripe.Move(fyne.NewPos(p.X+1, p.Y+4))
		k.stripe.Resize(fyne.NewSize(3, sz.Height-8))
		objs = append(objs, k.box, k.stripe)

		y := p.Y + sheetPad
		if c.hasMeta() {
			x := p.X + sheetPad + 4
			if c.Dropped {
				setTagText(k.tag, "DROPPED", color.NRGBA{R: 255, G: 255, B: 255, A: 255}, true)
				tw := tagWidth(k.tag.Text) + 8
				k.tagBox.FillColor = droppedColor
				k.tagBox.CornerRadius = 3
				k.tagBox.Move(fyne.NewPos(x, y-1))
				k.tagBox.Resize(fyne.NewSize(tw, sheetTagText+5))
				k.tag.Move(fyne.NewPos(x+4, y))
				objs = append(objs, k.tagBox, k.tag)
				x += tw + 6
			}
			if c.Extended {
				ext := "EXTENDED →"
				room := p.X + sz.Width - sheetPad - 30 - x // left of the badge
				if tagWidth(ext) > room {
					ext = "EXT. →"
				}
				setTagText(k.ext, ext, extendedColor, true)
				k.ext.Move(fyne.NewPos(x, y))
				objs = append(objs, k.ext)
			}
			if c.Proposed {
				setTagText(k.prop, scene.SuggestedLabel, muted, true)
				k.prop.Move(fyne.NewPos(x, y))
				objs = append(objs, k.prop)
			}
			if c.Status != eval.Unlabelled {
				setTagText(k.badge, scene.StatusText(c.Status), color.NRGBA{R: 255, G: 255, B: 255, A: 255}, true)
				bw := max(tagWidth(k.badge.Text)+10, 24)
				bx := p.X + sz.Width - sheetPad - bw
				k.badgeBox.FillColor = scene.StatusColor(c.Status)
				k.badgeBox.CornerRadius = (sheetTagText + 5) / 2
				k.badgeBox.Move(fyne.NewPos(bx, y-1))
				k.badgeBox.Resize(fyne.NewSize(bw, sheetTagText+5))
				k.badge.Alignment = fyne.TextAlignCenter
				k.badge.Move(fyne.NewPos(bx, y))
				k.badge.Resize(fyne.NewSize(bw, sheetTagText+2))
				objs = append(objs, k.badgeBox, k.badge)
			}
			y += sheetTagText + 8
		}
		ls := g.lines[c.ID]
		for len(k.lines) < len(ls) {
			k.lines = append(k.lines, canvas.NewText("", nil))
		}
		_, lineH := mapview.Measure("Mg", sheetText, false)
		for j, txt := range ls {
			t := k.lines[j]
			t.Text, t.TextSize, t.Color = txt, sheetText, fg
			t.Move(fyne.NewPos(p.X+sheetPad+4, y+float32(j)*float32(lineH)))
			objs = append(objs, t)
		}
		for _, o := range objs[len(objs)-len(ls):] {
			o.Refresh()
		}
		k.box.Refresh()
		k.stripe.Refresh()
	}
	for id := range r.cards {
		if !seen[id] {
			delete(r.cards, id)
		}
	}
	r.objects = objs
}

// tagWidth is the width of a bold tag text (mapview.Measure remembers it;
// a canvas.Text's MinSize measures it again each time).
func tagWidth(s string) float32 {
	w, _ := mapview.Measure(s, sheetTagText, true)
	return float32(w)
}

func setTagText(t *canvas.Text, s string, c color.NRGBA, bold bool) {
	t.Text, t.Color, t.TextSize = s, c, sheetTagText
	t.TextStyle = fyne.TextStyle{Bold: bold}
	t.Refresh()
}

// flowHeader draws the speeches' names above the columns, outside the
// vertical scroll so that they stay in sight.
type flowHeader struct {
	widget.BaseWidget
	sheet *flowSheet
	onTap func(col int)
}

func newFlowHeader(s *flowSheet) *flowHeader {
	h := &flowHeader{sheet: s}
	h.ExtendBaseWidget(h)
	return h
}

// Tapped makes the tapped speech the current one.
func (h *flowHeader) Tapped(ev *fyne.PointEvent) {
	col := int(math.Floor(float64((ev.Position.X - sheetMargin + sheetGutter/2) / sheetColW)))
	if h.onTap != nil && col >= 0 && col < len(h.sheet.data.Speeches) {
		h.onTap(col)
	}
}

func (h *flowHeader) MinSize() fyne.Size {
	return fyne.NewSize(h.sheet.geom.w, sheetHeaderH)
}

func (h *flowHeader) CreateRenderer() fyne.WidgetRenderer { return &headerRenderer{h: h} }

type headerObjs struct {
	box       *canvas.Rectangle
	name, sub *canvas.Text
}

type headerRenderer struct {
	h       *flowHeader
	cols    []headerObjs
	objects []fyne.CanvasObject
}

func (r *headerRenderer) Destroy()                     {}
func (r *headerRenderer) MinSize() fyne.Size           { return r.h.MinSize() }
func (r *headerRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *headerRenderer) Layout(fyne.Size)             { r.build() }
func (r *headerRenderer) Refresh()                     { r.build(); canvas.Refresh(r.h) }

func (r *headerRenderer) build() {
	s := r.h.sheet
	fg := themeColor(theme.ColorNameForeground)
	muted := themeColor(theme.ColorNamePlaceHolder)
	bg := themeColor(theme.ColorNameBackground)
	objs := r.objects[:0]
	for len(r.cols) < len(s.data.Speeches) {
		r.cols = append(r.cols, headerObjs{box: canvas.NewRectangle(nil), name: canvas.NewText("", nil), sub: canvas.NewText("", nil)})
	}
	for i, sp := range s.data.Speeches {
		k := r.cols[i]
		side := sideColor(sp.First)
		x := colX(i)
		k.box.Move(fyne.NewPos(x, 6))
		k.box.Resize(fyne.NewSize(cardWidth(), sheetHeaderH-10))
		k.box.CornerRadius = 5
		nameC, subC := fg, muted
		if i == s.cur {
			k.box.FillColor = side
			k.box.StrokeWidth = 0
			nameC, subC = color.NRGBA{R: 255, G: 255, B: 255, A: 255}, color.NRGBA{R: 255, G: 255, B: 255, A: 220}
		} else {
			k.box.FillColor = blend(bg, side, 0.12)
			k.box.StrokeColor, k.box.StrokeWidth = blend(bg, side, 0.5), 1
		}
		k.name.Text, k.name.TextSize, k.name.TextStyle, k.name.Color = sp.Name, 15, fyne.TextStyle{Bold: true}, nameC
		k.name.Move(fyne.NewPos(x+8, 9))
		sub := sp.Side
		if sp.Speaker != "" {
			sub += " · " + sp.Speaker
		}
		k.sub.Text, k.sub.TextSize, k.sub.Color = sub, 11, subC
		k.sub.Move(fyne.NewPos(x+8, 28))
		k.box.Refresh()
		k.name.Refresh()
		k.sub.Refresh()
		objs = append(objs, k.box, k.name, k.sub)
	}
	r.objects = objs
}
