package gen

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

func TestTreeIsValidAndDeterministic(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 2, 10, 1000} {
		m := Tree(n, 7)
		if len(m.Claims) != n {
			t.Fatalf("Tree(%d): %d claims", n, len(m.Claims))
		}
		if ps := argmap.Validate(m); ps.HasErrors() {
			t.Fatalf("Tree(%d) invalid: %v", n, ps.Err())
		}
		again := Tree(n, 7)
		for i := range m.Claims {
			if m.Claims[i].ID != again.Claims[i].ID || m.Claims[i].Text != again.Claims[i].Text {
				t.Fatalf("Tree(%d) not deterministic at claim %d", n, i)
			}
		}
	}
}

func TestTreeShape(t *testing.T) {
	t.Parallel()
	m := Tree(5000, 1)
	var pro, con, linked int
	for _, a := range m.Arguments {
		if a.Polarity == argmap.Con {
			con++
		} else {
			pro++
		}
		if len(a.Premises) > 1 {
			linked++
		}
	}
	if con == 0 || linked == 0 || pro < 3000 {
		t.Errorf("unexpected shape: %d pro, %d con, %d linked", pro, con, linked)
	}
}
