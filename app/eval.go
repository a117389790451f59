package app

import (
	"fmt"

	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
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

// showReason shows the evaluation of id in l, coloured by its label, or
// hides l when the overlay is off.
func showReason(d *document.Document, l *widget.Label, id argmap.ID) {
	reason := d.Reason(id)
	if reason == "" {
		l.Hide()
		return
	}
	switch d.Labels().Label(id) {
	case eval.In:
		l.Importance = widget.SuccessImportance
	case eval.Out:
		l.Importance = widget.DangerImportance
	default:
		l.Importance = widget.WarningImportance
	}
	l.SetText(reason)
	l.Show()
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
