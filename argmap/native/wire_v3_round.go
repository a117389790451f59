package native

import "github.com/argmap/argmap/argmap"

// The wire structs of the debate round, new in format version 3 (see
// wire_v3.go): "round": {"format": "policy", "speeches": [...]} in the map,
// and "speech": ID on a claim. Frozen once released.

type roundV3 struct {
	Format   string     `json:"format"`
	Speeches []speechV3 `json:"speeches,omitempty"`
}

type speechV3 struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Side    string `json:"side"`
	Team    string `json:"team,omitempty"`
	Speaker string `json:"speaker,omitempty"`
}

// hasRound reports whether the map has a round or a claim filed under a
// speech: what only version 3 writes.
func hasRound(m *argmap.Map) bool {
	if m.Round != nil {
		return true
	}
	for _, c := range m.Claims {
		if c.Speech != argmap.NilID {
			return true
		}
	}
	return false
}

// wireRound writes the round, or nil.
func wireRound(r *argmap.Round) *roundV3 {
	if r == nil {
		return nil
	}
	w := &roundV3{Format: r.Format}
	for _, s := range r.Speeches {
		w.Speeches = append(w.Speeches, speechV3{ID: s.ID.String(), Name: s.Name, Side: s.Side, Team: s.Team, Speaker: s.Speaker})
	}
	return w
}

// round reads the round, declaring its speeches' IDs, before the claims
// that name them.
func (r *reader) round(w *roundV3) *argmap.Round {
	if w == nil {
		return nil
	}
	p := path("map.round")
	out := &argmap.Round{Format: r.str(p.At(".format"), w.Format)}
	if out.Format != argmap.CustomFormat && argmap.LookupFormat(out.Format) == nil {
		r.fail(p.At(".format"), "unknown format %q (expected %s)", clip(w.Format), formatKeys())
	}
	if r.count(p.At(".speeches"), len(w.Speeches)); r.err != nil {
		return nil
	}
	out.Speeches = make([]argmap.Speech, len(w.Speeches))
	for i, ws := range w.Speeches {
		sp := entry("map.round.speeches", i)
		out.Speeches[i] = argmap.Speech{
			ID:      r.declare(sp.At(".id"), kSpeech, ws.ID),
			Name:    r.str(sp.At(".name"), ws.Name),
			Side:    r.str(sp.At(".side"), ws.Side),
			Team:    r.str(sp.At(".team"), ws.Team),
			Speaker: r.str(sp.At(".speaker"), ws.Speaker),
		}
	}
	return out
}

// formatKeys lists the format keys a file may name, for messages.
func formatKeys() string {
	s := ""
	for _, f := range argmap.Formats {
		s += f.Key + ", "
	}
	return s + "or " + argmap.CustomFormat
}

// speech reads a claim's speech, which must be one of the round's.
func (r *reader) speech(p place, s string) argmap.ID {
	if s == "" {
		return argmap.NilID
	}
	id := r.parseID(p, s)
	if r.err == nil && !r.is(id, kSpeech) {
		r.fail(p, "unknown speech %s", short(id))
	}
	return id
}
