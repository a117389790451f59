package layout

import (
	"fmt"
	"testing"

	"github.com/argmap/argmap/argmap/gen"
)

func TestDbg(t *testing.T) {
	m := gen.Tree(200, 1)
	size := EstimateSize(m)
	d := Draw(m, size, Options{})
	for _, r := range d.Routes {
		if len(text(m, r.From)) > 5 && text(m, r.From)[:5] == "C139 " {
			fmt.Println(text(m, r.From), "->", text(m, r.To), r.Points)
			for _, c := range m.Claims {
				if c.Text[:5] == "C138 " || c.Text[:4] == "C74 " || c.Text[:5] == "C139 " {
					w, h := size(c.ID)
					fmt.Println(c.Text[:5], d.Pos[c.ID], w, h)
				}
			}
		}
	}
	for _, l := range Links(m) {
		if text(m, l.From)[:5] == "C139 " || text(m, l.From)[:5] == "C138 " {
			fmt.Println(text(m, l.From)[:5], text(m, l.To)[:5], l.Kind)
		}
	}
}
