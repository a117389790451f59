package argmap

import (
	"math"
	"strings"
	"testing"
)

func TestCheckLimits(t *testing.T) {
	t.Parallel()
	ok := func() *Map {
		m := New("T")
		m.Claims = []*Claim{{ID: DeterministicIDs("lim")(), Text: "a"}}
		m.Arguments = []*Argument{{}}
		return m
	}
	for _, tc := range []struct {
		name   string
		change func(m *Map)
		want   string
	}{
		{"fine", func(m *Map) {}, ""},
		{"too many claims", func(m *Map) { m.Claims = make([]*Claim, MaxItems+1) }, "map.claims: 1000001 claims; the limit is 1000000"},
		{"too many arguments", func(m *Map) { m.Arguments = make([]*Argument, MaxItems+1) }, "map.arguments: 1000001 arguments"},
		{"NaN", func(m *Map) { m.Claims[0].Pos.X = math.NaN() }, "map.claims[0].pos: coordinate NaN is out of range"},
		{"infinite", func(m *Map) { m.Claims[0].Pos.Y = math.Inf(-1) }, "map.claims[0].pos: coordinate -Inf"},
		{"huge", func(m *Map) { m.Claims[0].Pos.Y = 2 * MaxCoord }, "map.claims[0].pos: coordinate 2e+07"},
		{"long text", func(m *Map) { m.Claims[0].Text = strings.Repeat("é", MaxText+1) }, "map.claims[0].text: text of 100001 characters"},
		{"long text in bytes only", func(m *Map) { m.Claims[0].Text = strings.Repeat("é", MaxText) }, ""},
		{"bad UTF-8 in a tag", func(m *Map) { m.Claims[0].Tags = []string{"ok", "\xff"} }, "map.claims[0].tags[1]: invalid UTF-8"},
		{"too many tags", func(m *Map) { m.Claims[0].Tags = make([]string, MaxItems+1) }, "map.claims[0].tags: 1000001 entries; the limit is 1000000"},
		{"too many links on an argument", func(m *Map) { m.Arguments[0].Links = make([]string, MaxItems+1) }, "map.arguments[0].links: 1000001 entries"},
		{"long comment", func(m *Map) {
			m.Arguments[0].Comments = []Comment{{Text: strings.Repeat("x", MaxText+1)}}
		}, "map.arguments[0].comments[0].text: text of"},
		{"bad title", func(m *Map) { m.Meta.Title = "\xc3" }, "map.meta.title: invalid UTF-8"},
		{"long speech name", func(m *Map) {
			m.Round = &Round{Format: CustomFormat, Speeches: []Speech{{Name: "ok"}, {Name: strings.Repeat("x", MaxText+1)}}}
		}, "map.round.speeches[1].name: text of 100001 characters"},
		{"bad speaker", func(m *Map) { m.Round = &Round{Speeches: []Speech{{Speaker: "\xff"}}} }, "map.round.speeches[0].speaker: invalid UTF-8"},
		{"too many speeches", func(m *Map) { m.Round = &Round{Speeches: make([]Speech, MaxItems+1)} }, "map.round.speeches: 1000001 speeches"},
	} {
		m := ok()
		tc.change(m)
		err := CheckLimits(m)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}
