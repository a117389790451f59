package app

import (
	"net/url"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/argmap"
)

// recordingApp is the test app, noting the links it is asked to open.
type recordingApp struct {
	fyne.App
	opened []string
}

func (a *recordingApp) OpenURL(u *url.URL) error {
	a.opened = append(a.opened, u.String())
	return nil
}

// hyperlinks finds the hyperlinks shown under o.
func hyperlinks(t *testing.T, o fyne.CanvasObject) []*widget.Hyperlink {
	var out []*widget.Hyperlink
	switch x := o.(type) {
	case *widget.Hyperlink:
		return []*widget.Hyperlink{x}
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, hyperlinks(t, c)...)
		}
	case fyne.Widget:
		for _, c := range test.TempWidgetRenderer(t, x).Objects() {
			out = append(out, hyperlinks(t, c)...)
		}
	}
	return out
}

// TestLinksOpenOnClickOnlyHTTP loads a file whose claim holds links of
// every kind (a hostile file is not limited to what the UI lets one add):
// nothing opens when the map loads or the claim is selected; a click opens
// an http or https link and refuses the others.
func TestLinksOpenOnClickOnlyHTTP(t *testing.T) {
	a := &recordingApp{App: test.NewTempApp(t)}
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1200, 800))
	e := NewEditor(a, w, testFormats())
	m := demoMap()
	c := m.Claims[2]
	c.Links = []string{"https://example.org/sleep", "javascript:alert(1)", "file:///etc/passwd", "http://example.org/a"}
	e.SetMap(m, "", nil)
	e.Select([]argmap.ID{c.ID})
	if len(a.opened) != 0 {
		t.Fatalf("links opened without a click: %v", a.opened)
	}
	links := hyperlinks(t, w.Content())
	if len(links) != 4 {
		t.Fatalf("the inspector shows %d links, want 4", len(links))
	}
	for _, l := range links {
		// A click on the text itself: Hyperlink ignores one beside it.
		test.TapAt(l, fyne.NewPos(16, l.MinSize().Height/2))
	}
	want := []string{"https://example.org/sleep", "http://example.org/a"}
	if len(a.opened) != 2 || a.opened[0] != want[0] || a.opened[1] != want[1] {
		t.Fatalf("opened %v, want only %v", a.opened, want)
	}
}
