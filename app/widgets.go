package app

import (
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/widgets"
)

// wrapped is a label that wraps at word boundaries (widgets.Wrapped).
func wrapped(text string) *widget.Label { return widgets.Wrapped(text) }
