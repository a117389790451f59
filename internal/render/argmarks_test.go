package render

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/scene"
)

// marked is a map with what the canvas draws on arguments: a linked
// argument from expert opinion with one open and one answered critical
// question, an objection from sign, an undercutter, a claim in a user's
// colour and a suggested claim with its argument.
type markedMap struct {
	m                     *argmap.Map
	expert, sign, under   argmap.ID // arguments
	suggested, suggestArg argmap.ID
	coloured              argmap.ID // a claim
}

func marked(t *testing.T) markedMap {
	t.Helper()
	b := argmaptest.NewBuilder("render", "marked")
	at := argmaptest.At
	var k markedMap
	main := b.Claim("The new bridge is safe to open.", at(400, 60))
	eng := b.Claim("The chief engineer says the bridge is safe.", at(250, 260))
	exp := b.Claim("She is an expert in bridge design.", at(550, 260))
	crack := b.Claim("Cracks on the pillars are a sign of weakness.", at(900, 260),
		argmaptest.With(func(c *argmap.Claim) { c.Color = "#8a2be2" }))
	k.coloured = crack
	paid := b.Claim("She was paid by the builder.", at(250, 460))
	a := b.Arg(argmap.Pro, main, eng, exp)
	a.Scheme = "expert-opinion"
	k.expert = a.ID
	s := b.Arg(argmap.Con, main, crack)
	s.Scheme = "sign"
	k.sign = s.ID
	k.under = b.Con(a.ID, paid)
	open := b.Challenge(argmap.CriticalQuestion, a.ID, "")
	open.Question = 1
	done := b.Challenge(argmap.CriticalQuestion, a.ID, "")
	done.Question = 2
	done.Status, done.Answer = argmap.Answered, "She is independent."
	k.suggested = b.Claim("Traffic counts show no overload.", at(900, 460),
		argmaptest.With(func(c *argmap.Claim) { c.Proposal = &argmap.Proposal{By: "suggester"} }))
	k.suggestArg = b.Pro(crack, k.suggested)
	k.m = b.Map()
	return k
}

// TestArgMarks: the marks are the editor's: the scheme's short name, one
// entry per critical question in the map's order (answered or open), and
// inapplicable with an open question or when OUT.
func TestArgMarks(t *testing.T) {
	t.Parallel()
	k := marked(t)
	mk := ArgMarks(k.m, nil)
	for _, tc := range []struct {
		arg    argmap.ID
		scheme string
		ans    string
		inapp  bool
	}{
		{k.expert, "Expert opinion", "[false true]", true},
		{k.sign, "Sign", "[]", false},
		{k.under, "", "[]", false},
	} {
		got := mk[tc.arg]
		if got.Scheme != tc.scheme || fmt.Sprint(got.Answered) != tc.ans || got.Inapplicable != tc.inapp {
			t.Errorf("%s: %+v, want scheme %q, answered %s, inapplicable %v", tc.arg, got, tc.scheme, tc.ans, tc.inapp)
		}
	}
	out := scene.Badges{k.sign: 2} // eval.Out
	if !ArgMarks(k.m, out)[k.sign].Inapplicable {
		t.Error("an OUT argument applies")
	}
	for name, want := range map[string]string{
		"Argument from expert opinion": "Expert opinion", "Argument by analogy": "Analogy",
		"Argument to the best explanation": "The best explanation", "Sign": "Sign", "Argument from ": "Argument from ",
	} {
		if got := SchemeLabel(name); got != want {
			t.Errorf("SchemeLabel(%q) = %q, want %q", name, got, want)
		}
	}
}

// svgOf is the svg format's export of m, as the app writes it.
func svgOf(t *testing.T, m *argmap.Map) []byte {
	t.Helper()
	out, err := testFormats().ByName("svg").Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSVGShowsSchemeLabels: the SVG export writes each scheme's label in
// its pill 8 units right of the anchor (the junction, or the middle of the
// arrow), where the canvas puts it; it used to leave them out.
func TestSVGShowsSchemeLabels(t *testing.T) {
	t.Parallel()
	k := marked(t)
	out := svgOf(t, k.m)
	s := Scene(k.m, Status(k.m))
	for _, tc := range []struct {
		arg   argmap.ID
		label string
	}{{k.expert, "Expert opinion"}, {k.sign, "Sign"}} {
		a := MarkAnchor(s.Edge(tc.arg))
		pill := fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="14" rx="7.25" fill="#ffffff" stroke=`,
			num(a.X+8+0.5), num(a.Y-7.5+0.5), num(textW(tc.label)+12-1))
		text := fmt.Sprintf(`<text x="%s" y="%s" font-size="10" fill="#6e7781" textLength="%s" lengthAdjust="spacingAndGlyphs">%s</text>`,
			num(a.X+14), num(a.Y-6.5+ascent(10, false)), num(textW(tc.label)), tc.label)
		for _, want := range []string{pill, text} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("the SVG lacks %s", want)
			}
		}
	}
}

func textW(s string) float64 { w, _ := Measure(s, markText, false); return w }

// TestSVGShowsQuestionMarkers: each critical question asked is a "?"
// marker right of the scheme label: a filled amber disc while open, a
// ring in the IN colour once answered (the canvas's markers); the SVG
// used to have none.
func TestSVGShowsQuestionMarkers(t *testing.T) {
	t.Parallel()
	k := marked(t)
	out := svgOf(t, k.m)
	s := Scene(k.m, Status(k.m))
	a := MarkAnchor(s.Edge(k.expert))
	x := a.X + 8 + textW("Expert opinion") + 16 // after the pill
	open := fmt.Sprintf(`<circle cx="%s" cy="%s" r="7.5" fill="%s"/>`, num(x+7.5), num(a.Y), hex(scene.ColorUndec))
	answered := fmt.Sprintf(`<rect x="%s" y="%s" width="13.5" height="13.5" rx="7.12" fill="#ffffff" stroke="%s" stroke-width="1.5"/>`,
		num(x+19+0.75), num(a.Y-7.5+0.75), hex(scene.ColorIn))
	for _, want := range []string{open, answered} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the SVG lacks %s", want)
		}
	}
	// Two markers, each with its "?" in the marker's colour.
	for _, col := range []color.NRGBA{white, scene.ColorIn} {
		if n := bytes.Count(out, []byte(`fill="`+hex(col)+`" font-weight="bold" textLength="`+num(wBold("?", 11))+`" lengthAdjust="spacingAndGlyphs">?</text>`)); n != 1 {
			t.Errorf("%d question marks in %s, want 1", n, hex(col))
		}
	}
}

func wBold(s string, size float64) float64 { w, _ := Measure(s, size, true); return w }

// TestSVGShowsPolarityAndApplicability: a pro arrow carries a "+" disc
// and a con arrow a "–" disc before the arrowhead; an argument with an
// open question is drawn in short faint dashes, a suggested one dashed
// and faded, and a suggested claim's border dashed, as on the canvas.
// (The formats leave suggestions out of a file: Map.Accepted; this draws
// the scene as it is.)
func TestSVGShowsPolarityAndApplicability(t *testing.T) {
	t.Parallel()
	k := marked(t)
	out := string(SVG(Scene(k.m, nil), ArgMarks(k.m, nil)))
	for s, n := range map[string]int{">+</text>": 2, ">–</text>": 1} {
		if got := strings.Count(out, s); got != n {
			t.Errorf("%d %q discs, want %d", got, s, n)
		}
	}
	faintPro := hex(mix(paper, scene.EdgeColor(scene.EdgePro), inappAlpha))
	// Each leg is one line with its dash pattern (it was once a line a
	// dash: 190 MB of SVG for a 20,000-claim map).
	if n := strings.Count(out, `stroke="`+faintPro+`" stroke-width="2" stroke-dasharray="4 4"/>`); n != 4 {
		t.Errorf("%d faint dashed legs of the argument with an open question, want 4", n)
	}
	if n := strings.Count(out, `stroke="`+hex(faint(scene.EdgeColor(scene.EdgePro), true))+`" stroke-width="2" stroke-dasharray="6 4"/>`); n != 1 {
		t.Errorf("%d faded dashed legs of the suggested argument, want 1", n)
	}
	border := hex(faint(Scene(k.m, nil).Card(k.suggested).RoleColor, true))
	if n := strings.Count(out, `stroke="`+border+`" stroke-width="1.5" stroke-dasharray="6 4"/>`); n != 4 {
		t.Errorf("%d dashed sides on the suggestion's border, want 4", n)
	}
}

// TestUserColourAsCanvas: a claim in a user's colour keeps the role's
// border, and the colour washes the fill and runs down a stripe (the
// export used to paint the border in it).
func TestUserColourAsCanvas(t *testing.T) {
	t.Parallel()
	k := marked(t)
	s := Scene(k.m, nil)
	c := s.Card(k.coloured)
	var b bytes.Buffer
	if err := drawCard((*svgSurface)(&b), c, s.Options()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`fill="` + hex(mix(paper, c.Accent, 0.22)) + `" stroke="` + hex(c.RoleColor) + `"`,
		fmt.Sprintf(`<rect x="%s" y="%s" width="7" height="%s" rx="3" fill="%s"/>`, num(c.Box.X+2), num(c.Box.Y+3), num(c.Box.H-6), hex(c.Accent)),
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the card lacks %s:\n%s", want, b.String())
		}
	}
}

// TestPNGShowsMarks: the PNG, drawn from the same marks, is amber at the
// open question's marker, has the scheme label's ink in its pill, and its
// frame holds the marks that reach past the cards.
func TestPNGShowsMarks(t *testing.T) {
	t.Parallel()
	k := marked(t)
	data, err := testFormats().ByName("png").Encode(k.m)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	st := Status(k.m)
	s, mk := Scene(k.m, st), ArgMarks(k.m, st)
	f := frame(s, mk)
	at := func(p scene.Point) image.Point {
		return image.Pt(int((p.X-f.X)*ExportScale), int((p.Y-f.Y)*ExportScale))
	}
	p := placeMarks(s.Edge(k.expert), mk[k.expert])
	q := p.questions[0]
	// Off the "?" glyph, inside the disc.
	c := at(scene.Point{X: q.X + 3, Y: q.Y + q.H/2})
	if got := color.NRGBAModel.Convert(img.At(c.X, c.Y)).(color.NRGBA); got != scene.ColorUndec {
		t.Errorf("open marker at %v is %v, want %v", c, got, scene.ColorUndec)
	}
	inked := 0
	for y := p.pill.Y + 3; y < p.pill.Y+p.pill.H-3; y++ {
		for x := p.pill.X + 6; x < p.pill.X+p.pill.W-6; x++ {
			pt := at(scene.Point{X: x, Y: y})
			if r, _, _, _ := img.At(pt.X, pt.Y).RGBA(); r>>8 < 0xc0 {
				inked++
			}
		}
	}
	if inked < 20 {
		t.Errorf("only %d inked points in the scheme pill", inked)
	}
	for id, m := range mk {
		if b := placeMarks(s.Edge(id), m).bounds; b.Union(f) != f {
			t.Errorf("the marks of %s at %v reach out of the frame %v", id, b, f)
		}
	}
}

// TestMarksGolden: the SVG of the marked map, reviewed.
func TestMarksGolden(t *testing.T) {
	t.Parallel()
	goldenFile(t, "marked.svg", svgOf(t, marked(t).m))
}
