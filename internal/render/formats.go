package render

import (
	"math"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/scene"
)

// ExportScale is the PNG export's pixels per map unit: 2 makes text sharp
// on paper and on high-density screens.
const ExportScale = 2

// AddFormats adds the export-only "svg" and "png" formats to s.
func AddFormats(s *formats.Set) {
	addFormats(s, MaxPixels)
}

// addFormats is AddFormats with PNG exports of at most limit pixels.
func addFormats(s *formats.Set, limit float64) {
	s.Add(&formats.Format{
		Name: "svg", Title: "SVG picture", Exts: []string{".svg"},
		Encode: func(m *argmap.Map) ([]byte, error) {
			st := Status(m)
			return SVG(Scene(m, st), ArgMarks(m, st)), nil
		},
	})
	s.Add(&formats.Format{
		Name: "png", Title: "PNG picture", Exts: []string{".png"},
		Encode: func(m *argmap.Map) ([]byte, error) {
			st := Status(m)
			s, mk := Scene(m, st), ArgMarks(m, st)
			return pngWithin(s, mk, fitScale(s, mk, ExportScale, limit), limit)
		},
	})
}

// Scene builds the scene of m measured with the bundled fonts, with the
// evaluation badges of labels when it is not nil.
func Scene(m *argmap.Map, labels scene.Labels) *scene.Scene {
	return scene.Build(m, Measure, scene.Options{Labels: labels})
}

// fitScale returns scale, or the largest scale under it at which the PNG
// of s stays within limit pixels: a big map is exported smaller rather
// than refused (the app offers no scale to lower).
func fitScale(s *scene.Scene, mk Marks, scale, limit float64) float64 {
	f := frame(s, mk)
	if px := f.W * scale * f.H * scale; px > limit*0.98 {
		scale *= math.Sqrt(limit * 0.98 / px)
	}
	return scale
}
