package app

import (
	"fmt"

	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// showLabels shows the document's evaluation on the canvas: the
// labelling itself is the canvas's source of badges, so nothing is built
// per edit.
func (e *Editor) showLabels() {
	if l := e.doc.Labels(); l != nil {
		e.view.SetLabels(l)
	} else {
		e.view.SetLabels(nil) // not a typed nil: that would show empty badges
	}
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

// evalReason is the evaluation's reason for the label of id, or "" when
// the overlay is off.
func (e *Editor) evalReason(id argmap.ID) string { return e.doc.Reason(id) }

// showReason shows the evaluation of id in l, coloured by its label, or
// hides l when the overlay is off.
func (e *Editor) showReason(l *widget.Label, id argmap.ID) {
	reason := e.evalReason(id)
	if reason == "" {
		l.Hide()
		return
	}
	switch e.doc.Labels().Label(id) {
	case argmap.In:
		l.Importance = widget.SuccessImportance
	case argmap.Out:
		l.Importance = widget.DangerImportance
	default:
		l.Importance = widget.WarningImportance
	}
	l.SetText(reason)
	l.Show()
}

// evalSummary is the status bar's count of labels, or "" when off.
func (e *Editor) evalSummary() string {
	l := e.doc.Labels()
	if l == nil {
		return ""
	}
	c := l.ClaimCounts()
	return fmt.Sprintf("%d stand · %d fall · %d undecided", c.In, c.Out, c.Undec)
}
