package render

import (
	"image/color"
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/scene"
)

// ArgMark is what the canvas draws on one argument's arrow besides the
// arrow (app/mapview.ArgMark, worked out by the editor's argMarks): the
// scheme's short name, a "?" marker per critical question asked, and
// whether the argument applies.
type ArgMark struct {
	Scheme string // short name of the argument's scheme, or ""
	// Answered has one entry per critical question asked of the
	// argument, in the map's order: true when answered or withdrawn,
	// false while open.
	Answered []bool
	// Inapplicable: an open critical question, or OUT in the evaluation:
	// the arrow is drawn dashed and faint, as on the canvas.
	Inapplicable bool
}

// Marks are the marks of a map's arguments, by argument ID.
type Marks map[argmap.ID]ArgMark

// ArgMarks works out the marks the canvas shows for m's arguments, with
// the embedded scheme catalogue; labels, when not nil, is the evaluation
// shown (an OUT argument does not apply). It is the editor's argMarks
// (app/canvas.go) without the question texts, which a picture has no tip
// to show.
func ArgMarks(m *argmap.Map, labels scene.Labels) Marks {
	cat := argmap.DefaultSchemes()
	marks := Marks{}
	for _, a := range m.Arguments {
		if a.Scheme == "" {
			continue
		}
		if s := cat.ByID(a.Scheme); s != nil {
			marks[a.ID] = ArgMark{Scheme: SchemeLabel(s.Name)}
		}
	}
	for _, ch := range m.Challenges {
		if ch.Kind != argmap.CriticalQuestion || m.Argument(ch.Target) == nil {
			continue
		}
		mk := marks[ch.Target]
		open := ch.Status == argmap.Open
		mk.Answered = append(mk.Answered, !open)
		mk.Inapplicable = mk.Inapplicable || open
		marks[ch.Target] = mk
	}
	if labels != nil {
		for _, a := range m.Arguments {
			if labels.Label(a.ID) == eval.Out {
				mk := marks[a.ID]
				mk.Inapplicable = true
				marks[a.ID] = mk
			}
		}
	}
	return marks
}

// SchemeLabel is the short name of a scheme on the map, as the canvas
// writes it: "Expert opinion" for "Argument from expert opinion".
func SchemeLabel(name string) string {
	for _, p := range []string{"Argument from ", "Argument by ", "Argument to "} {
		if strings.HasPrefix(name, p) && len(name) > len(p) {
			r := []rune(name[len(p):])
			return strings.ToUpper(string(r[:1])) + string(r[1:])
		}
	}
	return name
}

// Mark metrics, map units: the canvas's pixels at zoom 1
// (app/mapview/argmarks.go), so that a picture puts them where the
// canvas does.
const (
	markSize   = 15.0 // a question marker's diameter, the pill's height
	markText   = 10.0 // the scheme label's size
	glyphSize  = 14.0 // the + / − disc on an arrow
	glyphBack  = 2*7 + glyphSize*0.9
	inappAlpha = 120.0 / 255 // the opacity of an arrow that does not apply
)

// MarkAnchor is where an edge's scheme label and question markers sit,
// as on the canvas: at the junction of linked premises, else the middle
// of the arrow's last piece.
func MarkAnchor(e *scene.Edge) scene.Point {
	if e.Joined {
		return e.Junction
	}
	if len(e.Segs) == 0 {
		return e.Tip
	}
	return e.Segs[len(e.Segs)-1].Mid()
}

// markPlace is where one edge's marks go, map units.
type markPlace struct {
	glyph     scene.Point  // the polarity disc's centre; valid when hasGlyph
	hasGlyph  bool         // pro and con arrows carry one, undercutters none
	pill      scene.Rect   // the scheme label's box; empty when no scheme
	questions []scene.Rect // the markers' boxes, in order
	bounds    scene.Rect   // of all of them
}

// placeMarks lays out the marks of edge e as the canvas does at zoom 1:
// the polarity disc a little before the arrowhead, and from 8 units right
// of the anchor the scheme pill, then the question markers.
func placeMarks(e *scene.Edge, mk ArgMark) markPlace {
	var p markPlace
	if e.Kind != scene.EdgeUndercut && len(e.Segs) > 0 {
		p.hasGlyph = true
		p.glyph = scene.Point{X: e.Tip.X - e.Dir.X*glyphBack, Y: e.Tip.Y - e.Dir.Y*glyphBack}
		p.bounds = scene.Rect{X: p.glyph.X - glyphSize/2, Y: p.glyph.Y - glyphSize/2, W: glyphSize, H: glyphSize}
	}
	if mk.Scheme == "" && len(mk.Answered) == 0 {
		return p
	}
	a := MarkAnchor(e)
	x, y := a.X+8, a.Y-markSize/2
	if mk.Scheme != "" {
		tw, _ := Measure(mk.Scheme, markText, false)
		p.pill = scene.Rect{X: x, Y: y, W: tw + 12, H: markSize}
		p.bounds = p.bounds.Union(p.pill)
		x += tw + 16
	}
	for range mk.Answered {
		q := scene.Rect{X: x, Y: y, W: markSize, H: markSize}
		p.questions = append(p.questions, q)
		p.bounds = p.bounds.Union(q)
		x += markSize + 4
	}
	return p
}

// drawMarks draws edge e's marks in col, the arrow's colour.
func drawMarks(dst Surface, e *scene.Edge, mk ArgMark, p markPlace, col color.NRGBA) error {
	if p.hasGlyph {
		g := scene.Rect{X: p.glyph.X - glyphSize/2, Y: p.glyph.Y - glyphSize/2, W: glyphSize, H: glyphSize}
		dst.RoundRect(g, glyphSize/2, paper, col, 1.5)
		s := "+"
		if e.Kind == scene.EdgeCon {
			s = "–" // the bundled font has no U+2212 minus; the en dash is as wide
		}
		if err := centred(dst, g, 12, true, col, s); err != nil {
			return err
		}
	}
	if !p.pill.Empty() {
		dst.RoundRect(p.pill, markSize/2, paper, mix(paper, muted, 160.0/255), 1)
		w, _ := Measure(mk.Scheme, markText, false)
		if err := dst.Text(scene.Point{X: p.pill.X + 6, Y: p.pill.Y + 1}, markText, false, muted, mk.Scheme, w); err != nil {
			return err
		}
	}
	for i, q := range p.questions {
		fg := white
		if mk.Answered[i] {
			dst.RoundRect(q, markSize/2, paper, scene.ColorIn, 1.5)
			fg = scene.ColorIn
		} else {
			dst.Circle(scene.Point{X: q.X + q.W/2, Y: q.Y + q.H/2}, markSize/2, scene.ColorUndec)
		}
		if err := centred(dst, q, markText+1, true, fg, "?"); err != nil {
			return err
		}
	}
	return nil
}

// centred draws s in the middle of box.
func centred(dst Surface, box scene.Rect, size float64, bold bool, c color.NRGBA, s string) error {
	w, h := Measure(s, size, bold)
	return dst.Text(scene.Point{X: box.X + (box.W-w)/2, Y: box.Y + (box.H-h)/2}, size, bold, c, s, w)
}
