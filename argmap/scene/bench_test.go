package scene

import (
	"fmt"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		m := gen.Tree(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Build(m, Mono, Options{})
			}
		})
	}
}

// BenchmarkMoveCards is the scene's share of one drag step: move a card
// that has arguments and re-route its edges.
func BenchmarkMoveCards(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		m := gen.Tree(n, 1)
		s := Build(m, Mono, Options{})
		id := m.Arguments[0].Target
		p := s.Card(id).Box.Center()
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			i := 0.0
			for b.Loop() {
				i++
				s.MoveCards([]argmap.ID{id}, []Point{{X: p.X + i, Y: p.Y}})
			}
		})
	}
}

func BenchmarkVisible(b *testing.B) {
	m := gen.Tree(5000, 1)
	s := Build(m, Mono, Options{})
	vp := Rect{s.Bounds.X, s.Bounds.Y, 1600, 1000}
	for b.Loop() {
		s.Visible(vp)
	}
}

// BenchmarkUpdateCard is the scene's share of one keystroke in a claim's
// text: re-wrap the card and re-route its edges (compare BenchmarkBuild).
func BenchmarkUpdateCard(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		m := gen.Tree(n, 1)
		s := Build(m, Mono, Options{Cache: NewCache()})
		c := m.Claim(m.Arguments[0].Target)
		base := c.Text
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			i := 0
			for b.Loop() {
				i++
				c.Text = base + strings.Repeat(" word", i%40)
				s.UpdateCard(m, c.ID)
			}
		})
	}
}
