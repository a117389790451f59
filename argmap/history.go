package argmap

// History runs edits on a map and keeps them for undo and redo, like the
// undo stack of Fyne's Entry. Edits made between Begin and End merge into
// one entry (one gesture), and so do consecutive edits given the same
// non-empty merge key (typing into one claim). A save point tells whether
// the map has changed since it was last saved.
type History struct {
	m    *Map
	undo []entry
	redo []entry
	// seq numbers entries so that the save point survives undo and redo.
	seq   int
	saved int // seq of the top entry at the save point; 0 is the empty history
	group *entry
	depth int

	// OnChange, if set, is called after every change the history makes to
	// the map (do, undo, redo) with what changed: the scope of the edit,
	// or of every edit of the entry undone or redone.
	OnChange func(Change)
}

type entry struct {
	edits []Edit
	label string
	key   string
	seq   int
}

// NewHistory returns an empty history on m, saved at the start.
func NewHistory(m *Map) *History { return &History{m: m} }

// Map returns the map the history changes.
func (h *History) Map() *Map { return h.m }

// Do applies e and records it for undo. An edit that fails leaves the map
// and the history as they were.
func (h *History) Do(e Edit) error { return h.DoMerge(e, "") }

// DoMerge applies e like Do, and merges it into the previous entry when that
// entry has the same non-empty key and nothing was saved or undone since.
func (h *History) DoMerge(e Edit, key string) error {
	if err := e.Apply(h.m); err != nil {
		return err
	}
	h.redo = nil
	switch {
	case h.group != nil:
		h.group.edits = append(h.group.edits, e)
	case key != "" && len(h.undo) > 0 && h.undo[len(h.undo)-1].key == key &&
		h.undo[len(h.undo)-1].seq != h.saved:
		top := &h.undo[len(h.undo)-1]
		top.edits = append(top.edits, e)
	default:
		h.seq++
		h.undo = append(h.undo, entry{edits: []Edit{e}, label: e.Label(), key: key, seq: h.seq})
	}
	h.changed(ScopeOf(e))
	return nil
}

// Begin starts a group: edits until the matching End become one undo entry
// with the given label. Groups nest; the outermost label wins.
func (h *History) Begin(label string) {
	h.depth++
	if h.depth == 1 {
		h.group = &entry{label: label}
	}
}

// End closes the group started by Begin.
func (h *History) End() {
	if h.depth == 0 {
		return
	}
	h.depth--
	if h.depth > 0 {
		return
	}
	g := h.group
	h.group = nil
	if len(g.edits) == 0 {
		return
	}
	h.seq++
	g.seq = h.seq
	h.undo = append(h.undo, *g)
}

// CanUndo reports whether there is an edit to undo.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo reports whether there is an undone edit to redo.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }

// UndoLabel names the edit Undo would revert, or "".
func (h *History) UndoLabel() string {
	if len(h.undo) == 0 {
		return ""
	}
	return h.undo[len(h.undo)-1].label
}

// RedoLabel names the edit Redo would apply again, or "".
func (h *History) RedoLabel() string {
	if len(h.redo) == 0 {
		return ""
	}
	return h.redo[len(h.redo)-1].label
}

// Undo reverts the last entry. It reports whether there was one.
func (h *History) Undo() bool {
	if len(h.undo) == 0 || h.group != nil {
		return false
	}
	en := h.undo[len(h.undo)-1]
	h.undo = h.undo[:len(h.undo)-1]
	for i := len(en.edits) - 1; i >= 0; i-- {
		en.edits[i].Revert(h.m)
	}
	h.redo = append(h.redo, en)
	h.changed(en.scope())
	return true
}

// Redo applies the last undone entry again. It reports whether there was
// one that applied.
func (h *History) Redo() bool {
	if len(h.redo) == 0 || h.group != nil {
		return false
	}
	en := h.redo[len(h.redo)-1]
	for i, e := range en.edits {
		if err := e.Apply(h.m); err != nil {
			// Cannot happen for edits that reverted cleanly; undo the part
			// that applied and drop the redo stack rather than corrupt.
			for j := i - 1; j >= 0; j-- {
				en.edits[j].Revert(h.m)
			}
			h.redo = nil
			return false
		}
	}
	h.redo = h.redo[:len(h.redo)-1]
	h.undo = append(h.undo, en)
	h.changed(en.scope())
	return true
}

// MarkSaved records that the map as it is now has been saved.
func (h *History) MarkSaved() {
	h.saved = h.top()
}

// MarkUnsaved records that the map as it is now is not saved anywhere,
// such as a map restored from an autosave after a crash: it stays dirty
// until the next MarkSaved, whatever is undone.
func (h *History) MarkUnsaved() {
	h.saved = -1
}

// Dirty reports whether the map differs from the last save point.
func (h *History) Dirty() bool { return h.top() != h.saved }

// Len is the number of entries that can be undone.
func (h *History) Len() int { return len(h.undo) }

func (h *History) top() int {
	if len(h.undo) == 0 {
		return 0
	}
	return h.undo[len(h.undo)-1].seq
}

func (h *History) changed(c Change) {
	if h.OnChange != nil {
		h.OnChange(c)
	}
}

// scope is what undoing or redoing the entry changes.
func (en *entry) scope() Change {
	var c Change
	for _, e := range en.edits {
		c = c.Union(ScopeOf(e))
	}
	return c
}
