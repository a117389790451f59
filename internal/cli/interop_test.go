package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// run runs a subcommand and returns its exit code and outputs.
func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := testProgram().Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// The interchange formats end to end: export a map to AIF, DOT and
// Markdown, read the AIF back and a Kialo file in, with texts in Turkish and
// Cyrillic unchanged all the way.
func TestExportInterchangeFormats(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	texts := []string{"Türkçe: İstanbul ğüşıöç", "Русский: Россия и Индия"}
	src := buildMapFile(t, dir, "u.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		a := &argmap.Claim{ID: id(), Text: texts[0]}
		b := &argmap.Claim{ID: id(), Text: texts[1]}
		m.Claims = []*argmap.Claim{a, b}
		m.Arguments = []*argmap.Argument{{ID: id(), Premises: []argmap.ID{b.ID}, Target: a.ID, Polarity: argmap.Con}}
	})
	for _, tc := range []struct{ format, start string }{
		{"aif", "{\n  \"nodes\""}, {"dot", "// u.argmap.json\ndigraph argmap {"}, {"md", "# u.argmap.json\n"},
	} {
		code, out, errs := runCLI("export", "-f", tc.format, src)
		if code != ExitOK || !strings.HasPrefix(out, tc.start) {
			t.Errorf("export -f %s: exit %d, %s\n%s", tc.format, code, errs, out)
		}
		for _, s := range texts {
			if !strings.Contains(out, s) {
				t.Errorf("export -f %s lacks %q", tc.format, s)
			}
		}
	}
	aifPath := filepath.Join(dir, "u.json")
	if code, _, errs := runCLI("export", "-f", "aif", "-o", aifPath, src); code != ExitOK {
		t.Fatalf("export -o: %s", errs)
	}
	if code, out, errs := runCLI("check", aifPath); code != ExitOK {
		t.Errorf("check of the AIF export: exit %d: %s%s", code, out, errs)
	}
	code, out, errs := runCLI("export", "-f", "json", aifPath)
	if code != ExitOK {
		t.Fatalf("AIF back to native: %s", errs)
	}
	m, err := native.Decode([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Claims) != 2 || m.Claims[0].Text != texts[0] || m.Claims[1].Text != texts[1] || len(m.Arguments) != 1 || m.Arguments[0].Polarity != argmap.Con {
		t.Errorf("AIF round trip through the CLI: %+v %+v", m.Claims, m.Arguments)
	}

	kialo := filepath.Join(dir, "d.txt")
	if err := os.WriteFile(kialo, []byte("Discussion Title: T\n\n1. "+texts[0]+"\n1.1. Pro: "+texts[1]+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI("export", "-f", "md", kialo); code != ExitOK || !strings.Contains(out, "## Main claim: `IN` "+texts[0]) {
		t.Errorf("Kialo to md: exit %d %s\n%s", code, errs, out)
	}
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("1. A\n1.3.1. Con: B\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI("check", bad); code != ExitFail || !strings.Contains(out+errs, "line 2: 1.3.1.") {
		t.Errorf("a broken Kialo file: exit %d, %q", code, out+errs)
	}
}
