package argdown

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/argmap/semantics"
)

// TestContraryExport (issue 14 item 5): a contradiction (><), a contrary
// (an attack between statements in strict mode) and a mutual attack
// written as two attacks are each two con arguments, one each way; Encode
// writes the pair back as one "><", which reads back to the same pair,
// while a one-way attack stays "<-".
func TestContraryExport(t *testing.T) {
	t.Parallel()
	strict := "===\nmodel:\n    mode: strict\n===\n\n"
	for _, tt := range []struct {
		name, src   string
		mutual, one int // "><" and "<-" lines the export must have
	}{
		{"contradiction", "[A]: a\n  >< [B]: b", 1, 0},
		{"contrary in strict mode", strict + "[A]: a\n  - [B]: b", 1, 0},
		{"two attacks, one each way", "[A]: a\n  - [B]: b\n\n[B]\n  - [A]", 1, 0},
		{"one-way attack", "[A]: a\n  - [B]: b", 0, 1},
		{"contrary beside an attack on an argument", strict + "[A]: a\n  - [B]: b\n  + <C>: c\n\n<C>\n  - [B]", 1, 1},
		{"two contradictions of one claim", "[A]: a\n  >< [B]: b\n  >< [C]: c", 2, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			out, err := Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(string(out), "    >< "); got != tt.mutual {
				t.Errorf("%d \"><\" lines, want %d:\n%s", got, tt.mutual, out)
			}
			if got := strings.Count(string(out), "    <- "); got != tt.one {
				t.Errorf("%d \"<-\" lines, want %d:\n%s", got, tt.one, out)
			}
			back, err := Decode(out)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := shape(m), shape(back); !slices.Equal(a, b) {
				t.Errorf("round trip changed the map:\n%q\n%q\n%s", a, b, out)
			}
		})
	}
}

// TestContraryIsMutualAttack (issue 14 item 5): however Argdown writes a
// contrary or a contradiction, neither side wins by the way it was
// written: in the grounded labelling both are Undec (never one In and the
// other Out), in the preferred semantics each is in one of two extensions,
// and a third claim that defeats one side settles it for the other.
func TestContraryIsMutualAttack(t *testing.T) {
	t.Parallel()
	strict := "===\nmodel:\n    mode: strict\n===\n\n"
	for _, tt := range []struct{ name, src string }{
		{"contradiction", "[A]: a\n  >< [B]: b"},
		{"contradiction written from B", "[B]: b\n  >< [A]: a"},
		{"contrary in strict mode", strict + "[A]: a\n  - [B]: b"},
		{"contrary written from B", strict + "[B]: b\n  - [A]: a"},
		{"contrary as an outgoing attack", strict + "[A]: a\n  -> [B]: b"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			a, b := byText(t, m, "a"), byText(t, m, "b")
			l := eval.Evaluate(m)
			if la, lb := l.Claim(a), l.Claim(b); la != eval.Undec || lb != eval.Undec {
				t.Errorf("grounded: a %v, b %v; want both Undec", la, lb)
			}
			r := semantics.Preferred(context.Background(), m, semantics.Options{})
			if r.Extensions != 2 || !r.Credulous(a) || !r.Credulous(b) {
				t.Errorf("preferred: %d extensions, a credulous %v, b credulous %v", r.Extensions, r.Credulous(a), r.Credulous(b))
			}
			// An unattacked claim against b decides the conflict for a.
			x := &argmap.Claim{ID: argmap.NewID(), Text: "x"}
			m.Claims = append(m.Claims, x)
			m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{x.ID}, Target: b, Polarity: argmap.Con})
			m.Reindex()
			l = eval.Evaluate(m)
			if la, lb := l.Claim(a), l.Claim(b); la != eval.In || lb != eval.Out {
				t.Errorf("with b defeated: a %v, b %v; want a In, b Out", la, lb)
			}
		})
	}
}

func byText(t *testing.T, m *argmap.Map, text string) argmap.ID {
	t.Helper()
	for _, c := range m.Claims {
		if c.Text == text {
			return c.ID
		}
	}
	t.Fatalf("no claim %q", text)
	return argmap.NilID
}
