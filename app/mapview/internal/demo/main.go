// Command demo opens the map canvas alone on a small built-in debate map,
// or on a generated tree (`demo -tree 1000`), to look at it while the app
// around it is being built.
package main

import (
	"flag"
	"fmt"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/argmap/argmap/app/mapview"
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/gen"
	"github.com/argmap/argmap/argmap/scene"
)

func main() {
	tree := flag.Int("tree", 0, "show a generated tree of this many claims")
	status := flag.Bool("status", false, "show evaluation badges")
	flag.Parse()
	a := fyneapp.NewWithID("io.github.argmap.demo")
	w := a.NewWindow("Argmap canvas demo")
	v := mapview.New()
	m := Debate()
	if *tree > 0 {
		m = gen.Tree(*tree, 1)
	}
	v.OnMoved = func(ids []argmap.ID, to []argmap.Point) {
		_ = argmap.Move(ids, to, true).Apply(m)
		v.Refresh()
	}
	v.OnTextEdited = func(id argmap.ID, text string) {
		_ = argmap.SetText(id, text).Apply(m)
		v.Refresh()
	}
	v.OnConnect = func(from, to argmap.ID) { fmt.Println("connect", from, to) }
	v.SetMap(m)
	if *status {
		st := scene.Badges{}
		for i, c := range m.Claims {
			st[c.ID] = eval.Label(1 + i%3)
		}
		v.SetLabels(st)
	}
	w.SetContent(v)
	w.Resize(fyne.NewSize(1400, 900))
	w.ShowAndRun()
}
