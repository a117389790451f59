package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

const (
	publicRemark  = "Well found premise"
	privateRemark = "Rubric note kept from the student"
)

// privateMap is a small map whose main claim and argument carry a public
// comment and a teacher's private one.
func privateMap(t *testing.T, dir string) string {
	return buildMapFile(t, dir, "graded.argmap.json", func(m *argmap.Map, id func() argmap.ID) {
		a := &argmap.Claim{ID: id(), Text: "Main claim", Pos: argmap.Point{X: 0, Y: 0}}
		b := &argmap.Claim{ID: id(), Text: "An objection", Pos: argmap.Point{X: 0, Y: 200}}
		a.Comments = []argmap.Comment{{ID: id(), Text: publicRemark}, {ID: id(), Text: privateRemark + " (claim)", Private: true}}
		// An objection, which the abstract-framework writers can write too.
		arg := &argmap.Argument{ID: id(), Premises: []argmap.ID{b.ID}, Target: a.ID, Polarity: argmap.Con}
		arg.Comments = []argmap.Comment{{ID: id(), Text: publicRemark + " (argument)"}, {ID: id(), Text: privateRemark + " (argument)", Private: true}}
		m.Claims = []*argmap.Claim{a, b}
		m.Arguments = []*argmap.Argument{arg}
		// A dated map, as saved maps are: a PDF carries the map's date, so
		// two exports of it are the same bytes at any time.
		m.Meta.Modified = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	})
}

// TestWritersLeavePrivateOut runs every registered writer (the picture
// formats included) on a map with private comments: no output holds a
// private comment's text, and each is what the writer makes of the map
// without them, so that a picture cannot show one either.
func TestWritersLeavePrivateOut(t *testing.T) {
	t.Parallel()
	m, _, err := testFormats().Load(privateMap(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	stripped := m.WithoutPrivate()
	showsPublic := 0
	n := 0
	for _, f := range testFormats().All() {
		if f.Encode == nil || f.KeepsPrivate {
			continue
		}
		n++
		t.Run(f.Name, func(t *testing.T) {
			got, err := f.Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(got, []byte(privateRemark)) {
				t.Errorf("%s export holds a private comment:\n%s", f.Title, got)
			}
			want, err := f.Encode(stripped)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s export differs from the export of the map without private comments", f.Title)
			}
			if bytes.Contains(got, []byte(publicRemark)) {
				showsPublic++
			}
		})
	}
	if n < 10 {
		t.Errorf("only %d writers registered; the picture formats missing?", n)
	}
	// The check has teeth only if comments reach some outputs at all.
	if showsPublic == 0 {
		t.Error("no writer writes the public comments: the test above proves nothing")
	}
	if !m.HasPrivate() {
		t.Error("the writers changed the map they wrote")
	}
}

func TestPrivateCommands(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	graded := privateMap(t, dir)
	gradedBytes, err := os.ReadFile(graded)
	if err != nil {
		t.Fatal(err)
	}
	released := filepath.Join(dir, "released.argmap.json")
	for _, tc := range []struct {
		name        string
		args        []string
		code        int
		private     bool   // the output holds the private comments
		public      bool   // the output holds the public comments
		stderr      string // a substring
		exactOutput []byte // when set, the whole output
	}{
		{name: "export json", args: []string{"export", "-f", "json", graded}, public: true},
		{name: "export json -private", args: []string{"export", "-f", "json", "-private", graded}, private: true, public: true, exactOutput: gradedBytes},
		{name: "export md", args: []string{"export", "-f", "md", graded}, public: true},
		{name: "export -private md", args: []string{"export", "-f", "md", "-private", graded}, code: ExitUsage, stderr: "-private works with -f json only"},
		{name: "exercise blank", args: []string{"exercise", graded}, public: true}, // the main claim keeps its comments
		{name: "exercise hide", args: []string{"exercise", "-mode", "hide", graded}, public: true},
		{name: "release", args: []string{"release", graded}, public: true, private: true, stderr: "2 private comment(s) released"},
		{name: "release -o", args: []string{"release", "-o", released, graded}, stderr: "released"},
		{name: "release no file", args: []string{"release"}, code: ExitUsage, stderr: "expected one FILE, got 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := testProgram().Run(tc.args, strings.NewReader(""), &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit code %d, want %d\nstderr: %s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr %q, want it to contain %q", stderr.String(), tc.stderr)
			}
			if code != ExitOK || stdout.Len() == 0 {
				return
			}
			out := stdout.String()
			if tc.exactOutput != nil && out != string(tc.exactOutput) {
				t.Errorf("output:\n%s\nwant:\n%s", out, tc.exactOutput)
			}
			if got := strings.Contains(out, privateRemark); got != tc.private {
				t.Errorf("private comment in the output: %v, want %v\n%s", got, tc.private, out)
			}
			if got := strings.Contains(out, publicRemark); got != tc.public {
				t.Errorf("public comment in the output: %v, want %v\n%s", got, tc.public, out)
			}
			if strings.HasPrefix(out, "{") && strings.Contains(out, `"private"`) != (tc.name == "export json -private") {
				t.Errorf("a native output with private marks where none belong:\n%s", out)
			}
		})
	}
	// The released file keeps every comment, all public now, in version 1.
	m, err := native.ReadFile(released)
	if err != nil {
		t.Fatal(err)
	}
	if m.HasPrivate() || len(m.Claims[0].Comments) != 2 || len(m.Arguments[0].Comments) != 2 {
		t.Errorf("released map: private %v, comments %+v", m.HasPrivate(), m.Claims[0].Comments)
	}
	if data, _ := os.ReadFile(released); !bytes.Contains(data, []byte(`"version": 1,`)) {
		t.Errorf("a released map is not written as version 1:\n%s", data)
	}
}
