package argdown

import (
	"fmt"
	"slices"
	"strings"

	"github.com/argmap/argmap/argmap"
)

// shape describes a map's structure independent of IDs and of the order of
// arguments: the claims in order (text and tags), then one sorted line per
// argument naming premises and target by claim index.
func shape(m *argmap.Map) []string {
	idx := map[argmap.ID]int{}
	var out []string
	for i, c := range m.Claims {
		idx[c.ID] = i
		out = append(out, fmt.Sprintf("c%d %q %q", i, c.Text, c.Tags))
	}
	var desc func(a *argmap.Argument, depth int) string
	desc = func(a *argmap.Argument, depth int) string {
		var ps []string
		for _, p := range a.Premises {
			ps = append(ps, fmt.Sprintf("c%d", idx[p]))
		}
		slices.Sort(ps)
		t := "?"
		if c := m.Claim(a.Target); c != nil {
			t = fmt.Sprintf("c%d", idx[c.ID])
		} else if x := m.Argument(a.Target); x != nil && depth < 8 {
			t = "[" + desc(x, depth+1) + "]"
		}
		return fmt.Sprintf("%s(%s)->%s", a.Polarity, strings.Join(ps, ","), t)
	}
	var args []string
	for _, a := range m.Arguments {
		args = append(args, desc(a, 0))
	}
	slices.Sort(args)
	return append(out, args...)
}
