package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// Exported imports always hold positions a map file may hold: a valid
// 11-byte "p af 36000" failed with "coordinate 1.000004e+07 is out of
// range" (issue 19), since its loose claims were laid out in one row. So
// do imports too big for the full layout, which used to take minutes.
func TestExportImportsWithinTheCanvas(t *testing.T) {
	t.Parallel()
	chain := func(n int) string {
		var b strings.Builder
		fmt.Fprintf(&b, "p af %d\n", n)
		for i := 1; i < n; i++ {
			fmt.Fprintf(&b, "%d %d\n", i, i+1)
		}
		return b.String()
	}
	for _, tc := range []struct{ name, file, data string }{
		{"36,000 loose claims", "f.af", "p af 36000"},
		{"a chain of 20,000 attacks", "f.af", chain(20_000)},
		{"self-loops", "f.tgf", "a\nb\n#\n" + strings.Repeat("a a\nb b\n", 5000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, tc.file)
			if err := os.WriteFile(in, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "f.argmap.json")
			if code, _, errs := runClass("export", "-f", "json", "-o", out, in); code != ExitOK {
				t.Fatalf("export: exit %d: %s", code, errs)
			}
			m, err := native.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			seen := make(map[argmap.Point]bool, len(m.Claims))
			for _, c := range m.Claims {
				if seen[c.Pos] {
					t.Fatalf("two cards at %v", c.Pos)
				}
				seen[c.Pos] = true
			}
		})
	}
}
