package app

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
)

// statusBar is the line below the canvas: counts, a message, the zoom.
type statusBar struct {
	counts, msg, zoom *widget.Label
	act               *widget.Button // beside a message that offers more (View Warnings), else hidden
	box               fyne.CanvasObject
	gen               int // which message is showing, so an old timer clears nothing
	// clearAfter is how long a message shows; 0 keeps it until the next
	// (tests keep it 0: the test driver runs fyne.Do on the timer's goroutine).
	clearAfter time.Duration
}

func newStatusBar() *statusBar {
	s := &statusBar{
		counts: widget.NewLabel(""),
		msg:    widget.NewLabel(""),
		zoom:   widget.NewLabel("100%"),
	}
	s.msg.Truncation = fyne.TextTruncateEllipsis
	s.act = widget.NewButton("", nil)
	s.act.Importance = widget.LowImportance
	s.act.Hide()
	s.box = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, s.counts, container.NewHBox(s.act, s.zoom), s.msg))
	return s
}

func (s *statusBar) widget() fyne.CanvasObject { return s.box }

// update recounts the map.
func (s *statusBar) update(d *document.Document) {
	m := d.Map()
	open := 0
	for _, c := range m.Challenges {
		if c.Status == argmap.Open {
			open++
		}
	}
	text := fmt.Sprintf("%s · %s · %s",
		plural(len(m.Claims), "claim", "claims"),
		plural(len(m.Arguments), "argument", "arguments"),
		plural(open, "open challenge", "open challenges"))
	if n := pendingRows(m); n > 0 {
		text += " · " + plural(n, "suggestion", "suggestions") + " pending" // suggestions.go
	}
	if ev := evalSummary(d); ev != "" {
		text += "  |  " + ev
	}
	s.counts.SetText(text)
}

// setZoom shows the zoom factor as a percentage.
func (s *statusBar) setZoom(z float32) { s.zoom.SetText(zoomText(z)) }

// showZoom shows the zoom factor, or hides it where no canvas is shown
// (the flow view).
func (s *statusBar) showZoom(on bool) {
	if s.zoom.Visible() == on {
		return
	}
	if on {
		s.zoom.Show()
	} else {
		s.zoom.Hide()
	}
}

// zoomText is a zoom factor as a percentage: whole numbers from 1%, and
// two significant digits below, so a huge map fitted at 0.3% never reads
// "0%".
func zoomText(z float32) string {
	p := float64(z) * 100
	if p >= 0.995 || p <= 0 {
		return fmt.Sprintf("%.0f%%", p)
	}
	return strconv.FormatFloat(p, 'g', 2, 64) + "%"
}

// message shows text for a few seconds (see clearAfter).
func (s *statusBar) message(text string) {
	s.gen++
	gen := s.gen
	s.msg.SetText(text)
	s.act.Hide()
	if s.clearAfter <= 0 {
		return
	}
	time.AfterFunc(s.clearAfter, func() {
		fyne.Do(func() {
			if s.gen == gen {
				s.msg.SetText("")
			}
		})
	})
}

// messageAction shows text with a button labelled label that runs do. It
// stays until the next message: the timer would take the button away
// before the user has read what it offers.
func (s *statusBar) messageAction(text, label string, do func()) {
	s.gen++
	s.msg.SetText(text)
	s.act.SetText(label)
	s.act.OnTapped = do
	s.act.Show()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
