package argmap

import "fmt"

// UpdateSource changes an attached source's name, path or hash with fn,
// under the given label: a user locating a moved file, or re-anchoring
// every claim on the text as it now reads. The ID does not change.
func UpdateSource(id ID, label string, fn func(*Source)) Edit {
	return &updateSource{id: id, label: label, fn: fn}
}

type updateSource struct {
	id            ID
	label         string
	fn            func(*Source)
	before, after Source
	applied       bool
}

func (e *updateSource) Label() string { return e.label }

func (e *updateSource) Apply(m *Map) error {
	s := m.Source(e.id)
	if s == nil {
		return fmt.Errorf("%s: %w", e.label, notFound("source", e.id))
	}
	e.before = *s
	if e.applied {
		*s = e.after
		return nil
	}
	e.fn(s)
	s.ID = e.id
	e.after, e.applied = *s, true
	return nil
}

func (e *updateSource) Revert(m *Map) { *m.Source(e.id) = e.before }
