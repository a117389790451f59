package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/document"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// paneHost is all of an editor the source pane sees: a document, edits
// through its history, the selection and the status line.
type paneHost struct {
	doc      *document.Document
	status   string
	selected []argmap.ID
	from     any
}

func (h *paneHost) Doc() *document.Document                  { return h.doc }
func (h *paneHost) Do(ed argmap.Edit) error                  { return h.doc.Do(ed) }
func (h *paneHost) DoMerge(ed argmap.Edit, key string) error { return h.doc.DoMerge(ed, key) }
func (h *paneHost) Status(msg string)                        { h.status = msg }
func (h *paneHost) SelectFrom(ids []argmap.ID, src any) {
	h.doc.Select(ids...)
	h.selected, h.from = ids, src
}

// TestSourcePaneOnItsHost: the pane, built on a host without an editor,
// shows the text beside the map, counts its anchors, selects the claim
// whose passage is clicked, and after the text moved writes the new
// places back through the host's history, as one undo step.
func TestSourcePaneOnItsHost(t *testing.T) {
	dir := t.TempDir()
	text := "Alpha beta.\nGamma delta.\n"
	article := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	b := argmaptest.NewBuilder(t.Name(), "Pane")
	claim := b.Claim("Gamma delta.")
	m := b.Map()
	src := &argmap.Source{ID: b.ID(), Name: "article", Path: "article.txt", Hash: anchor.Hash(text)}
	m.Sources = append(m.Sources, src)
	an := anchor.NewAnchor(src.ID, text, strings.Index(text, "Gamma"), len("Gamma delta."))
	m.Claim(claim).Anchor = &an
	h := &paneHost{doc: document.New(m, filepath.Join(dir, "m.argmap.json"), nil)}

	a := test.NewTempApp(t)
	relayouts := 0
	p := newSourcePanel(h, sourceCommands{
		app:      a,
		win:      a.NewWindow("pane"),
		canvas:   widget.NewLabel("the map"),
		relayout: func() { relayouts++ },
		mainMenu: func() *fyne.MainMenu { return nil },
		attach:   func() {}, locate: func() {}, newClaim: func() {}, suggest: func() {},
	})
	p.setShown(true)
	if p.text.text != text || relayouts != 1 {
		t.Fatalf("shown %q after %d relayouts, want the article after one", p.text.text, relayouts)
	}
	for _, tc := range []struct {
		name, file, status string
		update             string // the host's status line after Update Anchors
		offset             int    // the claim's anchor offset after it
	}{
		{"in place", text, "1 anchor: 1 ok, 0 moved, 0 broken", "Every anchor is in place", an.Offset},
		{"moved", "Intro.\n" + text, "1 anchor: 0 ok, 1 moved, 0 broken", "Updated 1 anchor", an.Offset + len("Intro.\n")},
	} {
		if err := os.WriteFile(article, []byte(tc.file), 0o644); err != nil {
			t.Fatal(err)
		}
		p.reload()
		if p.Status() != tc.status {
			t.Errorf("%s: the pane says %q, want %q", tc.name, p.Status(), tc.status)
		}
		steps := h.doc.History().Len()
		p.updateAnchors()
		if h.status != tc.update || h.doc.Map().Claim(claim).Anchor.Offset != tc.offset {
			t.Errorf("%s: Update Anchors said %q and left the anchor at %d, want %q and %d",
				tc.name, h.status, h.doc.Map().Claim(claim).Anchor.Offset, tc.update, tc.offset)
		}
		if want := steps + map[bool]int{true: 1}[tc.name == "moved"]; h.doc.History().Len() != want {
			t.Errorf("%s: %d undo steps, want %d", tc.name, h.doc.History().Len(), want)
		}
	}
	// A click in the passage selects its claim, from the pane.
	p.tappedText(strings.Index(p.text.text, "delta"))
	if len(h.selected) != 1 || h.selected[0] != claim || h.from != p {
		t.Errorf("a click on the passage selected %v from %v, want the claim from the pane", h.selected, h.from)
	}
}
