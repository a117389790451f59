package scene

import (
	"reflect"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
)

// TestUpdateCardMatchesBuild checks that updating one card in place after
// an edit of its claim gives the scene a fresh Build gives, including when
// the text wraps to more or fewer lines (the card's height changes, and
// with it the ends of its edges and of the undercutter aimed at them).
func TestUpdateCardMatchesBuild(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("a much longer text that wraps onto several lines ", 4)
	type edit struct {
		name string
		who  func(f fixture) argmap.ID
		do   func(c *argmap.Claim)
	}
	edits := []edit{
		{"longer text of the main claim", func(f fixture) argmap.ID { return f.M }, func(c *argmap.Claim) { c.Text = long }},
		{"shorter text of the objection", func(f fixture) argmap.ID { return f.O }, func(c *argmap.Claim) { c.Text = "O" }},
		{"longer text of a linked premise", func(f fixture) argmap.ID { return f.B }, func(c *argmap.Claim) { c.Text = long }},
		{"same height", func(f fixture) argmap.ID { return f.C }, func(c *argmap.Claim) { c.Text = "Uniforms build unity." }},
		{"objection", func(f fixture) argmap.ID { return f.O }, func(c *argmap.Claim) { c.Text = long }},
		{"undercutter", func(f fixture) argmap.ID { return f.U }, func(c *argmap.Claim) { c.Text = long }},
		{"tags", func(f fixture) argmap.ID { return f.R }, func(c *argmap.Claim) { c.Tags = []string{"x", "y"} }},
		{"colour", func(f fixture) argmap.ID { return f.M }, func(c *argmap.Claim) { c.Color = "#123456" }},
		{"comment", func(f fixture) argmap.ID { return f.A }, func(c *argmap.Claim) {
			c.Comments = append(c.Comments, argmap.Comment{Text: "hm"})
		}},
		{"moved", func(f fixture) argmap.ID { return f.B }, func(c *argmap.Claim) { c.Pos.X += 77 }},
	}
	for _, ed := range edits {
		t.Run(ed.name, func(t *testing.T) {
			f := newFixture(t)
			id := ed.who(f)
			opt := Options{Labels: Badges{f.M: eval.In, id: eval.Out},
				Keep: map[argmap.ID]bool{f.M: true, id: true}, Cache: NewCache()}
			s := Build(f.m, Mono, opt)
			h := s.Card(id).Box.H
			ed.do(f.m.Claim(id))
			todo, ok := s.UpdateCard(f.m, id)
			if !ok {
				t.Fatal("UpdateCard: no card")
			}
			want := Build(f.m, Mono, opt)
			same := ed.name == "same height" || ed.name == "colour" || ed.name == "moved"
			if same != (want.Card(id).Box.H == h) {
				t.Errorf("height %v → %v: the case does not test what it says", h, want.Card(id).Box.H)
			}
			if !same && len(todo) == 0 {
				t.Error("no edge re-routed")
			}
			if !reflect.DeepEqual(s.Cards, want.Cards) {
				t.Errorf("cards differ:\n got %+v\nwant %+v", s.Card(id), want.Card(id))
			}
			if !reflect.DeepEqual(s.Edges, want.Edges) {
				t.Errorf("edges differ (re-routed %v):\n got %+v\nwant %+v", todo, s.Edges, want.Edges)
			}
			if s.Bounds != want.Bounds {
				t.Errorf("bounds %v, want %v", s.Bounds, want.Bounds)
			}
		})
	}
	f := newFixture(t)
	s := Build(f.m, Mono, Options{})
	if _, ok := s.UpdateCard(f.m, f.link); ok {
		t.Error("UpdateCard of an argument reported a card")
	}
	if _, ok := s.UpdateCard(f.m, argmap.NilID); ok {
		t.Error("UpdateCard of NilID reported a card")
	}
}
