package mapview

import (
	"bytes"
	"reflect"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// Measure is the text measurer the view gives the scene: Fyne's own
// sizes, so that wrapped lines fit the cards exactly as drawn, remembered
// per text and shaped with a font kept between calls.
//
// Why not fyne.MeasureText alone: it makes a new shaper for every text it
// has not seen, and half of a scene build went into harfbuzz.NewFont. The
// measurer here shapes with go-text/typesetting directly (split into
// runs, shape each, sum the advances) with one shaper and the theme's
// parsed font; TestMeasureIsFynes checks that the sizes equal Fyne's to
// the bit. Texts it does not measure itself (a rune the theme font lacks,
// which Fyne takes from a fallback font; tabs; carriage returns) go to
// fyne.MeasureText.
func Measure(text string, size float64, bold bool) (w, h float64) {
	return measurer.measure(text, size, bold)
}

// MeasureFyne is fyne.MeasureText with the scene's signature, uncached:
// the reference Measure is tested and benchmarked against.
func MeasureFyne(text string, size float64, bold bool) (w, h float64) {
	s := fyne.MeasureText(text, float32(size), fyne.TextStyle{Bold: bold})
	return float64(s.Width), float64(s.Height)
}

// measurer is the process's text measurer: the sizes depend on the theme's
// fonts only, which are global in Fyne too.
var measurer = &textMeasurer{}

// maxMeasured bounds the remembered sizes; a map that outgrows it is
// cleared rather than kept growing over a long session.
const maxMeasured = 1 << 18

// styleRoom is the room a style's table starts with: a map's words run to
// thousands, and growing a table from nothing rehashes it many times.
const styleRoom = 1 << 12

// styleKey is a text size and weight: the remembered sizes are kept in
// one table per style, keyed by the text alone, which hashes faster than a
// key of text, size and weight.
type styleKey struct {
	size float64
	bold bool
}

type textMeasurer struct {
	mu     sync.Mutex // the scene may be built off the UI goroutine
	sizes  map[styleKey]map[string][2]float64
	counts int // of sizes, all styles together
	// last and lastTab are the style measured last and its table: a scene
	// measures runs of words in one style.
	last    styleKey
	lastTab map[string][2]float64
	faces   [2]measureFace // regular, bold

	shaper    shaping.HarfbuzzShaper
	segmenter shaping.Segmenter
	oneRun    [1]shaping.Input // runs' result for an ASCII text
	// heights are the line heights of a face and size: the same for every
	// text, and shaping a space to learn one was half of measuring a word.
	heights map[lineKey]float32
	// ascii holds the widths of printable ASCII runes and of pairs of
	// them, per face, size and script (see asciiWidth).
	ascii map[asciiKey]*asciiTable
	// plainShaping turns asciiWidth off: tests compare the two ways.
	plainShaping bool
}

// maxASCIITables bounds the tables of asciiWidth (45 kB each): the views
// measure at a handful of sizes, and a caller measuring at ever new ones
// gets the tables dropped and learnt again rather than kept growing.
const maxASCIITables = 64

// asciiKey is what a run of printable ASCII is shaped with.
type asciiKey struct {
	face   *font.Face
	size   fixed.Int26_6
	script language.Script
}

// asciiCount is the number of printable ASCII runes, space to tilde.
const asciiCount = 0x7f - 0x20

// asciiTable holds, learnt one by one from shaping, the advance of each
// printable ASCII rune alone and the adjustment of each pair (the width
// of the pair shaped less the runes' advances: its kerning); state 0 is
// not yet learnt, 1 exact, -1 not usable (the rune or pair shapes into
// other glyphs than its own, as a ligature does).
type asciiTable struct {
	adv     [asciiCount]fixed.Int26_6
	advSt   [asciiCount]int8
	kern    [asciiCount * asciiCount]fixed.Int26_6
	kernSt  [asciiCount * asciiCount]int8
	scratch [2]rune
}

type lineKey struct {
	face *font.Face
	size float32
}

// measureFace is a theme font parsed once; res tells when the theme has
// changed its font, which drops the face and the remembered sizes. th is
// the theme res was asked of: asking the same theme again for every word
// was a fifth of a scene build, and a theme gives one font per style.
type measureFace struct {
	th   fyne.Theme
	res  fyne.Resource
	face *font.Face
}

// ResolveFace makes a single face a shaping.Fontmap.
func (f measureFace) ResolveFace(rune) *font.Face { return f.face }

// sameTheme reports whether a and b are the same theme; false where they
// cannot be compared (a theme of a type with maps or funcs, which == would
// panic on), so that such a theme is asked for its font every time.
func sameTheme(a, b fyne.Theme) bool {
	if a == nil || b == nil {
		return false
	}
	ta := reflect.TypeOf(a)
	return ta == reflect.TypeOf(b) && ta.Comparable() && a == b
}

func (m *textMeasurer) measure(text string, size float64, bold bool) (w, h float64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b := 0
	if bold {
		b = 1
	}
	f := &m.faces[b]
	if th := theme.Current(); !sameTheme(th, f.th) {
		res := th.Font(fyne.TextStyle{Bold: bold})
		if f.res != res {
			// A new theme font: the sizes measured with the old one are stale.
			*f = measureFace{res: res, face: parseFont(res)}
			// The shaper's font cache holds none by default, and a new
			// harfbuzz font for every text is the cost this measurer avoids.
			m.shaper.SetFontCacheSize(4)
			m.forget()
		}
		f.th = th
	}
	k := styleKey{size, bold}
	tab := m.lastTab
	if tab == nil || k != m.last {
		tab = m.sizes[k]
		if tab == nil {
			if m.sizes == nil {
				m.sizes = make(map[styleKey]map[string][2]float64)
			}
			tab = make(map[string][2]float64, styleRoom)
			m.sizes[k] = tab
		}
		m.last, m.lastTab = k, tab
	}
	if s, ok := tab[text]; ok {
		return s[0], s[1]
	}
	if m.counts >= maxMeasured {
		m.forget()
	}
	return m.measureNew(text, size, bold)
}

// measureNew measures a text not remembered and remembers it.
func (m *textMeasurer) measureNew(text string, size float64, bold bool) (w, h float64) {
	b := 0
	if bold {
		b = 1
	}
	fw, fh, ok := m.shape(m.faces[b], text, float32(size))
	if !ok {
		w, h = MeasureFyne(text, size, bold)
	} else {
		w, h = float64(fw), float64(fh)
	}
	k := styleKey{size, bold}
	if m.lastTab == nil || m.last != k {
		if m.sizes == nil {
			m.sizes = make(map[styleKey]map[string][2]float64)
		}
		if m.sizes[k] == nil {
			m.sizes[k] = make(map[string][2]float64, styleRoom)
		}
		m.last, m.lastTab = k, m.sizes[k]
	}
	m.lastTab[text] = [2]float64{w, h}
	m.counts++
	return w, h
}

// forget drops the remembered sizes and line heights.
func (m *textMeasurer) forget() {
	m.sizes, m.lastTab, m.counts = nil, nil, 0
	clear(m.heights)
	m.ascii = nil
}

// reset forgets the faces and sizes (for benchmarks of a first build).
func (m *textMeasurer) reset() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.faces = [2]measureFace{}
	m.forget()
	m.heights = nil
	m.shaper = shaping.HarfbuzzShaper{}
}

// parseFont parses a theme font; nil (measure with Fyne) when it does not
// parse.
func parseFont(res fyne.Resource) *font.Face {
	if res == nil {
		return nil
	}
	f, err := font.ParseTTF(bytes.NewReader(res.Content())) // no copy of the font
	if err != nil {
		return nil
	}
	return f
}

// shape measures a text whose runes are all in f's face: its width is the
// sum of the shaped runs' advances, its height the line thickness of the
// face at that size; ok is false for any other text.
func (m *textMeasurer) shape(f measureFace, text string, size float32) (w, h float32, ok bool) {
	if f.face == nil || strings.ContainsAny(text, "\t\r") {
		return 0, 0, false
	}
	if _, ok := f.face.NominalGlyph(' '); !ok {
		return 0, 0, false
	}
	if h, known := m.heights[lineKey{f.face, size}]; known {
		if adv, ok := m.asciiKnown(f.face, fixed.Int26_6(float64(size)*(1<<6)), text); ok {
			return f266(adv), h, true
		}
	}
	runes := []rune(text)
	for _, r := range runes {
		if _, ok := f.face.NominalGlyph(r); !ok {
			return 0, 0, false
		}
	}
	in := shaping.Input{
		Text:      []rune{' '},
		RunStart:  0,
		RunEnd:    1,
		Direction: di.DirectionLTR,
		Face:      f.face,
		Size:      fixed.Int26_6(float64(size) * (1 << 6)),
	}
	lk := lineKey{f.face, size}
	h, known := m.heights[lk]
	if !known {
		out := m.shaper.Shape(in)
		h = f266(out.LineBounds.LineThickness())
		if m.heights == nil {
			m.heights = make(map[lineKey]float32)
		}
		m.heights[lk] = h
	}
	in.Text, in.RunStart, in.RunEnd = runes, 0, len(runes)
	if adv, ok := m.asciiWidth(in); ok {
		return f266(adv), h, true
	}
	x := float32(0)
	for _, run := range m.runs(in, f) {
		// Every rune is in the face (checked above), so each run's width
		// is the sum of its glyphs' advances, added up in fixed point.
		var adv fixed.Int26_6
		for _, g := range m.shaper.Shape(run).Glyphs {
			adv += g.XAdvance
		}
		x += f266(adv)
	}
	return x, h, true
}

// runs splits in into the runs shaped one by one, as the segmenter does
// (by direction, script and face). Printable ASCII, most of what a map
// holds, is one left-to-right run in the one face, of the Latin script
// when it has a letter and else of the Common one: that run is made here
// without the segmenter's bidi pass, which cost as much as the shaping
// (TestASCIIRunIsSegmenters checks it equals the segmenter's).
func (m *textMeasurer) runs(in shaping.Input, f measureFace) []shaping.Input {
	script := language.Common
	for _, r := range in.Text[in.RunStart:in.RunEnd] {
		if r < 0x20 || r > 0x7e {
			return m.segmenter.Split(in, f)
		}
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			script = language.Latin
		}
	}
	in.Script = script
	m.oneRun[0] = in
	return m.oneRun[:]
}

// asciiWidth returns the width of a printable ASCII text from the
// advances of its runes and the kerning of its pairs, learnt once each,
// as shaping the text would give it to the bit, without shaping it: a map
// of tens of thousands of claims has tens of thousands of distinct words
// and a few hundred distinct pairs. It is false for other texts and for
// texts with a rune or pair that does not shape into its own glyphs
// (TestMeasureIsFynes and TestASCIIWidthIsShaping check it against
// shaping over the sample, a corpus map and a generated one).
//
// It holds where the font's shaping of ASCII is a glyph per rune moved by
// pair kerning only, as with the theme's fonts; a text is shaped as one
// run of one script (see runs), so each script has its own table.
func (m *textMeasurer) asciiWidth(in shaping.Input) (fixed.Int26_6, bool) {
	if m.plainShaping {
		return 0, false
	}
	script := language.Common
	for _, r := range in.Text {
		if r < 0x20 || r > 0x7e {
			return 0, false
		}
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			script = language.Latin
		}
	}
	k := asciiKey{in.Face, in.Size, script}
	t := m.ascii[k]
	if t == nil {
		if m.ascii == nil || len(m.ascii) >= maxASCIITables {
			m.ascii = make(map[asciiKey]*asciiTable)
		}
		t = new(asciiTable)
		m.ascii[k] = t
	}
	in.Script = script
	var w fixed.Int26_6
	prev := -1
	for _, r := range in.Text {
		c := int(r - 0x20)
		if t.advSt[c] == 0 {
			t.adv[c], t.advSt[c] = m.learn(in, t, r, -1)
		}
		if t.advSt[c] < 0 {
			return 0, false
		}
		w += t.adv[c]
		if prev >= 0 {
			p := prev*asciiCount + c
			if t.kernSt[p] == 0 {
				pw, st := m.learn(in, t, rune(prev+0x20), r)
				t.kern[p], t.kernSt[p] = pw-t.adv[prev]-t.adv[c], st
			}
			if t.kernSt[p] < 0 {
				return 0, false
			}
			w += t.kern[p]
		}
		prev = c
	}
	return w, true
}

// asciiKnown is asciiWidth for a text all of whose runes and pairs are
// learnt already, read from the string as it stands: no runes made, no
// glyph looked up (a rune learnt exact has its glyph in the face), no
// shaping. A cold build measures tens of thousands of new words, nearly
// all of them made of runes and pairs seen before. It is false for any
// other text, which takes the way through asciiWidth.
func (m *textMeasurer) asciiKnown(face *font.Face, size fixed.Int26_6, text string) (fixed.Int26_6, bool) {
	if m.plainShaping || text == "" {
		return 0, false
	}
	script := language.Common
	for i := 0; i < len(text); i++ {
		r := text[i]
		if r < 0x20 || r > 0x7e {
			return 0, false
		}
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			script = language.Latin
		}
	}
	t := m.ascii[asciiKey{face, size, script}]
	if t == nil {
		return 0, false
	}
	var w fixed.Int26_6
	prev := -1
	for i := 0; i < len(text); i++ {
		c := int(text[i] - 0x20)
		if t.advSt[c] != 1 {
			return 0, false
		}
		w += t.adv[c]
		if prev >= 0 {
			p := prev*asciiCount + c
			if t.kernSt[p] != 1 {
				return 0, false
			}
			w += t.kern[p]
		}
		prev = c
	}
	return w, true
}

// learn shapes rune a alone (b < 0) or the pair a, b as one run like in,
// and returns its width with state 1, or -1 where the glyphs shaped are
// not the runes' own, one each.
func (m *textMeasurer) learn(in shaping.Input, t *asciiTable, a, b rune) (fixed.Int26_6, int8) {
	t.scratch = [2]rune{a, b}
	n := 2
	if b < 0 {
		n = 1
	}
	in.Text, in.RunStart, in.RunEnd = t.scratch[:n], 0, n
	out := m.shaper.Shape(in)
	if len(out.Glyphs) != n {
		return 0, -1
	}
	var w fixed.Int26_6
	for i, g := range out.Glyphs {
		gid, ok := in.Face.NominalGlyph(in.Text[i])
		if !ok || g.GlyphID != gid {
			return 0, -1
		}
		w += g.XAdvance
	}
	return w, 1
}

// f266 converts a 26.6 fixed-point length to pixels.
func f266(i fixed.Int26_6) float32 { return float32(float64(i) / (1 << 6)) }
