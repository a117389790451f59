package native

import "github.com/argmap/argmap/argmap"

// proposedV3 is the "proposed" object of format version 3 on a claim, an
// argument or a challenge: a suggestion not yet accepted (see Proposal).
type proposedV3 struct {
	By   string `json:"by"`
	Time string `json:"time,omitempty"`
	Note string `json:"note,omitempty"`
}

// wireProposal writes a proposal; nil (an accepted item) is omitted.
func wireProposal(p *argmap.Proposal) *proposedV3 {
	if p == nil {
		return nil
	}
	return &proposedV3{By: p.By, Time: wireTime(p.Time), Note: p.Note}
}

// proposal reads the "proposed" object at p.
func (r *reader) proposal(p place, w *proposedV3) *argmap.Proposal {
	if w == nil {
		return nil
	}
	pp := p.At(".proposed")
	return &argmap.Proposal{By: r.str(pp.At(".by"), w.By), Time: r.time(pp.At(".time"), w.Time), Note: r.str(pp.At(".note"), w.Note)}
}
