package cli

// The picture formats (svg, png) register themselves from internal/render,
// which draws with Fyne's bundled fonts, and the pdf format from
// internal/pdf; argmap/formats imports no Fyne.
import (
	_ "github.com/argmap/argmap/internal/pdf"
	_ "github.com/argmap/argmap/internal/render"
)
