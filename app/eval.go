package app

import (
	"fmt"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/scene"
)

// showLabels shows the document's evaluation on the canvas: the
// labelling itself is the canvas's source of badges, so nothing is built
// per edit.
func (e *Editor) showLabels() { e.view.SetLabels(e.viewLabels()) }

// viewLabels is the document's evaluation for the canvas, nil when it is
// off (not a typed nil: that would show empty badges).
func (e *Editor) viewLabels() scene.Labels {
	if l := e.doc.Labels(); l != nil {
		return l
	}
	return nil
}

// setEvaluation turns the overlay on or off.
func (e *Editor) setEvaluation(on bool) {
	e.doc.SetEvaluation(on)
	e.refreshWith(argmap.Change{Aspects: argmap.Everything})
	if on {
		e.status.message("Showing what stands: IN, OUT or UNDEC on every card")
	} else {
		e.status.message("Evaluation hidden")
	}
}

// evalSummary is the status bar's count of labels, or "" when off.
func evalSummary(d *document.Document) string {
	l := d.Labels()
	if l == nil {
		return ""
	}
	c := l.ClaimCounts()
	return fmt.Sprintf("%d stand · %d fall · %d undecided", c.In, c.Out, c.Undec)
}
