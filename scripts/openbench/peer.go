package main

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	// As the editor's binary: a C locale is cleared before Fyne reads it.
	_ "github.com/argmap/argmap/internal/locale"
)

// peer is the minimal Fyne program the editor is judged against: a window
// of the editor's first size (1400×900) with the same kinds of widgets (a
// main menu, a toolbar of buttons with icons and words, two splits, a Tree
// of outline rows, a canvas of cards with text and lines and a minimap
// image, a form of entries and a status bar), and nothing of Argmap's. It
// reports its start to the window as the editor does under
// ARGMAP_START_PROFILE (app/startprofile.go): a CPU profile from the first
// line of main, stopped in a fyne.Do queued from the lifecycle's started
// hook, after the window's first paint, then the process's CPU time.
//
// With stay, it prints the figure and keeps the window open, to look at.
func peer(profile string, stay bool) {
	f, err := os.Create(profile)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fail(err)
	}
	a, w := peerWindow()
	a.Lifecycle().SetOnStarted(func() {
		fyne.Do(func() {
			pprof.StopCPUProfile()
			f.Close()
			var ru syscall.Rusage
			_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
			user, sys := time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
			fmt.Fprintf(os.Stderr, "peer: start to window: %.0f ms CPU (user %.0f, system %.0f); profile in %s\n",
				msOf(user+sys), msOf(user), msOf(sys), profile)
			if !stay {
				os.Exit(0)
			}
		})
	})
	w.ShowAndRun()
}

// peerIdle opens the peer's window and, wait after it is up, measures
// the CPU time of span of doing nothing as the editor does under
// ARGMAP_IDLE_PROFILE (app/idleprofile.go), profile "-" for none; it
// prints the figure per second and quits.
func peerIdle(profile string, wait, span time.Duration) {
	a, w := peerWindow()
	a.Lifecycle().SetOnStarted(func() {
		go func() {
			time.Sleep(wait)
			var f *os.File
			if profile != "-" {
				var err error
				if f, err = os.Create(profile); err == nil {
					err = pprof.StartCPUProfile(f)
				}
				if err != nil {
					fail(err)
				}
			}
			u0, s0 := cpu()
			t0 := time.Now()
			time.Sleep(span)
			u1, s1 := cpu()
			el := time.Since(t0)
			if f != nil {
				pprof.StopCPUProfile()
				f.Close()
			}
			fmt.Fprintf(os.Stderr, "peer: idle: %.2f ms CPU per second over %v; profile in %s\n",
				msOf(u1-u0+s1-s0)/el.Seconds(), span, profile)
			os.Exit(0)
		}()
	})
	w.ShowAndRun()
}

// cpu returns the CPU time the process has used so far.
func cpu() (user, sys time.Duration) {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}

// peerWindow makes the peer's app and window, not shown yet.
func peerWindow() (fyne.App, fyne.Window) {
	a := fyneapp.NewWithID("io.github.argmap.openbench")
	w := a.NewWindow("Peer")
	w.SetContent(container.NewBorder(peerToolbar(), peerStatus(), nil, nil, peerBody()))
	w.SetMainMenu(peerMenu())
	w.Resize(fyne.NewSize(1400, 900))
	w.SetMaster()
	return a, w
}

func msOf(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func peerMenu() *fyne.MainMenu {
	var menus []*fyne.Menu
	for _, name := range []string{"File", "Edit", "View", "Round", "Challenge", "Help"} {
		var items []*fyne.MenuItem
		for i := range 12 {
			items = append(items, fyne.NewMenuItem(fmt.Sprintf("%s item %d", name, i), func() {}))
		}
		menus = append(menus, fyne.NewMenu(name, items...))
	}
	return fyne.NewMainMenu(menus...)
}

func peerToolbar() fyne.CanvasObject {
	b := func(label string, icon fyne.Resource) fyne.CanvasObject {
		btn := widget.NewButtonWithIcon(label, icon, func() {})
		btn.Importance = widget.LowImportance
		return btn
	}
	undo := b("Undo", theme.ContentUndoIcon()).(*widget.Button)
	undo.Disable()
	box := container.NewHBox(
		b("", theme.FileIcon()), b("", theme.FolderOpenIcon()), b("", theme.DocumentSaveIcon()),
		widget.NewSeparator(),
		undo, b("Redo", theme.ContentRedoIcon()),
		widget.NewSeparator(),
		b("Claim", theme.ContentAddIcon()), b("Reason", theme.ContentAddIcon()),
		b("Co-premise", theme.ContentAddIcon()), b("Objection", theme.ContentRemoveIcon()),
		b("Rebuttal", theme.MailReplyIcon()), b("Delete", theme.DeleteIcon()),
		widget.NewSeparator(),
		b("", theme.ZoomOutIcon()), b("", theme.ZoomInIcon()), b("Fit", theme.ZoomFitIcon()),
		widget.NewSeparator(),
		b("Outline", theme.ListIcon()), b("Inspector", theme.InfoIcon()), b("Suggestions", theme.ConfirmIcon()),
	)
	return container.NewVBox(box, widget.NewSeparator())
}

func peerStatus() fyne.CanvasObject {
	msg := widget.NewLabel("")
	msg.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil,
		widget.NewLabel("200 claims · 190 arguments · 0 open challenges | 170 stand · 25 fall · 5 undecided"),
		widget.NewLabel("60%"), msg))
}

// peerWords makes card-like texts, different for each i.
func peerWords(i, n int) string {
	words := []string{"russia", "trade", "because", "pact", "neutral", "power", "autonomy", "risk", "claim", "expert", "balance", "report", "ocean", "india", "region", "west", "support", "crisis", "energy", "security"}
	var s strings.Builder
	fmt.Fprintf(&s, "C%d", i)
	for j := range n {
		s.WriteByte(' ')
		s.WriteString(words[(i*7+j*3)%len(words)])
	}
	return s.String()
}

func peerBody() fyne.CanvasObject {
	// An outline of 200 rows in a chain, as the editor's Tree of a deep map.
	tree := widget.NewTree(
		func(id widget.TreeNodeID) []widget.TreeNodeID {
			var i int
			if id != "" {
				fmt.Sscan(id, &i)
				i++
			}
			if i >= 200 {
				return nil
			}
			return []widget.TreeNodeID{fmt.Sprint(i)}
		},
		func(id widget.TreeNodeID) bool {
			var i int
			fmt.Sscan(id, &i)
			return id == "" || i < 199
		},
		func(bool) fyne.CanvasObject {
			bar := canvas.NewRectangle(color.NRGBA{G: 160, A: 255})
			bar.SetMinSize(fyne.NewSize(4, 20))
			return container.NewBorder(nil, nil, bar, nil, widget.NewLabel(""))
		},
		func(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
			var i int
			fmt.Sscan(id, &i)
			o.(*fyne.Container).Objects[0].(*widget.Label).SetText(peerWords(i, 8))
		})
	tree.OpenAllBranches()
	outline := container.NewBorder(widget.NewLabelWithStyle("Outline", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, tree)

	// A canvas of cards: a rectangle and a few lines of text each, links
	// between them, and a minimap drawn into an image.
	var objs []fyne.CanvasObject
	for i := range 12 {
		x, y := float32(60+(i%4)*170), float32(40+(i/4)*150)
		card := canvas.NewRectangle(color.NRGBA{R: 30, G: 60, B: 40, A: 255})
		card.StrokeColor = color.NRGBA{G: 170, A: 255}
		card.StrokeWidth = 1.5
		card.CornerRadius = 4
		card.Move(fyne.NewPos(x, y))
		card.Resize(fyne.NewSize(150, 80))
		objs = append(objs, card)
		for l := range 5 {
			t := canvas.NewText(peerWords(i*5+l, 5), color.White)
			t.TextSize = 9
			t.Move(fyne.NewPos(x+6, y+6+float32(l)*13))
			objs = append(objs, t)
		}
		if i > 0 {
			ln := canvas.NewLine(color.NRGBA{G: 170, A: 255})
			ln.Position1 = fyne.NewPos(x+75, y)
			ln.Position2 = fyne.NewPos(float32(60+((i-1)%4)*170)+75, float32(40+((i-1)/4)*150)+80)
			objs = append(objs, ln)
		}
	}
	mini := canvas.NewRaster(func(w, h int) image.Image {
		img := image.NewNRGBA(image.Rect(0, 0, w, h))
		for y := range h {
			for x := range w {
				if (x*7+y*3)%11 == 0 {
					img.Set(x, y, color.NRGBA{G: 170, A: 255})
				}
			}
		}
		return img
	})
	mini.Move(fyne.NewPos(600, 620))
	mini.Resize(fyne.NewSize(220, 150))
	objs = append(objs, mini)
	view := container.NewWithoutLayout(objs...)

	title := widget.NewEntry()
	title.SetText("Generated map of 200 claims")
	source := widget.NewMultiLineEntry()
	source.SetPlaceHolder("What the map analyses: an article, a URL…")
	authors := widget.NewEntry()
	authors.SetPlaceHolder("Names, separated by commas")
	help := widget.NewLabel("Select a card on the map or in the outline to see and edit it here.")
	help.Wrapping = fyne.TextWrapWord
	insp := container.NewVBox(
		widget.NewLabelWithStyle("Map", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabel("Title"), title, widget.NewLabel("Source"), source,
		widget.NewLabel("Authors"), authors, widget.NewSeparator(),
		widget.NewLabel("200 claims and 190 arguments."), help)

	left := container.NewHSplit(outline, view)
	left.Offset = 0.24
	body := container.NewHSplit(left, container.NewVScroll(insp))
	body.Offset = 0.77
	return container.NewStack(body)
}
