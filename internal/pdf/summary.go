package pdf

import (
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/flow"
)

// Summary returns the PDF of the decision summary of m's debate round
// (flow.Summarize), dated like the map so that one round prints to the
// same bytes.
func Summary(m *argmap.Map, o Options) ([]byte, error) {
	if o.Date.IsZero() {
		o.Date = mapDate(m)
	}
	title := "Decision"
	if t := strings.TrimSpace(m.Meta.Title); t != "" {
		title += ": " + t
	}
	return Markdown(title, flow.Summarize(m).Markdown(), o)
}
