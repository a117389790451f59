// Package sourceview is the source pane beside the map canvas: a source
// text of the map with the passages already mapped shaded and the selected
// claims' passages marked, the state of each anchor (in place, moved,
// broken), and a passage selected in the text made a claim anchored there.
// It sees the editor as a panel.Host (the document, edits, the selection,
// the status line) plus the editor commands its buttons run (Commands).
package sourceview

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/argmap/argmap/app/panel"
	"github.com/argmap/argmap/app/widgets"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// Pane shows a source text of the map beside the canvas: the passages
// already mapped shaded, the selected claim's passage marked, and the state
// of the anchors. It reads the model and changes it only through its
// host's edits.
type Pane struct {
	h     panel.Host
	cmd   Commands
	shown bool
	cur   argmap.ID // the source shown, or NilID

	docs       map[argmap.ID]*Doc
	allowed    map[string]bool             // files out of the map's folder the user chose for it (real paths)
	allowedFor string                      // the map file allowed belongs to
	results    map[argmap.ID]anchor.Result // by claim, for the claims anchored in cur
	memo       map[argmap.Anchor]anchor.Result
	memoDoc    *Doc        // the text memo was computed on
	job        *resolveJob // the search running in the background, or nil
	pending    int         // anchored claims whose passage is still looked for
	counts     [3]int      // ok, moved, broken

	split      *container.Split
	root       fyne.CanvasObject
	text       *Text
	scroll     *container.Scroll
	picker     *widget.Select
	status     *widget.Label
	broken     *fyne.Container
	body       *fyne.Container
	missing    *widget.Label
	card       fyne.CanvasObject // the missing card, with its button
	cardLocate bool
	cardHere   string // the file Read It There reads ("": not offered)
	newBtn     *widget.Button
	suggestBtn *widget.Button // Suggest Claims (an editor command)
	update     *widget.Button
	syncing    bool
}

// Commands are what the pane asks of the editor beyond its Host: where it
// sits and the editor's commands that its buttons and its text's menu run.
type Commands struct {
	App      fyne.App          // preferences and clipboard
	Win      fyne.Window       // for the text's context menu
	Canvas   fyne.CanvasObject // the map canvas the pane sits beside
	Relayout func()            // the pane was shown or hidden (Shown tells which)
	Attach   func()            // Attach Source…
	Locate   func()            // Locate… the shown source
	// LocateAt points the shown source at the file at path, as Locate…
	// does once the user chose it (nil: not offered). The pane offers it
	// for the sample's article found outside the map's folder.
	LocateAt func(path string)
	NewClaim func() // New Claim from Selection
	Suggest  func() // Suggest Claims

	// Background runs work, the search for anchors that moved, off the
	// UI goroutine and then done on it: a search is bounded, yet many
	// anchors in a long text take a while, and the window must stay
	// responsive meanwhile. Nil: a goroutine, then fyne.Do. Tests run both
	// at once.
	Background func(work, done func())
}

// New builds the pane on h, hidden.
func New(h panel.Host, cmd Commands) *Pane {
	p := &Pane{h: h, cmd: cmd, docs: map[argmap.ID]*Doc{}, allowed: map[string]bool{}}
	p.text = newText()
	p.scroll = container.NewVScroll(p.text)
	p.text.onReflow = func() { p.scroll.Refresh() }
	p.text.onTapped = p.tappedText
	p.text.onSelected = func(anchor.Span) { p.updateButtons() }
	p.text.onMenu = p.textMenu

	p.picker = widget.NewSelect(nil, func(string) {
		if !p.syncing {
			if i := p.picker.SelectedIndex(); i >= 0 && i < len(h.Doc().Map().Sources) {
				p.Show(h.Doc().Map().Sources[i].ID)
			}
		}
	})
	p.picker.PlaceHolder = "No source attached"
	attach := tbButton("Attach…", theme.ContentAddIcon(), cmd.Attach)
	reload := tbButton("", theme.ViewRefreshIcon(), p.Reload)
	p.newBtn = widget.NewButtonWithIcon("New Claim from Selection", theme.ContentAddIcon(), cmd.NewClaim)
	p.newBtn.Importance = widget.HighImportance
	p.suggestBtn = widget.NewButtonWithIcon("Suggest Claims", theme.ListIcon(), cmd.Suggest)
	p.update = tbButton("Update Anchors", theme.DocumentSaveIcon(), p.UpdateAnchors)
	p.status = widget.NewLabel("")
	p.status.Truncation = fyne.TextTruncateEllipsis
	p.broken = container.NewVBox()
	p.missing = widget.NewLabel("")
	p.missing.Wrapping = fyne.TextWrapWord
	p.body = container.NewStack()

	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(attach, reload), p.picker),
		container.NewBorder(nil, nil, container.NewHBox(p.newBtn, p.suggestBtn), p.update),
		p.status, p.broken, widget.NewSeparator(),
	)
	p.root = container.NewPadded(container.NewBorder(top, nil, nil, nil, p.body))
	p.split = container.NewHSplit(cmd.Canvas, p.root)
	p.split.Offset = 0.56
	return p
}

// Centre is the canvas, with the pane beside it when shown.
func (p *Pane) Centre() fyne.CanvasObject {
	if !p.shown {
		return p.cmd.Canvas
	}
	p.split.Leading, p.split.Trailing = p.cmd.Canvas, p.root
	p.split.Refresh()
	return p.split
}

// Shown reports whether the pane is shown.
func (p *Pane) Shown() bool { return p.shown }

// Toggle shows or hides the pane.
func (p *Pane) Toggle() { p.SetShown(!p.shown) }

// SetShown shows or hides the pane; shown, it follows the selected claim
// to its source.
func (p *Pane) SetShown(on bool) {
	p.layout(on)
	p.Refresh()
	p.SelectionChanged(false)
}

func (p *Pane) layout(on bool) {
	p.shown = on
	p.cmd.Relayout()
}

// Show opens the pane on source id, which the user chose: it stays even
// when the selected claim is anchored in another source.
func (p *Pane) Show(id argmap.ID) {
	p.cur = id
	if !p.shown {
		p.layout(true)
	}
	p.Refresh()
}

// Current returns the source shown and its text (nil when none).
func (p *Pane) Current() (*argmap.Source, *Doc) {
	s := p.h.Doc().Map().Source(p.cur)
	if s == nil {
		return nil, nil
	}
	return s, p.docs[s.ID]
}

// Refresh brings the pane in line with the model and the file on disk:
// the editor calls it after every change of the document, and when the
// app comes back to the front (the source may have been edited in another
// program).
func (p *Pane) Refresh() {
	m := p.h.Doc().Map()
	if !p.shown || m == nil {
		return
	}
	if m.Source(p.cur) == nil {
		p.cur = argmap.NilID
		if len(m.Sources) > 0 {
			p.cur = m.Sources[0].ID
		}
	}
	p.syncPicker()
	s := m.Source(p.cur)
	p.results = map[argmap.ID]anchor.Result{}
	p.counts = [3]int{}
	if s == nil {
		p.setBody(p.missingCard("No source is attached to this map.\n\nFile › Attach Source… shows an article (.txt or .md) beside the map. Then select a passage — drag, or double-click a sentence — and make it a claim.", false, ""))
		p.status.SetText("")
		p.broken.Objects = nil
		p.broken.Refresh()
		p.updateButtons()
		return
	}
	d := p.Load(s)
	if d.Err != nil {
		p.setBody(p.missingCard(p.missingText(s, d), true, p.sampleFound(s, d)))
		n := 0
		for _, c := range m.Claims {
			if c.Anchor != nil && c.Anchor.Source == s.ID {
				n++
			}
		}
		p.status.SetText(fmt.Sprintf("%s: not resolved until the text is found", widgets.Plural(n, "anchor", "anchors")))
		p.broken.Objects = nil
		p.broken.Refresh()
		p.updateButtons()
		return
	}
	if p.text.text != d.Text {
		p.text.SetText(d.Text)
		p.scroll.ScrollToTop()
	}
	p.setBody(p.scroll)
	p.resolve(s, d)
	p.showStatus()
	p.updateButtons()
	p.SelectionChanged(true)
}

// background runs work off the UI goroutine, then done on it
// (Commands.Background).
func (p *Pane) background(work, done func()) {
	if p.cmd.Background != nil {
		p.cmd.Background(work, done)
		return
	}
	go func() {
		work()
		fyne.Do(done)
	}()
}

// resolveJob is a search running in the background for the anchors of one
// text that are not where they were.
type resolveJob struct {
	doc *Doc
	n   int // anchors looked for
}

// resolve finds the passage of every claim anchored in s: at once for the
// passages still in place (and those found before), in the background for
// the others, which then show when found.
func (p *Pane) resolve(s *argmap.Source, d *Doc) {
	if p.memoDoc != d {
		p.memo, p.memoDoc = map[argmap.Anchor]anchor.Result{}, d
	}
	var shades []anchor.Span
	var missing []argmap.Anchor
	seen := map[argmap.Anchor]bool{}
	p.pending = 0
	for _, c := range p.h.Doc().Map().Claims {
		if c.Anchor == nil || c.Anchor.Source != s.ID {
			continue
		}
		r, ok := p.memo[*c.Anchor]
		if !ok {
			if r, ok = anchor.ResolveInPlace(d.Text, *c.Anchor); ok {
				p.memo[*c.Anchor] = r
			}
		}
		if !ok {
			p.pending++
			if !seen[*c.Anchor] {
				seen[*c.Anchor] = true
				missing = append(missing, *c.Anchor)
			}
			continue
		}
		p.results[c.ID] = r
		switch r.Status {
		case anchor.OK:
			p.counts[0]++
		case anchor.Moved:
			p.counts[1]++
		default:
			p.counts[2]++
			continue
		}
		shades = append(shades, anchor.Span{Start: r.Offset, End: r.Offset + r.Length})
	}
	slices.SortFunc(shades, func(a, b anchor.Span) int { return cmp.Compare(a.Start, b.Start) })
	p.text.shades = shades
	if len(missing) > 0 && p.job == nil {
		p.search(d, missing)
	}
}

// search looks for the anchors' passages in d's text in the background,
// then keeps what it found and shows it, if the pane still shows that text.
func (p *Pane) search(d *Doc, anchors []argmap.Anchor) {
	job := &resolveJob{doc: d, n: len(anchors)}
	p.job = job
	text := d.Text
	found := make([]anchor.Result, len(anchors))
	p.background(func() {
		for i, a := range anchors {
			found[i] = anchor.Resolve(text, a)
		}
	}, func() {
		if p.job != job {
			return
		}
		p.job = nil
		if p.memoDoc == d {
			for i, a := range anchors {
				p.memo[a] = found[i]
			}
		}
		p.Refresh()
	})
}

// Status is the pane's summary line ("34 anchors: 33 ok, 1 moved, 0 broken").
func (p *Pane) Status() string { return p.status.Text }

func (p *Pane) showStatus() {
	ok, moved, broken := p.counts[0], p.counts[1], p.counts[2]
	line := fmt.Sprintf("%s: %d ok, %d moved, %d broken", widgets.Plural(ok+moved+broken, "anchor", "anchors"), ok, moved, broken)
	switch {
	case p.pending > 0:
		line = fmt.Sprintf("%s in place; looking for %d that moved…", widgets.Plural(ok, "anchor", "anchors"), p.pending)
	case ok+moved+broken == 0:
		line = "No claim is anchored in this text yet"
	}
	p.status.SetText(line)
	var objs []fyne.CanvasObject
	for _, c := range p.h.Doc().Map().Claims {
		if r, ok := p.results[c.ID]; ok && r.Status == anchor.Broken {
			if len(objs) == 4 {
				objs = append(objs, widget.NewLabel(fmt.Sprintf("… and %d more broken", broken-4)))
				break
			}
			id := c.ID
			b := widget.NewButtonWithIcon(fmt.Sprintf("Broken %s: %s", c.Anchor.Paragraph, widgets.Shorten(c.Text, 60)), theme.WarningIcon(), func() {
				p.h.SelectFrom([]argmap.ID{id}, nil)
			})
			b.Importance = widget.LowImportance
			b.Alignment = widget.ButtonAlignLeading
			objs = append(objs, b)
		}
	}
	p.broken.Objects = objs
	p.broken.Refresh()
}

// tbButton is a button of the pane's toolbar, as low as the editor's.
func tbButton(label string, icon fyne.Resource, fn func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, fn)
	b.Importance = widget.LowImportance
	return b
}

func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (p *Pane) updateButtons() {
	textShown := p.body.Objects != nil && p.body.Objects[0] == p.scroll
	enable(p.newBtn, p.text.Selection().Len() > 0 && textShown)
	enable(p.suggestBtn, textShown)
	enable(p.update, p.counts[1] > 0)
}

// missingText explains why a source's text is not shown and what to do.
func (p *Pane) missingText(s *argmap.Source, d *Doc) string {
	var b strings.Builder
	if d.Outside {
		if p.h.Doc().Path() == "" {
			// An unsaved map (the sample) has no folder: "outside the
			// map's folder" named a place that does not exist.
			fmt.Fprintf(&b, "The text of “%s” is not shown: the map names %s, which lies outside the map's folder (the map is not saved yet, so its folder is the one Argmap was started in).\n\n", s.Name, d.Path)
		} else {
			fmt.Fprintf(&b, "The text of “%s” is not shown: the map names %s, which lies outside the map's folder.\n\n", s.Name, d.Path)
		}
		b.WriteString("Argmap reads a source outside the map's folder only when you point it there yourself: Locate… the file, and Argmap remembers your choice for this map.")
		if p.sampleFound(s, d) != "" {
			b.WriteString("\n\nThis is the sample map's article, found there: Read It There shows it (or Locate… another copy).")
		} else if strings.HasSuffix(s.Path, "shared/source/article.txt") {
			b.WriteString("\n\nThis is the sample map's article: Locate… it in ../shared/source/article.txt, beside the repository.")
		}
		return b.String()
	}
	fmt.Fprintf(&b, "The text of “%s” is not here.\n", s.Name)
	if d.Path != "" {
		fmt.Fprintf(&b, "Looked for: %s\n", d.Path)
	}
	if d.Err != nil && !errors.Is(d.Err, fs.ErrNotExist) {
		fmt.Fprintf(&b, "It could not be read: %v\n", d.Err)
	}
	b.WriteString("\nThe map keeps where each claim's passage is, not the article itself: point Argmap at the file and the passages show again.")
	if strings.HasSuffix(s.Path, "shared/source/article.txt") {
		b.WriteString("\n\nThe sample map's article is not shipped with Argmap. In the project it lies in ../shared/source/article.txt, beside the repository.")
	}
	return b.String()
}

// missingCard is the body shown instead of a text: a message and a button
// (Locate… for a source whose file is missing, else Attach Source…). The
// card is kept, so that refreshing on every edit does not rebuild it.
//
// here, when not empty, is a file found for the source that the pane may
// not read unasked (the sample's article outside the map's folder): Read
// It There, the first button, reads it in one click where Locate… made the
// user walk a file dialog from the home folder to a place the pane had
// just named.
func (p *Pane) missingCard(msg string, locate bool, here string) fyne.CanvasObject {
	p.missing.SetText(msg)
	if here != "" && p.cmd.LocateAt == nil {
		here = ""
	}
	if p.card == nil || p.cardLocate != locate || p.cardHere != here {
		var btn *widget.Button
		if locate {
			btn = widget.NewButtonWithIcon("Locate…", theme.SearchIcon(), p.cmd.Locate)
		} else {
			btn = widget.NewButtonWithIcon("Attach Source…", theme.ContentAddIcon(), p.cmd.Attach)
		}
		btn.Importance = widget.HighImportance
		row := container.NewHBox(btn)
		if here != "" {
			btn.Importance = widget.MediumImportance
			read := widget.NewButtonWithIcon("Read It There", theme.DocumentIcon(), func() { p.cmd.LocateAt(here) })
			read.Importance = widget.HighImportance
			row = container.NewHBox(read, btn)
		}
		p.card, p.cardLocate, p.cardHere = container.NewVBox(p.missing, row), locate, here
	}
	return p.card
}

// sampleFound is the path of the sample map's article where the pane found
// it but may not read it unasked (outside the map's folder), else "".
// Only the sample's: a map from someone else naming a file elsewhere still
// needs Locate….
func (p *Pane) sampleFound(s *argmap.Source, d *Doc) string {
	if d.Outside && d.Path != "" && strings.HasSuffix(filepath.ToSlash(s.Path), "shared/source/article.txt") &&
		filepath.Base(d.Path) == "article.txt" && fileExists(d.Path) {
		return d.Path
	}
	return ""
}

func (p *Pane) setBody(o fyne.CanvasObject) {
	if len(p.body.Objects) == 1 && p.body.Objects[0] == o {
		return
	}
	p.body.Objects = []fyne.CanvasObject{o}
	p.body.Refresh()
}

// syncPicker lists the map's sources, the shown one selected.
func (p *Pane) syncPicker() {
	p.syncing = true
	defer func() { p.syncing = false }()
	var names []string
	at := -1
	for i, s := range p.h.Doc().Map().Sources {
		names = append(names, fmt.Sprintf("%d. %s", i+1, s.Name))
		if s.ID == p.cur {
			at = i
		}
	}
	p.picker.SetOptions(names)
	if at >= 0 {
		p.picker.SetSelectedIndex(at)
	} else {
		p.picker.ClearSelected()
	}
}
