package argmap_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

func TestUpdateSourceUndoRedo(t *testing.T) {
	t.Parallel()
	m := argmap.New("t")
	s := &argmap.Source{ID: argmap.DeterministicIDs("src")(), Name: "a.txt", Path: "a.txt", Hash: "00"}
	h := argmap.NewHistory(m)
	if err := h.Do(argmap.AddSource(s)); err != nil {
		t.Fatal(err)
	}
	before, _ := native.Encode(m)
	if err := h.Do(argmap.UpdateSource(s.ID, "Locate Source", func(x *argmap.Source) {
		x.Path, x.ID = "/else/a.txt", argmap.NilID // the ID must survive fn
	})); err != nil {
		t.Fatal(err)
	}
	if got := m.Source(s.ID); got == nil || got.Path != "/else/a.txt" {
		t.Fatalf("after update: %+v", got)
	}
	h.Undo()
	after, _ := native.Encode(m)
	if !bytes.Equal(before, after) {
		t.Fatalf("undo left\n%s\nwant\n%s", after, before)
	}
	h.Redo()
	if m.Source(s.ID).Path != "/else/a.txt" {
		t.Fatalf("redo: path %q", m.Source(s.ID).Path)
	}
	err := argmap.UpdateSource(argmap.DeterministicIDs("x")(), "Locate Source", func(*argmap.Source) {}).Apply(m)
	if !errors.Is(err, argmap.ErrNotFound) {
		t.Fatalf("unknown source: err %v, want ErrNotFound", err)
	}
}
