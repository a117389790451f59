// Package render draws a map scene (package argmap/scene) as an SVG
// document or a PNG image, for export and for pictures in documents, with
// the same geometry as the canvas. Text is measured and drawn with the
// fonts bundled in Fyne, so Cyrillic, Turkish and other Latin-script text
// renders without system fonts. AddFormats adds the "svg" and "png"
// formats (export only) to a format set.
package render

import (
	"fmt"
	"sync"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/argmap/argmap/argmap/scene"
)

// fonts holds the parsed regular and bold fonts and their faces by size.
type fonts struct {
	mu      sync.Mutex
	regular *opentype.Font
	bold    *opentype.Font
	faces   map[faceKey]font.Face
	err     error
	buf     sfnt.Buffer
}

type faceKey struct {
	size float64
	bold bool
}

var (
	loadOnce sync.Once
	shared   fonts
)

// loadFonts parses Fyne's bundled fonts once.
func loadFonts() *fonts {
	loadOnce.Do(func() {
		shared.faces = map[faceKey]font.Face{}
		var err error
		if shared.regular, err = opentype.Parse(theme.DefaultTextFont().Content()); err != nil {
			shared.err = fmt.Errorf("render: regular font: %w", err)
			return
		}
		if shared.bold, err = opentype.Parse(theme.DefaultTextBoldFont().Content()); err != nil {
			shared.err = fmt.Errorf("render: bold font: %w", err)
		}
	})
	return &shared
}

// newFace makes a face of the given size (pixels) and weight. A face is
// not safe for concurrent use (it draws glyphs into its own buffers), so
// each drawing keeps its own; the parsed fonts are shared.
func (f *fonts) newFace(size float64, bold bool) (font.Face, error) {
	if f.err != nil {
		return nil, f.err
	}
	src := f.regular
	if bold {
		src = f.bold
	}
	fc, err := opentype.NewFace(src, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("render: font face %vpx: %w", size, err)
	}
	return fc, nil
}

// with calls use with the shared face of the given size and weight,
// holding the lock for the whole use: concurrent exports and scene builds
// measure through the same faces.
func (f *fonts) with(size float64, bold bool, use func(font.Face)) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	k := faceKey{size, bold}
	fc, ok := f.faces[k]
	if !ok {
		var err error
		if fc, err = f.newFace(size, bold); err != nil {
			return err
		}
		f.faces[k] = fc
	}
	use(fc)
	return nil
}

func toFloat(x fixed.Int26_6) float64 { return float64(x) / 64 }

// Measure is a scene.Measure with Fyne's bundled fonts: the width of text
// and the height of a line at size pixels. It falls back to an estimate if
// the fonts cannot be read.
func Measure(text string, size float64, bold bool) (w, h float64) {
	err := loadFonts().with(size, bold, func(fc font.Face) {
		m := fc.Metrics()
		w, h = toFloat(font.MeasureString(fc, text)), toFloat(m.Ascent+m.Descent)
	})
	if err != nil {
		return float64(len([]rune(text))) * size * 0.55, size * 1.36
	}
	return w, h
}

// ascent returns the distance from the top of a line to its baseline.
func ascent(size float64, bold bool) float64 {
	a := size
	_ = loadFonts().with(size, bold, func(fc font.Face) { a = toFloat(fc.Metrics().Ascent) })
	return a
}

// Ascent returns the distance from the top of a line set at size to its
// baseline, in the bundled font: the PDF writer places text as the
// pictures do.
func Ascent(size float64, bold bool) float64 { return ascent(size, bold) }

// FontTTF returns the bundled regular or bold font file (Noto Sans, under
// the SIL Open Font License, which allows embedding it in documents), for
// writers that embed it.
func FontTTF(bold bool) []byte {
	if bold {
		return theme.DefaultTextBoldFont().Content()
	}
	return theme.DefaultTextFont().Content()
}

// Frame returns the area an export of s with the marks mk shows: their
// bounds with a margin.
func Frame(s *scene.Scene, mk Marks) scene.Rect { return frame(s, mk) }

// HasGlyph reports whether the bundled regular font draws r (Fyne's Noto
// Sans covers Latin, Greek and Cyrillic, not every symbol).
func HasGlyph(r rune) bool {
	f := loadFonts()
	if f.err != nil {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	g, err := f.regular.GlyphIndex(&f.buf, r)
	return err == nil && g != 0
}
