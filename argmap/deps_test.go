package argmap_test

import (
	"os/exec"
	"strings"
	"testing"
)

// depRules are the import edges the layering forbids, each with its
// reason, checked on the non-test code of every package (as tailscale's
// tstest/deptest and Go's go/build/deps_test.go do).
var depRules = []struct {
	from   string // package path prefix the rule applies to; with a final "$", that package alone
	banned string // import path prefix it must not depend on
	why    string
}{
	{"github.com/argmap/argmap/argmap", "fyne.io/", "the domain builds and tests anywhere, without cgo or a display"},
	{"github.com/argmap/argmap/argmap", "github.com/go-gl/", "the domain builds and tests anywhere, without cgo or a display"},
	{"github.com/argmap/argmap/argmap", "github.com/argmap/argmap/app", "the UI depends on the domain, never the other way"},
	{"github.com/argmap/argmap/argmap", "github.com/argmap/argmap/internal/cli", "commands use the domain; the domain knows no command"},
	{"github.com/argmap/argmap/argmap", "github.com/argmap/argmap/internal/render", "pictures are drawn from the domain's scene; the domain draws nothing"},
	{"github.com/argmap/argmap/argmap", "github.com/argmap/argmap/internal/pdf", "printing is drawn from the domain's scene; the domain prints nothing"},
	{"github.com/argmap/argmap", "github.com/argmap/argmap/argmap/argmaptest", "the map builder, the fixed IDs and clock and the golden check are for tests only"},
	{"github.com/argmap/argmap/argmap", "github.com/argmap/argmap/internal/shared", "the shared corpus is for tests only"},
	{"github.com/argmap/argmap/app/document", "fyne.io/", "the document (map, history, selection, labels) is tested without a window; widgets depend on it"},
	{"github.com/argmap/argmap/app/document", "github.com/argmap/argmap/app", "the document is below every view and panel: they show it, it knows none of them"},
	{"github.com/argmap/argmap/app/panel", "fyne.io/", "what a panel sees of the editor is an interface over the document: no widget in it, so fakes for tests are small"},
	{"github.com/argmap/argmap/app/panel", "github.com/argmap/argmap/app$", "the Host is below the editor that implements it and the panels that use it"},
	{"github.com/argmap/argmap", "github.com/argmap/argmap/app/panel/paneltest", "the fake Host is for the panels' tests only"},
	{"github.com/argmap/argmap", "github.com/argmap/argmap/app/widgets/widgetstest", "walking a window through Fyne's test renderer is for tests only"},
	{"github.com/argmap/argmap/app/find", "github.com/argmap/argmap/app$", "a panel in its own package sees its Host (the document), never the editor: it builds and tests alone"},
	{"github.com/argmap/argmap/app/sourceview", "github.com/argmap/argmap/app$", "the source pane sees its Host and the commands it is given, never the editor: it builds and tests alone, on a fake Host"},
	{"github.com/argmap/argmap/app/inspector", "github.com/argmap/argmap/app$", "the inspector sees a panel.Host and the commands it is given (inspector.Commands), never the editor: it builds and tests with a fake Host"},
	{"github.com/argmap/argmap/app/challenge", "github.com/argmap/argmap/app$", "the challenge commands and dialogs see a panel.Host and the commands they are given (challenge.Commands), never the editor: they build and test with a fake Host"},
	{"github.com/argmap/argmap/app/inspector", "github.com/argmap/argmap/app/challenge", "the inspector calls the challenge commands through its own small interface (inspector.Challenges), so that it is tested with a fake and the two move apart"},
	{"github.com/argmap/argmap/app/outline", "github.com/argmap/argmap/app$", "the outline sees a panel.Host alone, never the editor: it builds and tests with a fake Host"},
	{"github.com/argmap/argmap/app/widgets", "github.com/argmap/argmap/app$", "the shared widgets are below every panel and the editor that use them"},
	{"github.com/argmap/argmap/argmap$", "github.com/argmap/argmap/argmap/native", "the model knows no file format: the native format is a codec over it, as the others are (its tests compare maps by their encoding from package argmap_test)"},
	{"github.com/argmap/argmap/argmap/native", "fyne.io/", "the file format reads and writes anywhere: the CLI, the MCP server and tests load maps without a display"},
	{"github.com/argmap/argmap/argmap/native", "github.com/argmap/argmap/argmap/formats", "the format set holds the native codec, not the other way round"},
	{"github.com/argmap/argmap/internal/atomicfile", "github.com/argmap/argmap/", "generic file I/O knows nothing of maps, so that the model, the codecs and the app may all use it"},
	{"github.com/argmap/argmap/argmap$", "github.com/argmap/argmap/argmap/eval", "evaluation reads the model; the model does not evaluate itself (eval imports argmap)"},
	{"github.com/argmap/argmap/argmap/eval", "fyne.io/", "the evaluator runs in the CLI, the MCP server and app/document, none of which may pull in a display"},
	{"github.com/argmap/argmap/assets", "fyne.io/", "embedded bytes load anywhere"},
	{"github.com/argmap/argmap/assets", "github.com/argmap/argmap/", "assets is the bottom layer: bytes only"},
	{"github.com/argmap/argmap/internal/cli", "github.com/argmap/argmap/app", "the command line runs without the editor"},
	{"github.com/argmap/argmap/app", "github.com/argmap/argmap/internal/cli", "the editor does not run commands"},
	{"github.com/argmap/argmap/internal/mcp", "github.com/argmap/argmap/app", "the MCP server runs headless, without the editor"},
	{"github.com/argmap/argmap/internal/mcp", "fyne.io/", "the MCP server runs headless, without cgo or a display"},
}

// TestDependencyRules enforces depRules on `go list -deps` of the module.
func TestDependencyRules(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("no go command to list dependencies:", err)
	}
	args := []string{"list", "-deps", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "github.com/argmap/argmap/..."}
	out, err := exec.Command(goTool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg := fields[0]
		for _, r := range depRules {
			if !inside(pkg, r.from) {
				continue
			}
			seen++
			for _, imp := range fields[1:] {
				if inside(imp, r.banned) {
					t.Errorf("%s imports %s: %s", pkg, imp, r.why)
				}
			}
		}
	}
	if seen == 0 {
		t.Fatal("no package matched a rule: the module path changed?")
	}
}

// inside reports whether package path p is prefix or below it (prefix
// itself alone when it ends in "$").
func inside(p, prefix string) bool {
	if exact, ok := strings.CutSuffix(prefix, "$"); ok {
		return p == exact
	}
	if strings.HasSuffix(prefix, "/") {
		return strings.HasPrefix(p, prefix)
	}
	return p == prefix || strings.HasPrefix(p, prefix+"/")
}

// TestCommandLineBinaryIsLight checks what the command-line binaries
// link. cmd/argmap-cli, which people and scripts start for every command,
// links the domain and nothing that draws, prints or serves: each of those
// costs milliseconds of initialisers (and page faults) at every start,
// used or not, and it hands the command lines that need them to
// cmd/argmap-cli-full. That one may have Fyne's theme, for its bundled
// fonts, but none of the editor: no driver, widgets or translations (whose
// initialisers cost tens of milliseconds), no OpenGL, no app.
func TestCommandLineBinaryIsLight(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("no go command to list dependencies:", err)
	}
	type ban struct{ prefix, why string }
	editor := []ban{
		{"github.com/go-gl/", "OpenGL and GLFW need cgo and a display"},
		{"fyne.io/fyne/v2/driver", "a Fyne driver opens windows"},
		{"fyne.io/fyne/v2/app", "a Fyne app is the editor"},
		{"fyne.io/fyne/v2/widget", "widgets are the editor's"},
		{"fyne.io/fyne/v2/lang", "Fyne's translations are parsed at start-up"},
		{"github.com/argmap/argmap/app", "the command line runs without the editor"},
	}
	light := append([]ban{
		{"fyne.io/", "Fyne's fonts and resources are for pictures (argmap-cli-full)"},
		{"golang.org/x/image/", "rasterising is for pictures (argmap-cli-full)"},
		{"github.com/argmap/argmap/internal/render", "pictures are drawn by argmap-cli-full"},
		{"github.com/argmap/argmap/internal/pdf", "PDFs are printed by argmap-cli-full"},
		{"github.com/go-pdf/", "the PDF writer (and encoding/gob, which it initialises) is argmap-cli-full's"},
		{"encoding/gob", "gob's initialiser builds its type tables at every start"},
		{"github.com/argmap/argmap/internal/mcp", "the MCP server is argmap-cli-full's"},
		{"github.com/argmap/argmap/internal/cli/heavy", "the heavy parts are argmap-cli-full's"},
		{"github.com/modelcontextprotocol/", "the MCP SDK (with a JSON Schema library and OAuth) is argmap-cli-full's"},
		{"github.com/google/jsonschema-go", "JSON Schema is for the MCP server"},
		{"net/http", "HTTP (and TLS, certificates) is for the MCP SDK"},
	}, editor...)
	for _, tc := range []struct {
		pkg    string
		banned []ban
	}{
		{"github.com/argmap/argmap/cmd/argmap-cli", light},
		{"github.com/argmap/argmap/cmd/argmap-cli-full", editor},
	} {
		out, err := exec.Command(goTool, "list", "-deps", tc.pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list: %v\n%s", err, out)
		}
		deps := strings.Fields(string(out))
		if len(deps) < 10 {
			t.Fatalf("go list found only %d packages for %s: %q", len(deps), tc.pkg, deps)
		}
		for _, d := range deps {
			for _, b := range tc.banned {
				if inside(d, strings.TrimSuffix(b.prefix, "/")) || strings.HasPrefix(d, b.prefix) {
					t.Errorf("%s depends on %s: %s", tc.pkg, d, b.why)
				}
			}
		}
	}
}
