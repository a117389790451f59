package mapview

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
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

type measureKey struct {
	text string
	size float64
	bold bool
}

type textMeasurer struct {
	mu    sync.Mutex // the scene may be built off the UI goroutine
	sizes map[measureKey][2]float64
	faces [2]measureFace // regular, bold

	shaper    shaping.HarfbuzzShaper
	segmenter shaping.Segmenter
	// heights are the line heights of a face and size: the same for every
	// text, and shaping a space to learn one was half of measuring a word.
	heights map[lineKey]float32
}

type lineKey struct {
	face *font.Face
	size float32
}

// measureFace is a theme font parsed once; res tells when the theme has
// changed its font, which drops the face and the remembered sizes.
type measureFace struct {
	res  fyne.Resource
	face *font.Face
}

// ResolveFace makes a single face a shaping.Fontmap.
func (f measureFace) ResolveFace(rune) *font.Face { return f.face }

func (m *textMeasurer) measure(text string, size float64, bold bool) (w, h float64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b := 0
	if bold {
		b = 1
	}
	res := theme.Current().Font(fyne.TextStyle{Bold: bold})
	if f := &m.faces[b]; f.res != res {
		// A new theme font: the sizes measured with the old one are stale.
		*f = measureFace{res: res, face: parseFont(res)}
		// The shaper's font cache holds none by default, and a new
		// harfbuzz font for every text is the cost this measurer avoids.
		m.shaper.SetFontCacheSize(4)
		clear(m.sizes)
		clear(m.heights)
	}
	k := measureKey{text, size, bold}
	if s, ok := m.sizes[k]; ok {
		return s[0], s[1]
	}
	if m.sizes == nil || len(m.sizes) >= maxMeasured {
		m.sizes = make(map[measureKey][2]float64)
	}
	fw, fh, ok := m.shape(m.faces[b], text, float32(size))
	if !ok {
		w, h = MeasureFyne(text, size, bold)
	} else {
		w, h = float64(fw), float64(fh)
	}
	m.sizes[k] = [2]float64{w, h}
	return w, h
}

// reset forgets the faces and sizes (for benchmarks of a first build).
func (m *textMeasurer) reset() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.faces = [2]measureFace{}
	m.sizes = nil
	m.heights = nil
	m.shaper = shaping.HarfbuzzShaper{}
}

// parseFont parses a theme font; nil (measure with Fyne) when it does not
// parse.
func parseFont(res fyne.Resource) *font.Face {
	if res == nil {
		return nil
	}
	f, err := font.ParseTTF(strings.NewReader(string(res.Content())))
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
	x := float32(0)
	for _, run := range m.segmenter.Split(in, f) {
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

// f266 converts a 26.6 fixed-point length to pixels.
func f266(i fixed.Int26_6) float32 { return float32(float64(i) / (1 << 6)) }
