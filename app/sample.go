package app

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// OpenSample shows the embedded sample map of the article, as a new map
// that Save asks a name for.
func (e *Editor) OpenSample() {
	m, err := native.Decode(assets.SampleMap)
	if err != nil {
		// Cannot happen with a tested build (assets tests decode the
		// sample); show the error over an empty map rather than nothing.
		e.SetMap(argmap.New("Untitled"), "", nil)
		e.showError(err)
		return
	}
	e.SetMap(m, "", nil)
	e.status.message("The sample map: " + m.Meta.Title)
}
