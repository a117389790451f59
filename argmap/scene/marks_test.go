package scene

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestMarksTags: a card shows each tag as "#tag", and a tag holding a
// space as "#(weak link)", as Argdown writes it: "#weak link" read as the
// tag "weak" and a stray word.
func TestMarksTags(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want string
	}{
		{[]string{"russia"}, "#russia"},
		{[]string{"russia", "weak link"}, "#russia #(weak link)"},
		{[]string{"a", "b", "c d", "e"}, "#a #b #(c d) +1"},
		{nil, ""},
	} {
		if got := Marks(&argmap.Claim{Annotations: argmap.Annotations{Tags: tc.tags}}); got != tc.want {
			t.Errorf("Marks(tags %q) = %q, want %q", tc.tags, got, tc.want)
		}
	}
}
